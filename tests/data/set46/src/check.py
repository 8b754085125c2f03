"""Check set 46: posts.jsonl matches the markup, labels sit at word boundaries as the nth
occurrence, verdicts follow POLICY.md defaults, UPNs are valid, health/circumstance phrases are
unique, the CSVs parse, and every pupil named in a photo post has consent_name_with_photo = no.
Warnings: register forenames/surnames left unlabelled in posts (intended traps; listed by word)."""
import csv, json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build
from clearpost.register import mis_import
from clearpost.register.upn import problem

OUT = os.path.dirname(HERE)
errors, warnings = [], []
posts, named_photo, errs = build.parse()
errors += errs
onfile = [json.loads(l) for l in open(os.path.join(OUT, "posts.jsonl"), encoding="utf-8")]
if onfile != posts:
    errors.append("posts.jsonl differs from the markup (run src/build.py)")
if len(onfile) != 220 or [p["id"] for p in onfile] != ["z46-%03d" % i for i in range(1, 221)]:
    errors.append("ids are not z46-001..z46-220")
rows = list(csv.DictReader(open(os.path.join(OUT, "register_pupils.csv"), encoding="utf-8")))
for r in rows:
    if problem(r["upn"]):
        errors.append(f"register UPN {r['upn']}: {problem(r['upn'])}")
    if (r["forename"], r["surname"]) in named_photo and r["consent_name_with_photo"] != "no":
        errors.append(f"{r['forename']} {r['surname']} named in a photo post but consent_name_with_photo=yes")
for l in (l for p in onfile for l in p["expected"] if l["kind"] == "upn"):
    v = re.sub(r"[\s\-.]", "", l["text"]).upper()
    if problem(v):
        errors.append(f"upn label {l['text']}: {problem(v)}")
pp = mis_import.parse_pupils(open(os.path.join(OUT, "register_pupils.csv"), "rb").read())
ps = mis_import.parse_staff(open(os.path.join(OUT, "register_staff.csv"), "rb").read())
for name, parsed in (("pupils", pp), ("staff", ps)):
    errors += [f"{name}: {x}" for x in parsed.problems]
    if parsed.ignored_columns:
        errors.append(f"{name}: ignored columns {parsed.ignored_columns}")
school = json.load(open(os.path.join(OUT, "school.json")))
if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
    errors.append("school.json keys")
words = {build.fold(r["forename"]) for r in rows} | {build.fold(r["preferred_forename"]) for r in rows if r["preferred_forename"]} | {build.fold(r["surname"]) for r in rows}
trap = Counter()
for p in onfile:
    t = p["text"]
    for l in p["expected"]:
        t = t.replace(l["text"], " ", 1)
    for w in re.findall(r"[\w'-]+", build.fold(t)):
        if w in words:
            trap[w] += 1
warnings.append("unlabelled register words (intended traps): " + ", ".join(f"{w} {n}" for w, n in trap.most_common()))
for w in warnings:
    print("warning:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(onfile)} posts, {len(rows)} pupils, {len(ps.rows)} staff; {len(errors)} errors")
sys.exit(1 if errors else 0)
