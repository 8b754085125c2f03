"""Own checks for set 72 (beyond set2/validate.py):
labels are exact substrings (nth label = nth occurrence, no overlaps), rule/kind pairs, verdicts,
UPN check letters, no health/circumstance phrase used twice, school.json keys, CSVs parse,
consent_name_with_photo = no for pupils named in photo posts, phone numbers in Ofcom drama ranges,
and a list of register name words left unlabelled in the posts (for review: all intended).
Run: env -u PYTHONPATH /work/main/.venv/bin/python check.py
"""
import csv, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path
from clearpost.register import mis_import, upn as upn_rules

D = Path(__file__).resolve().parent.parent
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
KIND_RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person", "email": "text.contact_details",
             "phone": "text.contact_details", "address": "text.contact_details", "dob": "text.date_of_birth",
             "upn": "text.pupil_record", "health": "text.pupil_record", "circumstance": "text.pupil_record"}
DRAMA = re.compile(r"^(07700900\d{3}|01632960\d{3}|01134960\d{3}|02079460\d{3}|01614960\d{3}|01174960\d{3}|"
                   r"01214960\d{3}|01314960\d{3}|01914980\d{3}|02896496\d{3}|02920180\d{3})$")


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def main():
    errors, notes = [], []
    school = json.loads((D / "school.json").read_text())
    if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
        errors.append(f"school.json keys {sorted(school)}")
    posts = [json.loads(l) for l in (D / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [p["id"] for p in posts]
    if ids != [f"z72-{i:03d}" for i in range(1, 221)]:
        errors.append("ids are not z72-001 ... z72-220")
    phrases = Counter()
    for p in posts:
        text, spans, seen = p["text"], [], Counter()
        worst = None
        for l in p["expected"]:
            t, k, r = l["text"], l["kind"], l["rule"]
            want = ("text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename") if k == "forename" else KIND_RULE.get(k)
            if r != want:
                errors.append(f"{p['id']}: {t!r} kind {k} rule {r} (want {want})")
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            seen[t] += 1
            if len(occ) < seen[t]:
                errors.append(f"{p['id']}: {t!r} not in text {seen[t]}x")
                continue
            s = occ[seen[t] - 1]
            if any(s < b and a < s + len(t) for a, b in spans):
                errors.append(f"{p['id']}: {t!r} overlaps another label")
            spans.append((s, s + len(t)))
            if k in ("health", "circumstance"):
                phrases[t.casefold()] += 1
            if k == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", t).upper()):
                errors.append(f"{p['id']}: bad UPN {t}")
            if k == "phone":
                digits = re.sub(r"\D", "", t.replace("(0)", "").replace("O", "0"))
                if digits.startswith("44"):
                    digits = "0" + digits[2:]
                if not DRAMA.match(digits):
                    errors.append(f"{p['id']}: phone {t!r} not in a drama range")
            if k == "email" and not re.search(r"(?i)(gmail|hotmail|icloud|outlook|yahoo|\.example)", t.replace("[dot]", ".").replace(" dot ", ".")):
                errors.append(f"{p['id']}: e-mail domain {t!r}")
            sev = SEV[p["account"]].get(r, "block")
            worst = sev if worst is None or RANK[sev] > RANK[worst] else worst
        v = "allow" if worst in (None, "info") else worst
        if v != p["verdict"]:
            errors.append(f"{p['id']}: verdict {p['verdict']} want {v}")
        if ("clean" in p["tags"]) != (not p["expected"]):
            errors.append(f"{p['id']}: clean tag mismatch")
    errors += [f"phrase used {n}x: {t!r}" for t, n in phrases.items() if n > 1]
    pupils = mis_import.parse_pupils((D / "register_pupils.csv").read_bytes())
    staff = mis_import.parse_staff((D / "register_staff.csv").read_bytes())
    errors += [f"pupils: {x}" for x in pupils.problems] + [f"staff: {x}" for x in staff.problems]
    rows = list(csv.DictReader(open(D / "register_pupils.csv", encoding="utf-8")))
    for r in rows:
        if upn_rules.problem(r["upn"]):
            errors.append(f"register UPN {r['upn']}")
    # pupils named in photo posts must have consent_name_with_photo = no
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] not in ("forename", "full_name"):
                continue
            t = fold(l["text"]).casefold().replace("\u200b", "").replace("\u043e", "o")
            for r in rows:
                for nm in filter(None, (r["forename"], r["preferred_forename"])):
                    if re.search(r"(?<![a-z])" + re.escape(fold(nm).casefold()) + r"(?![a-z])", t) or \
                       re.sub(r"[-\s]", "", fold(nm).casefold()) in re.sub(r"[#_\s-]", "", t):
                        if r["consent_name_with_photo"] != "no":
                            errors.append(f"{p['id']}: {nm} named in photo post but consent_name_with_photo=yes")
    # unlabelled register name words (review list)
    words = set()
    for r in rows:
        for nm in (r["forename"], r["preferred_forename"], r["surname"]):
            if nm:
                words.add(nm)
    for p in posts:
        covered = []
        seen = Counter()
        for l in p["expected"]:
            occ = [m.start() for m in re.finditer(re.escape(l["text"]), p["text"])]
            seen[l["text"]] += 1
            if len(occ) >= seen[l["text"]]:
                s = occ[seen[l["text"]] - 1]
                covered.append((s, s + len(l["text"])))
        for w in words:
            for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", p["text"], re.I):
                if not any(a <= m.start() < b for a, b in covered):
                    notes.append(f"{p['id']}: unlabelled {m.group(0)!r}")
    for n in sorted(notes):
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
          f"{sum(len(p['expected']) for p in posts)} labels, {len(rows)} pupils, {len(staff.rows)} staff; "
          f"{len(errors)} error(s), {len(notes)} note(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
