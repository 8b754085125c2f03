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
 ("ST01", "Mr", "Rupert", "Ashdown", "Headmaster", "yes", "yes"),
 ("ST02", "Mrs", "Camilla", "Ashdown", "Head of Boarding and houseparent", "yes", "yes"),
 ("ST03", "Mrs", "Fiona", "Strachan", "Deputy Head (Pastoral) and Designated Safeguarding Lead", "yes", "yes"),
 ("ST04", "Mr", "Giles", "Penhaligon", "Bursar", "no", "no"),
 ("ST05", "Mrs", "Janet", "Pryce", "Matron (school nurse), deputy DSL", "yes", "yes"),
 ("ST06", "Mr", "Tom", "Kemble", "Director of Sport", "yes", "yes"),
 ("ST07", "Dr", "Anna", "Whitcombe", "Head of Learning Support (SENCo)", "yes", "no"),
 ("ST08", "Revd", "Simon", "Hale", "Chaplain and Head of RS", "yes", "yes"),
 ("ST09", "Miss", "Lucy", "Fenwick", "Head of Pre-Prep", "yes", "yes"),
 ("ST10", "Mr", "Benedict", "Hart", "Director of Music", "yes", "yes"),
 ("ST11", "Mrs", "Sally", "Dunmore", "Equestrian manager", "yes", "no"),
 ("ST12", "Miss", "Hannah", "Holt", "Form tutor 5H, English", "yes", "yes"),
 ("ST13", "Miss", "Georgie", "Pelham", "Head of Girls' Games", "yes", "yes"),
 ("ST14", "Mrs", "Olena", "Marchenko", "EAL teacher", "yes", "no"),
 ("ST15", "Mrs", "Kate", "Lacey", "Marketing and communications manager", "yes", "yes"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Ashcombe Manor Preparatory School", "address": "Ashcombe Manor, Little Windrush, Burford, Oxfordshire",
           "postcode": "OX18 4QZ", "phone": "01993 496 210", "email": "office@ashcombemanor.example.org",
           "website": "www.ashcombemanor.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
