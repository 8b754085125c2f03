"""Validate set 65 (posts.jsonl, registers, school.json). Errors exit 1; warnings are for review.
Run: env -u PYTHONPATH /work/main/.venv/bin/python check.py   (from the set folder or anywhere)"""
import csv, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path
from clearpost.register import mis_import
from clearpost.register import upn as upn_rules

OUT = Path(__file__).resolve().parent.parent
HOMO = str.maketrans("аеорсхіуАЕОРСХІКМТВН", "aeopcxiyAEOPCXIKMTBH")
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
PHONE_OK = [r"07700\s?900\d{3}", r"01632\s?960\d{3}", r"0113\s?496\s?0\d{3}", r"0207946\d{4}"]


def fold(s):
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s.translate(HOMO))
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def main():
    errors, warnings = [], []
    school = json.loads((OUT / "school.json").read_text())
    if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
        errors.append("school.json keys")
    for name, fn in (("register_pupils.csv", mis_import.parse_pupils), ("register_staff.csv", mis_import.parse_staff)):
        parsed = fn((OUT / name).read_bytes())
        probs = getattr(parsed, "problems", [])
        if probs:
            errors.append(f"{name}: {probs}")
        print(f"{name}: {len(parsed.rows)} rows, {len(probs)} problems")
    pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    for p in pupils:
        if upn_rules.problem(p["upn"]):
            errors.append(f"register upn {p['upn']}")
    names = {}
    for p in pupils:
        for f in {p["forename"], p["forename"].split()[0], p["preferred_forename"]} - {""}:
            names.setdefault(fold(f), []).append(p)
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    ids = [p["id"] for p in posts]
    if ids != [f"z65-{i:03d}" for i in range(1, 221)]:
        errors.append("ids not z65-001..z65-220")
    phrases = Counter()
    for post in posts:
        text, spans = post["text"], []
        seen = Counter()
        for lab in post["expected"]:
            t = lab["text"]
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) <= seen[t]:
                errors.append(f"{post['id']}: {t!r} not found often enough")
                continue
            s = occ[seen[t]]
            seen[t] += 1
            if any(s < e and s + len(t) > b for b, e in spans):
                errors.append(f"{post['id']}: overlapping label {t!r}")
            spans.append((s, s + len(t)))
            if lab["kind"] in ("health", "circumstance"):
                phrases[fold(t)] += 1
            if lab["kind"] == "upn" and upn_rules.problem(re.sub(r"[\s.\-]", "", t).upper()):
                errors.append(f"{post['id']}: bad UPN {t}")
            if lab["kind"] == "phone":
                digits = re.sub(r"\D", "", t.replace("O", "0").replace("+44", "0").replace("(0)", ""))
                if not any(re.fullmatch(r.replace(r"\s?", ""), digits) for r in PHONE_OK):
                    errors.append(f"{post['id']}: phone {t} outside drama ranges ({digits})")
            if lab["kind"] == "email" and "@" in t and not re.search(r"(gmail\.com|hotmail\.co\.uk|icloud\.com|outlook\.com|\.example)$", t):
                errors.append(f"{post['id']}: email domain {t}")
        worst = max((SEV[post["account"]].get(l["rule"], "block") for l in post["expected"]), key=RANK.get, default=None)
        if post["verdict"] != ("allow" if worst in (None, "info") else worst):
            errors.append(f"{post['id']}: verdict")
        if ("clean" in post["tags"]) != (not post["expected"]):
            errors.append(f"{post['id']}: clean tag")
        for m in re.finditer(r"[#\w][\w\u200b]*", text):
            w = fold(m.group()).lstrip("#")
            if w in names and not any(b <= m.start() < e for b, e in spans):
                warnings.append(f"{post['id']}: unlabelled name-word {m.group()!r}")
    for ph, n in phrases.items():
        if n > 1:
            errors.append(f"record phrase used {n} times: {ph}")
    for w in warnings:
        print("warning", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(posts)} posts, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
