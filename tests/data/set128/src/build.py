"""Build posts.jsonl, register CSVs and school.json of set 128 from src/.

Markup (posts_*.txt): a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
and its text runs to the next header (internal blank lines kept, trailing ones dropped).
Labels inline: [[kind:text]] with kind one of fn full other email phone addr dob upn health circ.
{UPN:Forename Surname} / {UPNS:Forename Surname} insert a pupil's UPN plain / spaced.
\\uXXXX escapes give zero-width spaces, non-breaking spaces and homoglyphs.
Lines starting with '%%' are comments.
"""
import csv
import io
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from pupils import ALLOC, CLASSES, PUPILS, SCHOOL, STAFF  # noqa: E402

from clearpost.register import upn as upn_rules  # noqa: E402

NN = 128
KINDS = {
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
    "o": {"text.pupil_forename": "info", "text.other_person": "warn"},
    "p": {"text.pupil_forename": "warn", "text.other_person": "warn"},
}
RANK = {"info": 0, "warn": 1, "block": 2}
ESTAB = "2417"


def upns():
    out = {}
    for i, (fn, sn, _pref, yg, la, _c) in enumerate(PUPILS, 1):
        body = f"{la}{ESTAB}{ALLOC[yg]}{100 + i:03d}"
        out[f"{fn} {sn}"] = upn_rules.check_letter(body) + body
    return out


UPNS = upns()


def spaced(u):
    return f"{u[:1]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def unescape(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def parse(raw, errors):
    posts, cur = [], None
    for line in raw.splitlines():
        if line.startswith("%%"):
            continue
        if line.startswith("### "):
            if cur:
                posts.append(cur)
            parts = [p.strip() for p in line[4:].split("|")]
            if len(parts) != 4:
                errors.append(f"bad header {line!r}")
            cat, photo, acct, tags = parts
            cur = {"category": cat, "photo": photo == "y", "account": acct,
                   "tags": [t.strip() for t in tags.split(",") if t.strip()], "lines": []}
            if photo not in "yn" or acct not in "op":
                errors.append(f"bad header {line!r}")
        elif cur is not None:
            cur["lines"].append(line)
    if cur:
        posts.append(cur)
    return posts


def render(post, pid, errors):
    body = "\n".join(post["lines"]).strip("\n")
    body = re.sub(r"\{UPN:([^}]+)\}", lambda m: UPNS[m.group(1)], body)
    body = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(UPNS[m.group(1)]), body)
    body = unescape(body)
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, flags=re.S):
        text += body[pos:m.start()]
        kind = KINDS.get(m.group(1))
        if not kind:
            errors.append(f"{pid}: unknown kind {m.group(1)}")
            kind = "full_name"
        labels.append((kind, m.group(2), len(text)))
        text += m.group(2)
        pos = m.end()
    text += body[pos:]
    if "[[" in text or "]]" in text or "{UPN" in text:
        errors.append(f"{pid}: markup left in text")
    if "\\n" in text or re.search(r"\\u[0-9a-f]{4}", text):
        errors.append(f"{pid}: literal backslash escape in text")
    expected, seen = [], {}
    for kind, t, start in labels:
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        k = seen.get(t, 0)
        if k >= len(occ) or occ[k] != start:
            errors.append(f"{pid}: label {t!r} is not occurrence {k + 1} of its text")
        seen[t] = k + 1
        before = text[start - 1] if start else " "
        after = text[start + len(t)] if start + len(t) < len(text) else " "
        if before.isalnum() or after.isalnum():
            errors.append(f"{pid}: label {t!r} not at word boundaries")
        if kind == "forename":
            rule = "text.pupil_name_with_photo" if post["photo"] else "text.pupil_forename"
        else:
            rule = RULE[kind]
        expected.append({"rule": rule, "text": t, "kind": kind})
    worst = None
    for lab in expected:
        s = SEV[post["account"]].get(lab["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    verdict = "allow" if worst in (None, "info") else worst
    tags = list(post["tags"])
    for cond, tag in ((not expected, "clean"), (post["account"] == "p", "personal"),
                      (post["photo"], "photo")):
        if cond and tag not in tags:
            tags.append(tag)
    if expected and "clean" in tags:
        errors.append(f"{pid}: tagged clean but has labels")
    return {
        "id": pid, "category": post["category"],
        "account": "official" if post["account"] == "o" else "personal",
        "photo": post["photo"], "text": text, "expected": expected, "verdict": verdict,
        "tags": tags,
    }


def fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def named_in_photo_posts(posts):
    named = set()
    for p in posts:
        if not p["photo"]:
            continue
        for lab in p["expected"]:
            if lab["kind"] not in ("full_name", "forename"):
                continue
            t = fold(re.sub(r"[\u200b-\u200d\u2060\u00a0]", "", lab["text"]))
            for fn, sn, pref, *_ in PUPILS:
                for name in (fn, pref):
                    if name and re.search(r"(?<![a-z])" + re.escape(fold(name)) + r"(?![a-z])", t):
                        named.add(f"{fn} {sn}")
                # initials such as "R.H."
                if re.fullmatch(r"[a-z]\.?-?[a-z]?\.?[a-z]\.?", t.replace(" ", "")):
                    ini = fold(fn[0] + sn[0])
                    if t.replace(".", "").replace(" ", "").replace("-", "") in (ini, fold((pref or fn)[0] + sn[0])):
                        named.add(f"{fn} {sn}")
    return named


def main():
    errors = []
    posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        posts += parse(f.read_text(encoding="utf-8"), errors)
    built = [render(p, f"z{NN}-{i:03d}", errors) for i, p in enumerate(posts, 1)]
    if len(built) != 220:
        errors.append(f"{len(built)} posts, want 220")
    named = named_in_photo_posts(built)
    # pupils
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for i, (fn, sn, pref, yg, la, sm) in enumerate(PUPILS):
        key = f"{fn} {sn}"
        nwp = "no" if key in named or i % 3 else "yes"
        web = "no" if i % 9 == 4 else "yes"
        press = "yes" if i % 3 != 1 else "no"
        bio = "no" if i % 6 == 5 else "yes"
        w.writerow([UPNS[key], fn, sn, pref, yg, CLASSES[yg], sm, web, press, nwp, bio])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for row in STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (OUT / "posts.jsonl").write_text(
        "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in built), encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(UPNS, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(built)} posts, {sum(1 for p in built if not p['expected'])} clean, "
          f"{len(errors)} error(s); named in photo posts: {len(named)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
