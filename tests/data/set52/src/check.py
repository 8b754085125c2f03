"""Own checks for set 52 (beyond set2/validate.py). Run: env -u PYTHONPATH /work/main/.venv/bin/python check.py"""
import csv, json, re, sys
from collections import Counter
from pathlib import Path
from clearpost.register import mis_import
from clearpost.register.upn import problem

D = Path(__file__).resolve().parent.parent
errors = []
school = json.loads((D / "school.json").read_text())
if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
    errors.append(f"school.json keys {sorted(school)}")
posts = [json.loads(l) for l in (D / "posts.jsonl").read_text().splitlines() if l.strip()]
if [p["id"] for p in posts] != [f"z52-{i:03d}" for i in range(1, 221)]:
    errors.append("ids are not z52-001..z52-220 in order")
pupils = list(csv.DictReader(open(D / "register_pupils.csv", encoding="utf-8")))
for r in pupils:
    if problem(r["upn"]):
        errors.append(f"register UPN {r['upn']}: {problem(r['upn'])}")
pp = mis_import.parse_pupils((D / "register_pupils.csv").read_bytes())
ps = mis_import.parse_staff((D / "register_staff.csv").read_bytes())
errors += [f"pupils: {x}" for x in pp.problems] + [f"staff: {x}" for x in ps.problems]
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
phrases = Counter()
PHONE_OK = re.compile(r"^(\+44)?0?(7700900\d{3}|1632960\d{3}|1134960\d{3}|2079460\d{3}|1614960\d{3})$")
for p in posts:
    t = p["text"]
    seen = Counter()
    worst = None
    for l in p["expected"]:
        seen[l["text"]] += 1
        if t.count(l["text"]) < seen[l["text"]]:
            errors.append(f"{p['id']}: {l['text']!r} not found {seen[l['text']]}x")
        if l["kind"] in ("health", "circumstance"):
            phrases[l["text"].casefold()] += 1
        if l["kind"] == "phone":
            digits = re.sub(r"\D", "", l["text"].replace("+44", "0"))
            if not PHONE_OK.match(digits):
                errors.append(f"{p['id']}: phone {l['text']!r} not in a drama range")
        if l["kind"] == "email" and "@" in l["text"]:
            dom = l["text"].split("@")[1].lower()
            if not (dom in {"gmail.com", "hotmail.co.uk", "icloud.com", "outlook.com", "yahoo.co.uk"} or dom.endswith(".example")):
                errors.append(f"{p['id']}: email domain {dom}")
        if l["kind"] == "upn" and problem(re.sub(r"[\s\-.]", "", l["text"]).upper()):
            errors.append(f"{p['id']}: bad UPN {l['text']}")
        s = SEV[p["account"]].get(l["rule"], "block")
        worst = s if worst is None or RANK[s] > RANK[worst] else worst
    v = "allow" if worst in (None, "info") else worst
    if v != p["verdict"]:
        errors.append(f"{p['id']}: verdict {p['verdict']} != {v}")
errors += [f"phrase used twice: {k!r}" for k, n in phrases.items() if n > 1]
kinds = Counter(l["kind"] for p in posts for l in p["expected"])
errors += [f"kind {k} has only {kinds[k]} labels" for k in
           ("full_name", "forename", "other_person", "email", "phone", "address", "dob", "upn", "health", "circumstance") if kinds[k] < 5]
clean = sum(1 for p in posts if not p["expected"])
if clean < 70:
    errors.append(f"only {clean} clean posts")
for e in errors:
    print("ERROR:", e)
print(f"{len(posts)} posts, {clean} clean, {sum(p['photo'] for p in posts)} photo, "
      f"{sum(p['account'] == 'personal' for p in posts)} personal; kinds {dict(sorted(kinds.items()))}; {len(errors)} error(s)")
sys.exit(1 if errors else 0)
