"""Validator for set 89 (run: env -u PYTHONPATH /work/main/.venv/bin/python check.py)."""
import csv, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path
from clearpost.register import mis_import, upn as upn_rules

D = Path(__file__).resolve().parent.parent
KIND_RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
             "email": "text.contact_details", "phone": "text.contact_details",
             "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
             "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
DRAMA = [r"07700 ?900 ?\d{3}", r"01632 ?960 ?\d{3}", r"0113 ?496 ?0\d{3}", r"020 ?7946 ?0\d{3}",
         r"0161 ?496 ?0\d{3}", r"0117 ?496 ?0\d{3}", r"0121 ?496 ?0\d{3}", r"0131 ?496 ?0\d{3}",
         r"0191 ?498 ?0\d{3}", r"028 ?9649 ?6\d{3}", r"029 ?2018 ?0\d{3}"]
WEBMAIL = ("gmail.com", "hotmail.co.uk", "outlook.com", "icloud.com", "btinternet.com", "yahoo.co.uk")


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def main():
    errors, notes = [], []
    school = json.loads((D / "school.json").read_text())
    if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
        errors.append("school.json keys")
    pupils = list(csv.DictReader(open(D / "register_pupils.csv", encoding="utf-8")))
    p = mis_import.parse_pupils((D / "register_pupils.csv").read_bytes())
    s = mis_import.parse_staff((D / "register_staff.csv").read_bytes())
    errors += [f"pupils csv: {x}" for x in p.problems] + [f"staff csv: {x}" for x in s.problems]
    for r in pupils:
        if upn_rules.problem(r["upn"]):
            errors.append(f"bad UPN {r['upn']}")
    posts = [json.loads(l) for l in open(D / "posts.jsonl", encoding="utf-8")]
    if [x["id"] for x in posts] != [f"z89-{i:03d}" for i in range(1, 221)]:
        errors.append("ids are not z89-001..z89-220")
    phrases = Counter()
    photo_named = set()
    for post in posts:
        pid, text = post["id"], post["text"]
        seen, worst = Counter(), None
        for l in post["expected"]:
            t, k, r = l["text"], l["kind"], l["rule"]
            want = ("text.pupil_name_with_photo" if post["photo"] else "text.pupil_forename") if k == "forename" else KIND_RULE[k]
            if r != want:
                errors.append(f"{pid}: {t!r} rule {r} != {want}")
            seen[t] += 1
            if text.count(t) < seen[t]:
                errors.append(f"{pid}: {t!r} not in text {seen[t]} times")
            sev = SEV[post["account"]].get(r, "block")
            worst = sev if worst is None or RANK[sev] > RANK[worst] else worst
            if k in ("health", "circumstance"):
                phrases[t.casefold()] += 1
            if k == "upn" and upn_rules.problem(re.sub(r"[\s.-]", "", t).upper()):
                errors.append(f"{pid}: bad upn {t}")
            if k == "phone":
                digits = re.sub(r"\D", "", t.replace("O", "0").replace("o", "0"))
                digits = "0" + digits[2:] if digits.startswith("44") else digits
                spaced = f"{digits[:5]} {digits[5:8]} {digits[8:]}" if digits.startswith("07") else f"{digits[:4]} {digits[4:7]} {digits[7:]}"
                if not any(re.fullmatch(d, spaced) for d in DRAMA):
                    errors.append(f"{pid}: phone {t} not in a drama range")
            if k == "email":
                dom = re.sub(r"\s*(\[dot\]|\bdot\b)\s*", ".", re.split(r"@|\[at\]|\bat\b", t)[-1]).strip()
                if not (dom.endswith(WEBMAIL) or dom.endswith(".example")):
                    errors.append(f"{pid}: e-mail domain {dom}")
            if post["photo"] and k in ("forename", "full_name"):
                photo_named.add(t)
        verdict = "allow" if worst in (None, "info") else worst
        if verdict != post["verdict"]:
            errors.append(f"{pid}: verdict {post['verdict']} != {verdict}")
        if ("clean" in post["tags"]) != (not post["expected"]):
            errors.append(f"{pid}: clean tag mismatch")
        for ph in re.findall(r"\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b", text):
            if not any(re.fullmatch(d, re.sub(r"-", " ", ph)) for d in DRAMA):
                errors.append(f"{pid}: unlabelled phone-like {ph} outside drama ranges")
        # review aid: register name words present but not inside any label
        spans = []
        for l in post["expected"]:
            spans += [(m.start(), m.end()) for m in re.finditer(re.escape(l["text"]), text)]
        for r in pupils:
            for w in {r["forename"], r["surname"], r["preferred_forename"]} - {""}:
                for m in re.finditer(r"(?<!\w)" + re.escape(fold(w)) + r"(?!\w)", fold(text), re.I):
                    if not any(a <= m.start() < b for a, b in spans):
                        notes.append(f"{pid}: unlabelled {text[m.start():m.end()]!r} ({r['forename']} {r['surname']})")
    errors += [f"phrase used {n}x: {ph!r}" for ph, n in phrases.items() if n > 1]
    # consent_name_with_photo must be no for pupils named in photo posts
    for r in pupils:
        keys = {fold(r["forename"]).lower(), fold(r["preferred_forename"]).lower()} - {""}
        for t in photo_named:
            words = {w.lower() for w in re.findall(r"[\w-]+", fold(t).replace("\u200b", ""))}
            if keys & words and r["consent_name_with_photo"] != "no":
                errors.append(f"{r['forename']} {r['surname']} named in a photo post but consent_name_with_photo=yes")
    kinds = Counter(l["kind"] for x in posts for l in x["expected"])
    for k in KIND_RULE.keys() | {"forename"}:
        if kinds[k] < 5:
            errors.append(f"only {kinds[k]} {k} labels")
    clean = sum(1 for x in posts if not x["expected"])
    if clean < 70:
        errors.append(f"only {clean} clean posts")
    if "-v" in sys.argv:
        print("\n".join(sorted(set(notes))))
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {clean} clean, {sum(kinds.values())} labels, kinds {dict(sorted(kinds.items()))}; "
          f"{len(pupils)} pupils; {len(errors)} error(s), {len(set(notes))} unlabelled register words to review (-v)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
