"""Own checks for set 53 (beyond set2/validate.py)."""
import csv, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import build
from clearpost.register import upn as U

OUT = Path(__file__).resolve().parent.parent
errors = []
pup = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
for r in pup:
    if U.problem(r["upn"]):
        errors.append(f"register upn {r['upn']}: {U.problem(r['upn'])}")
fold = lambda t: "".join(c for c in unicodedata.normalize("NFKD", t.replace("\u0430", "a").replace("\u043e", "o")) if not unicodedata.combining(c)).casefold()
fns = {fold(f) for r in pup for f in (r["forename"], r["preferred_forename"]) if f}
fulls = {fold(f + " " + r["surname"]) for r in pup for f in (r["forename"], r["preferred_forename"]) if f}
posts = [json.loads(l) for l in open(OUT / "posts.jsonl", encoding="utf-8")]
built = build.parse_posts(build.pupils())
assert [p["id"] for p in posts] == [f"z53-{i:03d}" for i in range(1, 221)], "ids"
phrases = Counter()
for p, b in zip(posts, built):
    text, seen = p["text"], Counter()
    for l, pos in zip(p["expected"], b["_pos"]):
        t = l["text"]
        seen[t] += 1
        starts = [m.start() for m in re.finditer(re.escape(t), text)]
        if len(starts) < seen[t] or starts[seen[t] - 1] != pos:
            errors.append(f"{p['id']}: label {t!r} is not its nth occurrence")
        if (pos > 0 and re.match(r"\w", text[pos - 1]) and re.match(r"\w", t[0])) or (pos + len(t) < len(text) and re.match(r"\w", text[pos + len(t)]) and re.match(r"\w", t[-1])):
            errors.append(f"{p['id']}: label {t!r} not at word boundary")
        k = l["kind"]
        if k in ("health", "circumstance"):
            phrases[fold(t)] += 1
        if k == "full_name":
            n = re.sub(r"[\s\u200b\u00a0]+", " ", fold(t).replace("\u200b", "")).lstrip("#")
            n2 = re.sub(r"[^a-z\- ]", "", n)
            ok = n2 in fulls or any(re.sub(r"[^a-z]", "", x) == re.sub(r"[^a-z]", "", n) for x in fulls) \
                or any(re.sub(r"[^a-z]", "", fold(r["surname"] + f)) == re.sub(r"[^a-z]", "", n) for r in pup for f in (r["forename"], r["preferred_forename"]) if f)
            if not ok and not any(re.sub(r"[^a-z]", "", x) in re.sub(r"[^a-z]", "", n) for x in fulls):
                errors.append(f"{p['id']}: full name {t!r} not a register pupil")
        if k == "forename":
            first = re.sub(r"^#(team)?", "", fold(t)).split()[0]
            if first not in fns and not re.fullmatch(r"([a-z]\.|[a-z]-[a-z]\.)\s?([a-z]\.)", fold(t)):
                errors.append(f"{p['id']}: forename {t!r} not a register pupil")
    if "clean" in p["tags"] and p["expected"]:
        errors.append(f"{p['id']}: clean tag but labels")
for ph, n in phrases.items():
    if n > 1:
        errors.append(f"record phrase used {n}x: {ph!r}")
photo = sum(p["photo"] for p in posts); pers = sum(p["account"] == "personal" for p in posts)
clean = sum(not p["expected"] for p in posts)
print(f"{len(posts)} posts, {photo} photo, {pers} personal, {clean} clean, {sum(len(p['expected']) for p in posts)} labels")
print(Counter(l["kind"] for p in posts for l in p["expected"]))
for e in errors:
    print("ERROR:", e)
print(len(errors), "error(s)")
sys.exit(1 if errors else 0)
