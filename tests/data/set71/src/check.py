"""Validate set 71 beyond set2/validate.py: label positions, names against the register,
UPNs, unique record phrases, verdicts, consents, phone ranges, e-mail domains, school.json."""
import csv, json, re, sys, unicodedata
from pathlib import Path
from clearpost.register import mis_import, upn as upn_rules

SET = Path(__file__).resolve().parent.parent
HOMO = str.maketrans("АВСЕНКМОРТХаеорсух", "ABCEHKMOPTXaeopcyx")
DRAMA = ("07700900", "01632960", "01134960", "02079460", "01614960", "01174960", "01214960",
         "01314960", "01914980", "02896496", "02920180")
WORDS = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
         "seven": "7", "eight": "8", "nine": "9"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def fold(s):
    s = s.translate(HOMO).replace("\u200b", "").replace("\u00a0", " ")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def main():
    errors = []
    pupils = list(csv.DictReader(open(SET / "register_pupils.csv", encoding="utf-8")))
    parsed = mis_import.parse_pupils((SET / "register_pupils.csv").read_bytes())
    staff = mis_import.parse_staff((SET / "register_staff.csv").read_bytes())
    errors += [f"pupils csv: {p}" for p in parsed.problems] + [f"staff csv: {p}" for p in staff.problems]
    school = json.loads((SET / "school.json").read_text(encoding="utf-8"))
    if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
        errors.append(f"school.json keys {sorted(school)}")
    upns = {p["upn"] for p in pupils}
    for p in pupils:
        if upn_rules.problem(p["upn"]):
            errors.append(f"register upn {p['upn']}: {upn_rules.problem(p['upn'])}")
    posts = [json.loads(l) for l in open(SET / "posts.jsonl", encoding="utf-8")]
    if [p["id"] for p in posts] != [f"z71-{i:03d}" for i in range(1, 221)]:
        errors.append("ids are not z71-001..z71-220")
    record_phrases = {}
    named_in_photo = set()
    for post in posts:
        pid, text = post["id"], post["text"]
        seen, spans, worst = {}, [], None
        for l in post["expected"]:
            t = l["text"]
            seen[t] = seen.get(t, 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) < seen[t]:
                errors.append(f"{pid}: {t!r} missing")
                continue
            s = occ[seen[t] - 1]
            e = s + len(t)
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errors.append(f"{pid}: {t!r} not at word boundaries")
            if any(s < b and a < e for a, b in spans):
                errors.append(f"{pid}: {t!r} overlaps")
            spans.append((s, e))
            sev = SEV[post["account"]].get(l["rule"], "block")
            worst = sev if worst is None or RANK[sev] > RANK[worst] else worst
            k, f = l["kind"], fold(t)
            if k in ("full_name", "forename"):
                flat = re.sub(r"[#_\s,]+", " ", f).strip()
                letters = re.sub(r"[^a-z]", "", f)
                hits = []
                for q in pupils:
                    fns = [fold(x) for x in (q["forename"], q["preferred_forename"]) if x]
                    sn = fold(q["surname"])
                    if k == "full_name":
                        ok = any(re.sub(r"[^a-z]", "", fn) in letters for fn in fns) and \
                            re.sub(r"[^a-z]", "", sn) in letters
                    else:
                        ok = any(re.fullmatch(re.escape(fn) + r"( [a-z]\.?)?", flat) for fn in fns) or \
                            (len(letters) == 2 and "." in f and any(letters == fn[0] + sn[0] for fn in fns))
                    if ok:
                        hits.append(q["upn"])
                if not hits:
                    errors.append(f"{pid}: {k} {t!r} matches no register pupil")
                if post["photo"]:
                    named_in_photo.update(hits)
            if k == "upn":
                v = re.sub(r"[\s\-.]", "", t).upper()
                if upn_rules.problem(v) or v not in upns:
                    errors.append(f"{pid}: upn {t!r} bad or not in register")
            if k in ("health", "circumstance"):
                if f in record_phrases:
                    errors.append(f"{pid}: record phrase {t!r} also in {record_phrases[f]}")
                record_phrases[f] = pid
            if k == "phone":
                d = f
                for w, n in WORDS.items():
                    d = d.replace(w, n)
                d = re.sub(r"\D", "", d.replace("o", "0"))
                if d.startswith("44"):
                    d = "0" + d[2:]
                if not d.startswith(DRAMA):
                    errors.append(f"{pid}: phone {t!r} not in a drama range")
            if k == "email":
                dom = re.sub(r"\s*[\(\[]at[\)\]]\s*|\s+at\s+", "@", f)
                dom = re.sub(r"\s*[\(\[]dot[\)\]]\s*|\s+dot\s+", ".", dom).replace(" ", "")
                if not re.search(r"(gmail\.com|hotmail\.co\.uk|icloud\.com|yahoo\.co\.uk|outlook\.com|\.example(\.\w+)*)$", dom):
                    errors.append(f"{pid}: email {t!r} domain")
        verdict = "allow" if worst in (None, "info") else worst
        if verdict != post["verdict"]:
            errors.append(f"{pid}: verdict {post['verdict']} != {verdict}")
        if ("clean" in post["tags"]) != (not post["expected"]):
            errors.append(f"{pid}: clean tag")
        for m in re.finditer(r"0\d{2,4}[\s\d]{6,}", text):
            d = re.sub(r"\D", "", m.group())
            if not d.startswith(DRAMA):
                errors.append(f"{pid}: number {m.group()!r} outside drama ranges")
    for q in pupils:
        if q["upn"] in named_in_photo and q["consent_name_with_photo"] != "no":
            errors.append(f"{q['forename']} {q['surname']} named in a photo post but consent_name_with_photo=yes")
    for e in errors:
        print("ERROR", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
