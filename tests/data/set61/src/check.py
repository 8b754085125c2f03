"""Own checks for set 61 (run with the project venv, PYTHONPATH unset).
- posts.jsonl: 220 posts, ids z61-001..z61-220, fields, label texts occur (nth label = nth
  occurrence, no overlaps), kinds/rules, verdicts, clean tags;
- every circumstance/health phrase used once in the set (casefolded);
- every name label resolves to a register pupil; dotted initials to a pupil's initials;
- every pupil named in a photo post has consent_name_with_photo = no;
- phones only in Ofcom drama ranges; e-mail domains webmail or .example;
- UPNs valid (register and labels); CSVs parse; school.json keys exact.
"""
import csv, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path
from clearpost.register import mis_import, upn as U

D = Path(__file__).resolve().parent.parent
errors, warns = [], []
KR = {"full_name": "text.pupil_full_name", "other_person": "text.other_person", "email": "text.contact_details",
      "phone": "text.contact_details", "address": "text.contact_details", "dob": "text.date_of_birth",
      "upn": "text.pupil_record", "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
DRAMA = [r"07700900\d{3}", r"01632960\d{3}", r"01134960\d{3}", r"02079460\d{3}", r"01614960\d{3}",
         r"01174960\d{3}", r"01214960\d{3}", r"01314960\d{3}", r"01914980\d{3}", r"02896496\d{3}",
         r"02920180\d{3}"]
WEBMAIL = ("gmail.com", "hotmail.co.uk", "icloud.com", "outlook.com", "yahoo.co.uk", "hotmail.com")


def fold(s):
    s = s.replace("\u200b", "").replace("\u00a0", " ").replace("\u2019", "'")
    s = s.translate(str.maketrans("АаЕеОоСсРрІіКкМмТтХх", "AaEeOoCcPpIiKkMmTtXx"))
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).casefold().strip()


school = json.loads((D / "school.json").read_text(encoding="utf-8"))
if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
    errors.append(f"school.json keys {sorted(school)}")
pp = mis_import.parse_pupils((D / "register_pupils.csv").read_bytes())
ps = mis_import.parse_staff((D / "register_staff.csv").read_bytes())
errors += [f"pupils csv: {p}" for p in pp.problems] + [f"staff csv: {p}" for p in ps.problems]
pupils = list(csv.DictReader(open(D / "register_pupils.csv", encoding="utf-8")))
for r in pupils:
    if U.problem(r["upn"]):
        errors.append(f"register UPN {r['upn']}: {U.problem(r['upn'])}")
if not 12 <= len(list(csv.DictReader(open(D / "register_staff.csv", encoding="utf-8")))) <= 16:
    errors.append("staff count")

fulls, fores, inits = {}, {}, {}
for r in pupils:
    key = f"{r['forename']} {r['surname']}"
    for fn in filter(None, [r["forename"], r["preferred_forename"]]):
        fulls[fold(f"{fn} {r['surname']}")] = key
        fulls[fold(f"{r['surname']} {fn}")] = key
        fulls[fold(f"{r['surname']}, {fn}")] = key
        fores.setdefault(fold(fn), set()).add(key)
        inits.setdefault(fold(fn)[0] + fold(r["surname"])[0], set()).add(key)


def resolve(kind, t):
    f = fold(t)
    if kind == "full_name":
        g = f.lstrip("#").replace("_", " ")
        for name, key in fulls.items():
            if g == name or g.replace(" ", "") == name.replace(" ", "") or g.endswith(name.replace(" ", "")):
                return {key}
        return set()
    m = re.fullmatch(r"([a-z])\.\s?([a-z])\.", f)
    if m:
        return inits.get(m.group(1) + m.group(2), set())
    m = re.fullmatch(r"(.+?) ([a-z])\.?", f)
    if m and m.group(1) in fores:
        return {k for k in fores[m.group(1)] if fold(k.split()[-1])[0] == m.group(2)}
    return fores.get(f, set())


posts = [json.loads(l) for l in (D / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
if [p["id"] for p in posts] != [f"z61-{i:03d}" for i in range(1, 221)]:
    errors.append("ids are not z61-001..z61-220")
phrases = Counter()
photo_named = set()
for p in posts:
    pid, text = p["id"], p["text"]
    for f in ("id", "category", "account", "photo", "text", "expected", "verdict", "tags"):
        if f not in p:
            errors.append(f"{pid}: missing {f}")
    seen, spans, worst = Counter(), [], None
    for l in p["expected"]:
        k, t, rule = l["kind"], l["text"], l["rule"]
        want = ("text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename") if k == "forename" else KR[k]
        if rule != want:
            errors.append(f"{pid}: {t!r} rule {rule} should be {want}")
        seen[t] += 1
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        if len(occ) < seen[t]:
            errors.append(f"{pid}: {t!r} not found enough times")
            continue
        s = occ[seen[t] - 1]
        for a, b, o in spans:
            if s < b and a < s + len(t):
                errors.append(f"{pid}: {t!r} overlaps {o!r}")
        spans.append((s, s + len(t), t))
        sev = SEV[p["account"]].get(rule, "block")
        worst = sev if worst is None or RANK[sev] > RANK[worst] else worst
        if k in ("full_name", "forename"):
            who = resolve(k, t)
            if len(who) != 1:
                errors.append(f"{pid}: name label {t!r} resolves to {who or 'nobody'}")
            if p["photo"]:
                photo_named |= who
        if k in ("health", "circumstance"):
            phrases[fold(t)] += 1
        if k == "upn" and U.problem(re.sub(r"[\s\-.]", "", t).upper()):
            errors.append(f"{pid}: bad UPN {t!r}")
        if k == "phone":
            digits = re.sub(r"\D", "", t.replace("O", "0").replace("o", "0"))
            digits = "0" + digits[2:] if digits.startswith("44") else digits
            digits = digits.replace("0020", "020", 1) if digits.startswith("0020") else digits
            if not any(re.fullmatch(r, digits) for r in DRAMA):
                errors.append(f"{pid}: phone {t!r} ({digits}) not in a drama range")
        if k == "email":
            e = fold(t).replace(" ", "").replace("(at)", "@").replace("[at]", "@").replace("[dot]", ".")
            e = re.sub(r"at(gmail|hotmail|icloud)dot", r"@\1.", e).replace("dotcom", ".com")
            dom = e.split("@")[-1]
            if not (dom in WEBMAIL or dom.endswith(".example")):
                errors.append(f"{pid}: e-mail domain {dom!r}")
    v = "allow" if worst in (None, "info") else worst
    if v != p["verdict"]:
        errors.append(f"{pid}: verdict {p['verdict']} expected {v}")
    if ("clean" in p["tags"]) == bool(p["expected"]):
        errors.append(f"{pid}: clean tag mismatch")
for ph, n in phrases.items():
    if n > 1:
        errors.append(f"record phrase used {n} times: {ph!r}")
for r in pupils:
    key = f"{r['forename']} {r['surname']}"
    if key in photo_named and r["consent_name_with_photo"] != "no":
        errors.append(f"{key} named in a photo post but consent_name_with_photo = {r['consent_name_with_photo']}")
kinds = Counter(l["kind"] for p in posts for l in p["expected"])
for k in KR.keys() | {"forename"}:
    if kinds[k] < 5:
        errors.append(f"only {kinds[k]} {k} labels")
clean = sum(1 for p in posts if not p["expected"])
if clean < 70:
    errors.append(f"only {clean} clean posts")
for e in errors:
    print("ERROR:", e)
print(f"{len(posts)} posts, {clean} clean, {sum(kinds.values())} labels, "
      f"{sum(p['photo'] for p in posts)} photo, {sum(p['account'] == 'personal' for p in posts)} personal; "
      f"{len(pupils)} pupils; {len(errors)} error(s)")
sys.exit(1 if errors else 0)
