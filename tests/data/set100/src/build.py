"""Build set 100 (Bargate Fields Academy, Whitmore Reans, Wolverhampton) from its markup.

Writes ../posts.jsonl, ../register_pupils.csv, ../register_staff.csv, ../school.json.

Markup (src/posts_0N.txt):
    ### category | photo y/n | account o/p | tag, tag, ...
    text lines (kept as real line breaks; trailing blank lines dropped)
Inline labels: [[kind:text]] with kind one of
    fn full other email phone addr dob upn health circ
{UPN:Forename Surname} inserts that pupil's UPN, {UPNS:Forename Surname} the same spaced 1-3-4-2-3.
\\uXXXX escapes (zero-width space, nbsp, homoglyphs) are decoded before labels are read.

Run with /work/main/.venv/bin/python, PYTHONPATH unset.
"""

import csv
import io
import json
import re
import sys
from pathlib import Path

from clearpost.register import upn as upn_rules

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
SET = "z100"

SCHOOL = {
    "name": "Bargate Fields Academy",
    "address": "Tarrant Row, Whitmore Reans, Wolverhampton",
    "postcode": "WV77 2QN",
    "phone": "01632 960214",
    "email": "office@bargatefields.example.org",
    "website": "www.bargatefields.example.org",
}

FORMS = {7: "7 Kestrel", 8: "8 Heron", 9: "9 Merlin", 10: "10 Falcon", 11: "11 Osprey"}

# forename, surname, preferred, year, LA of first allocation, establishment, year digits,
# consent_social_media, consent_website, consent_press, biometric
PUPILS = [
    # Year 7
    ("Ekam", "Bhogal", "", 7, "336", "2041", "19", "yes", "yes", "yes", "yes"),
    ("Noor", "Kalsi", "", 7, "336", "2041", "19", "yes", "yes", "no", "yes"),
    ("Grace", "Lindo", "", 7, "336", "2107", "19", "yes", "yes", "yes", "yes"),
    ("Robel", "Habte", "", 7, "336", "2107", "21", "yes", "yes", "no", "no"),
    ("Amelia-Rose", "Jukes", "Millie", 7, "332", "2013", "19", "yes", "yes", "yes", "yes"),
    ("Maja", "Pawlak", "", 7, "336", "2041", "20", "yes", "yes", "yes", "yes"),
    ("Daria", "Ene", "", 7, "336", "2107", "22", "yes", "no", "no", "yes"),
    ("Summer", "Attwood", "", 7, "335", "2206", "19", "yes", "yes", "yes", "yes"),
    ("Arjan", "Gill", "", 7, "336", "2041", "19", "yes", "yes", "yes", "yes"),
    ("Hermon", "Berhane", "", 7, "336", "2107", "22", "yes", "yes", "no", "no"),
    ("Cody", "Tipton", "", 7, "333", "2118", "19", "yes", "yes", "yes", "yes"),
    ("Riley", "Bowater", "", 7, "336", "2041", "19", "no", "no", "no", "no"),
    # Year 8
    ("Gurleen", "Virdee", "", 8, "336", "2041", "18", "yes", "yes", "yes", "yes"),
    ("Levi", "Barrett", "", 8, "330", "2290", "18", "yes", "yes", "no", "yes"),
    ("Tiana", "Spence", "", 8, "336", "2107", "18", "yes", "yes", "yes", "yes"),
    ("Filip", "Król", "", 8, "336", "2041", "20", "yes", "yes", "no", "yes"),
    ("Larisa", "Neagu", "", 8, "336", "2107", "21", "yes", "yes", "no", "yes"),
    ("Natnael", "Mehari", "Nati", 8, "336", "2107", "22", "yes", "yes", "no", "no"),
    ("Frankie", "Worrall", "", 8, "332", "2013", "18", "yes", "yes", "yes", "yes"),
    ("Sienna", "Price", "", 8, "336", "2041", "18", "yes", "yes", "yes", "yes"),
    ("Fateh", "Singh", "", 8, "336", "2041", "18", "yes", "yes", "yes", "yes"),
    ("Shay", "O'Rourke", "", 8, "336", "2107", "18", "yes", "yes", "yes", "no"),
    ("Igor", "Kamiński", "", 8, "336", "2041", "21", "yes", "yes", "no", "yes"),
    ("Nia", "Chambers", "", 8, "330", "2290", "18", "yes", "yes", "yes", "yes"),
    # Year 9
    ("Navjot", "Kalsi", "", 9, "336", "2041", "17", "yes", "yes", "yes", "yes"),
    ("Zion", "Lindo", "", 9, "336", "2107", "17", "yes", "yes", "yes", "yes"),
    ("Precious", "Hylton", "", 9, "330", "2290", "17", "yes", "yes", "no", "yes"),
    ("Zuzanna", "Wróbel", "Zuza", 9, "336", "2041", "19", "yes", "yes", "yes", "yes"),
    ("Bianca", "Lazăr", "", 9, "336", "2107", "20", "yes", "yes", "no", "yes"),
    ("Selam", "Habte", "", 9, "336", "2107", "21", "yes", "yes", "no", "no"),
    ("Kai", "Jukes", "", 9, "332", "2013", "17", "yes", "yes", "yes", "yes"),
    ("Tyler", "Homer", "", 9, "336", "2041", "17", "yes", "yes", "yes", "yes"),
    ("Taranjit", "Sidhu", "Taran", 9, "336", "2041", "17", "yes", "yes", "yes", "yes"),
    ("Jaden", "Samuels", "", 9, "333", "2118", "17", "no", "no", "no", "no"),
    ("Ștefan", "Marin", "", 9, "336", "2107", "21", "yes", "yes", "no", "yes"),
    ("Harley", "Siviter", "", 9, "332", "2013", "17", "yes", "yes", "yes", "yes"),
    # Year 10
    ("Sukhdeep", "Gill", "Sukhi", 10, "336", "2041", "16", "yes", "yes", "yes", "yes"),
    ("Manpreet", "Kaur", "", 10, "336", "2041", "16", "yes", "yes", "yes", "yes"),
    ("Marley", "Dixon", "", 10, "336", "2107", "16", "yes", "yes", "yes", "yes"),
    ("Kemar", "Walters", "", 10, "330", "2290", "16", "yes", "yes", "no", "yes"),
    ("Mihai", "Tudor", "", 10, "336", "2107", "19", "yes", "yes", "no", "yes"),
    ("Ioana", "Sârbu", "", 10, "336", "2107", "20", "yes", "yes", "no", "yes"),
    ("Szymon", "Lewandowski", "", 10, "336", "2041", "17", "yes", "yes", "yes", "yes"),
    ("Eden", "Berhane", "", 10, "336", "2107", "22", "yes", "yes", "no", "no"),
    ("Rahwa", "Ghebreyesus", "", 10, "336", "2107", "21", "yes", "no", "no", "no"),
    ("Paige", "Fellows", "", 10, "336", "2041", "16", "yes", "yes", "yes", "yes"),
    ("Alfie", "Bissell", "", 10, "335", "2206", "16", "no", "yes", "no", "no"),
    ("Liberty", "Dudley", "", 10, "332", "2013", "16", "yes", "yes", "yes", "yes"),
    # Year 11
    ("Amrit", "Johal", "", 11, "336", "2041", "15", "yes", "yes", "yes", "yes"),
    ("Jaskaran", "Bains", "Jas", 11, "336", "2041", "15", "yes", "yes", "yes", "yes"),
    ("Harleen", "Dhaliwal", "", 11, "336", "2041", "15", "yes", "yes", "yes", "yes"),
    ("Andre", "Wright", "", 11, "333", "2118", "15", "yes", "yes", "yes", "yes"),
    ("Shantelle", "Bryan", "", 11, "336", "2107", "15", "yes", "yes", "no", "yes"),
    ("Florin", "Rusu", "", 11, "336", "2107", "18", "yes", "yes", "no", "yes"),
    ("Cristian", "Moldovan", "", 11, "336", "2107", "19", "yes", "yes", "no", "yes"),
    ("Vlad", "Oprea", "", 11, "336", "2107", "20", "yes", "yes", "no", "no"),
    ("Andrei", "Radu", "Andy", 11, "336", "2107", "18", "yes", "yes", "yes", "yes"),
    ("Kacper", "Mazur", "", 11, "336", "2041", "16", "yes", "yes", "yes", "yes"),
    ("Oliwia", "Dąbrowska", "", 11, "336", "2041", "16", "yes", "yes", "yes", "yes"),
    ("Awet", "Tesfamariam", "", 11, "336", "2107", "22", "yes", "yes", "no", "no"),
    ("Brooke", "Plant", "", 11, "332", "2013", "15", "yes", "yes", "yes", "yes"),
    ("Lacey", "Millward", "", 11, "335", "2206", "15", "yes", "yes", "yes", "yes"),
]

STAFF = [
    ("Mrs", "Rachel", "Whitehouse", "Headteacher", "yes"),
    ("Mr", "Sunil", "Bains", "Deputy Headteacher", "yes"),
    ("Ms", "Andrea", "Walters", "Designated Safeguarding Lead", "no"),
    ("Mrs", "Kulwinder", "Dhillon", "SENCo", "yes"),
    ("Mr", "Gareth", "Fellows", "Head of Year 7", "yes"),
    ("Miss", "Chloe", "Bradley", "Head of Year 10", "yes"),
    ("Mr", "Marlon", "Grant", "Head of PE", "yes"),
    ("Miss", "Grace", "Ellis", "Teacher of English", "yes"),
    ("Mr", "Yonas", "Tekeste", "EAL and Inclusion Mentor", "yes"),
    ("Mrs", "Julie", "Pritchard", "Attendance Officer", "no"),
    ("Mr", "Piotr", "Zieliński", "Teacher of Maths", "yes"),
    ("Ms", "Roxanne", "Clarke", "Teacher of Art", "yes"),
    ("Mrs", "Elena", "Dobre", "Family Liaison Officer", "yes"),
    ("Mrs", "Sharon", "Baggott", "Office Manager", "no"),
    ("Mr", "Dev", "Sahota", "Exams Officer", "yes"),
]

KINDS = {
    "fn": ("forename", None),
    "full": ("full_name", "text.pupil_full_name"),
    "other": ("other_person", "text.other_person"),
    "email": ("email", "text.contact_details"),
    "phone": ("phone", "text.contact_details"),
    "addr": ("address", "text.contact_details"),
    "dob": ("dob", "text.date_of_birth"),
    "upn": ("upn", "text.pupil_record"),
    "health": ("health", "text.pupil_record"),
    "circ": ("circumstance", "text.pupil_record"),
}
SEVERITY = {
    "official": {"text.pupil_forename": "info", "text.other_person": "warn"},
    "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"},
}
RANK = {"info": 0, "warn": 1, "block": 2}


def upns() -> dict:
    out = {}
    for serial, p in enumerate(PUPILS, 201):
        body = f"{p[4]}{p[5]}{p[6]}{serial:03d}"
        out[f"{p[0]} {p[1]}"] = upn_rules.check_letter(body) + body
    return out


def spaced(u: str) -> str:
    return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def verdict(account: str, labels: list) -> str:
    worst = None
    for lab in labels:
        sev = SEVERITY[account].get(lab["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


def parse(errors: list) -> list:
    table = upns()
    raw_posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        cur = None
        for line in f.read_text(encoding="utf-8").split("\n"):
            if line.startswith("### "):
                cur = {"head": line[4:], "lines": [], "file": f.name}
                raw_posts.append(cur)
            elif line.startswith("%%"):
                continue  # writer's comment
            elif cur is not None:
                cur["lines"].append(line)
    posts = []
    for n, rp in enumerate(raw_posts, 1):
        pid = f"{SET}-{n:03d}"
        head = [h.strip() for h in rp["head"].split("|")]
        if len(head) != 4:
            errors.append(f"{pid}: bad header {rp['head']!r}")
            continue
        category, photo, account, tags = head
        photo = {"y": True, "n": False}[photo]
        account = {"o": "official", "p": "personal"}[account]
        tags = [t.strip() for t in tags.split(",") if t.strip()]
        body = "\n".join(rp["lines"]).strip("\n")
        body = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), body)

        def put_upn(m):
            key = m.group(2)
            if key not in table:
                errors.append(f"{pid}: unknown pupil in UPN markup {key!r}")
                return "?"
            return spaced(table[key]) if m.group(1) == "UPNS" else table[key]

        body = re.sub(r"\{(UPNS?):([^}]+)\}", put_upn, body)
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, flags=re.S):
            text += body[pos : m.start()]
            kind_key, t = m.group(1), m.group(2)
            if kind_key not in KINDS:
                errors.append(f"{pid}: unknown kind {kind_key!r}")
                continue
            kind, rule = KINDS[kind_key]
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            labels.append({"rule": rule, "text": t, "kind": kind, "_start": len(text)})
            text += t
            pos = m.end()
        text += body[pos:]
        if "[[" in text or "]]" in text or "{UPN" in text:
            errors.append(f"{pid}: unparsed markup left in text")
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n in text")
        # nth label with the same text must be the nth occurrence of that text
        seen = {}
        for lab in labels:
            t = lab["text"]
            starts = [m.start() for m in re.finditer(re.escape(t), text)]
            k = seen.get(t, 0)
            seen[t] = k + 1
            if k >= len(starts) or starts[k] != lab["_start"]:
                errors.append(f"{pid}: label {t!r} is not occurrence #{k + 1} of its text")
            s, e = lab["_start"], lab["_start"] + len(t)
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errors.append(f"{pid}: label {t!r} not at word boundaries")
        expected = [{k: v for k, v in lab.items() if k != "_start"} for lab in labels]
        if not expected and "clean" not in tags:
            tags.append("clean")
        if expected and "clean" in tags:
            errors.append(f"{pid}: tagged clean but labelled")
        if account == "personal" and "personal" not in tags:
            tags.append("personal")
        if photo and "photo" not in tags:
            tags.append("photo")
        posts.append(
            {
                "id": pid,
                "category": category,
                "account": account,
                "photo": photo,
                "text": text,
                "expected": expected,
                "verdict": verdict(account, expected),
                "tags": tags,
            }
        )
    return posts


def named_in_photo(posts: list) -> set:
    """Pupils named in any form (forename, preferred, surname pair, initials) in a photo post."""
    fold = lambda s: "".join(
        c for c in __import__("unicodedata").normalize("NFKD", s) if not __import__("unicodedata").combining(c)
    ).casefold()
    hit = set()
    for p in posts:
        if not p["photo"]:
            continue
        low = fold(p["text"])
        labs = [fold(l["text"]) for l in p["expected"] if l["kind"] in ("forename", "full_name")]
        for row in PUPILS:
            names = {fold(row[0]), fold(row[0].split("-")[0])} | ({fold(row[2])} if row[2] else set())
            if any(n in lab for lab in labs for n in names) or fold(row[0]) + " " + fold(row[1]) in low:
                hit.add(f"{row[0]} {row[1]}")
            inits = (row[0][0] + "." + row[1][0] + ".").casefold()
            if any(inits in lab for lab in labs):
                hit.add(f"{row[0]} {row[1]}")
    return hit


def write_csvs(posts: list) -> None:
    table = upns()
    photo_named = named_in_photo(posts)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
            "upn", "forename", "surname", "preferred_forename", "year_group", "class",
            "consent_social_media", "consent_website", "consent_press",
            "consent_name_with_photo", "biometric_consent",
        ]
    )
    free = 0
    for row in PUPILS:
        key = f"{row[0]} {row[1]}"
        nwp = "no"
        if key not in photo_named and row[7] == "yes":
            free += 1
            nwp = "yes" if free % 3 == 1 else "no"
        w.writerow([table[key], row[0], row[1], row[2], row[3], FORMS[row[3]], row[7], row[8], row[9], nwp, row[10]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for s in STAFF:
        w.writerow(s)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> int:
    errors = []
    posts = parse(errors)
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts, want 220")
    with (OUT / "posts.jsonl").open("w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    write_csvs(posts)
    for e in errors:
        print("ERROR:", e)
    print(f"built {len(posts)} posts; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
