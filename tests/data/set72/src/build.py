"""Build set 72 from src/: posts_*.txt (inline markup) + pupils.txt -> posts.jsonl, registers, school.json.

Markup: [[kind:text]] with kind in fn full other email phone addr dob upn health circ;
{UPN:Forename Surname} is replaced by that pupil's UPN. Header of each post:
### category | photo y/n | account o/p | tag, tag
Run: env -u PYTHONPATH /work/main/.venv/bin/python src/build.py
"""
import csv, json, re, sys, unicodedata
from pathlib import Path
from clearpost.register import upn as upn_rules

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details", "address": "text.contact_details",
        "dob": "text.date_of_birth", "upn": "text.pupil_record", "health": "text.pupil_record",
        "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
YEAR_CODE = {"Nursery": "24", "P1": "23", "P2": "22", "P3": "21", "P4": "20", "P5": "19", "P6": "18", "P7": "17"}

SCHOOL = {
    "name": "St Columba's Creggan Primary School",
    "address": "Rathmor Brae, Creggan, Derry",
    "postcode": "BT98 6QZ",
    "phone": "028 9649 6120",
    "email": "info@stcolumbascreggan.example",
    "website": "https://www.stcolumbascreggan.example",
}
STAFF = [
    ("S01", "Mrs", "Bernadette", "Doherty", "Principal", "yes", "yes"),
    ("S02", "Mr", "Ciarán", "McCauley", "Vice-Principal and P7 teacher", "yes", "yes"),
    ("S03", "Miss", "Orla", "Gallagher", "P1 teacher", "yes", "yes"),
    ("S04", "Mrs", "Siobhán", "Deery", "P2 teacher", "yes", "no"),
    ("S05", "Mr", "Eamonn", "Brennan", "P3 teacher", "yes", "yes"),
    ("S06", "Miss", "Aoife", "Quigley", "P4 teacher", "yes", "yes"),
    ("S07", "Mrs", "Róisín", "McGinley", "P5 teacher", "no", "no"),
    ("S08", "Mr", "Declan", "Harkin", "P6 teacher", "yes", "yes"),
    ("S09", "Mrs", "Maureen", "Kelly", "Nursery teacher", "yes", "yes"),
    ("S10", "Ms", "Gráinne", "Bradley", "SENCo", "yes", "no"),
    ("S11", "Mrs", "Joanna", "Nowak", "Classroom assistant (Polish)", "yes", "yes"),
    ("S12", "Mr", "Paddy", "Coyle", "Caretaker", "yes", "no"),
    ("S13", "Miss", "Shauna", "McDaid", "Classroom assistant", "yes", "yes"),
    ("S14", "Mrs", "Huda", "Kassar", "EAL classroom assistant (Arabic)", "yes", "yes"),
    ("S15", "Mr", "Tony", "Friel", "PE and GAA coach", "yes", "yes"),
]
NO_SOCIAL = {("Marian", "Rostas"), ("Bianca", "Rostas"), ("Colm", "Derry")}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def load_pupils():
    rows = []
    for i, line in enumerate(l for l in (SRC / "pupils.txt").read_text().splitlines() if l and not l.startswith("#")):
        f, s, p, y, c = line.split("|")
        body = "956" + "3412" + YEAR_CODE[y] + f"{101 + i:03d}"
        rows.append(dict(forename=f, surname=s, preferred=p, year=y, cls=c, upn=upn_rules.check_letter(body) + body))
    return rows


def parse_posts(pupils):
    upns = {f"{p['forename']} {p['surname']}": p["upn"] for p in pupils}
    posts, cur = [], None
    files = sorted(SRC.glob("posts_*.txt"))
    for fpath in files:
        for line in fpath.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                cur = {"head": line[4:], "body": []}
                posts.append(cur)
            elif cur is not None:
                cur["body"].append(line)
    out, errors = [], []
    for n, p in enumerate(posts, 1):
        pid = f"z72-{n:03d}"
        parts = [x.strip() for x in p["head"].split("|")]
        cat, photo, acct = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
        tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
        raw = "\n".join(p["body"]).strip("\n")
        for a, b in (("{ZW}", "\u200b"), ("{NBSP}", "\u00a0"), ("{CYR_o}", "\u043e"), ("{CYR_a}", "\u0430"), ("{CYR_e}", "\u0435")):
            raw = raw.replace(a, b)
        raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: upns[m.group(1)], raw)
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, re.S):
            text += raw[pos:m.start()]
            kind = KINDS[m.group(1)]
            labels.append((len(text), m.group(2), kind))
            text += m.group(2)
            pos = m.end()
        text += raw[pos:]
        if "[[" in text or "]]" in text:
            errors.append(f"{pid}: stray markup")
        seen = {}
        expected = []
        for start, t, kind in labels:
            occ = [i for i in range(len(text)) if text.startswith(t, i)]
            # non-overlapping occurrences as re.finditer gives
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            k = seen.get(t, 0)
            if k >= len(occ) or occ[k] != start:
                errors.append(f"{pid}: label {t!r} is not occurrence #{k + 1} of its text")
            seen[t] = k + 1
            rule = ("text.pupil_name_with_photo" if photo else "text.pupil_forename") if kind == "forename" else RULE[kind]
            expected.append({"rule": rule, "text": t, "kind": kind})
        worst = None
        for l in expected:
            s = SEV[acct].get(l["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        auto = []
        if not expected:
            auto.append("clean")
        if acct == "personal":
            auto.append("personal")
        if photo:
            auto.append("photo")
        for k in sorted({l["kind"] for l in expected}):
            auto.append(k.replace("_", "-"))
        alltags = list(dict.fromkeys(auto + tags))
        out.append({"id": pid, "category": cat, "account": acct, "photo": photo, "text": text,
                    "expected": expected, "verdict": verdict, "tags": alltags})
    return out, errors


def photo_named(pupils, posts):
    named = set()
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] not in ("forename", "full_name"):
                continue
            t = fold(l["text"])
            for pu in pupils:
                names = [pu["forename"], pu["preferred"]] if pu["preferred"] else [pu["forename"]]
                for nm in names:
                    if not nm:
                        continue
                    if re.search(r"(?<!\w)" + re.escape(fold(nm)) + r"(?!\w)", t) or fold(nm).replace("-", "") in t.replace(" ", "").replace("_", ""):
                        named.add(pu["upn"])
                for nm in names:
                    if nm and (fold(nm)[0] + "." + fold(pu["surname"])[0] + ".") == t.replace(" ", ""):
                        named.add(pu["upn"])
    return named


def main():
    pupils = load_pupils()
    posts, errors = parse_posts(pupils)
    named = photo_named(pupils, posts)
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,consent_website,consent_press,consent_name_with_photo,biometric_consent".split(","))
        for i, p in enumerate(pupils):
            social = "no" if (p["forename"], p["surname"]) in NO_SOCIAL else "yes"
            website = "no" if social == "no" or i % 17 == 5 else "yes"
            press = "yes" if i % 3 else "no"
            nwp = "no" if p["upn"] in named else ("yes" if i % 2 else "no")
            bio = "no" if i % 7 == 3 or social == "no" else "yes"
            w.writerow([p["upn"], p["forename"], p["surname"], p["preferred"], p["year"], p["cls"], social, website, press, nwp, bio])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow("staff_id,title,forename,surname,role,consent_photo,biometric_consent".split(","))
        w.writerows(STAFF)
    (OUT / "school.json").write_text(json.dumps(SCHOOL, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
          f"{sum(1 for p in posts if p['photo'])} photo, {sum(1 for p in posts if p['account']=='personal')} personal; "
          f"{len(named)} pupils named in photo posts; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
