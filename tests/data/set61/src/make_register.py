"""Write ../register_pupils.csv, ../register_staff.csv, ../school.json.
consent_name_with_photo = no for every pupil named (any name label) in a photo post."""
import csv, json, sys, unicodedata
from pathlib import Path
from clearpost.register import upn as U

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
YEAR_ALLOC = {"Nursery": "24", "Reception": "23", "Year 1": "22", "Year 2": "21", "Year 3": "20",
              "Year 4": "19", "Year 5": "18", "Year 6": "17"}
NO_SOCIAL = {"Rupert Whitlock", "Nusrat Jahan"}
NO_PRESS = {"Noor Chowdhury", "Divine Reyes", "Zixuan Wu", "Yutong Lin", "Jiahao Lin", "Sadia Khatun",
            "Ruma Miah", "Ayaan Miah", "Andrei Villanueva", "Tyler Gerrard", "Kayden Gerrard",
            "Princess Mendoza", "Rafi Islam", "Hoi Ching Tsang"}
NO_BIO = {"Connor O'Shea", "Shapla Begum", "Sumaiya Begum", "Matteo Costa", "Bowen Huang", "Mahir Hussain"}

SCHOOL = {
    "name": "St Anne's Soho Parish Primary School",
    "address": "Kemble Yard, Dean Street, Soho, London",
    "postcode": "W1Z 5AN",
    "phone": "020 7946 0381",
    "email": "office@stannes-soho.example",
    "website": "https://www.stannes-soho.example",
}
STAFF = [
    ("ST01", "Mrs", "Philippa", "Grant", "Headteacher and Designated Safeguarding Lead", "yes", "yes"),
    ("ST02", "Mr", "Marco", "Rossi", "Deputy Headteacher, Year 6 teacher (Sayers)", "yes", "yes"),
    ("ST03", "Ms", "Helen", "Lau", "EAL lead (Cantonese and Mandarin)", "yes", "yes"),
    ("ST04", "Mrs", "Shirin", "Begum", "Family Liaison Officer (Bengali/Sylheti)", "yes", "no"),
    ("ST05", "Miss", "Jade", "Harrington", "Reception teacher (Kites)", "yes", "yes"),
    ("ST06", "Ms", "Maricel", "Santos", "Nursery practitioner", "yes", "yes"),
    ("ST07", "Mr", "Leon", "Chu", "Nursery teacher (Lanterns)", "yes", "yes"),
    ("ST08", "Mrs", "Lucia", "Bianchi", "Year 2 teacher (Mozart)", "yes", "yes"),
    ("ST09", "Mr", "Abdul", "Karim", "Year 1 teacher (Blake)", "yes", "yes"),
    ("ST10", "Miss", "Hannah", "Whitfield", "Year 3 teacher (Seacole)", "no", "no"),
    ("ST11", "Mr", "Owen", "Price", "Year 4 teacher (Canaletto) and PE lead", "yes", "yes"),
    ("ST12", "Mr", "Daniel", "Kemp", "Year 5 teacher (Snow)", "yes", "yes"),
    ("ST13", "Mrs", "Grace", "Fenwick", "SENCO", "yes", "yes"),
    ("ST14", "Mrs", "Anne", "Holloway", "School Business Manager", "yes", "no"),
    ("ST15", "Mr", "Vito", "Ferraro", "Site Manager", "yes", "yes"),
]


def pupils():
    rows = []
    lines = [l for l in (HERE / "pupils.txt").read_text(encoding="utf-8").splitlines()
             if l and not l.startswith("#")]
    for i, l in enumerate(lines):
        fn, sn, pref, yg, cls = l.split("|")
        body = "213" + "3611" + YEAR_ALLOC[yg] + f"{101 + i:03d}"
        rows.append({"upn": U.check_letter(body) + body, "forename": fn, "surname": sn,
                     "preferred_forename": pref, "year_group": yg, "class": cls})
    return rows


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def named_in_photo_posts(rows):
    named = set()
    path = OUT / "posts.jsonl"
    if not path.exists():
        return named
    for line in path.read_text(encoding="utf-8").splitlines():
        p = json.loads(line)
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] not in ("full_name", "forename"):
                continue
            t = fold(l["text"]).replace("\u200b", "")
            for r in rows:
                key = f"{r['forename']} {r['surname']}"
                names = [r["forename"], r["preferred_forename"]] if r["preferred_forename"] else [r["forename"]]
                inits = {fold(n)[0] + "." + fold(r["surname"])[0] + "." for n in names}
                words = set(t.replace("#", " ").replace("_", " ").replace(",", " ").split())
                if any(fold(n) in t for n in names if n) or fold(r["surname"]) in words or any(i in t.replace(" ", "") for i in inits):
                    named.add(key)
    return named


def main():
    rows = pupils()
    named = named_in_photo_posts(rows)
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                    "consent_social_media", "consent_website", "consent_press",
                    "consent_name_with_photo", "biometric_consent"])
        for r in rows:
            key = f"{r['forename']} {r['surname']}"
            yn = lambda b: "yes" if b else "no"
            w.writerow([r["upn"], r["forename"], r["surname"], r["preferred_forename"], r["year_group"],
                        r["class"], yn(key not in NO_SOCIAL), yn(key not in NO_SOCIAL),
                        yn(key not in NO_PRESS and key not in NO_SOCIAL), yn(key not in named),
                        yn(key not in NO_BIO)])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
        w.writerows(STAFF)
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(len(rows), "pupils;", len(named), "named in photo posts;", len(STAFF), "staff")


if __name__ == "__main__":
    main()
