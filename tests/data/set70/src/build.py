"""posts_0*.txt (inline markup) -> ../posts.jsonl.

Header line: `### category | y/n (photo) | o/p (official/personal) | tag, tag`.
Markup: [[kind:text]], kinds full fn oth em ph ad dob upn hl ci; [[upn:Forename Surname]] is
replaced by that pupil's UPN ([[upn:Forename Surname|sp]] spaced, |lc lower case).
Verdict from POLICY.md's default severities; rule from kind (+ photo for forenames).
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from people import PUPILS, YEAR_CODE, LA, ESTAB  # noqa: E402

from clearpost.register import upn as upn_rules  # noqa: E402

KIND = {"full": "full_name", "fn": "forename", "oth": "other_person", "em": "email",
        "ph": "phone", "ad": "address", "dob": "dob", "upn": "upn", "hl": "health",
        "ci": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
        "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
HDR = re.compile(r"^### (.+?) \| ([yn]) \| ([op])(?: \| (.*))?$")
MARK = re.compile(r"\[\[(\w+):(.+?)\]\]", re.S)


def upns():
    out, serial = {}, Counter()
    for i, p in enumerate(PUPILS):
        digits = f"{LA}{ESTAB}{YEAR_CODE[p[3]]:02d}{101 + i:03d}"
        out[f"{p[0]} {p[1]}"] = upn_rules.check_letter(digits) + digits
    return out


UPN = upns()


def parse(files):
    posts, cur = [], None
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            m = HDR.match(line)
            if m:
                if cur:
                    posts.append(cur)
                cur = {"hdr": m.groups(), "body": [], "src": f.name}
            elif line.startswith("###"):
                raise SystemExit(f"bad header: {line}")
            elif cur is not None:
                cur["body"].append(line)
    if cur:
        posts.append(cur)
    return posts


def render(body, pid, errors):
    raw = "\n".join(body).strip("\n")
    raw = raw.replace("\\u200b", "\u200b").replace("\\u00a0", "\u00a0")
    out, labels, pos = [], [], 0
    n = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        n += len(raw[pos:m.start()])
        code, t = m.group(1), m.group(2)
        if code not in KIND:
            errors.append(f"{pid}: unknown markup {code}")
            continue
        if code == "upn":
            name, _, fmt = t.partition("|")
            u = UPN.get(name)
            if not u:
                errors.append(f"{pid}: no pupil {name!r} for UPN")
                u = "?"
            if fmt == "sp":
                u = f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"
            elif fmt == "lc":
                u = u.lower()
            t = u
        labels.append((KIND[code], t, n))
        out.append(t)
        n += len(t)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        errors.append(f"{pid}: unclosed markup")
    return text, labels


def main():
    errors = []
    files = sorted(HERE.glob("posts_0*.txt"))
    raw = parse(files)
    posts = []
    for i, r in enumerate(raw, 1):
        pid = f"z70-{i:03d}"
        cat, photo, acct, tags = r["hdr"]
        photo = photo == "y"
        account = "official" if acct == "o" else "personal"
        text, labs = render(r["body"], pid, errors)
        expected, seen = [], Counter()
        for kind, t, start in labs:
            seen[t] += 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) < seen[t] or occ[seen[t] - 1] != start:
                errors.append(f"{pid}: label {t!r} is not its occurrence #{seen[t]} (reorder)")
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            else:
                rule = RULE[kind]
            expected.append({"rule": rule, "text": t, "kind": kind})
        worst = None
        for l in expected:
            s = SEV[account].get(l["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        tg = [t.strip() for t in (tags or "").split(",") if t.strip()]
        auto = []
        if not expected:
            auto.append("clean")
        if account == "personal":
            auto.append("personal")
        if photo:
            auto.append("photo")
        kinds = sorted({l["kind"] for l in expected})
        auto += [k.replace("_", "-") for k in kinds]
        tg = [t for t in tg if t != "clean"]
        alltags = []
        for t in auto + tg:
            if t not in alltags:
                alltags.append(t)
        posts.append({"id": pid, "category": cat, "account": account, "photo": photo,
                      "text": text, "expected": expected, "verdict": verdict, "tags": alltags})
    out = HERE.parent / "posts.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts written to {out}; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
