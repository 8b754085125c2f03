"""Own checks for set 74: build errors, UPN letters, CSV parsing, verdicts, and a list of
register-name words that occur unlabelled (for review; all intended ones are traps)."""
import csv, json, re, sys, unicodedata, subprocess
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import OUT, pupils, upn_for
from clearpost.register import mis_import, upn as U

def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()

errors = []
rows = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
for r in rows:
    if U.problem(r["upn"]):
        errors.append(f"bad UPN {r['upn']}")
for name in ("register_pupils.csv", "register_staff.csv"):
    parse = mis_import.parse_pupils if "pupils" in name else mis_import.parse_staff
    res = parse((OUT / name).read_bytes())
    errors += [f"{name}: {p}" for p in res.problems]
school = json.loads((OUT / "school.json").read_text())
if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
    errors.append("school.json keys")
posts = [json.loads(l) for l in open(OUT / "posts.jsonl", encoding="utf-8")]
ids = [p["id"] for p in posts]
if ids != [f"z74-{i:03d}" for i in range(1, 221)]:
    errors.append("ids not z74-001..z74-220")
photo_named = (OUT / "src" / "photo_named.txt").read_text(encoding="utf-8").split("\n")
for r in rows:
    if f"{r['forename']} {r['surname']}" in photo_named and r["consent_name_with_photo"] != "no":
        errors.append(f"{r['forename']} {r['surname']} named in a photo post but consent yes")
words = set()
for r in rows:
    for k in ("forename", "surname", "preferred_forename"):
        for w in re.split(r"[\s]+", r[k]):
            if w: words.add(fold(w))
review = []
for p in posts:
    text = p["text"]
    covered = []
    for l in p["expected"]:
        i = -1
        n = sum(1 for m in p["expected"][: p["expected"].index(l)] if m["text"] == l["text"])
        starts = [m.start() for m in re.finditer(re.escape(l["text"]), text)]
        s = starts[min(n, len(starts) - 1)]
        covered.append((s, s + len(l["text"])))
    for m in re.finditer(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", text):
        if fold(m.group()) in words and not any(a <= m.start() < b for a, b in covered):
            review.append(f"{p['id']}: unlabelled {m.group()!r}")
for line in review:
    print("review:", line)
for e in errors:
    print("ERROR:", e)
print(f"{len(posts)} posts; {len(errors)} errors; {len(review)} unlabelled register words to review")
sys.exit(1 if errors else 0)
