"""Build set 112: posts_*.txt markup -> ../posts.jsonl, ../register_*.csv, ../school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
followed by its text lines (real line breaks kept; trailing blank lines dropped).
Labels are inline [[kind:text]] with kind in fn full other email phone addr dob upn health circ.
{UPN:Forename Surname} inserts that pupil's UPN, {UPNS:Forename Surname} the same spaced.
\\uXXXX escapes (zero-width, nbsp, homoglyphs) are decoded before labels are read.
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
import pupils  # noqa: E402

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
LABEL = re.compile(r"\[\[(\w+):(.+?)\]\]", re.S)


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def spaced(u):
    return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def parse(upns):
    posts, errors = [], []
    files = sorted(HERE.glob("posts_*.txt"))
    blocks = []
    for f in files:
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                cur = [line[4:], []]
                blocks.append(cur)
            elif cur is not None:
                cur[1].append(line)
    for n, (head, lines) in enumerate(blocks, 1):
        pid = f"z112-{n:03d}"
        parts = [x.strip() for x in head.split("|")]
        category, photo, account = parts[0], parts[1] == "photo y", parts[2]
        account = {"account o": "official", "account p": "personal"}[account]
        tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
        raw = "\n".join(lines).strip("\n").rstrip()
        raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: upns[m.group(1)], raw)
        raw = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(upns[m.group(1)]), raw)
        raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
        text, labels, pos = "", [], []
        last = 0
        for m in LABEL.finditer(raw):
            text += raw[last:m.start()]
            kind = KINDS[m.group(1)]
            t = m.group(2)
            pos.append((len(text), t))
            text += t
            last = m.end()
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            else:
                rule = RULE[kind]
            labels.append({"rule": rule, "text": t, "kind": kind})
        text += raw[last:]
        if "[[" in text or "]]" in text or "\\n" in text:
            errors.append(f"{pid}: stray markup or literal backslash-n")
        # nth label with a text must be the nth occurrence (substring, as validate.py counts)
        seen = {}
        for start, t in pos:
            seen[t] = seen.get(t, 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) < seen[t] or occ[seen[t] - 1] != start:
                errors.append(f"{pid}: label {t!r} is not occurrence #{seen[t]} of its text")
            a, b = start - 1, start + len(t)
            if (a >= 0 and text[a].isalnum()) or (b < len(text) and text[b].isalnum()):
                errors.append(f"{pid}: label {t!r} not at a word boundary")
        if not labels and "clean" not in tags:
            tags.insert(0, "clean")
        if account == "personal" and "personal" not in tags:
            tags.append("personal")
        if photo and "photo" not in tags:
            tags.append("photo")
        posts.append({"id": pid, "category": category, "account": account, "photo": photo,
                      "text": text, "expected": labels, "verdict": verdict(account, labels),
                      "tags": tags})
    return posts, errors


def main():
    upns = pupils.upns()
    posts, errors = parse(upns)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for p in pupils.P:
        w.writerow([upns[f"{p[0]} {p[1]}"], p[0], p[1], p[2], p[3], pupils.CLASSES[p[3]], *p[6:]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo",
                "biometric_consent"])
    for s in pupils.STAFF:
        w.writerow(s)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(pupils.SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(upns, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    for e in errors:
        print("ERROR:", e)
    print(f"built {len(posts)} posts, {sum(len(p['expected']) for p in posts)} labels, "
          f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
