"""Validator for set 44. Run: env -u PYTHONPATH /work/main/.venv/bin/python check.py [--review]"""
import csv, json, re, sys
from collections import Counter
from common import HERE, pupils
from namecheck import pupils_in_label, fold
from clearpost.register import mis_import, upn as upn_rules

OUT = HERE.parent
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
KIND_RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person", "email": "text.contact_details",
             "phone": "text.contact_details", "address": "text.contact_details", "dob": "text.date_of_birth",
             "upn": "text.pupil_record", "health": "text.pupil_record", "circumstance": "text.pupil_record"}
OFCOM = [r"07700900\d{3}", r"01632960\d{3}", r"01134960\d{3}", r"02079460\d{3}", r"01614960\d{3}", r"01174960\d{3}",
         r"01214960\d{3}", r"01314960\d{3}", r"01914980\d{3}", r"02896496\d{3}", r"02920180\d{3}"]
WORDS = dict(zero="0", one="1", two="2", three="3", four="4", five="5", six="6", seven="7", eight="8", nine="9", oh="0")
WEBMAIL = ("gmail.com", "hotmail.co.uk", "hotmail.com", "icloud.com", "yahoo.co.uk", "outlook.com", "ukr.net", "live.co.uk")
errors, review = [], []


def phone_digits(t):
    s = t.lower()
    for w, d in WORDS.items():
        s = re.sub(rf"\b{w}\b", d, s)
    s = s.replace("o", "0").replace("i", "1").replace("l", "1")
    d = re.sub(r"\D", "", s)
    if d.startswith("44"):
        d = "0" + d[2:]
    return d


def main():
    review_mode = "--review" in sys.argv
    school = json.loads((OUT / "school.json").read_text(encoding="utf-8"))
    if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
        errors.append("school.json keys")
    pp = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
    ps = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
    for name, parsed in (("pupils", pp), ("staff", ps)):
        errors.extend(f"{name}: {p}" for p in parsed.problems)
        if parsed.ignored_columns:
            errors.append(f"{name}: ignored columns {parsed.ignored_columns}")
    reg = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    for r in reg:
        if upn_rules.problem(r["upn"]):
            errors.append(f"bad UPN {r['upn']}")
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    if [p["id"] for p in posts] != [f"z44-{i:03d}" for i in range(1, 221)]:
        errors.append("ids are not z44-001..z44-220")
    phrases = Counter()
    in_photo = set()
    names = []
    for r in reg:
        for f in (r["forename"], r["preferred_forename"]):
            if f:
                names.append(f)
        names.append(r["surname"])
    names = sorted(set(names), key=len, reverse=True)
    for p in posts:
        pid, text = p["id"], p["text"]
        for f in ("id", "category", "account", "photo", "text", "expected", "verdict", "tags"):
            if f not in p:
                errors.append(f"{pid}: missing {f}")
        seen, spans, worst = Counter(), [], None
        for l in p["expected"]:
            t, k, r = l["text"], l["kind"], l["rule"]
            want = ("text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename") if k == "forename" else KIND_RULE[k]
            if r != want:
                errors.append(f"{pid}: {t!r} rule {r} should be {want}")
            seen[t] += 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) < seen[t]:
                errors.append(f"{pid}: {t!r} not found {seen[t]}x")
                continue
            s = occ[seen[t] - 1]
            e = s + len(t)
            if (s and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errors.append(f"{pid}: {t!r} not at a word boundary")
            for a, b, o in spans:
                if s < b and a < e:
                    errors.append(f"{pid}: {t!r} overlaps {o!r}")
            spans.append((s, e, t))
            if k in ("health", "circumstance"):
                phrases[fold(t)] += 1
            if k in ("full_name", "forename"):
                who = pupils_in_label(t)
                if not who and not re.fullmatch(r"[a-z]{2}", t):
                    errors.append(f"{pid}: name label {t!r} matches no pupil")
                if p["photo"]:
                    in_photo |= who
            if k == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", t).upper()):
                errors.append(f"{pid}: bad UPN label {t!r}")
            if k == "phone" and not any(re.fullmatch(rx, phone_digits(t)) for rx in OFCOM):
                errors.append(f"{pid}: phone {t!r} not in an Ofcom drama range ({phone_digits(t)})")
            if k == "email":
                dom = re.sub(r"\s*(\(at\)|\[at\]| at |@)\s*", "@", t.lower())
                dom = re.sub(r"\s*(\(dot\)|\[dot\]| dot )\s*", ".", dom).split("@")[-1].strip()
                if not (dom in WEBMAIL or dom.endswith(".example")):
                    errors.append(f"{pid}: email domain {dom!r}")
            sev = SEV[p["account"]].get(r, "block")
            worst = sev if worst is None or RANK[sev] > RANK[worst] else worst
        verdict = "allow" if worst in (None, "info") else worst
        if verdict != p["verdict"]:
            errors.append(f"{pid}: verdict {p['verdict']} should be {verdict}")
        if ("clean" in p["tags"]) != (not p["expected"]):
            errors.append(f"{pid}: clean tag")
        # review: register name words outside labels
        masked = list(text)
        for a, b, _ in spans:
            masked[a:b] = " " * (b - a)
        masked = "".join(masked)
        for n in names:
            for m in re.finditer(rf"(?<![\w]){re.escape(n)}(?![\w])", masked, re.I):
                review.append(f"{pid}: unlabelled {m.group(0)!r} ...{masked[max(0, m.start() - 30):m.end() + 30]!r}")
    for ph, c in phrases.items():
        if c > 1:
            errors.append(f"health/circumstance phrase used {c}x: {ph}")
    for r in reg:
        if r["upn"] in in_photo and r["consent_name_with_photo"] != "no":
            errors.append(f"{r['forename']} {r['surname']} named in a photo post but consent_name_with_photo=yes")
    if review_mode:
        print("\n".join(review))
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    print(f"{len(posts)} posts; {sum(1 for p in posts if not p['expected'])} clean; {sum(p['photo'] for p in posts)} photo; "
          f"{sum(p['account'] == 'personal' for p in posts)} personal; kinds {dict(kinds)}")
    print(f"{len(review)} unlabelled register-name words (run --review to list; all intended traps)")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
