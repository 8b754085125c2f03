"""Build posts.jsonl, the register CSVs and school.json of set 86 from src/posts_*.txt.

Markup: a post starts with `### category | y/n (photo) | o/p (account) | tag, tag`; its text
follows (real line breaks). `[[kind:text]]` marks a label (kinds fn full other email phone
addr dob upn health circ); `{UPN:Forename Surname}` is that pupil's UPN, `{UPNS:...}` the same
spaced out. Escapes `\\u200b` and the like in the text are decoded. Run from anywhere:
    env -u PYTHONPATH /work/main/.venv/bin/python src/build.py
"""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from register import CLASSES, PUPILS, SCHOOL, STAFF, upns  # noqa: E402

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
    "official": {"text.pupil_forename": "info", "text.other_person": "warn"},
    "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"},
}
RANK = {"info": 0, "warn": 1, "block": 2}
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]", re.S)
ESC = re.compile(r"\\u([0-9a-fA-F]{4})")


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def parse(errors):
    U = upns()
    posts = []
    files = sorted(HERE.glob("posts_*.txt"))
    blocks = []
    for f in files:
        raw = f.read_text(encoding="utf-8")
        for chunk in re.split(r"^### ", raw, flags=re.M)[1:]:
            head, _, body = chunk.partition("\n")
            blocks.append((f.name, head, body))
    for n, (fname, head, body) in enumerate(blocks, 1):
        pid = f"z86-{n:03d}"
        parts = [p.strip() for p in head.split("|")]
        if len(parts) != 4:
            errors.append(f"{pid} ({fname}): bad header {head!r}")
            continue
        cat, photo, acct, tags = parts
        photo = {"y": True, "n": False}[photo]
        acct = {"o": "official", "p": "personal"}[acct]
        tags = [t.strip() for t in tags.split(",") if t.strip()]
        body = body.strip("\n")
        body = re.sub(r"\{UPN:([^}]+)\}", lambda m: U[m.group(1)], body)
        body = re.sub(
            r"\{UPNS:([^}]+)\}",
            lambda m: (lambda u: f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}")(U[m.group(1)]),
            body,
        )
        body = ESC.sub(lambda m: chr(int(m.group(1), 16)), body)
        text, labels, pos = "", [], 0
        for m in MARK.finditer(body):
            text += body[pos:m.start()]
            kind = KINDS[m.group(1)]
            t = m.group(2)
            rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
            labels.append({"rule": rule, "text": t, "kind": kind, "_start": len(text)})
            text += t
            pos = m.end()
        text += body[pos:]
        if "[[" in text or "]]" in text or "{UPN" in text:
            errors.append(f"{pid}: stray markup")
        # nth label with a text must be the nth raw occurrence
        seen = {}
        for l in labels:
            seen[l["text"]] = seen.get(l["text"], 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(l["text"]), text)]
            if occ[seen[l["text"]] - 1] != l["_start"]:
                errors.append(f"{pid}: label {l['text']!r} is not occurrence #{seen[l['text']]}")
        for l in labels:
            del l["_start"]
        auto = []
        if not labels:
            auto.append("clean")
        if acct == "personal":
            auto.append("personal")
        if photo:
            auto.append("photo")
        for k in ("full_name", "forename", "other_person", "email", "phone", "address", "dob",
                  "upn", "health", "circumstance"):
            if any(l["kind"] == k for l in labels):
                auto.append(k.replace("_", "-"))
        kindtags = {"full-name", "forename", "other-person", "email", "phone", "address", "dob",
                    "upn", "health", "circumstance", "clean", "personal", "photo"}
        alltags = auto + [t for t in tags if t not in auto and t not in kindtags]
        posts.append({
            "id": pid, "category": cat, "account": acct, "photo": photo, "text": text,
            "expected": labels, "verdict": verdict(acct, labels), "tags": alltags,
        })
    return posts


def fold(s):
    s = ESC.sub(lambda m: chr(int(m.group(1), 16)), s)
    s = s.translate(str.maketrans("аеоірсху", "aeoipcxy"))
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", s.replace("ł", "l").replace("Ł", "L").casefold())


def photo_named(posts):
    """Pupils named (any name label) in a photo post."""
    named = set()
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] not in ("full_name", "forename"):
                continue
            t = fold(l["text"])
            for pu in PUPILS:
                names = [fold(pu[0]), fold(pu[1])] + ([fold(pu[2])] if pu[2] else [])
                if any(nm and nm in t for nm in names):
                    named.add(f"{pu[0]} {pu[1]}")
                # initials
                if l["kind"] == "forename" and len(t) == 2:
                    for fnm in [pu[0]] + ([pu[2]] if pu[2] else []):
                        if fold(fnm)[0] + fold(pu[1])[0] == t:
                            named.add(f"{pu[0]} {pu[1]}")
    return named


def main():
    errors = []
    posts = parse(errors)
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=True) + "\n")
    U = upns()
    named = photo_named(posts)
    with open(OUT / "register_pupils.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                    "consent_social_media", "consent_website", "consent_press",
                    "consent_name_with_photo", "biometric_consent"])
        for fn, sn, pref, yr, sm, web, press, bio in PUPILS:
            key = f"{fn} {sn}"
            w.writerow([U[key], fn, sn, pref, f"Year {yr}", CLASSES[yr], sm, web, press,
                        "no" if key in named else "yes", bio])
    with open(OUT / "register_staff.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo",
                    "biometric_consent"])
        w.writerows(STAFF)
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"built {len(posts)} posts; {len(named)} pupils named in photo posts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
