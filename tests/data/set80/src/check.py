"""Validator for set 80 (Lea Bridge Academy). Run: env -u PYTHONPATH /work/main/.venv/bin/python check.py"""
import csv, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path
from clearpost.register import mis_import
from clearpost.register import upn as upn_rules

D = Path(__file__).resolve().parent.parent
errors, warnings = [], []
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
KIND_RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
             "email": "text.contact_details", "phone": "text.contact_details",
             "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
             "health": "text.pupil_record", "circumstance": "text.pupil_record"}
HOMO = str.maketrans("АВЕКМНОРСТХаеорсхі", "ABEKMHOPCTXaeopcxi")
PHONE_OK = ["07700900", "01632960", "01134960", "02079460", "01614960", "01174960", "01214960",
            "01314960", "01914980", "02896496", "02920180"]
MAILS = ("gmail.com", "hotmail.co.uk", "icloud.com", "outlook.com", "yahoo.co.uk")


def fold(s):
    s = s.translate(HOMO).replace("ı", "i").replace("’", "'").replace("\u200b", "").replace("\u00a0", " ")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).casefold()


school = json.loads((D / "school.json").read_text(encoding="utf-8"))
if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
    errors.append(f"school.json keys {sorted(school)}")
pp = mis_import.parse_pupils((D / "register_pupils.csv").read_bytes())
sp = mis_import.parse_staff((D / "register_staff.csv").read_bytes())
errors += [f"pupils csv: {p}" for p in pp.problems] + [f"staff csv: {p}" for p in sp.problems]
pupils = list(csv.DictReader(open(D / "register_pupils.csv", encoding="utf-8")))
staff = list(csv.DictReader(open(D / "register_staff.csv", encoding="utf-8")))
if csv.reader(open(D / "register_staff.csv")).__next__() != ["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"]:
    errors.append("staff columns")
for p in pupils:
    if upn_rules.problem(p["upn"]):
        errors.append(f"bad UPN {p['upn']}")
fores = {}
for p in pupils:
    for f in {p["forename"], p["preferred_forename"]} - {""}:
        fores.setdefault(fold(f), []).append(p)
surs = {fold(p["surname"]) for p in pupils}
inits = {}
for p in pupils:
    for f in {p["forename"], p["preferred_forename"]} - {""}:
        inits.setdefault(fold(f[0] + p["surname"][0]), []).append(p)
people_names = {fold(f"{p['forename']} {p['surname']}") for p in pupils} | {fold(f"{s['forename']} {s['surname']}") for s in staff}


def who_full(t):
    t = fold(t).lstrip("#").replace("_", " ")
    t = re.sub(r"'s$", "", t)
    hits = []
    for p in pupils:
        for f in {p["forename"], p["preferred_forename"]} - {""}:
            a, b = fold(f), fold(p["surname"])
            forms = {f"{a} {b}", f"{b}, {a}", f"{b} {a}", (a + b).replace(" ", "")}
            if t in forms or t.replace(" ", "") == (a + b).replace(" ", "") or t.replace(" ", "").endswith((a + b).replace(" ", "")):
                hits.append(p)
    return hits


def who_fore(t):
    t0 = fold(t).lstrip("#")
    if t0 in fores:
        return fores[t0]
    m = re.fullmatch(r"(.+) ([a-z])\.?", t0)
    if m and m.group(1) in fores:
        return [p for p in fores[m.group(1)] if fold(p["surname"][0]) == m.group(2)]
    letters = re.sub(r"[.\s]", "", t0)
    if len(letters) == 2 and letters in inits:
        return inits[letters]
    return []


posts = [json.loads(l) for l in open(D / "posts.jsonl", encoding="utf-8")]
if [p["id"] for p in posts] != [f"z80-{i:03d}" for i in range(1, 221)]:
    errors.append("ids are not z80-001..z80-220")
phrases = Counter()
named_photo = set()
for post in posts:
    pid, text = post["id"], post["text"]
    worst = None
    seen = Counter()
    covered = []
    for l in post["expected"]:
        k, t, r = l["kind"], l["text"], l["rule"]
        want = ("text.pupil_name_with_photo" if post["photo"] else "text.pupil_forename") if k == "forename" else KIND_RULE[k]
        if r != want:
            errors.append(f"{pid}: {t!r} rule {r} should be {want}")
        seen[t] += 1
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        if len(occ) < seen[t]:
            errors.append(f"{pid}: {t!r} not found {seen[t]}x")
            continue
        s = occ[seen[t] - 1]
        covered.append((s, s + len(t)))
        if (s and text[s - 1].isalnum() and not t.startswith("#")) or (s + len(t) < len(text) and text[s + len(t)].isalnum()):
            errors.append(f"{pid}: {t!r} not at word boundary")
        if k == "full_name":
            hits = who_full(t)
            if not hits:
                errors.append(f"{pid}: full name {t!r} is no register pupil")
            if post["photo"]:
                named_photo |= {h["upn"] for h in hits}
        elif k == "forename":
            hits = who_fore(t)
            if not hits:
                errors.append(f"{pid}: forename {t!r} is no register pupil")
            if post["photo"]:
                named_photo |= {h["upn"] for h in hits}
        elif k == "other_person":
            if fold(t) in people_names:
                errors.append(f"{pid}: other_person {t!r} is in the register")
        elif k == "phone":
            digits = re.sub(r"\D", "", t.replace("O", "0").replace("o", "0"))
            if digits.startswith("44"):
                digits = "0" + digits[2:]
            if not any(digits.startswith(x) for x in PHONE_OK) or len(digits) != 11:
                errors.append(f"{pid}: phone {t!r} outside the drama ranges")
        elif k == "email":
            e = fold(t)
            e = re.sub(r"\s*(\(at\)|\[at\]| at )\s*", "@", e)
            e = re.sub(r"\s*(\(dot\)|\[dot\]| dot )\s*", ".", e).replace(" ", "")
            if not (e.endswith(MAILS) or re.search(r"\.example(\.[a-z.]+)?$", e)):
                errors.append(f"{pid}: email {t!r} domain")
        elif k == "upn":
            if upn_rules.problem(re.sub(r"[\s\-.]", "", t).upper()):
                errors.append(f"{pid}: bad upn {t!r}")
        elif k in ("health", "circumstance"):
            phrases[fold(t)] += 1
        sev = SEV[post["account"]].get(r, "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    covered.sort()
    for (a1, b1), (a2, b2) in zip(covered, covered[1:]):
        if a2 < b1:
            errors.append(f"{pid}: overlapping labels at {a2}")
    v = "allow" if worst in (None, "info") else worst
    if v != post["verdict"]:
        errors.append(f"{pid}: verdict {post['verdict']} should be {v}")
    if ("clean" in post["tags"]) != (not post["expected"]):
        errors.append(f"{pid}: clean tag mismatch")
    # lint: register names outside labels
    for m in re.finditer(r"[\w'’\u0400-\u04ff]+", text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        w = fold(m.group()).removesuffix("'s")
        if w in fores or w in surs:
            warnings.append(f"{pid}: unlabelled register word {m.group()!r}")
    for m in re.finditer(r"[\w.+-]+@[\w.-]+|\b0\d[\d ]{9,12}\b", text):
        if not any(a <= m.start() < b for a, b in covered) and fold(m.group()).strip() not in {fold(school["email"]), fold(school["phone"])}:
            warnings.append(f"{pid}: unlabelled contact-like {m.group()!r}")

for ph, n in phrases.items():
    if n > 1:
        errors.append(f"health/circumstance phrase used {n}x: {ph!r}")
for p in pupils:
    if p["upn"] in named_photo and p["consent_name_with_photo"] != "no":
        errors.append(f"{p['forename']} {p['surname']} named in a photo post but consent_name_with_photo=yes")
kinds = Counter(l["kind"] for p in posts for l in p["expected"])
for k in KIND_RULE.keys() | {"forename"}:
    if kinds[k] < 5:
        errors.append(f"only {kinds[k]} {k} labels")
clean = sum(1 for p in posts if not p["expected"])
if clean < 70:
    errors.append(f"only {clean} clean posts")
for w in warnings:
    print("warning:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(posts)} posts, {clean} clean, {sum(p['photo'] for p in posts)} photo, "
      f"{sum(p['account'] == 'personal' for p in posts)} personal; kinds {dict(kinds)}; "
      f"{len(pupils)} pupils, {len(staff)} staff; {len(errors)} error(s), {len(warnings)} warning(s)")
sys.exit(1 if errors else 0)
