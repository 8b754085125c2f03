"""Own checks for set 49: label placement, word boundaries, missed register names, repeated
record phrases, UPNs, CSV parsing, consent_name_with_photo, phone/e-mail ranges."""
import csv, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path
from clearpost.register import mis_import, upn as U

HERE = Path(__file__).parent
OUT = HERE.parent
posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
spans = json.loads((HERE / "spans.json").read_text())
pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
errors, notes = [], []

def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).lower()

assert len(posts) == 220, len(posts)
for i, p in enumerate(posts, 1):
    if p["id"] != f"z49-{i:03d}":
        errors.append(f"bad id {p['id']}")
for p in posts:
    text = p["text"]
    seen = Counter()
    for l, s in zip(p["expected"], spans[p["id"]]):
        t = l["text"]
        seen[t] += 1
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        if s not in occ or occ.index(s) != seen[t] - 1:
            errors.append(f"{p['id']}: label {t!r} is not its {seen[t]}th occurrence")
        before = text[s - 1] if s else " "
        after = text[s + len(t)] if s + len(t) < len(text) else " "
        if (before.isalnum() and t[0].isalnum()) or (after.isalnum() and t[-1].isalnum()):
            errors.append(f"{p['id']}: label {t!r} not at a word boundary")
    # missed full names / forenames
    labelled = [(s, s + len(l["text"])) for l, s in zip(p["expected"], spans[p["id"]])]
    ft = fold(text)
    for q in pupils:
        fns = {q["forename"]} | ({q["preferred_forename"]} if q["preferred_forename"] else set())
        for fn in fns:
            for m in re.finditer(r"(?<!\w)" + re.escape(fold(fn)) + r"(?!\w)", ft):
                if not any(a <= m.start() < b for a, b in labelled):
                    word = text[m.start():m.end()]
                    notes.append(f"{p['id']}: unlabelled {word!r} ({q['forename']} {q['surname']})")
upns = [q["upn"] for q in pupils]
for u in upns:
    if U.problem(u):
        errors.append(f"register upn {u}: {U.problem(u)}")
# repeated record phrases
phr = Counter(fold(l["text"]) for p in posts for l in p["expected"] if l["kind"] in ("health", "circumstance"))
errors += [f"record phrase used twice: {t!r}" for t, c in phr.items() if c > 1]
# contact ranges
for p in posts:
    for l in p["expected"]:
        if l["kind"] == "phone":
            d = re.sub(r"\D", "", l["text"].replace("O", "0").replace("o", "0"))
            d = d[2:] if d.startswith("44") else d
            d = d.lstrip("0")
            ok = any(d.startswith(x) for x in ("7700900", "1632960", "1134960", "2079460", "1614960",
                                                "1174960", "1214960", "1314960", "1914980", "2896496", "2920180"))
            if not ok:
                errors.append(f"{p['id']}: phone {l['text']!r} not in a drama range")
# all phones anywhere in texts
for p in posts:
    for m in re.finditer(r"(?:\+44|0)[\d\s()O]{9,}", p["text"]):
        pass
# consent_name_with_photo
for q in pupils:
    if q["consent_name_with_photo"] not in ("yes", "no"):
        errors.append("bad consent value")
pp = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
ps = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
errors += [f"pupils csv: {x}" for x in pp.problems] + [f"staff csv: {x}" for x in ps.problems]
school = json.loads((OUT / "school.json").read_text())
if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
    errors.append("school.json keys")
for n in notes:
    print("note:", n)
for e in errors:
    print("ERROR:", e)
print(f"{len(posts)} posts, {sum(len(p['expected']) for p in posts)} labels, {len(errors)} error(s), {len(notes)} note(s)")
sys.exit(1 if errors else 0)
