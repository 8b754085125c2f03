"""Validator for set 81: env -u PYTHONPATH /work/main/.venv/bin/python check.py"""
import csv, json, re, sys
from collections import Counter
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register.upn import problem

OUT = Path(__file__).resolve().parent.parent
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
KIND_RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
             "email": "text.contact_details", "phone": "text.contact_details",
             "address": "text.contact_details", "dob": "text.date_of_birth",
             "upn": "text.pupil_record", "health": "text.pupil_record",
             "circumstance": "text.pupil_record"}
OFCOM = [r"07700 ?900 ?\d{3}", r"0161 ?496 ?0\d{3}", r"01632 ?960 ?\d{3}", r"0113 ?496 ?0\d{3}",
         r"020 ?7946 ?0\d{3}", r"0117 ?496 ?0\d{3}", r"0121 ?496 ?0\d{3}"]
MAILDOM = ("gmail.com", "hotmail.co.uk", "icloud.com", "outlook.com", "yahoo.co.uk", ".example")


def main():
    errors = []
    school = json.loads((OUT / "school.json").read_text())
    if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
        errors.append(f"school.json keys {sorted(school)}")
    pupils = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
    staff = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
    errors += [f"pupils: {p}" for p in pupils.problems] + [f"staff: {p}" for p in staff.problems]
    rows = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    for r in rows:
        if problem(r["upn"]):
            errors.append(f"register UPN {r['upn']}: {problem(r['upn'])}")
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    ids = [p["id"] for p in posts]
    if ids != [f"z81-{i:03d}" for i in range(1, 221)]:
        errors.append("ids are not z81-001 ... z81-220")
    phrases = Counter()
    for p in posts:
        t, seen, spans = p["text"], Counter(), []
        worst = None
        for e in p["expected"]:
            want = KIND_RULE.get(e["kind"]) or (
                "text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename")
            if e["rule"] != want:
                errors.append(f"{p['id']}: {e} should be {want}")
            occ = [m.start() for m in re.finditer(re.escape(e["text"]), t)]
            seen[e["text"]] += 1
            if len(occ) < seen[e["text"]]:
                errors.append(f"{p['id']}: {e['text']!r} not found {seen[e['text']]}x")
                continue
            s = occ[seen[e["text"]] - 1]
            if any(s < b and a < s + len(e["text"]) for a, b in spans):
                errors.append(f"{p['id']}: {e['text']!r} overlaps")
            spans.append((s, s + len(e["text"])))
            if e["kind"] == "upn" and problem(re.sub(r"[\s.\-]", "", e["text"]).upper()):
                errors.append(f"{p['id']}: bad UPN {e['text']}")
            if e["kind"] in ("health", "circumstance"):
                phrases[e["text"].casefold()] += 1
            if e["kind"] == "phone":
                digits = re.sub(r"\D", "", e["text"].replace("o", "0").replace("O", "0"))
                digits = "0" + digits[2:] if digits.startswith("44") else digits
                if not any(re.fullmatch(rx.replace(" ?", ""), digits) for rx in OFCOM):
                    errors.append(f"{p['id']}: phone not in drama range {e['text']}")
            if e["kind"] == "email":
                flat = re.sub(r"\s*[\[(]?\s*dot\s*[\])]?\s*", ".", e["text"])
                if not any(flat.endswith(d) for d in MAILDOM):
                    errors.append(f"{p['id']}: email domain {e['text']}")
            sev = SEV[p["account"]].get(e["rule"], "block")
            worst = sev if worst is None or RANK[sev] > RANK[worst] else worst
        verdict = "allow" if worst in (None, "info") else worst
        if verdict != p["verdict"]:
            errors.append(f"{p['id']}: verdict {p['verdict']} != {verdict}")
        if ("clean" in p["tags"]) != (not p["expected"]):
            errors.append(f"{p['id']}: clean tag")
        for m in re.finditer(r"\b0\d{3,4}[ \d]{6,9}\b|\b07\d{3} ?\d{6}\b", t):
            if not any(a <= m.start() < b for a, b in spans) and school["phone"] not in m.group():
                errors.append(f"{p['id']}: unlabelled phone-like {m.group()!r}")
    errors += [f"health/circumstance phrase used {n}x: {ph!r}" for ph, n in phrases.items() if n > 1]
    kinds = Counter(e["kind"] for p in posts for e in p["expected"])
    for k in KIND_RULE.keys() | {"forename"}:
        if kinds[k] < 5:
            errors.append(f"kind {k}: only {kinds[k]} labels")
    clean = sum(not p["expected"] for p in posts)
    if clean < 70:
        errors.append(f"only {clean} clean posts")
    for e in errors:
        print("ERROR", e)
    print(f"{len(posts)} posts, {clean} clean, {sum(kinds.values())} labels, "
          f"{len(pupils.rows)} pupils, {len(staff.rows)} staff: {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
