"""Checks for set 88 beyond set2/validate.py: label placement, UPNs, verdicts, CSVs parse,
counts vs the brief, no phrase for health/circumstance used twice, phone ranges, e-mail domains,
consent_name_with_photo, and a review list of unlabelled register names (for the writer)."""
import csv, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register.upn import problem

D = Path(__file__).resolve().parent.parent
fold = lambda s: "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()
errors, notes = [], []
posts = [json.loads(l) for l in (D / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
pupils = list(csv.DictReader(open(D / "register_pupils.csv", encoding="utf-8")))
staff = list(csv.DictReader(open(D / "register_staff.csv", encoding="utf-8")))
school = json.loads((D / "school.json").read_text())
if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
    errors.append("school.json keys")
for name, fn in (("register_pupils.csv", mis_import.parse_pupils), ("register_staff.csv", mis_import.parse_staff)):
    r = fn((D / name).read_bytes())
    errors += [f"{name}: {p}" for p in r.problems]
for p in pupils:
    if problem(p["upn"]):
        errors.append(f"bad UPN {p['upn']}")
if len(posts) != 220 or [p["id"] for p in posts] != [f"z88-{i:03d}" for i in range(1, 221)]:
    errors.append("ids/length")
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
phrases = Counter()
for p in posts:
    worst = None
    for l in p["expected"]:
        s = SEV[p["account"]].get(l["rule"], "block")
        worst = s if worst is None or RANK[s] > RANK[worst] else worst
        if l["text"] not in p["text"]:
            errors.append(f"{p['id']}: {l['text']!r} missing")
        if l["kind"] in ("health", "circumstance"):
            phrases[fold(l["text"])] += 1
        if l["kind"] == "upn" and problem(re.sub(r"[\s\-.]", "", l["text"]).upper()):
            errors.append(f"{p['id']}: bad upn label")
        if l["kind"] == "phone":
            digits = re.sub(r"\D", "", l["text"].replace("O", "0"))
            digits = re.sub(r"^44", "0", digits)
            if not re.match(r"^(07700900\d{3}|02896496\d{3})$", digits):
                errors.append(f"{p['id']}: phone not in drama range {l['text']!r}")
        if l["kind"] == "email" and not re.search(r"(gmail|hotmail|icloud|outlook|yahoo|\.example)", l["text"].replace(" ", "")):
            errors.append(f"{p['id']}: e-mail domain {l['text']!r}")
    v = "allow" if worst in (None, "info") else worst
    if v != p["verdict"]:
        errors.append(f"{p['id']}: verdict")
    if ("clean" in p["tags"]) != (not p["expected"]):
        errors.append(f"{p['id']}: clean tag")
errors += [f"phrase used twice: {t!r}" for t, c in phrases.items() if c > 1]
# consent_name_with_photo: pupils named in photo posts must be 'no'
for p in posts:
    if not p["photo"]:
        continue
    for l in p["expected"]:
        if l["kind"] not in ("forename", "full_name"):
            continue
        t = fold(re.sub(r"[#_\s\u200b]+", " ", l["text"])).replace("\u043e", "o")
        for q in pupils:
            names = {fold(q["forename"]), fold(q["preferred_forename"])} - {""}
            if any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", t) or n.replace(" ", "") in t.replace(" ", "") for n in names):
                if l["kind"] == "forename" or fold(q["surname"]).replace(" ", "") in t.replace(" ", ""):
                    if q["consent_name_with_photo"] != "no":
                        errors.append(f"{p['id']}: {q['forename']} {q['surname']} named with photo but consent yes")
# review: capitalised register forenames / surnames not inside a label
words = {}
for q in pupils:
    for n in (q["forename"], q["preferred_forename"], q["surname"]):
        if n:
            words[n] = f"{q['forename']} {q['surname']}"
for p in posts:
    spans, seen = [], Counter()
    for l in p["expected"]:
        seen[l["text"]] += 1
        occ = [m.start() for m in re.finditer(re.escape(l["text"]), p["text"])]
        s = occ[seen[l["text"]] - 1]
        spans.append((s, s + len(l["text"])))
    for w in words:
        for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", p["text"]):
            if not any(a <= m.start() < b for a, b in spans):
                notes.append(f"{p['id']}: unlabelled {w!r} ({words[w]}): ...{p['text'][max(0, m.start()-30):m.end()+30]!r}")
kinds = Counter(l["kind"] for p in posts for l in p["expected"])
print("posts", len(posts), "clean", sum(not p["expected"] for p in posts), "photo", sum(p["photo"] for p in posts),
      "personal", sum(p["account"] == "personal" for p in posts))
print(dict(kinds))
for k in ("forename", "full_name", "other_person", "email", "phone", "address", "dob", "upn", "health", "circumstance"):
    if kinds[k] < 5:
        errors.append(f"kind {k} has {kinds[k]} labels (<5)")
if sum(not p["expected"] for p in posts) < 70:
    errors.append("fewer than 70 clean posts")
if "-v" in sys.argv:
    print("\n".join(notes))
else:
    print(len(notes), "review notes (unlabelled register words; -v to list)")
for e in errors:
    print("ERROR", e)
print(len(errors), "errors")
sys.exit(1 if errors else 0)
