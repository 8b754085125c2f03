"""Own checks for set 64 (beyond set2/validate.py).
Run: env -u PYTHONPATH /work/main/.venv/bin/python check.py"""
import csv, json, re, subprocess, sys, unicodedata
from collections import Counter
from pathlib import Path
from clearpost.register import mis_import
from clearpost.register.upn import problem

OUT = Path(__file__).resolve().parent.parent
HOMO = str.maketrans({"\u0430": "a", "\u043e": "o", "\u0435": "e", "\u0410": "A", "\u041e": "O"})


def fold(s):
    s = s.translate(HOMO).replace("\u200b", "").replace("\u00a0", " ")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def main():
    errors, warnings = [], []
    school = json.loads((OUT / "school.json").read_text(encoding="utf-8"))
    if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
        errors.append(f"school.json keys {sorted(school)}")
    pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    staff = list(csv.DictReader(open(OUT / "register_staff.csv", encoding="utf-8")))
    for name, parse in (("register_pupils.csv", mis_import.parse_pupils), ("register_staff.csv", mis_import.parse_staff)):
        parsed = parse((OUT / name).read_bytes())
        errors += [f"{name}: {p}" for p in parsed.problems]
    upns = {p["upn"]: p for p in pupils}
    for p in pupils:
        if problem(p["upn"]):
            errors.append(f"bad UPN {p['upn']}")
    forenames = {}
    for p in pupils:
        for f in {p["forename"], p["preferred_forename"]} - {""}:
            forenames.setdefault(fold(f), []).append(p)
    fullnames = set()
    for p in pupils:
        for f in {p["forename"], p["preferred_forename"]} - {""}:
            fullnames.add(fold(f + " " + p["surname"]))
    initials = {}
    for p in pupils:
        for f in {p["forename"], p["preferred_forename"]} - {""}:
            ini = "".join(w[0] for w in re.split(r"[\s-]+", f))[:1] + p["surname"][0]
            initials.setdefault(fold(ini), []).append(p)
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    ids = [p["id"] for p in posts]
    if ids != [f"z64-{i:03d}" for i in range(1, 221)]:
        errors.append("ids are not z64-001..z64-220")
    phrases = Counter()
    named_in_photo = set()
    for post in posts:
        pid, text = post["id"], post["text"]
        for l in post["expected"]:
            k, t = l["kind"], l["text"]
            if t not in text:
                errors.append(f"{pid}: {t!r} not in text")
            ft = fold(t).strip()
            if k == "full_name":
                norm = re.sub(r"[#_\s,]+", " ", ft.replace("welldone", "")).strip()
                ok = any(norm == n or norm.replace(" ", "") == n.replace(" ", "") for n in fullnames) or any(
                    norm == fold(p["surname"] + " " + f) for p in pupils for f in {p["forename"], p["preferred_forename"]} - {""})
                if not ok:
                    errors.append(f"{pid}: full_name {t!r} is no register pupil")
            elif k == "forename":
                base = ft.lstrip("#")
                m = re.fullmatch(r"(.+?) ([a-z])\.?", base)
                if base in forenames:
                    pass
                elif m and m.group(1) in forenames and any(p["surname"][0].casefold() == m.group(2) for p in forenames[m.group(1)]):
                    pass
                elif base.replace(".", "") in initials:
                    pass
                else:
                    errors.append(f"{pid}: forename {t!r} is no register pupil")
            elif k == "other_person":
                if ft in fullnames:
                    errors.append(f"{pid}: other_person {t!r} is a pupil")
                if any(fold(s["forename"] + " " + s["surname"]) == ft for s in staff):
                    errors.append(f"{pid}: other_person {t!r} is staff")
            elif k == "upn":
                v = re.sub(r"[\s.-]", "", t).upper()
                if v not in upns:
                    errors.append(f"{pid}: UPN {t!r} not in register")
            elif k in ("health", "circumstance"):
                phrases[ft] += 1
        # unlabelled full names of register pupils
        labelled = " | ".join(fold(l["text"]) for l in post["expected"])
        for n in fullnames:
            if re.search(r"\b" + re.escape(n) + r"\b", fold(text)) and n not in re.sub(r"[#_]", " ", labelled):
                warnings.append(f"{pid}: full name {n!r} in text but not labelled")
        if post["photo"]:
            named_in_photo |= {fold(l["text"]) for l in post["expected"] if l["kind"] in ("forename", "full_name")}
    for ph, n in phrases.items():
        if n > 1:
            errors.append(f"record phrase {ph!r} used {n} times")
    for p in pupils:
        names = [fold(x) for x in (p["forename"], p["preferred_forename"]) if x]
        if p["consent_name_with_photo"] == "yes" and any(
                any(re.search(r"\b" + re.escape(n) + r"\b", lab.lstrip("#")) for n in names) for lab in named_in_photo):
            errors.append(f"{p['forename']} {p['surname']}: named in a photo post but consent_name_with_photo yes")
    r = subprocess.run([sys.executable, str(OUT.parent / "set2" / "validate.py"), str(OUT)], capture_output=True, text=True)
    print(r.stdout.strip().splitlines()[-1])
    if r.returncode:
        errors.append("set2/validate.py reported errors:\n" + r.stdout)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
