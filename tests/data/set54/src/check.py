"""Validator for set 54: labels, UPNs, verdicts, register parsing."""
import csv, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
from build import occurrences, SEV, ORDER
from clearpost.register.upn import problem
from clearpost.register.mis_import import parse_pupils, parse_staff
errors = []
posts = [json.loads(l) for l in open(os.path.join(OUT, "posts.jsonl"), encoding="utf-8")]
ids = ["z54-%03d" % i for i in range(1, 221)]
if [p["id"] for p in posts] != ids:
    errors.append("ids are not z54-001..z54-220 (%d posts)" % len(posts))
pupils = list(csv.DictReader(open(os.path.join(OUT, "register_pupils.csv"), encoding="utf-8")))
for r in pupils:
    if problem(r["upn"]):
        errors.append("bad UPN " + r["upn"])
upns = {r["upn"] for r in pupils}
for name, fn in (("register_pupils.csv", parse_pupils), ("register_staff.csv", parse_staff)):
    res = fn(open(os.path.join(OUT, name), "rb").read())
    probs = getattr(res, "problems", None)
    rows = getattr(res, "rows", None)
    print(name, "rows:", len(rows) if rows is not None else "?", "problems:", len(probs) if probs else 0)
    if probs:
        errors.extend(str(x) for x in probs)
school = json.load(open(os.path.join(OUT, "school.json")))
if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
    errors.append("school.json keys")
phrases = {}
for p in posts:
    seen = {}
    for e in p["expected"]:
        occ = occurrences(p["text"], e["text"])
        i = seen.get(e["text"], 0)
        if i >= len(occ):
            errors.append("%s: %r not found" % (p["id"], e["text"]))
        seen[e["text"]] = i + 1
        if e["kind"] == "upn" and re.sub(r"\s", "", e["text"]) not in upns:
            errors.append("%s: UPN %r not in register" % (p["id"], e["text"]))
        if e["kind"] in ("health", "circumstance"):
            k = e["text"].lower()
            if k in phrases:
                errors.append("%s: phrase reused %r" % (p["id"], e["text"]))
            phrases[k] = p["id"]
        if e["kind"] == "forename":
            want = "text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename"
            if e["rule"] != want:
                errors.append(p["id"] + ": forename rule")
    best = "allow"
    for e in p["expected"]:
        s = SEV[p["account"]].get(e["rule"], "block")
        best = s if ORDER[s] > ORDER[best] else best
    v = "allow" if best in ("allow", "info") else best
    if v != p["verdict"]:
        errors.append(p["id"] + ": verdict")
    if ("clean" in p["tags"]) != (not p["expected"]):
        errors.append(p["id"] + ": clean tag")
print(len(posts), "posts,", len(errors), "errors")
for e in errors:
    print("  ", e)
sys.exit(1 if errors else 0)
