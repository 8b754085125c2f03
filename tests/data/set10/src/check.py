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
initials = {}
for p in pupils:
    for fn in {p["forename"], p["preferred"]} - {""}:
        full_forms[fold(fn + p["surname"])] = p
        full_forms[fold(p["surname"] + fn)] = p
        first_forms.setdefault(fold(fn), []).append(p)
        initials.setdefault(fold(fn[0] + p["surname"][0]), []).append(p)
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
            if e["kind"] == "forename" and f not in first_forms and not (len(f) == 2 and f in initials): errs.append(f"{pid} forename not in register: {t}")
            if o["photo"]:
                for p in ([full_forms[f]] if e["kind"] == "full_name" and f in full_forms else first_forms.get(f, initials.get(f, []) if len(f) == 2 else [])):
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
    sev = max([build.SEV[build.severity(e["rule"], o["account"])] for e in o["expected"]], default=0)
    if o["verdict"] != {0: "allow", 1: "allow", 2: "warn", 3: "block"}[sev]: errs.append(f"{pid} verdict")
    if (not o["expected"]) != ("clean" in o["tags"]): errs.append(f"{pid} clean tag")
    # unlabelled register names, for review
    labelled = [(s, e2) for s, e2, _ in spans]
    for m in re.finditer(r"[^\W_][\w'’-]*", text):
        w = m.group(0)
        base = re.sub(r"['’]s$", "", w)
        if fold(base) in first_forms and not any(s <= m.start() < e2 for s, e2 in labelled):
            warns.append(f"{pid} unlabelled register forename {w!r}: …{text[max(0,m.start()-30):m.end()+30]!r}…")
for ph, n in phrases.items():
    if n > 1: errs.append(f"phrase used {n}x: {ph}")
for p in pupils:
    want = "no" if p["upn"] in photo_named else "yes"
    p["_nwp"] = want
json.dump(sorted(photo_named), open("photo_named.json", "w"))
for r in csv.DictReader(open("../register_pupils.csv", encoding="utf-8")):
    if r["upn"] in photo_named and r["consent_name_with_photo"] != "no":
        errs.append(f"register: {r['upn']} is named in a photo post but consent_name_with_photo={r['consent_name_with_photo']}")
# the product's importer must accept both CSVs (run with the repo venv, PYTHONPATH unset)
try:
    from clearpost.register import mis_import
except ImportError:
    warns.append("clearpost not importable: CSVs not checked with mis_import (use env -u PYTHONPATH /work/main/.venv/bin/python)")
else:
    for fn, parse, n in (("../register_pupils.csv", mis_import.parse_pupils, len(pupils)),
                         ("../register_staff.csv", mis_import.parse_staff, len(staff))):
        r = parse(open(fn, "rb").read())
        for pr in r.problems: errs.append(f"{fn}: importer problem {pr}")
        if len(r.rows) != n: errs.append(f"{fn}: importer read {len(r.rows)} rows, expected {n}")
        print(f"mis_import {fn}: {len(r.rows)} rows, {len(r.problems)} problems")
print("\n".join("ERROR " + e for e in errs))
print("\n".join("warn  " + w for w in warns))
print(len(errs), "errors,", len(warns), "warnings")
