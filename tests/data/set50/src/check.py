"""Own checks for set 50: labels at word boundaries and nth occurrence, verdicts, unique
health/circumstance phrases, UPN check letters, CSVs parse, phones in Ofcom drama ranges,
e-mail domains webmail or .example, school.json keys, ids, counts."""
import json, re, sys
from collections import Counter
from pathlib import Path
from clearpost.register import mis_import, upn as rules

OUT = Path(__file__).resolve().parent.parent
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
DRAMA = re.compile(r"^(07700900\d{3}|01632960\d{3}|01134960\d{3}|02079460\d{3}|01614960\d{3}|01174960\d{3}|01214960\d{3}|01314960\d{3}|01914980\d{3}|02896496\d{3}|02920180\d{3})$")
errs = []
school = json.load(open(OUT / "school.json"))
if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
    errs.append("school.json keys")
posts = [json.loads(l) for l in open(OUT / "posts.jsonl", encoding="utf-8")]
if [p["id"] for p in posts] != [f"z50-{i:03d}" for i in range(1, 221)]:
    errs.append("ids")
phrases = Counter()
for p in posts:
    t, n = p["text"], Counter()
    worst = None
    for l in p["expected"]:
        n[l["text"]] += 1
        occ = [m.start() for m in re.finditer(re.escape(l["text"]), t)]
        if len(occ) < n[l["text"]]:
            errs.append(f"{p['id']}: {l['text']!r} missing"); continue
        s = occ[n[l["text"]] - 1]; e = s + len(l["text"])
        if (s and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
            errs.append(f"{p['id']}: {l['text']!r} not at word boundary")
        sev = SEV[p["account"]].get(l["rule"], "block")
        worst = sev if worst is None or RANK[sev] > RANK[worst] else worst
        if l["kind"] in ("health", "circumstance"):
            phrases[l["text"].casefold()] += 1
        if l["kind"] == "upn" and rules.problem(re.sub(r"[\s.\-]", "", l["text"]).upper()):
            errs.append(f"{p['id']}: bad upn {l['text']}")
        if l["kind"] == "phone":
            d = re.sub(r"\D", "", l["text"])
            if not DRAMA.match(d):
                errs.append(f"{p['id']}: phone {l['text']} not in a drama range")
        if l["kind"] == "email":
            if not re.search(r"(gmail|hotmail\.co\.uk|icloud|\.example)", l["text"].replace(" dot ", ".")):
                errs.append(f"{p['id']}: email domain {l['text']}")
    v = "allow" if worst in (None, "info") else worst
    if v != p["verdict"]:
        errs.append(f"{p['id']}: verdict")
    if ("clean" in p["tags"]) != (not p["expected"]):
        errs.append(f"{p['id']}: clean tag")
    for m in re.finditer(r"\b0\d[\d ]{8,12}\d\b", t):
        d = re.sub(r"\D", "", m.group())
        if not DRAMA.match(d):
            errs.append(f"{p['id']}: number {m.group()} not drama range")
errs += [f"phrase used twice: {k}" for k, c in phrases.items() if c > 1]
pu = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
st = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
errs += [f"pupils: {x}" for x in pu.problems] + [f"staff: {x}" for x in st.problems]
kinds = Counter(l["kind"] for p in posts for l in p["expected"])
print("kinds:", dict(kinds))
print(f"{len(posts)} posts, {sum(not p['expected'] for p in posts)} clean, {sum(p['photo'] for p in posts)} photo, "
      f"{sum(p['account']=='personal' for p in posts)} personal; {len(pu.rows)} pupils, {len(st.rows)} staff")
for k in ("full_name", "forename", "other_person", "email", "phone", "address", "dob", "upn", "health", "circumstance"):
    if kinds[k] < 5:
        errs.append(f"only {kinds[k]} {k}")
for e in errs:
    print("ERROR:", e)
print(len(errs), "error(s)")
sys.exit(1 if errs else 0)
