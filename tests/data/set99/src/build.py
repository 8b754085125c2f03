"""Build set 99 from src/: posts_*.txt markup -> posts.jsonl, register CSVs, school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag, ...
followed by its text (line breaks kept). Labels inline: [[kind:text]] with kind one of
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} inserts that pupil's
UPN (labelled upn); {UPNS:Forename Surname} inserts it spaced. \\uXXXX escapes are decoded.
Rule comes from kind (and photo for forenames); verdict from POLICY.md default severities.
Each label must be the nth occurrence of its text (n = earlier labels with the same text).
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
from pupils import CLASSES, PUPILS, SCHOOL, STAFF  # noqa: E402

KIND = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
        "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
        "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth",
        "upn": "text.pupil_record", "health": "text.pupil_record",
        "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def upn_of(i):
    from clearpost.register.upn import check_letter
    p = PUPILS[i]
    digits = p[4] + "2417" + p[5] + "%03d" % (101 + i)
    return check_letter(digits) + digits


def pupil_index(name):
    for i, p in enumerate(PUPILS):
        if name in (f"{p[0]} {p[1]}", f"{p[2]} {p[1]}"):
            return i
    raise SystemExit(f"no pupil {name!r}")


def decode(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


TOKEN = re.compile(r"\[\[(\w+):(.+?)\]\]|\{(UPNS?):([^}]+)\}", re.S)


def parse_post(body):
    text, labels, pos = "", [], 0
    for m in TOKEN.finditer(body):
        text += decode(body[pos:m.start()])
        if m.group(1):
            kind = KIND[m.group(1)]
            t = decode(m.group(2))
        else:
            u = upn_of(pupil_index(m.group(4).strip()))
            t = u if m.group(3) == "UPN" else f"{u[0]}{u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"
            kind = "upn"
        labels.append((kind, t, len(text)))
        text += t
        pos = m.end()
    text += decode(body[pos:])
    return text, labels


def load():
    posts, errors = [], []
    files = sorted(HERE.glob("posts_*.txt"))
    for f in files:
        chunks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for chunk in chunks[1:]:
            head, _, body = chunk.partition("\n")
            parts = [p.strip() for p in head.split("|")]
            cat, photo, acct = parts[0], parts[1] == "photo y", parts[2]
            tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
            acct = {"account o": "official", "account p": "personal"}[acct]
            body = body.rstrip("\n")
            if "\\n" in body.replace("\\u", ""):
                errors.append(f"{f.name}: literal backslash-n in {body[:40]!r}")
            text, labs = parse_post(body)
            n = len(posts) + 1
            pid = f"z99-{n:03d}"
            expected, seen = [], {}
            for kind, t, start in labs:
                k = seen.get(t, 0)
                occ = [m.start() for m in re.finditer(re.escape(t), text)]
                if len(occ) <= k or occ[k] != start:
                    errors.append(f"{pid}: label {t!r} is not occurrence {k + 1} of its text")
                seen[t] = k + 1
                if kind == "forename":
                    rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
                else:
                    rule = RULE[kind]
                expected.append({"rule": rule, "text": t, "kind": kind})
            worst = None
            for lab in expected:
                s = SEV[acct].get(lab["rule"], "block")
                if worst is None or RANK[s] > RANK[worst]:
                    worst = s
            verdict = "allow" if worst in (None, "info") else worst
            if not expected and "clean" not in tags:
                tags = ["clean"] + tags
            if expected and "clean" in tags:
                errors.append(f"{pid}: tagged clean but labelled")
            if acct == "personal" and "personal" not in tags:
                tags.append("personal")
            if photo and "photo" not in tags:
                tags.append("photo")
            posts.append({"id": pid, "category": cat, "account": acct, "photo": photo,
                          "text": text, "expected": expected, "verdict": verdict, "tags": tags})
    return posts, errors


def named_in_photo(posts):
    """Pupils whose forename, preferred name or full name is labelled in a photo post."""
    hit = set()
    for p in posts:
        if not p["photo"]:
            continue
        for lab in p["expected"]:
            if lab["kind"] not in ("forename", "full_name"):
                continue
            low = lab["text"].casefold()
            for i, q in enumerate(PUPILS):
                for n in (q[0], q[2], q[0].split()[0]):
                    if n and n.casefold() in low:
                        hit.add(i)
            if re.fullmatch(r"(\w\.?\s?){2,3}", lab["text"]):  # initials: mark all who fit
                letters = re.sub(r"[^A-Za-z]", "", lab["text"]).upper()
                for i, q in enumerate(PUPILS):
                    for fn in (q[0], q[2]):
                        if fn and (fn[0] + q[1][0]).upper() == letters:
                            hit.add(i)
    return hit


def main():
    posts, errors = load()
    for e in errors:
        print("ERROR:", e)
    if errors:
        sys.exit(1)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    hit = named_in_photo(posts)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for i, p in enumerate(PUPILS):
        web = "no" if i % 9 == 4 else "yes"
        press = "yes" if i % 3 == 0 else "no"
        nwp = "yes" if (i not in hit and i % 4 == 1) else "no"
        bio = "no" if i % 5 == 2 else "yes"
        w.writerow([upn_of(i), p[0], p[1], p[2], p[3], CLASSES[p[3]], p[6], web, press, nwp, bio])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for s in STAFF:
        w.writerow(s)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"wrote {len(posts)} posts")


if __name__ == "__main__":
    main()
