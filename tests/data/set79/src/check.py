"""Own checks for set 79 (besides set2/validate.py):
- posts.jsonl is what src/build.py makes from the markup (labels at their marked occurrence);
- every label text occurs in the post; the nth label with a text is its nth occurrence, no overlaps;
- rule follows kind + photo; verdict = highest default severity for the account;
- UPNs valid (register and labels); no health/circumstance phrase used twice in the set;
- phones only in Ofcom drama ranges, e-mail domains webmail or .example;
- CSVs parse with clearpost's MIS importer; school.json has exactly the six keys;
- consent_name_with_photo = no for every pupil named in a photo post;
- counts: 220 posts, >= 70 clean, every kind >= 5 labels;
- lists (for review, not errors) register forenames/surnames left unlabelled in the text.
"""
import csv, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import build
from clearpost.register import mis_import, upn as upn_rules

OUT = Path(__file__).resolve().parent.parent
errors, review = [], []
posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
pupils = build.load_pupils()
fresh, problems = build.parse_posts(pupils)
errors += problems
for a, b in zip(posts, fresh):
    if any(a[k] != b[k] for k in a):
        errors.append(f"{a['id']}: posts.jsonl differs from build output (rebuild)")
if len(posts) != 220 or len(fresh) != 220:
    errors.append(f"{len(posts)} posts, want 220")
phrases = Counter()
PHONE_OK = re.compile(r"^(07700900\d{3}|01632960\d{3}|01134960\d{3}|02079460\d{3}|01614960\d{3}|01174960\d{3}|"
                      r"01214960\d{3}|01314960\d{3}|01914980\d{3}|02896496\d{3}|02920180\d{3})$")
for post in posts:
    text, spans = post["text"], []
    seen = Counter()
    for l in post["expected"]:
        t = l["text"]
        seen[t] += 1
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        if len(occ) < seen[t]:
            errors.append(f"{post['id']}: {t!r} not found {seen[t]}x")
            continue
        s = occ[seen[t] - 1]
        for a, b in spans:
            if s < b and a < s + len(t):
                errors.append(f"{post['id']}: overlap at {t!r}")
        spans.append((s, s + len(t)))
        if build.rule_for(l["kind"], post["photo"]) != l["rule"]:
            errors.append(f"{post['id']}: rule of {t!r}")
        if l["kind"] in ("health", "circumstance"):
            phrases[t.casefold()] += 1
        if l["kind"] == "upn":
            v = re.sub(r"[\s\-.]", "", t).upper()
            if upn_rules.problem(v):
                errors.append(f"{post['id']}: bad upn {t}")
        if l["kind"] == "phone":
            d = re.sub(r"\D", "", t.replace("O", "0").replace("o", "0"))
            d = "0" + d[2:] if d.startswith("44") else d
            if not PHONE_OK.match(d):
                errors.append(f"{post['id']}: phone {t} not in a drama range")
        if l["kind"] == "email":
            if not re.search(r"(gmail|hotmail|icloud|outlook|yahoo|btinternet)|\.example", t.replace(" dot ", ".")):
                errors.append(f"{post['id']}: e-mail domain {t}")
    worst = max((build.severity(l["rule"], post["account"]) for l in post["expected"]), key=build.RANK.get, default=None)
    if post["verdict"] != ("allow" if worst in (None, "info") else worst):
        errors.append(f"{post['id']}: verdict")
    # review: register names left unlabelled
    covered = lambda i: any(a <= i < b for a, b in spans)
    for p in pupils:
        for name in {p["forename"], p["preferred_forename"], p["surname"]} - {""}:
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, flags=re.I):
                if not covered(m.start()):
                    review.append(f"{post['id']}: unlabelled {m.group(0)!r}: ...{text[max(0, m.start()-30):m.end()+30]!r}")
errors += [f"phrase used {n}x: {t!r}" for t, n in phrases.items() if n > 1]
kinds = Counter(l["kind"] for p in posts for l in p["expected"])
for k in build.KIND_TAG:
    if kinds[k] < 5:
        errors.append(f"only {kinds[k]} {k} labels")
if sum(1 for p in posts if not p["expected"]) < 70:
    errors.append("fewer than 70 clean posts")
school = json.loads((OUT / "school.json").read_text())
if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
    errors.append("school.json keys")
for fn, parse in (("register_pupils.csv", mis_import.parse_pupils), ("register_staff.csv", mis_import.parse_staff)):
    r = parse((OUT / fn).read_bytes())
    errors += [f"{fn}: {x}" for x in r.problems]
rows = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
named = build.named_in_photo(posts, pupils)
for r in rows:
    if upn_rules.problem(r["upn"]):
        errors.append(f"register upn {r['upn']}")
    if r["upn"] in named and r["consent_name_with_photo"] != "no":
        errors.append(f"{r['forename']} named in a photo post but consent_name_with_photo yes")
if "-v" in sys.argv:
    print("\n".join(review))
print(f"{len(review)} unlabelled register-name words to review (-v lists them)")
for e in errors:
    print("ERROR:", e)
print(f"{len(posts)} posts, {sum(len(p['expected']) for p in posts)} labels, {len(errors)} error(s)")
sys.exit(1 if errors else 0)
