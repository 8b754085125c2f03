"""Validator for set 45: run with env -u PYTHONPATH /work/main/.venv/bin/python check.py"""
import csv, json, re, sys
from collections import Counter
from common import HERE, load_pupils, resolve, norm

ROOT = HERE.parent
errors, warnings = [], []
pupils = load_pupils()
posts = [json.loads(l) for l in (ROOT / "posts.jsonl").read_text().splitlines()]
school = json.loads((ROOT / "school.json").read_text())

if list(school) != ["name", "address", "postcode", "phone", "email", "website"]:
    errors.append(f"school.json keys {list(school)}")
ids = [p["id"] for p in posts]
if ids != [f"z45-{i:03d}" for i in range(1, 221)]:
    errors.append("ids are not z45-001..z45-220")

from clearpost.register import mis_import, upn as upn_rules
pp = mis_import.parse_pupils((ROOT / "register_pupils.csv").read_bytes())
ps = mis_import.parse_staff((ROOT / "register_staff.csv").read_bytes())
errors += [f"pupils csv: {x}" for x in pp.problems] + [f"staff csv: {x}" for x in ps.problems]
reg = list(csv.DictReader(open(ROOT / "register_pupils.csv", encoding="utf-8")))
for r in reg:
    if upn_rules.problem(r["upn"]):
        errors.append(f"register UPN {r['upn']}: {upn_rules.problem(r['upn'])}")
regby = {f'{r["forename"]} {r["surname"]}': r for r in reg}

phrases = Counter()
for post in posts:
    pid, text = post["id"], post["text"]
    seen = Counter()
    spans = []
    for l in post["expected"]:
        t = l["text"]
        seen[t] += 1
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        if len(occ) < seen[t]:
            errors.append(f"{pid}: {t!r} not in text enough times")
            continue
        s = occ[seen[t] - 1]
        for a, b in spans:
            if s < b and a < s + len(t):
                errors.append(f"{pid}: {t!r} overlaps")
        spans.append((s, s + len(t)))
        # word boundaries
        before = text[s - 1] if s else " "
        after = text[s + len(t)] if s + len(t) < len(text) else " "
        if before.isalnum() or after.isalnum():
            errors.append(f"{pid}: {t!r} not at a word boundary")
        if l["kind"] in ("full_name", "forename"):
            who = resolve(t, l["kind"], pupils)
            if len(who) != 1:
                errors.append(f"{pid}: name label {t!r} resolves to {len(who)} pupils")
            elif post["photo"]:
                r = regby[f'{who[0]["forename"]} {who[0]["surname"]}']
                if r["consent_name_with_photo"] != "no":
                    errors.append(f"{pid}: {t!r} named in photo post but consent_name_with_photo=yes")
        if l["kind"] in ("health", "circumstance"):
            phrases[t.lower()] += 1
        if l["kind"] == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", t).upper()):
            errors.append(f"{pid}: bad UPN {t}")
        if l["kind"] == "phone":
            digits = re.sub(r"\D", "", t.replace("o", "0"))
            if digits.startswith("44"):
                digits = "0" + digits[2:]
            ok = ("07700900", "01632960", "01134960", "02079460", "01614960", "01174960",
                  "01214960", "01314960", "01914980", "02896496", "02920180")
            if not digits.startswith(ok) or len(digits) != 11:
                errors.append(f"{pid}: phone {t!r} not in a drama range")
        if l["kind"] == "email" and not re.search(r"(gmail|hotmail|icloud|btinternet|example)", t, re.I):
            errors.append(f"{pid}: email domain {t!r}")
    if ("clean" in post["tags"]) != (not post["expected"]):
        errors.append(f"{pid}: clean tag mismatch")
    if ("personal" in post["tags"]) != (post["account"] == "personal"):
        errors.append(f"{pid}: personal tag mismatch")
    # unlabelled pupil full names (review list)
    labelled = "".join("\x00" if any(a <= i < b for a, b in spans) else c for i, c in enumerate(text))
    for p in pupils:
        for f in filter(None, [p["forename"], p["preferred"]]):
            if re.search(rf"\b{re.escape(f)}\s+{re.escape(p['surname'])}\b", labelled, re.I):
                errors.append(f"{pid}: unlabelled full name {f} {p['surname']}")
            if re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", labelled):
                warnings.append(f"{pid}: unlabelled forename-word {f!r} (intended trap?)")
for t, n in phrases.items():
    if n > 1:
        errors.append(f"health/circumstance phrase used {n}x: {t!r}")

for w in warnings:
    print("warning:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
      f"{sum(len(p['expected']) for p in posts)} labels; {len(errors)} error(s), {len(warnings)} warning(s)")
sys.exit(1 if errors else 0)
