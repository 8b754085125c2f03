"""Set 76's own checks (beyond set2/validate.py).

- every label text occurs in its post at the labelled count, at word boundaries;
- full_name labels resolve to a register pupil (forename or preferred + surname, accent-folded,
  any case, hashtag/underscore/zero-width/homoglyph/line-break tolerant);
- forename labels resolve to a register pupil's forename / preferred forename (optionally + initial),
  or to dotted initials of a register pupil;
- other_person labels are not register pupils or staff;
- health / circumstance phrases are never repeated in the set;
- phones are in Ofcom drama ranges; e-mail domains are webmail or .example;
- verdicts follow POLICY.md default severities; ids z76-001..z76-220; CSVs parse;
- prints (as notes) capitalised register forenames left unlabelled, for a human to review.
"""
import csv
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register import upn as upn_rules

SET = Path(__file__).resolve().parent.parent
HOMO = str.maketrans({"е": "e", "а": "a", "о": "o", "і": "i", "с": "c", "р": "p", "К": "K", "е": "e"})
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
DRAMA = [r"07700 ?900 ?\d{3}", r"0113 ?496 ?0\d{3}", r"01632 ?960 ?\d{3}", r"020 ?7946 ?0\d{3}",
         r"0161 ?496 ?0\d{3}", r"0117 ?496 ?0\d{3}", r"0121 ?496 ?0\d{3}", r"0131 ?496 ?0\d{3}",
         r"0191 ?498 ?0\d{3}", r"028 ?9649 ?6\d{3}", r"029 ?2018 ?0\d{3}"]
WEBMAIL = ("gmail", "hotmail", "icloud", "yahoo", "outlook", "example")


def fold(s):
    s = s.translate(HOMO).replace("\u200b", "").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def main():
    errors, notes = [], []
    pupils = list(csv.DictReader(open(SET / "register_pupils.csv", encoding="utf-8")))
    staff = list(csv.DictReader(open(SET / "register_staff.csv", encoding="utf-8")))
    p = mis_import.parse_pupils((SET / "register_pupils.csv").read_bytes())
    s = mis_import.parse_staff((SET / "register_staff.csv").read_bytes())
    errors += [f"pupils csv: {x}" for x in p.problems] + [f"staff csv: {x}" for x in s.problems]
    for row in pupils:
        if upn_rules.problem(row["upn"]):
            errors.append(f"bad UPN {row['upn']}")
    school = json.loads((SET / "school.json").read_text(encoding="utf-8"))
    if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
        errors.append("school.json keys")
    fulls, fores, inits = set(), set(), set()
    for r in pupils:
        names = [r["forename"]] + ([r["preferred_forename"]] if r["preferred_forename"] else [])
        for n in names:
            fulls.add((fold(n), fold(r["surname"])))
            fores.add(fold(n))
            inits.add(fold(n[0] + r["surname"][0]))
    staff_full = {(fold(r["forename"]), fold(r["surname"])) for r in staff}
    posts = [json.loads(l) for l in open(SET / "posts.jsonl", encoding="utf-8")]
    if [x["id"] for x in posts] != [f"z76-{i:03d}" for i in range(1, 221)]:
        errors.append("ids are not z76-001..z76-220")
    phrases = Counter()
    for post in posts:
        pid, text = post["id"], post["text"]
        worst = None
        for l in post["expected"]:
            sev = SEV[post["account"]].get(l["rule"], "block")
            worst = sev if worst is None or RANK[sev] > RANK[worst] else worst
        if post["verdict"] != ("allow" if worst in (None, "info") else worst):
            errors.append(f"{pid}: verdict")
        for l in post["expected"]:
            t, k = l["text"], l["kind"]
            if k in ("health", "circumstance"):
                phrases[fold(t)] += 1
            if k == "full_name":
                f = re.sub(r"[#_\s,]+", " ", fold(t)).strip()
                f = re.sub(r"^(welldone|teami?)", "", f)
                toks = f.split()
                ok = any((a in toks and b in toks) or (a + b) in f.replace(" ", "") for a, b in fulls)
                if not ok:
                    errors.append(f"{pid}: full name {t!r} not in register")
            elif k == "forename":
                f = fold(t).strip()
                base = re.sub(r"\s+[a-z]\.?$", "", f)
                letters = re.sub(r"[^a-z]", "", f)
                if base not in fores and not (re.fullmatch(r"([a-z]\.){2}", f) and letters in inits):
                    errors.append(f"{pid}: forename {t!r} not in register")
            elif k == "other_person":
                toks = fold(t).split()
                if any(a in toks and b in toks for a, b in fulls | staff_full):
                    errors.append(f"{pid}: other_person {t!r} is a pupil or staff member")
            elif k == "phone":
                digits = re.sub(r"\D", "", t.replace("O", "0")).replace("447700", "07700", 1)
                if not any(re.fullmatch(d.replace(" ?", ""), digits) for d in DRAMA):
                    errors.append(f"{pid}: phone {t!r} outside drama ranges")
            elif k == "email":
                if not any(w in t.lower() for w in WEBMAIL):
                    errors.append(f"{pid}: e-mail {t!r} domain")
        # unlabelled capitalised register forenames (review list)
        labelled = [l["text"] for l in post["expected"]]
        for m in re.finditer(r"[^\W\d_]+", text):
            w = m.group(0)
            if w[0].isupper() and fold(w) in fores and not any(w in lt for lt in labelled):
                notes.append(f"{pid}: unlabelled {w!r}")
    for ph, n in phrases.items():
        if n > 1:
            errors.append(f"health/circumstance phrase used {n}x: {ph!r}")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s), {len(notes)} note(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
