"""Build set 113 from src/: posts_*.txt (inline markup) + pupils.py -> posts.jsonl, CSVs, school.json.

Markup: header `### category | photo y/n | account o/p | tag,tag`; then the post text (real
line breaks; `\\uXXXX` escapes for zero-width, nbsp, homoglyphs). Labels inline as
`[[kind:text]]`, kinds fn full other email phone addr dob upn health circ.
`[[upn:@Forename Surname]]` inserts that pupil's UPN, `[[upn:@@Forename Surname]]` spaced.
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
from pupils import PUPILS, STAFF, SCHOOL, CLASSES, NAME_WITH_PHOTO_YES  # noqa: E402
from clearpost.register import upn as upn_rules  # noqa: E402

NN = 113
ESTAB = {"845": "2417", "208": "2031", "210": "2105", "204": "2044"}
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
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def upns():
    out = {}
    for i, (fn, sn, pref, year, la, yy, cons) in enumerate(PUPILS):
        body = f"{la}{ESTAB[la]}{yy}{101 + i}"
        assert len(body) == 12, body
        out[f"{fn} {sn}"] = upn_rules.check_letter(body) + body
    return out


UPNS = upns()


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def unescape(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def parse_post(raw, photo):
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, re.S):
        text += unescape(raw[pos:m.start()])
        kind = KINDS[m.group(1)]
        val = m.group(2)
        if kind == "upn" and val.startswith("@"):
            spaced = val.startswith("@@")
            u = UPNS[val.lstrip("@")]
            val = f"{u[0]} {u[1:4]} {u[4:8]} {u[8:]}" if spaced else u
        else:
            val = unescape(val)
        start = len(text)
        text += val
        rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
        labels.append((start, {"rule": rule, "text": val, "kind": kind}))
        pos = m.end()
    text += unescape(raw[pos:])
    return text, labels


def main():
    posts, problems = [], []
    for f in sorted(HERE.glob("posts_*.txt")):
        blocks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)[1:]
        for b in blocks:
            head, _, body = b.partition("\n")
            cat, photo, acct, tags = [x.strip() for x in head.split("|")]
            photo = photo == "y"
            account = {"o": "official", "p": "personal"}[acct]
            tags = [t.strip() for t in tags.split(",") if t.strip()]
            text, labels = parse_post(body.strip("\n"), photo)
            pid = f"z{NN}-{len(posts) + 1:03d}"
            if "\\n" in text:
                problems.append(f"{pid}: literal backslash-n")
            # nth label with a text must be the nth occurrence of it
            seen = {}
            for start, l in sorted(labels, key=lambda x: x[0]):
                t = l["text"]
                occ = [m.start() for m in re.finditer(re.escape(t), text)]
                k = seen.get(t, 0)
                if k >= len(occ) or occ[k] != start:
                    problems.append(f"{pid}: label {t!r} is not occurrence {k + 1} (at {start}, occ {occ})")
                seen[t] = k + 1
                a, z = start, start + len(t)
                if (a > 0 and (text[a - 1].isalnum()) and not t.startswith("#")) or (z < len(text) and text[z].isalnum()):
                    problems.append(f"{pid}: label {t!r} not at a word boundary")
            labels = [l for _, l in sorted(labels, key=lambda x: x[0])]
            auto = []
            if not labels:
                auto.append("clean")
            if account == "personal":
                auto.append("personal")
            if photo:
                auto.append("photo")
            for k in sorted({l["kind"] for l in labels}):
                auto.append(k.replace("_", "-"))
            tags = auto + [t for t in tags if t not in auto]
            posts.append({"id": pid, "category": cat, "account": account, "photo": photo,
                          "text": text, "expected": labels, "verdict": verdict(account, labels),
                          "tags": tags})
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    yn = {"y": "yes", "n": "no"}
    for fn, sn, pref, year, la, yy, c in PUPILS:
        nwp = "yes" if f"{fn} {sn}" in NAME_WITH_PHOTO_YES else "no"
        w.writerow([UPNS[f"{fn} {sn}"], fn, sn, pref, year, CLASSES[year], yn[c[0]], yn[c[1]],
                    yn[c[2]], nwp, yn[c[4]]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    w.writerows(STAFF)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(UPNS, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(posts)} posts written; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
