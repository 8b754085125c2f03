"""Build set 118 from src/: posts_*.txt markup -> posts.jsonl; pupils.py -> CSVs, school.json.

Markup: a post starts with `### category | photo y/n | account o/p | tag, tag`; its text is the
following lines up to the next header (real line breaks kept, outer blank lines dropped).
Labels inline as `[[kind:text]]`, kinds fn full other email phone addr dob upn health circ.
`{UPN:Forename Surname}` / `{UPNS:Forename Surname}` insert a pupil's UPN plain / spaced.
`\\uXXXX` escapes write zero-width characters, non-breaking spaces and homoglyphs.
Run with the project venv: env -u PYTHONPATH /work/main/.venv/bin/python src/build.py
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
from pupils import CLASSES, ENTRY, PUPILS, SCHOOL, STAFF  # noqa: E402
from clearpost.register.upn import check_letter  # noqa: E402

NN = "118"
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
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


def upns():
    out = {}
    for i, p in enumerate(PUPILS, 1):
        body = "892" + "2417" + ENTRY[p[3]] + f"{100 + i:03d}"
        out[f"{p[0]} {p[1]}"] = check_letter(body) + body
    return out


UPNS = upns()


def spaced(u):
    return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def expand(s):
    s = re.sub(r"\{UPN:([^}]+)\}", lambda m: UPNS[m.group(1)], s)
    s = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(UPNS[m.group(1)]), s)
    s = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)
    return s


def verdict(account, labels):
    worst = None
    for l in labels:
        sev = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


def parse(errors, notes):
    posts = []
    files = sorted(HERE.glob("posts_*.txt"))
    raw = "\n".join(f.read_text(encoding="utf-8") for f in files)
    chunks = re.split(r"^### ", raw, flags=re.M)[1:]
    for n, chunk in enumerate(chunks, 1):
        head, _, body = chunk.partition("\n")
        parts = [x.strip() for x in head.split("|")]
        if len(parts) != 4:
            errors.append(f"post {n}: bad header {head!r}")
            continue
        cat, photo, acct, tags = parts
        photo = {"y": True, "n": False}[photo]
        account = {"o": "official", "p": "personal"}[acct]
        tags = [t.strip() for t in tags.split(",") if t.strip()]
        body = expand(body.strip("\n").rstrip())
        text, labels, marks = "", [], []
        pos = 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, flags=re.S):
            text += body[pos:m.start()]
            kind = KINDS[m.group(1)]
            t = m.group(2)
            marks.append((len(text), t, kind))
            text += t
            pos = m.end()
        text += body[pos:]
        pid = f"z{NN}-{n:03d}"
        if "[[" in text or "]]" in text:
            errors.append(f"{pid}: stray markup")
        if "\\n" in text or "\\" in text:
            errors.append(f"{pid}: backslash in text")
        seen = {}
        for start, t, kind in marks:
            seen[t] = seen.get(t, 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if occ[seen[t] - 1] != start:
                # allowed only when the earlier occurrence is an unlabelled word (the
                # README's "listed once" convention), never inside another label
                o = occ[seen[t] - 1]
                if any(a <= o < a + len(tt) for a, tt, _ in marks if (a, tt) != (start, t)):
                    errors.append(f"{pid}: label {t!r} #{seen[t]} falls inside another label")
                else:
                    notes.append(f"{pid}: {t!r} labelled at a later occurrence (word first)")
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if before.isalnum() or after.isalnum():
                errors.append(f"{pid}: label {t!r} not at word boundary")
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            else:
                rule = RULE[kind]
            labels.append({"rule": rule, "text": t, "kind": kind})
        if not labels and "clean" not in tags:
            tags = ["clean"] + tags
        if labels and "clean" in tags:
            errors.append(f"{pid}: clean tag on labelled post")
        if account == "personal" and "personal" not in tags:
            tags.append("personal")
        if photo and "photo" not in tags:
            tags.append("photo")
        posts.append({"id": pid, "category": cat, "account": account, "photo": photo,
                      "text": text, "expected": labels, "verdict": verdict(account, labels),
                      "tags": tags})
    return posts


def photo_named(posts):
    """Pupils named in any way in a photo post (they get consent_name_with_photo = no)."""
    named = set()
    for p in posts:
        if not p["photo"]:
            continue
        for f, s, pref, *_ in PUPILS:
            low = p["text"].casefold()
            for name in {f, pref} - {""}:
                if re.search(r"(?<!\w)" + re.escape(name.casefold()) + r"(?!\w)", low):
                    named.add((f, s))
    return named


def write_csvs(posts):
    named = photo_named(posts)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    yn = lambda b: "yes" if b else "no"
    for i, (f, s, pref, yr, soc, web, press, bio) in enumerate(PUPILS):
        nwp = (f, s) not in named and soc and i % 3 == 0
        w.writerow([UPNS[f"{f} {s}"], f, s, pref, "Reception" if yr == "R" else f"Year {yr}",
                    CLASSES[yr], yn(soc), yn(web), yn(press), yn(nwp), yn(bio)])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo",
                "biometric_consent"])
    for i, (t, f, s, role, cp, bio) in enumerate(STAFF, 1):
        w.writerow([f"CW{i:03d}", t, f, s, role, cp, bio])
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")


def main():
    errors = []
    notes = []
    posts = parse(errors, notes)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    write_csvs(posts)
    (HERE / "upns.json").write_text(json.dumps(UPNS, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"built {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
