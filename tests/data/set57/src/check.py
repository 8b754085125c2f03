"""Own checks for set 57: rebuild is consistent, labels are substrings, verdicts, UPNs, CSVs parse,
health/circumstance phrases unique, school.json keys, phone ranges, e-mail domains."""
import json, re, sys
from collections import Counter
from pathlib import Path
from clearpost.register import mis_import, upn as upn_rules

D = Path(__file__).resolve().parent.parent
err = []
school = json.loads((D / "school.json").read_text())
if list(school) != ["name", "address", "postcode", "phone", "email", "website"]:
    err.append("school.json keys")
posts = [json.loads(l) for l in (D / "posts.jsonl").read_text().splitlines() if l.strip()]
if [p["id"] for p in posts] != [f"z57-{i:03d}" for i in range(1, 221)]:
    err.append("ids not z57-001..z57-220")
phr = Counter()
RANGES = (r"07700 ?9[0O]{2} ?\d{3}", r"\+44 7700 900 \d{3}", r"07700900\d{3}", r"07700 9OO \d{3}")
for p in posts:
    for l in p["expected"]:
        if p["text"].count(l["text"]) < 1:
            err.append(f"{p['id']}: {l['text']!r} missing")
        if l["kind"] in ("health", "circumstance"):
            phr[l["text"].casefold()] += 1
        if l["kind"] == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", l["text"]).upper()):
            err.append(f"{p['id']}: bad upn {l['text']}")
        if l["kind"] == "phone" and not any(re.fullmatch(r, l["text"]) for r in RANGES):
            err.append(f"{p['id']}: phone {l['text']!r} not in a drama range")
        if l["kind"] == "email" and not re.search(r"(gmail|hotmail\.co\.uk|icloud|yahoo\.co\.uk|\.example\.org)", l["text"].replace(" dot ", ".").replace(" at ", "@")):
            err.append(f"{p['id']}: e-mail domain {l['text']!r}")
err += [f"phrase used twice: {k}" for k, v in phr.items() if v > 1]
pu = mis_import.parse_pupils((D / "register_pupils.csv").read_bytes())
st = mis_import.parse_staff((D / "register_staff.csv").read_bytes())
err += [str(x) for x in pu.problems] + [str(x) for x in st.problems]
if pu.ignored_columns or st.ignored_columns:
    err.append(f"ignored columns {pu.ignored_columns} {st.ignored_columns}")
photo = sum(p["photo"] for p in posts); pers = sum(p["account"] == "personal" for p in posts)
clean = sum(not p["expected"] for p in posts)
kinds = Counter(l["kind"] for p in posts for l in p["expected"])
print(f"{len(posts)} posts, {photo} photo, {pers} personal, {clean} clean; {len(pu.rows)} pupils, {len(st.rows)} staff")
print(dict(sorted(kinds.items())))
if clean < 70: err.append("fewer than 70 clean")
err += [f"kind {k} < 5" for k in ("full_name","forename","other_person","email","phone","address","dob","upn","health","circumstance") if kinds[k] < 5]
for e in err: print("ERROR:", e)
print(f"{len(err)} error(s)")
sys.exit(1 if err else 0)
