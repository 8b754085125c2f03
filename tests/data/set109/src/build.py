"""Build set 109 from src/: posts_0N.txt markup -> posts.jsonl; pupils.py -> CSVs and school.json.

Markup (see README): each post starts with a header line
    ### category | photo y/n | account o/p | tag, tag, ...
followed by its text. Inline labels: [[kind:text]] with kind one of
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} inserts that pupil's
UPN, {UPNS:Forename Surname} the same UPN spaced in groups (letter+3, 4, 4, 1).
\\uXXXX escapes become the character. Lines starting with %% are comments.
Run with the project's venv, PYTHONPATH unset.
"""

import csv
import io
import json
import re
import sys
from pathlib import Path

from clearpost.register import upn as upn_rules

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from pupils import CLASSES, ENTRY, PUPILS, SCHOOL, STAFF  # noqa: E402

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
# pupils never named in a photo post (check.py verifies)
NAME_WITH_PHOTO_YES = {
    ("Kajus", "Vaitkus"), ("Lujain", "Darwish"), ("Omar", "Haj Ali"), ("Ruaridh", "Mair"),
    ("Dylan", "Hastie"), ("Liam", "Docherty"), ("Dominik", "Nowicki"),
}
NO_PRESS = {"Rowan", "Kajus", "Hamza", "Omar", "Sidra", "Yousef", "Rania", "Lujain", "Jana",
            "Mohammad", "Nojus", "Ross", "Caitlin", "Kacper", "Kamil", "Callum", "Rahaf"}
NO_BIO = {"Kajus", "Filip", "Sidra", "Ngozi", "Harris", "Bonnie", "Ross", "Dominik", "Rahaf"}


def upns() -> dict:
    out = {}
    for n, (fn, sn, pref, stage, sm) in enumerate(PUPILS, 101):
        body = f"2406117{ENTRY[stage]}{n:03d}"
        out[f"{fn} {sn}"] = upn_rules.check_letter(body) + body
    return out


UPNS = upns()


def spaced(u: str) -> str:
    return f"{u[:4]} {u[4:8]} {u[8:12]} {u[12:]}"


def verdict(account: str, labels: list) -> str:
    worst = None
    for lab in labels:
        s = SEV[account].get(lab["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


LABEL_RE = re.compile(r"\[\[(\w+):(.+?)\]\]", re.S)


def parse_body(raw: str, photo: bool, pid: str, errors: list):
    raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: UPNS[m.group(1)], raw)
    raw = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(UPNS[m.group(1)]), raw)
    raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    text, labels, pos = "", [], 0
    for m in LABEL_RE.finditer(raw):
        text += raw[pos:m.start()]
        kind = KINDS.get(m.group(1))
        if kind is None:
            errors.append(f"{pid}: unknown kind {m.group(1)}")
            kind = "forename"
        start = len(text)
        text += m.group(2)
        if kind == "forename":
            rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
        else:
            rule = RULE[kind]
        labels.append((start, {"rule": rule, "text": m.group(2), "kind": kind}))
        pos = m.end()
    text += raw[pos:]
    if "[[" in text or "]]" in text or "{UPN" in text:
        errors.append(f"{pid}: stray markup")
    # nth label with a text must be the nth occurrence; labels at word boundaries
    by_text = {}
    for start, lab in labels:
        by_text.setdefault(lab["text"], []).append(start)
        t = lab["text"]
        before = text[start - 1] if start else " "
        after = text[start + len(t)] if start + len(t) < len(text) else " "
        if (before.isalnum() and t[0].isalnum()) or (after.isalnum() and t[-1].isalnum()):
            errors.append(f"{pid}: label {t!r} not at a word boundary")
    for t, starts in by_text.items():
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        if sorted(starts) != occ[: len(starts)]:
            errors.append(f"{pid}: label {t!r} is not the first {len(starts)} occurrence(s)")
    labels.sort(key=lambda x: x[0])
    return text, [lab for _, lab in labels]


def read_posts(errors: list) -> list:
    posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        cur = None
        for line in f.read_text(encoding="utf-8").split("\n"):
            if line.startswith("%%"):
                continue
            if line.startswith("### "):
                if cur:
                    posts.append(cur)
                parts = [p.strip() for p in line[4:].split("|")]
                if len(parts) != 4:
                    errors.append(f"{f.name}: bad header {line!r}")
                    parts += [""] * 4
                cur = {"head": parts, "lines": []}
            elif cur is not None:
                cur["lines"].append(line)
        if cur:
            posts.append(cur)
    out = []
    for n, p in enumerate(posts, 1):
        pid = f"z109-{n:03d}"
        cat, photo, acct, tags = p["head"][:4]
        photo = photo.strip() == "photo y"
        acct = "personal" if acct.strip() == "account p" else "official"
        raw = "\n".join(p["lines"]).strip("\n")
        text, labels = parse_body(raw, photo, pid, errors)
        tags = [t.strip() for t in tags.split(",") if t.strip()]
        if not labels and "clean" not in tags:
            tags.insert(0, "clean")
        if labels and "clean" in tags:
            errors.append(f"{pid}: tagged clean but has labels")
        if acct == "personal" and "personal" not in tags:
            tags.append("personal")
        if photo and "photo" not in tags:
            tags.append("photo")
        out.append({
            "id": pid, "category": cat, "account": acct, "photo": photo, "text": text,
            "expected": labels, "verdict": verdict(acct, labels), "tags": tags,
        })
    return out


def write_csvs() -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for fn, sn, pref, stage, sm in PUPILS:
        w.writerow([
            UPNS[f"{fn} {sn}"], fn, sn, pref, stage, CLASSES[stage], sm,
            "yes" if fn not in {"Kajus", "Filip", "Yousef"} else "no",
            "no" if fn in NO_PRESS else "yes",
            "yes" if (fn, sn) in NAME_WITH_PHOTO_YES else "no",
            "no" if fn in NO_BIO else "yes",
        ])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for row in STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(UPNS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> int:
    errors = []
    posts = read_posts(errors)
    write_csvs()
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts written, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
