"""Own checks for set 86 (on top of set2/validate.py).
    env -u PYTHONPATH /work/main/.venv/bin/python check.py
Errors: label text not in post / wrong occurrence count, verdict, UPN check letters, CSVs not
parsing, school.json keys, a health/circumstance phrase used twice, phones outside Ofcom drama
ranges, e-mail domains not webmail/.example, malformed postcodes, a pupil named in a photo post
with consent_name_with_photo = yes, ids. Warnings (for review): register names occurring at word
boundaries outside any label (words, staff, places - intended traps are listed)."""
import csv
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
sys.path.insert(0, str(HERE))
from build import fold, photo_named, verdict  # noqa: E402
from clearpost.register import mis_import  # noqa: E402
from clearpost.register.upn import problem  # noqa: E402

errors, warnings = [], []
posts = [json.loads(l) for l in (SET / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l]
school = json.loads((SET / "school.json").read_text(encoding="utf-8"))
if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
    errors.append(f"school.json keys {sorted(school)}")
if [p["id"] for p in posts] != [f"z86-{i:03d}" for i in range(1, 221)]:
    errors.append("ids are not z86-001..z86-220")

pupils = list(csv.DictReader(open(SET / "register_pupils.csv", encoding="utf-8")))
for row in pupils:
    if problem(row["upn"]):
        errors.append(f"register upn {row['upn']}: {problem(row['upn'])}")
for name, fn in (("register_pupils.csv", mis_import.parse_pupils), ("register_staff.csv", mis_import.parse_staff)):
    parsed = fn((SET / name).read_bytes())
    errors += [f"{name}: {p}" for p in parsed.problems]
    if parsed.ignored_columns:
        errors.append(f"{name}: ignored columns {parsed.ignored_columns}")

DRAMA = re.compile(r"^(447700900\d{3}|07700900\d{3}|01632960\d{3}|0113496\d{4}|0207946\d{4}|"
                   r"4420 ?7946\d{4}|0161496\d{4}|0117496\d{4}|0121496\d{4}|0131496\d{4}|0191498\d{4}|"
                   r"02896496\d{3}|02920180\d{3})$")
MAILDOM = re.compile(r"(gmail|hotmail|icloud|outlook|yahoo|live)\W*(co\W*uk|com)$|example$|\.example\.org$")
POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$")
phrases = Counter()
for p in posts:
    text = p["text"]
    for t, n in Counter(l["text"] for l in p["expected"]).items():
        if text.count(t) < n:
            errors.append(f"{p['id']}: {t!r} labelled {n}x, occurs {text.count(t)}x")
    if p["verdict"] != verdict(p["account"], p["expected"]):
        errors.append(f"{p['id']}: verdict")
    for l in p["expected"]:
        k, t = l["kind"], l["text"]
        if k in ("health", "circumstance"):
            phrases[t.casefold()] += 1
        if k == "upn" and problem(re.sub(r"[\s\-.]", "", t).upper()):
            errors.append(f"{p['id']}: upn {t}")
        if k == "phone":
            digits = re.sub(r"\D", "", t.replace("O", "0").replace("o", "0"))
            if not DRAMA.match(digits):
                errors.append(f"{p['id']}: phone {t!r} not in a drama range")
        if k == "email":
            norm = t.replace(" at ", "@").replace("[at]", "@").replace(" dot ", ".").replace("[dot]", ".")
            if not MAILDOM.search(re.sub(r"\s", "", norm)):
                errors.append(f"{p['id']}: e-mail domain {t!r}")
        if k == "address" and re.match(r"^[A-Z]{1,2}\d", t) and not POSTCODE.match(t):
            errors.append(f"{p['id']}: postcode {t!r}")
errors += [f"phrase used twice: {t!r}" for t, n in phrases.items() if n > 1]

named = photo_named(posts)
for row in pupils:
    if f"{row['forename']} {row['surname']}" in named and row["consent_name_with_photo"] != "no":
        errors.append(f"{row['forename']} {row['surname']} named in a photo post with consent yes")

# review list: register names outside labels
words = set()
for row in pupils:
    for w in [row["forename"], row["surname"], row["preferred_forename"]]:
        for part in re.split(r"[\s-]", w):
            if len(part) > 2:
                words.add(part)
for p in posts:
    spans, pos = [], {}
    for l in p["expected"]:
        pos[l["text"]] = pos.get(l["text"], 0) + 1
        occ = [m.start() for m in re.finditer(re.escape(l["text"]), p["text"])]
        s = occ[pos[l["text"]] - 1]
        spans.append((s, s + len(l["text"])))
    for w in words:
        for m in re.finditer(r"\b" + re.escape(w) + r"\b", p["text"], re.I):
            if not any(a <= m.start() < b for a, b in spans):
                warnings.append(f"{p['id']}: unlabelled {m.group(0)!r}")

for w in sorted(warnings):
    print("review:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(posts)} posts; {len(errors)} error(s); {len(warnings)} name-like words outside labels (review list)")
sys.exit(1 if errors else 0)
