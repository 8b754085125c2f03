"""pupils.txt + posts.jsonl -> register_pupils.csv, register_staff.csv, school.json"""
import csv, json
from common import HERE, load_pupils, resolve

CLASSES = {7: "7 Esk", 8: "8 Leven", 9: "9 Tees", 10: "10 Swale", 11: "11 Ure"}
NO_SOCIAL = {"Hope Dixon", "Kacey-Leigh Hall", "Darya Mohammadi"}  # named anyway, carelessly
NO_BIO = {"Robel Mehari", "Naveed Safi", "Merhawi Tekle", "Hope Dixon", "Ruby Pallister",
          "Kai Fenwick", "Soran Moradi", "Shilan Karimi"}
STAFF = [
    ("S01", "Mrs", "Joanne", "Bainbridge", "Headteacher", "yes", "yes"),
    ("S02", "Mr", "Steven", "Pearson", "Deputy Head and Designated Safeguarding Lead", "yes", "yes"),
    ("S03", "Ms", "Amina", "Yusuf", "EAL Coordinator and Deputy DSL", "yes", "yes"),
    ("S04", "Miss", "Rebecca", "Lowther", "Head of Year 11 and Deputy DSL", "yes", "yes"),
    ("S05", "Mr", "Dawit", "Tesfaye", "Bilingual Teaching Assistant (Tigrinya)", "yes", "no"),
    ("S06", "Mrs", "Lorraine", "Sowerby", "SENCO", "no", "no"),
    ("S07", "Mr", "Gary", "Robson", "Head of PE", "yes", "yes"),
    ("S08", "Ms", "Parisa", "Noorzai", "Bilingual Teaching Assistant (Dari/Pashto)", "no", "no"),
    ("S09", "Mr", "Jamie", "Kerr", "Teacher of English", "yes", "yes"),
    ("S10", "Mrs", "Michelle", "Teasdale", "Attendance Officer", "yes", "no"),
    ("S11", "Mr", "Hussein", "Ali", "Teacher of Maths", "yes", "yes"),
    ("S12", "Miss", "Hope", "Carter", "Teacher of Languages", "yes", "yes"),
    ("S13", "Mr", "Dean", "Fairley", "Site Manager", "no", "no"),
    ("S14", "Dr", "Sarah", "Whitfield", "Head of Science and Head of Year 9", "yes", "yes"),
    ("S15", "Ms", "Leanne", "Thompson", "Head of Year 7", "yes", "yes"),
]
SCHOOL = {"name": "North Ormesby Academy", "address": "Ormesby Beck Road, North Ormesby, Middlesbrough",
          "postcode": "TS3 9ZX", "phone": "01632 960410", "email": "office@northormesbyacademy.example",
          "website": "https://www.northormesbyacademy.example"}


def photo_named(pupils):
    named = set()
    for line in (HERE.parent / "posts.jsonl").read_text().splitlines():
        post = json.loads(line)
        if not post["photo"]:
            continue
        for l in post["expected"]:
            if l["kind"] in ("full_name", "forename"):
                for p in resolve(l["text"], l["kind"], pupils):
                    named.add(f'{p["forename"]} {p["surname"]}')
    return named


def main():
    pupils = load_pupils()
    named = photo_named(pupils)
    with open(HERE.parent / "register_pupils.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                    "consent_social_media", "consent_website", "consent_press",
                    "consent_name_with_photo", "biometric_consent"])
        for i, p in enumerate(pupils):
            full = f'{p["forename"]} {p["surname"]}'
            social = "no" if full in NO_SOCIAL else "yes"
            website = "no" if full in NO_SOCIAL or i % 17 == 5 else "yes"
            press = "no" if full in NO_SOCIAL or p["year"] >= 10 and i % 3 == 0 or i % 4 == 1 else "yes"
            nwp = "no" if full in named or social == "no" or i % 5 == 2 else "yes"
            bio = "no" if full in NO_BIO else "yes"
            w.writerow([p["upn"], p["forename"], p["surname"], p["preferred"], f'Year {p["year"]}',
                        CLASSES[p["year"]], social, website, press, nwp, bio])
    with open(HERE.parent / "register_staff.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo",
                    "biometric_consent"])
        w.writerows(STAFF)
    (HERE.parent / "school.json").write_text(json.dumps(SCHOOL, indent=2) + "\n")
    print(len(pupils), "pupils;", len(named), "named in photo posts")


if __name__ == "__main__":
    main()
