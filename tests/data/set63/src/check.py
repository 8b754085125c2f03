"""Set 63 own checks (run with the project venv, PYTHONPATH unset):
label positions and verdicts (via set2/validate.py), school.json keys, unique health/circumstance
phrases, phone numbers in Ofcom drama ranges, e-mail domains, register counts, and a review list of
pupil-name words left unlabelled (printed as notes: intended traps or oversights)."""
import json, re, subprocess, sys, unicodedata, csv
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
errors, notes = [], []
school = json.loads((OUT / "school.json").read_text(encoding="utf-8"))
if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
    errors.append(f"school.json keys {sorted(school)}")
posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
if [p["id"] for p in posts] != [f"z63-{i:03d}" for i in range(1, 221)]:
    errors.append("ids are not z63-001..z63-220")
phr = Counter()
DRAMA = [r"^07700900\d{3}$", r"^01632960\d{3}$", r"^01134960\d{3}$", r"^02079460\d{3}$", r"^01614960\d{3}$",
         r"^01174960\d{3}$", r"^01214960\d{3}$", r"^01314960\d{3}$", r"^01914980\d{3}$", r"^02896496\d{3}$",
         r"^02920180\d{3}$"]
for p in posts:
    for l in p["expected"]:
        if l["kind"] in ("health", "circumstance"):
            phr[l["text"].casefold()] += 1
        if l["kind"] == "phone":
            d = l["text"].upper().replace("O", "0")
            d = re.sub(r"\D", "", d)
            if d.startswith("44"):
                d = "0" + d[2:]
            if not any(re.match(r, d) for r in DRAMA):
                errors.append(f"{p['id']}: phone {l['text']!r} not in a drama range")
        if l["kind"] == "email":
            t = l["text"].lower()
            if not re.search(r"(gmail|hotmail|outlook|icloud|yahoo)|\.example|dot example", t):
                errors.append(f"{p['id']}: email domain {l['text']!r}")
for k, n in phr.items():
    if n > 1:
        errors.append(f"record phrase used {n}x: {k!r}")


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


words = set()
with open(OUT / "register_pupils.csv", encoding="utf-8") as fh:
    rows = list(csv.DictReader(fh))
for r in rows:
    for k in ("forename", "surname", "preferred_forename"):
        for w in r[k].split():
            words.add(fold(w))
for p in posts:
    text = p["text"]
    covered = [False] * len(text)
    counts = Counter()
    for l in p["expected"]:
        counts[l["text"]] += 1
        starts = [m.start() for m in re.finditer(re.escape(l["text"]), text)]
        s = starts[counts[l["text"]] - 1]
        for i in range(s, s + len(l["text"])):
            covered[i] = True
    for m in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)?", text):
        if fold(m.group()) in words and not any(covered[m.start():m.end()]):
            notes.append(f"{p['id']}: unlabelled {m.group()!r}")

r = subprocess.run([sys.executable, "/work/main/tests/data/set2/validate.py", str(OUT)], capture_output=True, text=True)
print(r.stdout.strip().splitlines()[-1])
if r.returncode:
    errors.append("validate.py reported errors:\n" + r.stdout)
yes = {k: sum(1 for r in rows if r[k] == "yes") for k in rows[0] if k.startswith(("consent", "biometric"))}
print("register yes counts:", yes, "pupils", len(rows))
for n in notes:
    print("note:", n)
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} error(s), {len(notes)} note(s)")
sys.exit(1 if errors else 0)
