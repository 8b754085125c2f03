"""Own checks for set 84 (besides set2/validate.py).
Run: env -u PYTHONPATH /work/main/.venv/bin/python check.py
"""
import csv, io, json, re, sys
from collections import Counter
from pathlib import Path
from clearpost.register import mis_import, upn as upn_rules

D = Path(__file__).resolve().parent.parent
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
DRAMA = [r"07700 ?900 ?\d{3}", r"01632 ?960 ?\d{3}", r"0113 ?496 ?0\d{3}", r"020 ?7946 ?0\d{3}",
         r"0161 ?496 ?0\d{3}", r"0117 ?496 ?0\d{3}", r"0121 ?496 ?0\d{3}", r"0131 ?496 ?0\d{3}",
         r"0191 ?498 ?0\d{3}", r"028 ?9649 ?6\d{3}", r"029 ?2018 ?0\d{3}"]
MAIL_OK = ("gmail", "hotmail", "icloud", "outlook", "yahoo", ".example")


def main():
    errors, warnings = [], []
    posts = [json.loads(l) for l in (D / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    school = json.loads((D / "school.json").read_text(encoding="utf-8"))
    if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
        errors.append("school.json keys")
    ids = [p["id"] for p in posts]
    if ids != [f"z84-{i:03d}" for i in range(1, 221)]:
        errors.append("ids are not z84-001..z84-220")
    pup = mis_import.parse_pupils((D / "register_pupils.csv").read_bytes())
    stf = mis_import.parse_staff((D / "register_staff.csv").read_bytes())
    errors += [f"pupils: {p}" for p in pup.problems] + [f"staff: {p}" for p in stf.problems]
    rows = list(csv.DictReader(io.StringIO((D / "register_pupils.csv").read_text(encoding="utf-8"))))
    for r in rows:
        if upn_rules.problem(r["upn"]):
            errors.append(f"bad UPN {r['upn']}")
    names = set()
    for r in rows:
        names |= {r["forename"], r["preferred_forename"]} - {""}
        names |= set(r["forename"].split())
    phrases = Counter()
    for p in posts:
        text, labs = p["text"], p["expected"]
        worst = None
        spans = []
        seen = Counter()
        for l in labs:
            t = l["text"]
            seen[t] += 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) < seen[t]:
                errors.append(f"{p['id']}: {t!r} missing")
                continue
            s = occ[seen[t] - 1]
            spans.append((s, s + len(t)))
            sev = SEV[p["account"]].get(l["rule"], "block")
            worst = sev if worst is None or RANK[sev] > RANK[worst] else worst
            if l["kind"] in ("health", "circumstance"):
                phrases[t.casefold()] += 1
            if l["kind"] == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", t).upper()):
                errors.append(f"{p['id']}: bad upn label {t}")
            if l["kind"] == "phone":
                digits = re.sub(r"\D", "", t.replace("O", "0").replace("+44", "0"))
                if not any(re.fullmatch(r.replace(" ?", ""), digits) for r in DRAMA):
                    errors.append(f"{p['id']}: phone not in drama range {t}")
            if l["kind"] == "email" and not any(k in t for k in MAIL_OK):
                errors.append(f"{p['id']}: email domain {t}")
        v = "allow" if worst in (None, "info") else worst
        if v != p["verdict"]:
            errors.append(f"{p['id']}: verdict")
        # unlabelled capitalised pupil forenames (review list; many are intended traps)
        for n in names:
            for m in re.finditer(r"(?<![\w])" + re.escape(n) + r"(?![\w])", text):
                if not any(a <= m.start() < b for a, b in spans):
                    warnings.append(f"{p['id']}: unlabelled {n!r}: ...{text[max(0, m.start()-30):m.end()+30]!r}")
        for m in re.finditer(r"\b0\d[\d ]{8,12}\d\b", text):
            if not any(a <= m.start() < b for a, b in spans) and re.sub(r"\D", "", m.group()) != re.sub(r"\D", "", school["phone"]):
                warnings.append(f"{p['id']}: unlabelled number {m.group()!r}")
    for ph, n in phrases.items():
        if n > 1:
            errors.append(f"record phrase used {n}x: {ph!r}")
    # consent_name_with_photo = no for pupils named in photo posts
    photo_names = [l["text"] for p in posts if p["photo"] for l in p["expected"] if l["kind"] in ("forename", "full_name")]
    for r in rows:
        ns = {r["forename"], r["preferred_forename"]} - {""}
        if r["consent_name_with_photo"] == "yes" and any(n in t for n in ns for t in photo_names):
            errors.append(f"{r['forename']} {r['surname']} named in a photo post but consent yes")
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    for k in ("full_name", "forename", "other_person", "email", "phone", "address", "dob", "upn", "health", "circumstance"):
        if kinds[k] < 5:
            errors.append(f"kind {k}: {kinds[k]} labels")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {sum(not p['expected'] for p in posts)} clean, "
          f"{sum(p['photo'] for p in posts)} photo, {sum(p['account'] == 'personal' for p in posts)} personal; "
          f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
