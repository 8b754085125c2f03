"""Build set 58 from src/: register CSVs, school.json and posts.jsonl.

Markup in posts_*.txt: a post starts with a header line
    ### category | photo(y/n) | account(o/p) | tag,tag
and its text follows (line breaks kept). Labels are inline: [[kind:text]] with kinds
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} is replaced by that
pupil's UPN. The literal escapes \\u200b, \\u00a0, \\u2019 etc. are turned into the characters.
"""
import csv, io, json, re, sys, unicodedata
from pathlib import Path
from collections import Counter

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from clearpost.register import upn as upn_rules

SCHOOL = {
    "name": "Torry Harbour Primary School",
    "address": "Gullsgate Brae, Torry, Aberdeen",
    "postcode": "AX11 8QF",
    "phone": "01632 960418",
    "email": "torryharbourps@aberdeencity.example",
    "website": "https://torryharbour.aberdeenschools.example",
}
STAFF = [
    ("S01", "Mrs", "Fiona", "Strachan", "Head Teacher", "yes", "no"),
    ("S02", "Mr", "Gordon", "Leask", "Depute Head Teacher", "yes", "no"),
    ("S03", "Miss", "Kirsty", "Duthie", "Principal Teacher and P1 Teacher", "yes", "yes"),
    ("S04", "Mrs", "Agnieszka", "Wrona", "EAL Teacher", "yes", "no"),
    ("S05", "Mr", "Callum", "Mair", "P7 Teacher", "yes", "yes"),
    ("S06", "Ms", "Shona", "Buchan", "P4 Teacher", "no", "no"),
    ("S07", "Mrs", "Lorraine", "Cowie", "Senior Early Years Practitioner", "yes", "no"),
    ("S08", "Miss", "Hannah", "Ritchie", "P3 Teacher", "yes", "yes"),
    ("S09", "Mrs", "Dana", "Ozola", "Pupil Support Assistant", "yes", "no"),
    ("S10", "Mr", "Doug", "Milne", "Janitor", "yes", "no"),
    ("S11", "Mrs", "Priya", "Nair", "P5 Teacher", "yes", "yes"),
    ("S12", "Mrs", "Morag", "Gauld", "School Administrator", "no", "no"),
    ("S13", "Miss", "Leanne", "Forbes", "P2 Teacher", "yes", "no"),
    ("S14", "Mr", "Will", "Sutherland", "PE Specialist", "yes", "yes"),
    ("S15", "Mr", "Emeka", "Obi", "P6 Teacher", "yes", "no"),
]
YEAR_CODE = {"Nursery": "23", "P1": "22", "P2": "21", "P3": "20", "P4": "19", "P5": "18", "P6": "17", "P7": "16"}
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
        "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def load_pupils():
    rows = []
    for i, line in enumerate(l for l in (HERE / "pupils.txt").read_text(encoding="utf-8").splitlines()
                             if l.strip() and not l.startswith("#")):
        f, s, p, y, c, sm, web, pr = line.split("|")
        body = "917" + "2305" + YEAR_CODE[y] + "%03d" % (101 + i)
        rows.append(dict(upn=upn_rules.check_letter(body) + body, forename=f, surname=s,
                         preferred_forename=p, year_group=y, **{"class": c},
                         consent_social_media=sm, consent_website=web, consent_press=pr))
    return rows


def parse_posts(pupils):
    by_name = {f"{p['forename']} {p['surname']}": p["upn"] for p in pupils}
    raw = "".join((HERE / f).read_text(encoding="utf-8") for f in sorted(
        x.name for x in HERE.glob("posts_*.txt")))
    raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: by_name[m.group(1)], raw)
    raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    chunks = re.split(r"^### ", raw, flags=re.M)[1:]
    posts = []
    for n, chunk in enumerate(chunks, 1):
        head, _, body = chunk.partition("\n")
        cat, photo, acct, tags = [x.strip() for x in head.split("|")]
        body = body.strip("\n")
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, flags=re.S):
            text += body[pos:m.start()]
            kind = KINDS[m.group(1)]
            labels.append((kind, m.group(2), len(text)))
            text += m.group(2)
            pos = m.end()
        text += body[pos:]
        assert "[[" not in text and "]]" not in text, (n, text)
        posts.append(dict(n=n, cat=cat, photo=photo == "y", acct="personal" if acct == "p" else "official",
                          tags=[t.strip() for t in tags.split(",") if t.strip()], text=text, labels=labels))
    return posts


def main():
    pupils = load_pupils()
    posts = parse_posts(pupils)
    problems = []
    named_in_photo = set()
    names = []
    for p in pupils:
        for f in {p["forename"], p["preferred_forename"]} - {""}:
            names.append((fold(f), fold(p["surname"]), p))
    out = []
    phrases = Counter()
    for post in posts:
        pid = "z58-%03d" % post["n"]
        text = post["text"]
        expected, seen = [], Counter()
        for kind, t, start in post["labels"]:
            seen[t] += 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if occ[seen[t] - 1] != start:
                problems.append(f"{pid}: label {t!r} is not its {seen[t]}th occurrence")
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if before.isalnum() or after.isalnum():
                problems.append(f"{pid}: label {t!r} not at word boundary")
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if post["photo"] else "text.pupil_forename"
            else:
                rule = RULE[kind]
            if kind in ("health", "circumstance"):
                phrases[fold(t)] += 1
            if kind in ("full_name", "forename"):
                ft = fold(re.sub(r"[\u200b\u200c\u200d\u2060]", "", t))
                hits = []
                for f, s, p in names:
                    if kind == "full_name" and fold(f).split("-")[0][:3] in re.sub(r"[^a-z\- ]", " ", ft.replace("\u0430", "a").replace("\u043e", "o").replace("\u0435", "e")) and s.replace("-", "")[:4] in re.sub(r"[^a-z]", "", ft.replace("\u0430", "a").replace("\u043e", "o").replace("\u0435", "e")):
                        hits.append(p)
                    if kind == "forename" and (re.match(re.escape(f) + r"\b", ft.lstrip("#")) ):
                        hits.append(p)
                if kind == "forename" and not hits and not re.fullmatch(r"([a-z]\.? ?){2,3}", ft):
                    problems.append(f"{pid}: forename {t!r} matches no pupil")
                if kind == "full_name" and not hits:
                    problems.append(f"{pid}: full name {t!r} matches no pupil")
                if post["photo"]:
                    for p in hits:
                        named_in_photo.add(p["upn"])
            if kind == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", t).upper()):
                problems.append(f"{pid}: bad upn {t!r}")
            expected.append({"rule": rule, "text": t, "kind": kind})
        worst = None
        for l in expected:
            s = SEV[post["acct"]].get(l["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        tags = list(post["tags"])
        if not expected and "clean" not in tags:
            tags.insert(0, "clean")
        if expected and "clean" in tags:
            problems.append(f"{pid}: tagged clean but has labels")
        if post["acct"] == "personal" and "personal" not in tags:
            tags.append("personal")
        if post["photo"] and "photo" not in tags:
            tags.append("photo")
        out.append({"id": pid, "category": post["cat"], "account": post["acct"], "photo": post["photo"],
                    "text": text, "expected": expected, "verdict": verdict, "tags": tags})
    for ph, c in phrases.items():
        if c > 1:
            problems.append(f"record phrase used {c}x: {ph!r}")
    # register
    cols = "upn,forename,surname,preferred_forename,year_group,class,consent_social_media,consent_website,consent_press,consent_name_with_photo,biometric_consent".split(",")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for i, p in enumerate(pupils):
        p["consent_name_with_photo"] = "no" if (p["upn"] in named_in_photo or p["consent_social_media"] == "no" or i % 4 == 0) else "yes"
        p["biometric_consent"] = "no" if i % 5 == 2 else "yes"
        w.writerow([p[c] for c in cols])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    for pr in problems:
        print("PROBLEM:", pr)
    print(f"{len(out)} posts, {sum(1 for o in out if not o['expected'])} clean, "
          f"{sum(o['photo'] for o in out)} photo, {sum(o['account']=='personal' for o in out)} personal")
    print(Counter(l["kind"] for o in out for l in o["expected"]))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
