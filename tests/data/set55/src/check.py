"""Own checks for set 55 (in addition to tests/data/set2/validate.py)."""
import csv
import json
import re
import sys
from collections import Counter
from common import HERE, fold

OUT = HERE.parent
sys.path.insert(0, str(HERE))
from build import verdict  # noqa: E402
from clearpost.register import mis_import, upn as upn_rules  # noqa: E402

errors, warns = [], []
posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
staff = list(csv.DictReader(open(OUT / "register_staff.csv", encoding="utf-8")))
school = json.loads((OUT / "school.json").read_text(encoding="utf-8"))

if list(school) != ["name", "address", "postcode", "phone", "email", "website"]:
    errors.append("school.json keys")
ids = [p["id"] for p in posts]
if ids != [f"z55-{i:03d}" for i in range(1, 221)]:
    errors.append("ids are not z55-001..z55-220")
for name, parsed in (("pupils", mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())),
                     ("staff", mis_import.parse_staff((OUT / "register_staff.csv").read_bytes()))):
    errors += [f"{name}: {p}" for p in parsed.problems]
for p in pupils:
    if upn_rules.problem(p["upn"]):
        errors.append(f"bad UPN {p['upn']}")

firsts = {fold(p["forename"]) for p in pupils} | {fold(p["preferred_forename"]) for p in pupils if p["preferred_forename"]}
fulls = set()
for p in pupils:
    for f in filter(None, [p["forename"], p["preferred_forename"]]):
        fulls.add(re.sub(r"[\W_]", "", fold(f + p["surname"])))
phone_ok = re.compile(r"^(07700900|01632960|01134960|02079460|01614960|01174960|01214960|01314960|01914980|02896496|02920180)")
mail_ok = ("gmail", "hotmail", "icloud", "yahoo", "outlook", ".example")
phrases = Counter()
for post in posts:
    t, labels = post["text"], post["expected"]
    if post["verdict"] != verdict(post["account"], labels):
        errors.append(f"{post['id']}: verdict")
    for l in labels:
        if l["text"] not in t:
            errors.append(f"{post['id']}: {l['text']!r} not in text")
        k = l["kind"]
        if k == "full_name":
            key = re.sub(r"[\W_]", "", fold(l["text"]))
            rev = {re.sub(r"[\W_]", "", fold(p["surname"] + f)) for p in pupils for f in filter(None, [p["forename"], p["preferred_forename"]])}
            if not any(f in key for f in fulls | rev):
                errors.append(f"{post['id']}: full name {l['text']!r} not in register")
        if k == "forename":
            w = fold(l["text"]).replace(".", "").split()[0]
            if w not in firsts and not re.fullmatch(r"[a-z]{2,3}", re.sub(r"\W", "", w)):
                errors.append(f"{post['id']}: forename {l['text']!r} not in register")
        if k == "other_person":
            key = re.sub(r"[\W_]", "", fold(l["text"]))
            if key in fulls:
                errors.append(f"{post['id']}: other person {l['text']!r} is a pupil")
            if any(re.sub(r"\W", "", fold(s["forename"] + s["surname"])) == key for s in staff):
                errors.append(f"{post['id']}: other person {l['text']!r} is staff")
        if k == "phone":
            digits = re.sub(r"\D", "", l["text"].replace("O", "0"))
            digits = "0" + digits[2:] if digits.startswith("44") else digits
            if not phone_ok.match(digits):
                errors.append(f"{post['id']}: phone {l['text']!r} not in a drama range")
        if k == "email" and not any(d in l["text"].lower() for d in mail_ok):
            errors.append(f"{post['id']}: email domain {l['text']!r}")
        if k in ("health", "circumstance"):
            phrases[fold(l["text"])] += 1
for ph, n in phrases.items():
    if n > 1:
        errors.append(f"phrase used {n}x: {ph!r}")
# consent_name_with_photo must be no for pupils named in photo posts
from make_register import named_in_photo  # noqa: E402
from common import pupils as reg_pupils  # noqa: E402
for rp, row in zip(reg_pupils(), pupils):
    if named_in_photo(rp, posts) and row["consent_name_with_photo"] != "no":
        errors.append(f"{row['forename']} named in photo post but consent yes")
kinds = Counter(l["kind"] for p in posts for l in p["expected"])
for k in ("full_name", "forename", "other_person", "email", "phone", "address", "dob", "upn", "health", "circumstance"):
    if kinds[k] < 5:
        errors.append(f"only {kinds[k]} {k}")
clean = sum(1 for p in posts if not p["expected"])
if clean < 70:
    errors.append(f"only {clean} clean")
print(f"{len(posts)} posts, {clean} clean, {sum(kinds.values())} labels, kinds {dict(kinds)}")
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
