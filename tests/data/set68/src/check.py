"""Own checks for set 68 (run after build.py). Errors exit 1; warnings are for review."""
import csv, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path
from clearpost.register import upn as upn_rules
from clearpost.register import mis_import

OUT = Path(__file__).resolve().parent.parent
errors, warnings = [], []
posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
staff = list(csv.DictReader(open(OUT / "register_staff.csv", encoding="utf-8")))
school = json.loads((OUT / "school.json").read_text(encoding="utf-8"))

if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
    errors.append(f"school.json keys {sorted(school)}")
if [p["id"] for p in posts] != [f"z68-{i:03d}" for i in range(1, len(posts) + 1)]:
    errors.append("ids not z68-001..")
if len(posts) != 220:
    errors.append(f"{len(posts)} posts, want 220")
for p in pupils:
    if upn_rules.problem(p["upn"]):
        errors.append(f"bad UPN {p['upn']}")
for name, data in (("pupils", (OUT / "register_pupils.csv").read_bytes()),):
    r = mis_import.parse_pupils(data)
    errors += [f"register_pupils: {x}" for x in r.problems]
r = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
errors += [f"register_staff: {x}" for x in r.problems]

def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

# phrases of health/circumstance used once
phr = Counter(l["text"].casefold() for p in posts for l in p["expected"] if l["kind"] in ("health", "circumstance"))
errors += [f"phrase used {n}x: {t!r}" for t, n in phr.items() if n > 1]
# phones in drama ranges, emails on webmail / .example
DRAMA = [r"07700900\d{3}", r"01632960\d{3}", r"01134960\d{3}", r"02079460\d{3}", r"01614960\d{3}",
         r"01174960\d{3}", r"01214960\d{3}", r"01314960\d{3}", r"01914980\d{3}", r"02896496\d{3}",
         r"02920180\d{3}"]
WEB = ("gmail.com", "hotmail.co.uk", "icloud.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "live.co.uk", "btinternet.com")
for p in posts:
    for l in p["expected"]:
        if l["kind"] == "phone":
            d = l["text"].replace("O", "0").replace("o", "0")
            d = re.sub(r"\D", "", d.replace("+44", "0"))
            if d.startswith("440"):
                d = d[2:]
            elif d.startswith("44"):
                d = "0" + d[2:]
            if not any(re.fullmatch(x, d) for x in DRAMA):
                errors.append(f"{p['id']}: phone not in drama range {l['text']!r}")
        if l["kind"] == "email":
            t = re.sub(r"\s*(\[at\]|\(at\)| at )\s*", "@", l["text"].lower())
            t = re.sub(r"\s*(\[dot\]|\(dot\)| dot )\s*", ".", t).replace(" ", "")
            if not (t.endswith(WEB) or ".example" in t):
                errors.append(f"{p['id']}: email domain {l['text']!r}")
    # any phone-like number in text that is not labelled and not the school's
    for m in re.finditer(r"0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}", p["text"]):
        if re.sub(r"\D", "", m.group()) != re.sub(r"\D", "", school["phone"]) and not any(
                m.group() in l["text"] or l["text"] in m.group() for l in p["expected"]):
            warnings.append(f"{p['id']}: unlabelled number {m.group()!r}")
# unlabelled capitalised pupil forenames (review list)
names = set()
for p in pupils:
    for n in (p["forename"], p["preferred_forename"]):
        if n:
            names.add(n)
for p in posts:
    spans, seen = [], Counter()
    for l in p["expected"]:
        seen[l["text"]] += 1
        st = [m.start() for m in re.finditer(re.escape(l["text"]), p["text"])]
        if len(st) >= seen[l["text"]]:
            s0 = st[seen[l["text"]] - 1]
            spans.append((s0, s0 + len(l["text"])))
    for n in sorted(names):
        for m in re.finditer(r"(?<![\w])" + re.escape(n) + r"(?!\w)", p["text"], flags=re.I):
            if not any(a <= m.start() and m.end() <= b for a, b in spans):
                warnings.append(f"{p['id']}: unlabelled {n!r}: ...{p['text'][max(0,m.start()-30):m.end()+30]!r}")
                break
# photo-post pupils have name_with_photo = no (build computes it; check a sample)
kinds = Counter(l["kind"] for p in posts for l in p["expected"])
for k in ("full_name", "forename", "other_person", "email", "phone", "address", "dob", "upn", "health", "circumstance"):
    if kinds[k] < 5:
        errors.append(f"kind {k}: only {kinds[k]} labels")
clean = sum(1 for p in posts if not p["expected"])
if clean < 70:
    errors.append(f"only {clean} clean posts")
print("kinds:", dict(kinds), "clean:", clean, "photo:", sum(p["photo"] for p in posts),
      "personal:", sum(p["account"] == "personal" for p in posts))
for w in warnings:
    print("warning:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
sys.exit(1 if errors else 0)
