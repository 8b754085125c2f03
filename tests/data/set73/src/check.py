"""Own checks for set 73 (beyond tests/data/set2/validate.py).

Errors: label/occurrence mismatch (build.py), verdicts, kind/rule, UPN letters, duplicate
health/circumstance phrases, forename/full-name labels that are not register names, register
pupils named in photo posts with consent_name_with_photo=yes, CSVs that do not parse, phone
numbers outside Ofcom drama ranges, e-mail domains not webmail/.example, school.json keys.
Warnings (for review): capitalised register forenames/surnames left unlabelled.
"""
import csv, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
sys.path.insert(0, str(HERE))
from clearpost.register import mis_import, upn as upnmod  # noqa: E402

errors, warnings = [], []
fold = lambda s: "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()
HOMO = str.maketrans({"А": "A", "а": "a", "о": "o", "е": "e", "О": "O", "і": "i"})

posts = [json.loads(l) for l in (SET / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
school = json.loads((SET / "school.json").read_text(encoding="utf-8"))
if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
    errors.append(f"school.json keys {sorted(school)}")
pupils = list(csv.DictReader(open(SET / "register_pupils.csv", encoding="utf-8")))
staff = list(csv.DictReader(open(SET / "register_staff.csv", encoding="utf-8")))
for name, parse in (("register_pupils.csv", mis_import.parse_pupils), ("register_staff.csv", mis_import.parse_staff)):
    r = parse((SET / name).read_bytes())
    errors += [f"{name}: {p}" for p in r.problems]
for p in pupils:
    if upnmod.problem(p["upn"]):
        errors.append(f"register upn {p['upn']}: {upnmod.problem(p['upn'])}")

first = {}
for p in pupils:
    for f in filter(None, (p["forename"], p["preferred_forename"])):
        first.setdefault(fold(f), []).append(p)
sur = {fold(p["surname"]) for p in pupils}
initials = {}
for p in pupils:
    for f in filter(None, (p["forename"], p["preferred_forename"])):
        initials.setdefault((f[0] + p["surname"][0]).upper(), []).append(p)


def norm(t):
    t = t.translate(HOMO)
    t = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", t)
    t = t.replace("\u00a0", " ")
    return fold(t)


def pupil_for_full(t):
    t = norm(t).lstrip("#")
    t = re.sub(r"^welldone", "", t)
    flat = re.sub(r"[^a-z]", "", t)
    hits = []
    for p in pupils:
        for f in filter(None, (p["forename"], p["preferred_forename"])):
            a, b = re.sub(r"[^a-z]", "", fold(f)), re.sub(r"[^a-z]", "", fold(p["surname"]))
            if flat in (a + b, b + a):
                hits.append(p)
    return hits


SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
phrases = Counter()
photo_named = set()
for post in posts:
    pid, text = post["id"], post["text"]
    worst = None
    for l in post["expected"]:
        s = SEV[post["account"]].get(l["rule"], "block")
        worst = s if worst is None or RANK[s] > RANK[worst] else worst
        k, t = l["kind"], l["text"]
        if t not in text:
            errors.append(f"{pid}: {t!r} not in text")
        if k in ("health", "circumstance"):
            phrases[fold(t)] += 1
        if k == "full_name":
            hits = pupil_for_full(t)
            if not hits:
                errors.append(f"{pid}: full name {t!r} not a register pupil")
            if post["photo"]:
                photo_named |= {h["forename"] + " " + h["surname"] for h in hits}
        if k == "forename":
            bare = re.sub(r"['’]s$", "", t)
            m = re.fullmatch(r"(\S+) ([A-Za-z])\.?", bare) or re.fullmatch(r"(\S+(?: \S+)?)()", bare)
            ini = re.fullmatch(r"([A-Za-z])\.([A-Za-z])\.", bare)
            if ini:
                hits = initials.get((ini.group(1) + ini.group(2)).upper(), [])
            elif m:
                hits = first.get(fold(m.group(1)), [])
                if m.group(2):
                    hits = [h for h in hits if fold(h["surname"])[0] == fold(m.group(2))]
            else:
                hits = []
            if not hits:
                errors.append(f"{pid}: forename {t!r} not a register pupil")
            if post["photo"]:
                photo_named |= {h["forename"] + " " + h["surname"] for h in hits}
        if k == "upn" and upnmod.problem(re.sub(r"[\s\-.]", "", t).upper()):
            errors.append(f"{pid}: bad upn {t!r}")
    v = "allow" if worst in (None, "info") else worst
    if v != post["verdict"]:
        errors.append(f"{pid}: verdict {post['verdict']} expected {v}")
    # phones in drama ranges
    for m in re.finditer(r"(?:\+44\s?|0)[\d\s\-()]{9,14}\d", text):
        d = re.sub(r"\D", "", m.group())
        d = "0" + d[2:] if d.startswith("44") else d
        ok = re.match(r"0(7700900|1632960|11349 60|2079460|1614960|1174960|1214960|1314960|1914980|2896496|2920180)".replace(" ", ""), d)
        if not ok:
            errors.append(f"{pid}: phone {m.group()!r} outside drama ranges")
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        dom = m.group().split("@")[1].lower()
        if not (dom.endswith(".example") or dom in {"gmail.com", "hotmail.co.uk", "icloud.com", "yahoo.com", "outlook.com"}):
            errors.append(f"{pid}: e-mail domain {dom}")
    # review: unlabelled register names
    labelled = " ".join(l["text"] for l in post["expected"])
    for w in set(re.findall(r"[A-ZÀ-ÿŁŚŻĆÇŞİ][\w\-Àÿąęłńóśźżçşğıİ]+", text)):
        if fold(w) in first and w not in labelled:
            warnings.append(f"{pid}: unlabelled forename-like {w!r}")
for t, n in phrases.items():
    if n > 1:
        errors.append(f"health/circumstance phrase used {n}x: {t!r}")
for p in pupils:
    nm = p["forename"] + " " + p["surname"]
    if nm in photo_named and p["consent_name_with_photo"] != "no":
        errors.append(f"{nm} named in a photo post but consent_name_with_photo={p['consent_name_with_photo']}")
for w in warnings:
    print("warning:", w)
for e in errors:
    print("ERROR:", e)
print(f"check: {len(posts)} posts, {len(errors)} error(s), {len(warnings)} warning(s)")
sys.exit(1 if errors else 0)
