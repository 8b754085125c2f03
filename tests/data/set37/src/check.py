"""Own checks for set 37 (run with env -u PYTHONPATH /work/main/.venv/bin/python ../check.py).
Errors: labels not at the nth occurrence, not at word boundaries, overlapping; a health or
circumstance phrase used twice; verdict mismatch; bad UPN; CSV problems; school.json keys;
phone numbers outside Ofcom drama ranges; e-mail domains not webmail/.example; counts
(220 posts, >=70 clean, every kind >=5)."""
import json, re, sys
from collections import Counter
from pathlib import Path
from clearpost.register import mis_import, upn as upn_rules
SRC = Path(__file__).parent; OUT = SRC.parent
errors, warn = [], []
posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
spans = json.loads((SRC / "spans.json").read_text())
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
phrases = Counter()
DRAMA = re.compile(r"^(\+?44|0)(7700900\d{3}|1632960\d{3}|1134960\d{3}|2079460\d{3}|1614960\d{3}|1174960\d{3}|1214960\d{3}|1314960\d{3}|1914980\d{3}|289649\d{4}|292018\d{4})$")
for p in posts:
    t = p["text"]; seen = Counter(); used = []
    for l, s in zip(p["expected"], spans[p["id"]]):
        x = l["text"]; seen[x] += 1
        occ = [m.start() for m in re.finditer(re.escape(x), t)]
        if len(occ) < seen[x] or occ[seen[x] - 1] != s:
            errors.append(f"{p['id']}: label {x!r} is not occurrence #{seen[x]} (occurrences at {occ}, label at {s})")
        e = s + len(x)
        if (s > 0 and (t[s - 1].isalnum()) and not x.startswith("#")) or (e < len(t) and t[e].isalnum()):
            errors.append(f"{p['id']}: label {x!r} not at a word boundary")
        for a, b in used:
            if s < b and a < e:
                errors.append(f"{p['id']}: label {x!r} overlaps")
        used.append((s, e))
        if l["kind"] in ("health", "circumstance"):
            phrases[x.casefold()] += 1
        if l["kind"] == "upn":
            r = upn_rules.problem(re.sub(r"[\s\-.]", "", x).upper())
            if r: errors.append(f"{p['id']}: upn {x}: {r}")
        if l["kind"] == "phone":
            d = re.sub(r"[^\d+]", "", x.replace("O", "0").replace("o", "0"))
            if not DRAMA.match(d): errors.append(f"{p['id']}: phone {x} not in a drama range")
    # any phone-like or email-like string unlabelled?
    for m in re.finditer(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t):
        dom = m.group(0).split("@")[1]
        if not (dom.endswith(".example") or dom.endswith(".example.org") or dom in ("gmail.com", "hotmail.co.uk", "icloud.com", "outlook.com", "yahoo.co.uk")):
            errors.append(f"{p['id']}: email domain {dom}")
    worst = None
    for l in p["expected"]:
        s_ = SEV[p["account"]].get(l["rule"], "block")
        if worst is None or RANK[s_] > RANK[worst]: worst = s_
    if p["verdict"] != ("allow" if worst in (None, "info") else worst):
        errors.append(f"{p['id']}: verdict")
for ph, n in phrases.items():
    if n > 1: errors.append(f"phrase used {n}x: {ph!r}")
school = json.loads((OUT / "school.json").read_text())
if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
    errors.append("school.json keys")
pu = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
st = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
for name, r in (("pupils", pu), ("staff", st)):
    errors += [f"{name}: {x}" for x in r.problems]
    if r.ignored_columns: errors.append(f"{name}: ignored {r.ignored_columns}")
photo_named = set(json.loads((SRC / "photo_pupils.json").read_text()))
import csv
for row in csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")):
    if f"{row['forename']} {row['surname']}" in photo_named and row["consent_name_with_photo"] != "no":
        errors.append(f"consent_name_with_photo yes for {row['forename']} {row['surname']}")
kinds = Counter(l["kind"] for p in posts for l in p["expected"])
clean = sum(1 for p in posts if not p["expected"])
if len(posts) != 220: errors.append(f"{len(posts)} posts")
if clean < 70: errors.append(f"only {clean} clean")
for k in ("full_name", "forename", "other_person", "email", "phone", "address", "dob", "upn", "health", "circumstance"):
    if kinds[k] < 5: errors.append(f"kind {k}: {kinds[k]}")
ids = [p["id"] for p in posts]
if ids != [f"z37-{i:03d}" for i in range(1, 221)]: errors.append("ids")
print("kinds:", dict(sorted(kinds.items())), "clean:", clean,
      "photo:", sum(p["photo"] for p in posts), "personal:", sum(p["account"] == "personal" for p in posts))
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
