"""Write ../register_pupils.csv, ../register_staff.csv, ../school.json."""
import csv, json, os
import build
photo_named = set(json.load(open("photo_named.json"))) if os.path.exists("photo_named.json") else set()
cols = ["upn", "forename", "surname", "preferred_forename", "year_group", "class", "consent_social_media",
        "consent_website", "consent_press", "consent_name_with_photo", "biometric_consent"]
with open("../register_pupils.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(cols)
    for p in build.PUPILS:
        nwp = "no" if p["upn"] in photo_named else ("yes" if p["social"] == "yes" else "no")
        w.writerow([p["upn"], p["forename"], p["surname"], p["preferred"], p["year"], p["cls"], p["social"],
                    p["website"], p["press"], nwp, p["bio"]])
STAFF = [
 ("ST01", "Mrs", "Philippa", "Ashdown", "Headteacher", "yes", "yes"),
 ("ST02", "Mr", "Dean", "Loveridge", "Deputy Headteacher and Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Mrs", "Kayleigh", "Wenban", "Teaching Assistant (runs the school Instagram)", "yes", "yes"),
 ("ST04", "Mrs", "Sandra", "Cooper", "Family Liaison Officer and Gypsy Roma Traveller link", "yes", "no"),
 ("ST05", "Ms", "Bernadette", "Ward", "SENCO and deputy DSL", "yes", "yes"),
 ("ST06", "Mr", "Tom", "Marden", "Goldings class teacher (Years 5-6)", "yes", "yes"),
 ("ST07", "Mrs", "Hayley", "Linton", "Bramley class teacher (Reception)", "yes", "yes"),
 ("ST08", "Mrs", "Wendy", "Smith", "Russet class teacher (Years 1-2)", "yes", "no"),
 ("ST09", "Mr", "Jack", "Price", "Fuggles class teacher (Years 3-4), PE lead", "yes", "yes"),
 ("ST10", "Mrs", "Lorraine", "Hughes", "School Business Manager", "yes", "no"),
 ("ST11", "Mr", "Colin", "Boakes", "Site Manager", "no", "no"),
 ("ST12", "Mrs", "Denise", "Ayres", "Cook", "yes", "no"),
 ("ST13", "Miss", "Amber", "Kemp", "Teaching Assistant", "yes", "yes"),
 ("ST14", "Mr", "Ravi", "Sandhu", "Sports coach", "yes", "yes"),
 ("ST15", "Mrs", "Nora", "Brennan", "Forest School leader and Teaching Assistant", "yes", "yes"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "St Mildred's Church of England Primary School", "address": "Oast Lane, Wenham Green, Maidstone, Kent",
           "postcode": "ME18 9QZ", "phone": "01632 960 214", "email": "office@stmildreds-wenham.example.org",
           "website": "www.stmildreds-wenham.example.org", "la_code": "886", "establishment": "3317",
           "social": {"facebook": "St Mildred's CE Primary Wenham Green", "instagram": "@stmildreds_wenham", "x": "@StMildredsWG"}},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
