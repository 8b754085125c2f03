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
 ("ST01", "Ms", "Hannah", "Levene", "Headteacher", "yes", "yes"),
 ("ST02", "Mrs", "Nilüfer", "Arslan", "Deputy Headteacher and Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Ms", "Funmilayo", "Adebayo", "Nursery teacher and Early Years lead (Acorns and Chestnuts)", "yes", "yes"),
 ("ST04", "Mr", "Tom", "Green", "Year 2 teacher (Swifts)", "yes", "yes"),
 ("ST05", "Mrs", "Sevim", "Kaya", "Bilingual teaching assistant (Turkish and Kurmanji)", "yes", "no"),
 ("ST06", "Ms", "Hoa", "Tran", "EAL lead and Year 1 teaching assistant", "yes", "yes"),
 ("ST07", "Mr", "Kwabena", "Asare", "Reception teacher (Kestrels)", "yes", "yes"),
 ("ST08", "Mrs", "Rukhsana", "Ali", "SENCO and deputy DSL", "yes", "no"),
 ("ST09", "Miss", "Rosie", "Hart", "Year 1 teacher (Herons)", "yes", "yes"),
 ("ST10", "Mr", "Dan", "Whitlock", "Site manager", "no", "no"),
 ("ST11", "Mrs", "Esther", "Gluck", "Family support worker and attendance officer", "yes", "no"),
 ("ST12", "Ms", "Gemma", "O'Neill", "School business manager", "yes", "yes"),
 ("ST13", "Mrs", "Joy", "Okonkwo", "Early years practitioner and lunchtime lead", "yes", "yes"),
 ("ST14", "Ms", "Linh", "Vu", "Early years practitioner (Acorns)", "yes", "yes"),
 ("ST15", "Mr", "Sam", "Fletcher", "Music and PE teacher", "yes", "yes"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Clissold Fields Infant and Nursery School", "address": "Sandbrook Row, Stoke Newington, London",
           "postcode": "N16 9QX", "phone": "020 7946 0418", "email": "office@clissoldfields.example.sch.uk",
           "website": "www.clissoldfields.example.sch.uk"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
