"""Validate set 47: run with env -u PYTHONPATH /work/main/.venv/bin/python src/check.py"""
import json, re, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import build
from clearpost.register import mis_import
from clearpost.register import upn as upn_rules

OUT = Path(__file__).parent.parent
errors, warnings = [], []
pp = build.pupils()
posts = build.parse_posts(pp)
disk = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
if len(disk) != len(posts):
    errors.append("posts.jsonl is stale: run src/build.py")
school = json.loads((OUT / "school.json").read_text())
if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
    errors.append("school.json keys")
DRAMA = ["07700900", "01632960", "01134960", "02079460", "01614960", "01174960", "01214960",
         "01314960", "01914980", "02896496", "02920180"]
MAIL_OK = ("gmail.com", "hotmail.co.uk", "icloud.com", "yahoo.co.uk", "outlook.com", ".example")
phrases = Counter()
names_full = {build.fold(f"{r[k]} {r['surname']}") for r in pp for k in ("forename", "preferred") if r[k]}
WORD = re.compile(r"\w")
for p in posts:
    pid, text = p["id"], p["text"]
    seen = Counter()
    for l in p["expected"]:
        t, s = l["text"], l["_start"]
        seen[t] += 1
        starts = [m.start() for m in re.finditer(re.escape(t), text)]
        if starts[seen[t] - 1] != s:
            errors.append(f"{pid}: label {t!r} is not its nth occurrence")
        if (s > 0 and WORD.match(text[s - 1]) and WORD.match(t[0])) or (
                s + len(t) < len(text) and WORD.match(text[s + len(t)]) and WORD.match(t[-1])):
            errors.append(f"{pid}: label {t!r} not at a word boundary")
        k = l["kind"]
        if k in ("health", "circumstance"):
            phrases[t.casefold()] += 1
        if k in ("full_name", "forename"):
            if not build.match_pupils(t, pp):
                errors.append(f"{pid}: name label {t!r} matches no register pupil")
        if k == "other_person" and build.fold(t) in names_full:
            errors.append(f"{pid}: other_person {t!r} is a pupil")
        if k == "upn":
            v = re.sub(r"[\s\-.]", "", t).upper()
            if upn_rules.problem(v):
                errors.append(f"{pid}: bad upn {t}")
        if k == "phone":
            d = re.sub(r"\D", "", t.replace("O", "0").replace("o", "0"))
            if d.startswith("44"):
                d = "0" + d[2:]
            if not any(d.startswith(x) for x in DRAMA) or len(d) != 11:
                errors.append(f"{pid}: phone {t!r} not in a drama range")
        if k == "email":
            norm = t.lower().replace(" dot ", ".").replace("(dot)", ".").replace("[dot]", ".").replace(" ", "")
            if not any(norm.endswith(x) for x in MAIL_OK):
                errors.append(f"{pid}: email domain {t!r}")
    # possible unlabelled pupil forenames (capitalised), for review
    covered = [(l["_start"], l["_start"] + len(l["text"])) for l in p["expected"]]
    for r in pp:
        for fn in {r["forename"], r["preferred"]} - {""}:
            for m in re.finditer(r"(?<!\w)" + re.escape(fn) + r"(?!\w)", text):
                if not any(a <= m.start() < b for a, b in covered):
                    warnings.append(f"{pid}: unlabelled {fn!r}")
for ph, n in phrases.items():
    if n > 1:
        errors.append(f"phrase used {n}x: {ph!r}")
ids = [p["id"] for p in posts]
if len(set(ids)) != 220:
    errors.append(f"{len(set(ids))} posts, want 220")
for name, fn in (("register_pupils.csv", mis_import.parse_pupils), ("register_staff.csv", mis_import.parse_staff)):
    r = fn((OUT / name).read_bytes())
    errors += [f"{name}: {x}" for x in r.problems]
    if r.ignored_columns:
        errors.append(f"{name}: ignored {r.ignored_columns}")
kinds = Counter(l["kind"] for p in posts for l in p["expected"])
print("posts", len(posts), "photo", sum(p["photo"] for p in posts), "personal",
      sum(p["account"] == "personal" for p in posts), "clean", sum(not p["expected"] for p in posts))
print("kinds", dict(sorted(kinds.items())))
for k in build.KINDS.values():
    if kinds[k] < 5:
        errors.append(f"kind {k}: only {kinds[k]} labels")
for w in sorted(set(warnings)):
    print("warning:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} errors, {len(set(warnings))} warnings")
sys.exit(1 if errors else 0)
