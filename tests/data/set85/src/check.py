"""Own checks for set 85: runs set2/validate.py, then lists every register forename, preferred
name or surname (and school-detail-looking contact) that occurs in a post outside a label, for a
human to confirm it is deliberately unlabelled (a trap). Also re-checks UPN letters, phrase
uniqueness, label word boundaries and consent_name_with_photo."""
import csv, json, os, re, subprocess, sys, unicodedata
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
sys.path.insert(0, "/work/main")
from clearpost.register.upn import problem

def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()

errors = []
rc = subprocess.call([sys.executable, "/work/main/tests/data/set2/validate.py", SET])
if rc:
    errors.append("validate.py reported errors")
pupils = list(csv.DictReader(open(os.path.join(SET, "register_pupils.csv"), encoding="utf-8")))
for p in pupils:
    if problem(p["upn"]):
        errors.append(f"register UPN {p['upn']}: {problem(p['upn'])}")
posts = [json.loads(l) for l in open(os.path.join(SET, "posts.jsonl"), encoding="utf-8")]
words = {}
for p in pupils:
    for w in (p["forename"], p["preferred_forename"], p["surname"]):
        if w:
            words[w] = p
phr = Counter()
unlabelled = []
for post in posts:
    text = post["text"]
    covered = [False] * len(text)
    seen = Counter()
    for l in post["expected"]:
        t = l["text"]; seen[t] += 1
        starts = [m.start() for m in re.finditer(re.escape(t), text)]
        s = starts[seen[t] - 1]
        for i in range(s, s + len(t)):
            covered[i] = True
        if l["kind"] in ("health", "circumstance"):
            phr[fold(t)] += 1
    for w in words:
        for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
            if not any(covered[m.start():m.end()]):
                unlabelled.append((post["id"], w, text[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")))
for k, v in phr.items():
    if v > 1:
        errors.append(f"phrase used {v}x: {k}")
named_photo = set()
for post in posts:
    if post["photo"]:
        for l in post["expected"]:
            if l["kind"] in ("forename", "full_name"):
                named_photo.add(fold(l["text"]))
for p in pupils:
    if p["consent_name_with_photo"] == "yes":
        for l in named_photo:
            if fold(p["forename"]) == l or (p["preferred_forename"] and fold(p["preferred_forename"]) == l):
                errors.append(f"{p['forename']} {p['surname']} named in a photo post but consent yes")
print(f"\n{len(unlabelled)} register words outside labels (intended traps unless noted):")
for u in unlabelled:
    print("  ", *u)
for e in errors:
    print("ERROR:", e)
print(f"check.py: {len(errors)} error(s)")
sys.exit(1 if errors else 0)
