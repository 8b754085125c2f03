"""Validate ../posts.jsonl and the registers (stdlib only). Run from src/ after build.py."""
import collections, csv, json, re, sys, unicodedata
sys.path.insert(0, ".")
import build
from upn import check_letter

errs, warns = [], []
def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())

def isword(c):
    return c.isalnum()

def occurrences(text, t):
    out, i = [], 0
    while True:
        j = text.find(t, i)
        if j < 0: return out
        before = text[j-1] if j else " "
        after = text[j+len(t)] if j+len(t) < len(text) else " "
        if not (isword(before) and isword(t[0])) and not (isword(after) and isword(t[-1])):
            out.append(j)
        i = j + 1

pupils = build.PUPILS
for p in pupils:
    u = p["upn"]
    if check_letter(u[1:]) != u[0]: errs.append("bad upn " + u)
full_forms = {}
first_forms = {}
for p in pupils:
    for fn in {p["forename"], p["preferred"]} - {""}:
        full_forms[fold(fn + p["surname"])] = p
        full_forms[fold(p["surname"] + fn)] = p
        first_forms.setdefault(fold(fn), []).append(p)
        # initials (forename initial(s) + surname initial), e.g. J.K., K.C.
        ini = "".join(w[0] for w in re.split(r"[\s-]+", fn) if w)[:1] + p["surname"][0]
        first_forms.setdefault(fold(ini), []).append(p)
        ini2 = ini[0] + "".join(w[0] for w in re.split(r"[\s-]+", p["surname"]) if w)
        first_forms.setdefault(fold(ini2), []).append(p)
staff = [r for r in csv.DictReader(open("../register_staff.csv", encoding="utf-8"))]
staff_full = {fold(s["forename"] + s["surname"]) for s in staff}
SCHOOL = json.load(open("../school.json", encoding="utf-8"))

raw_posts = build.main()
lines = open("../posts.jsonl", encoding="utf-8").read().splitlines()
assert len(lines) == len(raw_posts)
phrases = collections.Counter()
photo_named = set()
for line, rp in zip(lines, raw_posts):
    o = json.loads(line)
    pid, text = o["id"], o["text"]
    for k in ("id", "category", "account", "photo", "text", "expected", "verdict", "tags"):
        if k not in o: errs.append(f"{pid} missing {k}")
    seen = collections.Counter()
    spans = []
    for e, start in zip(o["expected"], rp["_spans"]):
        t = e["text"]
        if t not in text: errs.append(f"{pid} label not in text: {t!r}")
        occ = occurrences(text, t)
        n = seen[t]; seen[t] += 1
        if n >= len(occ) or occ[n] != start:
            errs.append(f"{pid} label {t!r} is not occurrence #{n+1} at a word boundary")
        spans.append((start, start + len(t), t))
        if e["rule"] != build.rule_for(e["kind"], o["photo"]): errs.append(f"{pid} rule/kind {e}")
        if e["kind"] in ("forename", "full_name"):
            f = fold(t.lstrip("#"))
            if e["kind"] == "full_name" and f not in full_forms: errs.append(f"{pid} full name not in register: {t}")
            if e["kind"] == "forename" and f not in first_forms:
                m2 = re.match(r"^(.+?)\s+[A-Z]\.?$", t)
                if m2: f = fold(m2.group(1))
            if e["kind"] == "forename" and f not in first_forms: errs.append(f"{pid} forename not in register: {t}")
            if o["photo"]:
                for p in ([full_forms[f]] if e["kind"] == "full_name" and f in full_forms else first_forms.get(f, [])):
                    photo_named.add(p["upn"])
        if e["kind"] == "other_person":
            f = fold(t.lstrip("#"))
            if f in full_forms or f in staff_full: errs.append(f"{pid} other_person is a pupil/staff: {t}")
        if e["kind"] in ("health", "circumstance"):
            phrases[fold(t)] += 1
        if e["kind"] in ("phone", "email", "address"):
            if fold(t) in {fold(SCHOOL["phone"]), fold(SCHOOL["email"]), fold(SCHOOL["address"])}:
                errs.append(f"{pid} contact label is the school's own: {t}")
    for t, n in seen.items():
        if len(occurrences(text, t)) > n:
            warns.append(f"{pid} {t!r} occurs {len(occurrences(text, t))}x, labelled {n}x")
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]: errs.append(f"{pid} overlapping labels {a[2]!r} {b[2]!r}")
    table = build.SEVERITY_PERSONAL if o["account"] == "personal" else build.SEVERITY_OFFICIAL
    if o["account"] not in ("official", "personal"): errs.append(f"{pid} account")
    sev = max([build.SEV[table[e["rule"]]] for e in o["expected"]], default=0)
    if o["verdict"] != {0: "allow", 1: "allow", 2: "warn", 3: "block"}[sev]: errs.append(f"{pid} verdict")
    if (not o["expected"]) != ("clean" in o["tags"]): errs.append(f"{pid} clean tag")
    # unlabelled register names, for review
    labelled = [(s, e2) for s, e2, _ in spans]
    for m in re.finditer(r"[^\W_][\w'’-]*", text):
        w = m.group(0)
        base = re.sub(r"['’]s$", "", w)
        if len(fold(base)) > 2 and fold(base) in first_forms and not any(s <= m.start() < e2 for s, e2 in labelled):
            warns.append(f"{pid} unlabelled register forename {w!r}: …{text[max(0,m.start()-30):m.end()+30]!r}…")
for ph, n in phrases.items():
    if n > 1: errs.append(f"phrase used {n}x: {ph}")
for p in pupils:
    want = "no" if p["upn"] in photo_named else "yes"
    p["_nwp"] = want
json.dump(sorted(photo_named), open("photo_named.json", "w"))
# registers: consent_name_with_photo must be "no" for pupils named in photo posts
for r in csv.DictReader(open("../register_pupils.csv", encoding="utf-8")):
    if r["upn"] in photo_named and r["consent_name_with_photo"] != "no":
        errs.append(f"register: {r['upn']} named in a photo post but consent_name_with_photo={r['consent_name_with_photo']}")
# registers parse with the product importer (run with the repo venv, PYTHONPATH unset)
try:
    from clearpost.register import mis_import
    for fn, parse in (("../register_pupils.csv", mis_import.parse_pupils), ("../register_staff.csv", mis_import.parse_staff)):
        res = parse(open(fn, "rb").read())
        probs = getattr(res, "problems", None)
        rows = getattr(res, "rows", None)
        print(fn, "parsed:", len(rows) if rows is not None else "?", "rows,", len(probs) if probs is not None else "?", "problems")
        if probs: errs.extend(f"{fn}: {p}" for p in probs)
        if rows is not None and len(rows) != sum(1 for _ in open(fn, encoding="utf-8")) - 1: errs.append(f"{fn}: row count")
except ImportError as ex:
    warns.append("clearpost not importable, CSVs not checked: %s" % ex)
print("\n".join("ERROR " + e for e in errs))
print("\n".join("warn  " + w for w in warns))
print(len(errs), "errors,", len(warns), "warnings")
sys.exit(1 if errs else 0)
