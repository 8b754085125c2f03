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
 ("ST01", "Dr", "Alison", "Whitfield", "Principal", "yes", "yes"),
 ("ST02", "Mr", "Darren", "Preston", "Vice Principal and Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Mrs", "Karen", "Dawson", "Head of Student Services, deputy DSL", "yes", "yes"),
 ("ST04", "Ms", "Rukhsana", "Begum", "Learning Support and SEND Manager", "yes", "no"),
 ("ST05", "Mr", "Steve", "Kemp", "Employer Engagement and Apprenticeships Coordinator", "yes", "yes"),
 ("ST06", "Ms", "Dilan", "Qadir", "ESOL Lead", "yes", "yes"),
 ("ST07", "Miss", "Jess", "Wainwright", "Students' Union and Enrichment Officer", "yes", "yes"),
 ("ST08", "Mr", "Tomasz", "Nowak", "Careers Adviser", "yes", "no"),
 ("ST09", "Mrs", "Lorraine", "Stather", "Pastoral Mentor, Looked After and Care Leavers lead", "yes", "yes"),
 ("ST10", "Mr", "Jamal", "Idris", "Pastoral Mentor, refugee and asylum-seeking students", "yes", "yes"),
 ("ST11", "Mrs", "Paula", "Hebblethwaite", "Attendance Officer", "yes", "no"),
 ("ST12", "Miss", "Natalie", "Cross", "Marketing and Communications Officer", "no", "no"),
 ("ST13", "Mr", "Craig", "Ellerby", "Sports Academy Lead", "yes", "yes"),
 ("ST14", "Mrs", "Sandra", "Okonjo", "Curriculum Lead, Health and Social Care", "yes", "yes"),
 ("ST15", "Mr", "Phil", "Garside", "Engineering Lecturer", "yes", "yes"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Tidewell Sixth Form College", "address": "Chandlers Way, Stoneferry Reach, Hull",
           "postcode": "HZ8 4QW", "phone": "01632 960482", "email": "hello@tidewell-college.example.ac.uk",
           "website": "www.tidewell-college.example.ac.uk"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
