"""Build set 104: src/posts_*.txt markup -> ../posts.jsonl, ../register_*.csv, ../school.json.

Markup: a post starts with `### category | photo y/n | account o/p | tag, tag`; its body is the
following lines up to the next `###`. `[[kind:text]]` marks a label (kinds: fn full other email
phone addr dob upn health circ). `{UPN:Forename Surname}` inserts that pupil's UPN as a `upn`
label, `{UPNS:...}` the same spaced out. `\\uXXXX` escapes are decoded. Lines starting `%%` are
comments.
"""
import csv
import io
import json
import re
import sys
from pathlib import Path

import pupils

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
NN = 104
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
        "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
UPNS = pupils.upns()


def unescape(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def spaced(u):
    return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def parse_body(raw, pid, errors):
    raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: f"[[upn:{UPNS[m.group(1)]}]]", raw)
    raw = re.sub(r"\{UPNS:([^}]+)\}", lambda m: f"[[upn:{spaced(UPNS[m.group(1)])}]]", raw)
    raw = unescape(raw)
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, flags=re.S):
        text += raw[pos:m.start()]
        kind = KINDS.get(m.group(1))
        if kind is None:
            errors.append(f"{pid}: unknown kind {m.group(1)}")
        labels.append((len(text), kind, m.group(2)))
        text += m.group(2)
        pos = m.end()
    text += raw[pos:]
    if "[[" in text or "]]" in text or "{UPN" in text:
        errors.append(f"{pid}: stray markup")
    return text, labels


def build():
    errors, posts = [], []
    n = 0
    for f in sorted(HERE.glob("posts_*.txt")):
        blocks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)[1:]
        for block in blocks:
            head, _, body = block.partition("\n")
            body = "\n".join(l for l in body.split("\n") if not l.startswith("%%")).strip("\n")
            parts = [p.strip() for p in head.split("|")]
            n += 1
            pid = f"z{NN}-{n:03d}"
            if len(parts) != 4:
                errors.append(f"{pid}: bad header {head!r}")
                continue
            cat, photo, acct, tags = parts
            photo = photo == "photo y"
            account = "personal" if acct == "account p" else "official"
            text, labels = parse_body(body, pid, errors)
            expected, seen = [], {}
            for start, kind, t in labels:
                seen[t] = seen.get(t, 0) + 1
                occ = [m.start() for m in re.finditer(re.escape(t), text)]
                if len(occ) < seen[t] or occ[seen[t] - 1] != start:
                    errors.append(f"{pid}: label {t!r} is not occurrence #{seen[t]} of its text")
                before = text[start - 1] if start else " "
                after = text[start + len(t)] if start + len(t) < len(text) else " "
                if before.isalnum() or after.isalnum():
                    errors.append(f"{pid}: label {t!r} not at word boundaries")
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
            taglist = [t.strip() for t in tags.split(",") if t.strip()]
            if not expected:
                taglist = ["clean"] + [t for t in taglist if t != "clean"]
            if account == "personal" and "personal" not in taglist:
                taglist.append("personal")
            if photo and "photo" not in taglist:
                taglist.append("photo")
            for k in sorted({l["kind"] for l in expected}):
                tk = k.replace("_", "-")
                if tk not in taglist:
                    taglist.append(tk)
            posts.append({"id": pid, "category": cat, "account": account, "photo": photo,
                          "text": text, "expected": expected, "verdict": verdict, "tags": taglist})
    return posts, errors


def write(posts):
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    yn = lambda b: "yes" if b else "no"
    for fn, sn, pref, yr, la, y in pupils.PUPILS:
        full = f"{fn} {sn}"
        w.writerow([UPNS[full], fn, sn, pref, yr, pupils.CLASSES[yr],
                    yn(full not in pupils.NO_SOCIAL), yn(full not in pupils.NO_SOCIAL),
                    yn(full not in pupils.NO_PRESS), yn(full in pupils.NAME_WITH_PHOTO_YES),
                    yn(full not in pupils.NO_BIOMETRIC)])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for row in pupils.STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(pupils.SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    posts, errors = build()
    for e in errors:
        print("ERROR:", e)
    write(posts)
    print(f"{len(posts)} posts written; {len(errors)} error(s)")
    sys.exit(1 if errors else 0)
