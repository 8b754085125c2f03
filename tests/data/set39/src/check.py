"""Own checks: label texts, order, uniqueness of record phrases, UPNs, CSV import, and a scan
for register names that are not labelled (printed for review; many are intended traps)."""
import csv, json, re, sys
from collections import Counter
from pathlib import Path
from clearpost.register import upn as upn_rules
from clearpost.register import mis_import

OUT = Path(__file__).resolve().parent.parent
posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
errors, review = [], []
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
staff = list(csv.DictReader(open(OUT / "register_staff.csv", encoding="utf-8")))
for r in pupils:
    if upn_rules.problem(r["upn"]):
        errors.append(f"bad upn {r['upn']}")
names = set()
for r in pupils:
    names |= {r["forename"], r["surname"]} | ({r["preferred_forename"]} if r["preferred_forename"] else set())
phrases = Counter()
ids = [p["id"] for p in posts]
if ids != [f"z39-{i:03d}" for i in range(1, len(posts) + 1)]:
    errors.append("ids not consecutive")
for p in posts:
    t = p["text"]
    spans, seen = [], Counter()
    worst = None
    for l in p["expected"]:
        seen[l["text"]] += 1
        starts = [m.start() for m in re.finditer(re.escape(l["text"]), t)]
        if len(starts) < seen[l["text"]]:
            errors.append(f"{p['id']}: {l['text']!r} missing"); continue
        s = starts[seen[l["text"]] - 1]; e = s + len(l["text"])
        if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
            errors.append(f"{p['id']}: {l['text']!r} not at word boundary")
        for a, b in spans:
            if s < b and a < e:
                errors.append(f"{p['id']}: overlap {l['text']!r}")
        spans.append((s, e))
        if l["kind"] in ("health", "circumstance"):
            phrases[l["text"].casefold()] += 1
        if l["kind"] == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", l["text"]).upper()):
            errors.append(f"{p['id']}: bad upn label")
        sev = SEV[p["account"]].get(l["rule"], "block")
        worst = sev if worst is None or RANK[sev] > RANK[worst] else worst
    if p["verdict"] != ("allow" if worst in (None, "info") else worst):
        errors.append(f"{p['id']}: verdict")
    # review scan: register name words outside labels
    for n in names:
        for m in re.finditer(r"(?<![\w])" + re.escape(n) + r"(?![\w])", t, re.I):
            if not any(a <= m.start() < b for a, b in spans):
                review.append(f"{p['id']}: unlabelled {m.group(0)!r} ...{t[max(0,m.start()-25):m.end()+25]!r}")
for ph, c in phrases.items():
    if c > 1:
        errors.append(f"record phrase used {c}x: {ph!r}")
pp = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
ps = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
errors += [str(x) for x in pp.problems] + [str(x) for x in ps.problems]
if pp.ignored_columns or ps.ignored_columns:
    errors.append(f"ignored columns {pp.ignored_columns} {ps.ignored_columns}")
school = json.loads((OUT / "school.json").read_text(encoding="utf-8"))
if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
    errors.append("school.json keys")
if "-v" in sys.argv:
    print("\n".join(review))
print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, {len(review)} unlabelled name words to review, {len(errors)} errors")
print("\n".join(errors))
sys.exit(1 if errors else 0)
