"""Build posts.jsonl, register CSVs and school.json for set 63 from src/posts_*.txt.

Post block:  ### category | o/p | y/n | tag, tag
Markup: [[kind:text]] with kind in full fn oth em ph ad dob upn hl ci.
{UPN:Forename Surname} -> that pupil's UPN; {UPNS:...} -> spaced (A 3094 6172 5101 style).
\\uXXXX escapes are decoded in the text.
"""
import csv, glob, io, json, re, sys, unicodedata
from pathlib import Path
from upn import load_pupils

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
KINDS = {"full": "full_name", "fn": "forename", "oth": "other_person", "em": "email", "ph": "phone",
         "ad": "address", "dob": "dob", "upn": "upn", "hl": "health", "ci": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person", "email": "text.contact_details",
        "phone": "text.contact_details", "address": "text.contact_details", "dob": "text.date_of_birth",
        "upn": "text.pupil_record", "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {None: -1, "info": 0, "warn": 1, "block": 2}
SCHOOL = {"name": "Northumberland Park Community School",
          "address": "Fennings Way, Northumberland Park, Tottenham, London",
          "postcode": "NX17 0QZ", "phone": "020 7946 0417",
          "email": "office@northumberlandpark-n17.example.org",
          "website": "www.northumberlandpark-n17.example.org"}

pupils = load_pupils(HERE / "pupils.txt")
by_name = {f"{p['forename']} {p['surname']}": p for p in pupils}


def upn_sub(m):
    p = by_name[m.group(2)]
    u = p["upn"]
    if m.group(1) == "UPNS":
        return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:]}"
    return u


def decode(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


errors = []
posts = []
blocks = []
for f in sorted(glob.glob(str(HERE / "posts_*.txt"))):
    cur = None
    for line in open(f, encoding="utf-8").read().split("\n"):
        if line.startswith("### "):
            if cur:
                blocks.append(cur)
            cur = [line[4:], []]
        elif cur is not None:
            cur[1].append(line)
    if cur:
        blocks.append(cur)

for n, (head, lines) in enumerate(blocks, 1):
    parts = [x.strip() for x in head.split("|")]
    cat, acct, photo = parts[0], {"o": "official", "p": "personal"}[parts[1]], parts[2] == "y"
    tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
    raw = "\n".join(lines).strip("\n").rstrip()
    raw = re.sub(r"\{(UPNS?):([^}]+)\}", upn_sub, raw)
    raw = decode(raw)
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, re.S):
        text += raw[pos:m.start()]
        kind = KINDS[m.group(1)]
        t = m.group(2)
        labels.append((len(text), kind, t))
        text += t
        pos = m.end()
    text += raw[pos:]
    if "[[" in text or "]]" in text:
        errors.append(f"{n}: stray markup")
    pid = f"z63-{n:03d}"
    exp = []
    seen = {}
    for start, kind, t in labels:
        before = text[:start].count(t) if False else len([m for m in re.finditer(re.escape(t), text) if m.start() < start])
        seen[t] = seen.get(t, 0) + 1
        if before != seen[t] - 1:
            errors.append(f"{pid}: label {t!r} is not the nth occurrence (unlabelled earlier copy)")
        if kind == "forename":
            rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
        else:
            rule = RULE[kind]
        exp.append({"rule": rule, "text": t, "kind": kind})
    worst = None
    for l in exp:
        s = SEV[acct].get(l["rule"], "block")
        if RANK[s] > RANK[worst]:
            worst = s
    verdict = "allow" if worst in (None, "info") else worst
    auto = []
    if not exp:
        auto.append("clean")
    if acct == "personal":
        auto.append("personal")
    if photo:
        auto.append("photo")
    for k in sorted({l["kind"] for l in exp}):
        auto.append(k.replace("_", "-"))
    tags = auto + [t for t in tags if t not in auto]
    posts.append({"id": pid, "category": cat, "account": acct, "photo": photo, "text": text,
                  "expected": exp, "verdict": verdict, "tags": tags})

# register: pupils named in photo posts -> consent_name_with_photo no
def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()

named_in_photo = set()
for p in posts:
    if not p["photo"]:
        continue
    for l in p["expected"]:
        if l["kind"] not in ("full_name", "forename"):
            continue
        lt = fold(re.sub(r"[\u200b\u200c\u200d\u2060]", "", l["text"]))
        for q in pupils:
            keys = [q["forename"], q["preferred"]] if q["preferred"] else [q["forename"]]
            if any(k and fold(k) in lt for k in keys) or fold(q["surname"]) in lt:
                named_in_photo.add(q["upn"])
            ini = fold((q["preferred"] or q["forename"])[0] + "." + q["surname"][0] + ".")
            if lt.replace(" ", "") == ini:
                named_in_photo.add(q["upn"])

NO_SOCIAL = {"Precious Nsimba", "Hamza Osman", "Azad Doğan"}
NO_PRESS = {"Glodie Mbuyi", "Exaucé Tshibanda", "Newroz Şahin", "Kai Grant", "Hodan Warsame", "Baran Doğan",
            "Luan Shehu", "Róisín Keane", "Dua Krasniqi", "Abdirahman Farah", "Ayaan Hassan", "Plamedi Kalonji"}
NO_BIO = {"Hamza Osman", "Azad Doğan", "Baran Doğan", "Sagal Abdi", "Fadumo Egal", "Glodie Mbuyi", "Besa Gashi"}
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,consent_website,consent_press,consent_name_with_photo,biometric_consent".split(","))
yn = lambda b: "yes" if b else "no"
for q in pupils:
    full = f"{q['forename']} {q['surname']}"
    w.writerow([q["upn"], q["forename"], q["surname"], q["preferred"], f"Year {q['year']}", q["cls"],
                yn(full not in NO_SOCIAL), yn(full not in NO_SOCIAL - {"Azad Doğan"}), yn(full not in NO_PRESS | NO_SOCIAL),
                yn(q["upn"] not in named_in_photo and full not in NO_SOCIAL), yn(full not in NO_BIO)])
(OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
(OUT / "register_staff.csv").write_text((HERE / "staff.csv").read_text(encoding="utf-8"), encoding="utf-8")
(OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
    for p in posts:
        fh.write(json.dumps(p, ensure_ascii=False) + "\n")
for e in errors:
    print("ERROR:", e)
print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
      f"{sum(1 for p in posts if p['photo'])} photo, {sum(1 for p in posts if p['account']=='personal')} personal; "
      f"{len(named_in_photo)} pupils named in photo posts; {len(errors)} errors")
sys.exit(1 if errors else 0)
