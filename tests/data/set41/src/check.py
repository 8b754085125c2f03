"""Validator for set 41. Run: env -u PYTHONPATH /work/main/.venv/bin/python check.py (from the set folder)."""
import csv, json, re, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, "/work/main")
from clearpost.register import upn as upn_rules, mis_import

OUT = Path(__file__).resolve().parent.parent
KIND_RULES = {"full_name": {"text.pupil_full_name"}, "forename": {"text.pupil_forename", "text.pupil_name_with_photo"},
              "other_person": {"text.other_person"}, "email": {"text.contact_details"}, "phone": {"text.contact_details"},
              "address": {"text.contact_details"}, "dob": {"text.date_of_birth"}, "upn": {"text.pupil_record"},
              "health": {"text.pupil_record"}, "circumstance": {"text.pupil_record"}}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
errors, warnings = [], []

posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
if len(posts) != 220:
    errors.append(f"{len(posts)} posts, want 220")
ids = [p["id"] for p in posts]
if ids != [f"z41-{i:03d}" for i in range(1, 221)]:
    errors.append("ids not z41-001..z41-220")
rows = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
names = set()
for r in rows:
    if upn_rules.problem(r["upn"]):
        errors.append(f"register UPN {r['upn']}: {upn_rules.problem(r['upn'])}")
    for f in filter(None, (r["forename"], r["preferred_forename"])):
        names.add(f)
        names.update(f.split())
phrases = Counter()
for p in posts:
    text, spans, seen = p["text"], [], Counter()
    for l in p["expected"]:
        t, k, r = l["text"], l["kind"], l["rule"]
        if r not in KIND_RULES.get(k, ()):
            errors.append(f"{p['id']}: kind {k} rule {r}")
        if k == "forename" and r != ("text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename"):
            errors.append(f"{p['id']}: forename rule vs photo")
        seen[t] += 1
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        if len(occ) < seen[t]:
            errors.append(f"{p['id']}: {t!r} not in text enough times")
            continue
        s = occ[seen[t] - 1]
        if any(s < b and a < s + len(t) for a, b in spans):
            errors.append(f"{p['id']}: {t!r} overlaps")
        spans.append((s, s + len(t)))
        if k == "upn" and upn_rules.problem(re.sub(r"[\s.-]", "", t).upper()):
            errors.append(f"{p['id']}: bad UPN {t}")
        if k in ("health", "circumstance"):
            phrases[t.lower()] += 1
    worst = max((SEV[p["account"]].get(l["rule"], "block") for l in p["expected"]), key=RANK.get, default=None)
    want = "allow" if worst in (None, "info") else worst
    if p["verdict"] != want:
        errors.append(f"{p['id']}: verdict {p['verdict']} want {want}")
    if ("clean" in p["tags"]) != (not p["expected"]):
        errors.append(f"{p['id']}: clean tag")
    for n in names:
        for m in re.finditer(r"(?<![\w])" + re.escape(n) + r"(?![\w])", text, re.I):
            if not any(a <= m.start() < b for a, b in spans):
                warnings.append(f"{p['id']}: unlabelled {m.group(0)!r}: ...{text[max(0, m.start()-30):m.end()+30]!r}")
for ph, c in phrases.items():
    if c > 1:
        errors.append(f"record phrase used {c}x: {ph!r}")
for name, fn in (("register_pupils.csv", mis_import.parse_pupils), ("register_staff.csv", mis_import.parse_staff)):
    parsed = fn((OUT / name).read_bytes())
    errors += [f"{name}: {x}" for x in parsed.problems]
clean = sum(not p["expected"] for p in posts)
if clean < 70:
    errors.append(f"only {clean} clean posts")
kinds = Counter(l["kind"] for p in posts for l in p["expected"])
for k in KIND_RULES:
    if kinds[k] < 5:
        errors.append(f"kind {k}: {kinds[k]} labels")
for w in warnings:
    print("warning:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(posts)} posts, {clean} clean, {len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
