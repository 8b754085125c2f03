"""Build set 117: src/posts_*.txt markup -> ../posts.jsonl, ../register_*.csv, ../school.json.

Markup: each post starts with a header line
    ### category | photo y/n | account o/p | tag, tag, ...
followed by its text (real line breaks). Labels are inline: [[kind:text]] with kind one of
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} / {UPNS:...} insert a
pupil's UPN plain / spaced in 4-3-3-3 groups. \\uXXXX escapes give zero-width, nbsp, homoglyphs.
"""
import csv
import io
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import ARRIVAL, ESTAB, GROUPS, P, SCHOOL, STAFF  # noqa: E402

from clearpost.register import upn as upn_rules

HERE = Path(__file__).parent
OUT = HERE.parent
SET = "z117"

KIND = {
    "fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
    "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
    "circ": "circumstance",
}
RULE = {
    "full_name": "text.pupil_full_name", "other_person": "text.other_person",
    "email": "text.contact_details", "phone": "text.contact_details",
    "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
    "health": "text.pupil_record", "circumstance": "text.pupil_record",
}
SEV = {
    "official": {"text.pupil_forename": "info", "text.other_person": "warn"},
    "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"},
}
RANK = {"info": 0, "warn": 1, "block": 2}


def upns() -> dict:
    out = {}
    for i, (fn, sn, _pref, year, la, _c) in enumerate(P):
        yy = ARRIVAL[la] or f"{19 - (year - 7):02d}"
        body = f"{la}{ESTAB[la]}{yy}{101 + i}"
        u = upn_rules.check_letter(body) + body
        assert upn_rules.problem(u) is None, u
        out[f"{fn} {sn}"] = u
    return out


def pupil_csv(u: dict) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    yn = {"y": "yes", "n": "no"}
    for fn, sn, pref, year, _la, c in P:
        w.writerow([u[f"{fn} {sn}"], fn, sn, pref, f"Year {year}", GROUPS[year]]
                   + [yn[ch] for ch in c])
    return buf.getvalue()


def staff_csv() -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for row in STAFF:
        w.writerow(row)
    return buf.getvalue()


HEAD = re.compile(r"^### (.+?) \| photo ([yn]) \| account ([op]) \| (.*)$")
LABEL = re.compile(r"\[\[(\w+):(.+?)\]\]", re.S)


def unescape(s: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def spaced(u: str) -> str:
    return f"{u[:4]} {u[4:7]} {u[7:10]} {u[10:]}"


def parse(u: dict) -> list:
    posts, problems = [], []
    blocks = []
    for f in sorted(HERE.glob("posts_*.txt")):
        cur = None
        for line in f.read_text(encoding="utf-8").split("\n"):
            m = HEAD.match(line)
            if m:
                cur = [m.groups(), []]
                blocks.append(cur)
            elif cur is not None:
                cur[1].append(line)
            elif line.strip() and not line.startswith("#"):
                problems.append(f"{f.name}: text outside a post: {line!r}")
    for n, ((cat, photo, acct, tags), lines) in enumerate(blocks, 1):
        pid = f"{SET}-{n:03d}"
        raw = "\n".join(lines).strip("\n")
        raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: u[m.group(1)], raw)
        raw = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(u[m.group(1)]), raw)
        raw = unescape(raw)
        text, labels, pos = "", [], 0
        for m in LABEL.finditer(raw):
            text += raw[pos:m.start()]
            kind = KIND.get(m.group(1))
            if kind is None:
                problems.append(f"{pid}: unknown kind {m.group(1)}")
                kind = "full_name"
            labels.append((len(text), kind, m.group(2)))
            text += m.group(2)
            pos = m.end()
        text += raw[pos:]
        if "[[" in text or "]]" in text or "{UPN" in text:
            problems.append(f"{pid}: markup left in text")
        if "\\n" in text:
            problems.append(f"{pid}: literal backslash-n")
        photo_b = photo == "y"
        account = "official" if acct == "o" else "personal"
        expected, seen = [], {}
        for start, kind, t in labels:
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo_b else "text.pupil_forename"
            else:
                rule = RULE[kind]
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            seen[t] = seen.get(t, 0) + 1
            if occ.index(start) != seen[t] - 1:
                problems.append(f"{pid}: label {t!r} is not the nth occurrence of its text")
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if before.isalnum() or after.isalnum():
                problems.append(f"{pid}: label {t!r} not at a word boundary")
            expected.append({"rule": rule, "text": t, "kind": kind})
        worst = None
        for lab in expected:
            sev = SEV[account].get(lab["rule"], "block")
            if worst is None or RANK[sev] > RANK[worst]:
                worst = sev
        verdict = "allow" if worst in (None, "info") else worst
        tag_list = [t.strip() for t in tags.split(",") if t.strip()]
        if not expected and "clean" not in tag_list:
            tag_list.insert(0, "clean")
        if expected and "clean" in tag_list:
            problems.append(f"{pid}: tagged clean but has labels")
        if photo_b and "photo" not in tag_list:
            tag_list.append("photo")
        if account == "personal" and "personal" not in tag_list:
            tag_list.append("personal")
        posts.append({"id": pid, "category": cat, "account": account, "photo": photo_b,
                      "text": text, "expected": expected, "verdict": verdict, "tags": tag_list})
    return posts, problems


def main() -> int:
    u = upns()
    posts, problems = parse(u)
    (OUT / "register_pupils.csv").write_text(pupil_csv(u), encoding="utf-8")
    (OUT / "register_staff.csv").write_text(staff_csv(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(u, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=True) + "\n")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(posts)} posts written; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
