"""Build set 83 from the hand-written sources in this folder.

posts_0*.txt: posts separated by header lines
    ### category | photo y/n | account o/p | tag, tag
with inline labels [[kind:text]] (kinds: fn full other email phone addr dob upn health circ),
{UPN:Forename Surname} replaced by that pupil's UPN, {UPNSP:...} by the UPN spaced out, and the
escapes <ZW> (U+200B), <NBSP> (U+00A0), <Ca> <Co> <Ce> <Ci> (Cyrillic a o e i).
Writes ../posts.jsonl, ../register_pupils.csv, ../register_staff.csv, ../school.json.
"""
import csv
import io
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from upn import make_upn  # noqa: E402

KINDS = {
    "fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
    "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
    "circ": "circumstance",
}
ESC = {"<ZW>": "\u200b", "<NBSP>": "\u00a0", "<Ca>": "\u0430", "<Co>": "\u043e",
       "<Ce>": "\u0435", "<Ci>": "\u0456"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
CLASSES = {"Reception": "Lark", "Year 1": "Glen", "Year 2": "Welland", "Year 3": "Ouse",
           "Year 4": "Cam", "Year 5": "Witham", "Year 6": "Hundred"}
YEAR_OF_ENTRY = {"Reception": 25, "Year 1": 24, "Year 2": 23, "Year 3": 22, "Year 4": 21,
                 "Year 5": 20, "Year 6": 19}

SCHOOL = {
    "name": "Nene Quay Primary School",
    "address": "Quay Lane, Wisbech, Cambridgeshire",
    "postcode": "PX13 2NQ",
    "phone": "01632 960415",
    "email": "office@nenequay-primary.example",
    "website": "www.nenequay-primary.example",
}

STAFF = [
    ("ST01", "Mrs", "Joanne", "Pickering", "Headteacher", "yes", "yes"),
    ("ST02", "Mr", "Craig", "Elwood", "Deputy Headteacher and Designated Safeguarding Lead", "yes", "yes"),
    ("ST03", "Miss", "Rasa", "Jonaitytė", "EAL Lead and Year 5 teacher", "yes", "yes"),
    ("ST04", "Mrs", "Agnieszka", "Nowak", "Family Liaison Officer (Polish speaker)", "yes", "no"),
    ("ST05", "Mr", "Daniel", "Marsh", "Year 6 teacher", "yes", "yes"),
    ("ST06", "Mrs", "Sharon", "Wiles", "SENCO", "yes", "yes"),
    ("ST07", "Miss", "Chloe", "Hardwick", "Reception teacher and EYFS lead", "yes", "yes"),
    ("ST08", "Mr", "Tiago", "Mendes", "Year 4 teacher", "yes", "yes"),
    ("ST09", "Mrs", "Bridie", "Connors", "Traveller Education and Attendance Officer", "no", "no"),
    ("ST10", "Mrs", "Dawn", "Fisher", "School Business and Office Manager", "yes", "yes"),
    ("ST11", "Mr", "Paul", "Lee", "Site Manager", "yes", "no"),
    ("ST12", "Miss", "Ellie", "Sharman", "Year 2 teacher", "yes", "yes"),
    ("ST13", "Mrs", "Ilze", "Bērziņa", "Teaching Assistant (Latvian speaker)", "yes", "yes"),
    ("ST14", "Mr", "Sam", "Hudson", "PE and Sports Coach", "yes", "yes"),
    ("ST15", "Mrs", "Margaret", "Knowles", "Year 1 and Year 3 teacher", "yes", "yes"),
]


def load_pupils():
    pupils = []
    serial = 101
    for line in (HERE / "pupils.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fore, sur, pref, year, cons = line.split("|")
        social, web, press, bio = ["yes" if c == "y" else "no" for c in cons.split(",")]
        upn = make_upn(f"8732417{YEAR_OF_ENTRY[year]:02d}{serial}")
        serial += 1
        pupils.append(dict(upn=upn, forename=fore, surname=sur, preferred_forename=pref,
                           year_group=year, class_=CLASSES[year], social=social, web=web,
                           press=press, bio=bio))
    return pupils


def parse_posts(pupils):
    by_name = {}
    for p in pupils:
        by_name[f"{p['forename']} {p['surname']}"] = p["upn"]
    src = ""
    for f in sorted(HERE.glob("posts_0*.txt")):
        src += f.read_text(encoding="utf-8").rstrip("\n") + "\n"
    blocks = re.split(r"^### ", src, flags=re.M)[1:]
    posts = []
    for n, block in enumerate(blocks, 1):
        head, _, body = block.partition("\n")
        parts = [x.strip() for x in head.split("|")]
        category, photo, account = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
        tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
        body = body.strip("\n")
        body = re.sub(r"\{UPN:([^}]+)\}", lambda m: by_name[m.group(1)], body)
        body = re.sub(r"\{UPNSP:([^}]+)\}", lambda m: " ".join(
            [by_name[m.group(1)][:4], by_name[m.group(1)][4:8], by_name[m.group(1)][8:]]), body)
        for k, v in ESC.items():
            body = body.replace(k, v)
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, flags=re.S):
            text += body[pos:m.start()]
            kind = KINDS[m.group(1)]
            start = len(text)
            text += m.group(2)
            labels.append((kind, m.group(2), start))
            pos = m.end()
        text += body[pos:]
        if "[[" in text or "]]" in text:
            sys.exit(f"post {n}: unclosed label markup")
        expected = []
        for kind, t, start in labels:
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            else:
                rule = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
                        "email": "text.contact_details", "phone": "text.contact_details",
                        "address": "text.contact_details", "dob": "text.date_of_birth"}.get(
                    kind, "text.pupil_record")
            expected.append({"rule": rule, "text": t, "kind": kind, "_start": start})
        worst = None
        for e in expected:
            s = SEV[account].get(e["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        auto = []
        if not expected:
            auto.append("clean")
        if photo:
            auto.append("photo")
        if account == "personal":
            auto.append("personal")
        kinds = []
        for e in expected:
            k = e["kind"].replace("_", "-")
            if k not in kinds:
                kinds.append(k)
        alltags = []
        for t in auto + kinds + tags:
            if t not in alltags:
                alltags.append(t)
        posts.append(dict(id=f"z83-{n:03d}", category=category, account=account, photo=photo,
                          text=text, expected=expected, verdict=verdict, tags=alltags))
    return posts


def write_register(pupils, posts):
    named_in_photo = set()
    for p in posts:
        if p["photo"]:
            for e in p["expected"]:
                if e["kind"] in ("forename", "full_name"):
                    named_in_photo.add(e["pupil"])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for p in pupils:
        key = f"{p['forename']} {p['surname']}"
        nwp = "no" if (key in named_in_photo or p["social"] == "no" or p["press"] == "no") else "yes"
        w.writerow([p["upn"], p["forename"], p["surname"], p["preferred_forename"], p["year_group"],
                    p["class_"], p["social"], p["web"], p["press"], nwp, p["bio"]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for s in STAFF:
        w.writerow(s)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")


def main():
    pupils = load_pupils()
    posts = parse_posts(pupils)
    # which pupil each name label refers to (for the photo-consent column and the checker)
    from names import resolve
    for p in posts:
        for e in p["expected"]:
            if e["kind"] in ("forename", "full_name"):
                e["pupil"] = resolve(e["text"], pupils, p)
    write_register(pupils, posts)
    with (OUT / "posts.jsonl").open("w", encoding="utf-8") as fh:
        for p in posts:
            out = dict(p)
            out["expected"] = [{"rule": e["rule"], "text": e["text"], "kind": e["kind"]}
                               for e in p["expected"]]
            fh.write(json.dumps(out, ensure_ascii=True) + "\n")
    # side file for the checker: label start offsets and resolved pupils
    side = [{"id": p["id"], "labels": [{"start": e["_start"], "text": e["text"],
                                          "pupil": e.get("pupil")} for e in p["expected"]]}
            for p in posts]
    (HERE / "label_spans.json").write_text(json.dumps(side, ensure_ascii=False, indent=0),
                                           encoding="utf-8")
    print(f"{len(posts)} posts, {len(pupils)} pupils")


if __name__ == "__main__":
    main()
