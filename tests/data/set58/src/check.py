"""Validate set 58 (own checks on top of set2/validate.py).

Run: env -u PYTHONPATH /work/main/.venv/bin/python check.py
"""
import csv, json, re, subprocess, sys, unicodedata
from collections import Counter
from pathlib import Path

from clearpost.register import mis_import, upn as upn_rules

HERE = Path(__file__).resolve().parent.parent
errors = []
fold = lambda s: "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()

school = json.loads((HERE / "school.json").read_text(encoding="utf-8"))
if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
    errors.append(f"school.json keys {sorted(school)}")
pp = mis_import.parse_pupils((HERE / "register_pupils.csv").read_bytes())
ps = mis_import.parse_staff((HERE / "register_staff.csv").read_bytes())
errors += [f"pupils: {p}" for p in pp.problems] + [f"staff: {p}" for p in ps.problems]
pupils = list(csv.DictReader(open(HERE / "register_pupils.csv", encoding="utf-8")))
for r in pupils:
    if upn_rules.problem(r["upn"]):
        errors.append(f"bad UPN {r['upn']}")
posts = [json.loads(l) for l in open(HERE / "posts.jsonl", encoding="utf-8")]
if [p["id"] for p in posts] != ["z58-%03d" % i for i in range(1, 221)]:
    errors.append("ids are not z58-001..z58-220")
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
PHONE_OK = re.compile(r"^(\+44|0)?(7700900|1632960|1134960|2079460|1614960|1174960|1214960|1314960|1914980|2896496|2920180)")
phrases = Counter()
named_in_photo = set()
for p in posts:
    seen = Counter()
    worst = None
    for l in p["expected"]:
        t = l["text"]
        seen[t] += 1
        if p["text"].count(t) < seen[t]:
            errors.append(f"{p['id']}: {t!r} not in text {seen[t]}x")
        s = SEV[p["account"]].get(l["rule"], "block")
        worst = s if worst is None or RANK[s] > RANK[worst] else worst
        if l["kind"] in ("health", "circumstance"):
            phrases[fold(t)] += 1
        if l["kind"] == "phone":
            digits = re.sub(r"[^\d+]", "", t.replace("O", "0").replace("o", "0"))
            if not PHONE_OK.match(digits):
                errors.append(f"{p['id']}: phone {t!r} outside drama ranges")
        if l["kind"] == "email":
            e = fold(t).replace(" at ", "@").replace("[at]", "@").replace("(at)", "@").replace(" dot ", ".").replace("[dot]", ".").replace(" ", "")
            if not re.search(r"(gmail\.com|hotmail\.co\.uk|icloud\.com|yahoo\.co\.uk|\.example)$", e):
                errors.append(f"{p['id']}: email domain {t!r}")
        if l["kind"] == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", t).upper()):
            errors.append(f"{p['id']}: upn {t!r}")
        if p["photo"] and l["kind"] in ("full_name", "forename"):
            named_in_photo.add(fold(t))
    v = "allow" if worst in (None, "info") else worst
    if v != p["verdict"]:
        errors.append(f"{p['id']}: verdict {p['verdict']} != {v}")
    if ("clean" in p["tags"]) != (not p["expected"]):
        errors.append(f"{p['id']}: clean tag mismatch")
errors += [f"record phrase used {c}x: {ph!r}" for ph, c in phrases.items() if c > 1]
for r in pupils:
    forms = {fold(r["forename"]), fold(r["preferred_forename"])} - {""}
    for n in named_in_photo:
        words = re.findall(r"[\w']+", n.lstrip("#"))
        if words and (words[0] in forms or any(n.lstrip("#").startswith(f.replace(" ", "")) for f in forms)) \
                and r["consent_name_with_photo"] == "yes":
            errors.append(f"{r['forename']} {r['surname']} named in a photo post but consent_name_with_photo=yes")
kinds = Counter(l["kind"] for p in posts for l in p["expected"])
for k in ("full_name", "forename", "other_person", "email", "phone", "address", "dob", "upn", "health", "circumstance"):
    if kinds[k] < 5:
        errors.append(f"kind {k}: only {kinds[k]} labels")
clean = sum(1 for p in posts if not p["expected"])
if clean < 70:
    errors.append(f"only {clean} clean posts")
out = subprocess.run([sys.executable, str(HERE.parent / "set2" / "validate.py"), str(HERE)], capture_output=True, text=True)
print(out.stdout.strip().splitlines()[-1])
for e in errors:
    print("ERROR:", e)
print(f"check.py: {len(posts)} posts, {clean} clean, {dict(kinds)}; {len(errors)} error(s)")
sys.exit(1 if errors or out.returncode else 0)
