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
 ("ST01", "Mrs", "Karen", "Whitworth", "Owner and Nursery Manager", "yes", "yes"),
 ("ST02", "Ms", "Priya", "Sandhu", "Deputy Manager and Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Miss", "Jade", "Hollins", "Seedlings (baby room) leader", "yes", "yes"),
 ("ST04", "Miss", "Freya", "Kowalski", "Saplings (toddler room) leader", "yes", "no"),
 ("ST05", "Mrs", "Bernie", "O'Donnell", "Oak Tree pre-school lead, Early Years Teacher", "yes", "yes"),
 ("ST06", "Mr", "Tom", "Ashby", "Treehouse after-school and holiday club lead", "yes", "yes"),
 ("ST07", "Ms", "Sam", "Okoro", "SENCO and deputy DSL", "yes", "no"),
 ("ST08", "Miss", "Ellie", "Brennan", "Nursery practitioner (Saplings)", "yes", "yes"),
 ("ST09", "Mrs", "Lorraine", "Platt", "Nursery cook", "no", "no"),
 ("ST10", "Miss", "Chloe", "Fairclough", "Apprentice practitioner", "yes", "yes"),
 ("ST11", "Miss", "Hannah", "Dobson", "Nursery practitioner (Seedlings), key person", "yes", "yes"),
 ("ST12", "Mr", "Dev", "Mistry", "Nursery practitioner (Oak Tree), forest school lead", "yes", "yes"),
 ("ST13", "Mrs", "Julie", "Ashworth", "Nursery administrator (fees and funding)", "yes", "no"),
 ("ST14", "Miss", "Rosie", "Ng", "Nursery practitioner (Oak Tree)", "yes", "yes"),
 ("ST15", "Mr", "Gary", "Lomax", "Minibus driver and maintenance", "yes", "no"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Little Acorns Day Nursery & Pre-School", "address": "Larkhill House, 9 Hollybank Avenue, Didsbury, Manchester",
           "postcode": "M20 7QZ", "phone": "0161 496 0742", "email": "hello@littleacorns-didsbury.example.org",
           "website": "www.littleacorns-didsbury.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
