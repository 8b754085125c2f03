"""Validate set 78 independently of set2/validate.py: label positions, kinds/rules, verdicts,
UPN check letters, CSV import, school.json keys, record-phrase uniqueness, and a list of
register-name words left unlabelled (for review: they should all be intended traps)."""
import csv, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path
from clearpost.register import mis_import, upn as upn_rules

D = Path(__file__).resolve().parent.parent
errors, notes = [], []
school = json.loads((D / "school.json").read_text())
if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
    errors.append(f"school.json keys {sorted(school)}")
posts = [json.loads(l) for l in (D / "posts.jsonl").read_text().splitlines() if l.strip()]
if [p["id"] for p in posts] != [f"z78-{i:03d}" for i in range(1, 221)]:
    errors.append("ids are not z78-001..z78-220")
KR = {"full_name": "text.pupil_full_name", "other_person": "text.other_person", "email": "text.contact_details",
      "phone": "text.contact_details", "address": "text.contact_details", "dob": "text.date_of_birth",
      "upn": "text.pupil_record", "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
R = {"info": 0, "warn": 1, "block": 2}
pupils = list(csv.DictReader(open(D / "register_pupils.csv", encoding="utf-8")))
words = set()
for r in pupils:
    for f in (r["forename"], r["surname"], r["preferred_forename"]):
        if f:
            words.add(f)
for p in posts:
    t, pid = p["text"], p["id"]
    seen, spans, worst = Counter(), [], None
    for l in p["expected"]:
        k, rule, s = l["kind"], l["rule"], l["text"]
        want = ("text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename") if k == "forename" else KR.get(k)
        if rule != want:
            errors.append(f"{pid}: {k} with rule {rule}")
        seen[s] += 1
        occ = [m.start() for m in re.finditer(re.escape(s), t)]
        if len(occ) < seen[s]:
            errors.append(f"{pid}: {s!r} missing"); continue
        a = occ[seen[s] - 1]
        if any(a < e and b < a + len(s) for b, e in spans):
            errors.append(f"{pid}: {s!r} overlaps")
        spans.append((a, a + len(s)))
        if k == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", s).upper()):
            errors.append(f"{pid}: bad upn {s!r}")
        sev = SEV[p["account"]].get(rule, "block")
        worst = sev if worst is None or R[sev] > R[worst] else worst
    v = "allow" if worst in (None, "info") else worst
    if v != p["verdict"]:
        errors.append(f"{pid}: verdict {p['verdict']} != {v}")
    if ("clean" in p["tags"]) != (not p["expected"]):
        errors.append(f"{pid}: clean tag")
    masked = list(t)
    for b, e in spans:
        masked[b:e] = ["_"] * (e - b)
    masked = "".join(masked)
    for w in sorted(words):
        for m in re.finditer(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", masked):
            notes.append(f"{pid}: unlabelled register word {w!r}: ...{t[max(0, m.start()-25):m.end()+25]!r}")
phr = Counter(unicodedata.normalize("NFKC", l["text"]).casefold() for p in posts for l in p["expected"] if l["kind"] in ("health", "circumstance"))
errors += [f"record phrase twice: {k!r}" for k, c in phr.items() if c > 1]
# consent_name_with_photo must be 'no' for any pupil whose forename/preferred appears as a label in a photo post
for r in pupils:
    if r["consent_name_with_photo"] == "yes":
        names = [r["forename"]] + ([r["preferred_forename"]] if r["preferred_forename"] else [])
        for p in posts:
            if p["photo"] and any(l["kind"] in ("full_name", "forename") and any(n.casefold() in l["text"].casefold() for n in names) for l in p["expected"]):
                notes.append(f"check consent: {r['forename']} {r['surname']} yes but a photo label mentions {names} in {p['id']}")
pp = mis_import.parse_pupils((D / "register_pupils.csv").read_bytes())
ss = mis_import.parse_staff((D / "register_staff.csv").read_bytes())
errors += [f"pupils csv: {x}" for x in pp.problems] + [f"staff csv: {x}" for x in ss.problems]
for n in notes:
    print("note:", n)
for e in errors:
    print("ERROR:", e)
kinds = Counter(l["kind"] for p in posts for l in p["expected"])
print(f"{len(posts)} posts, {sum(not p['expected'] for p in posts)} clean, {sum(p['photo'] for p in posts)} photo, "
      f"{sum(p['account']=='personal' for p in posts)} personal; pupils {len(pp.rows)}, staff {len(ss.rows)}; kinds {dict(kinds)}; {len(errors)} error(s)")
sys.exit(1 if errors else 0)
