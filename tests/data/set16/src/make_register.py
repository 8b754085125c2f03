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
 ("ST01", "Mrs", "Denise", "Harlow", "Headteacher", "yes", "yes"),
 ("ST02", "Mr", "Gary", "Osei", "Deputy Headteacher and Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Ms", "Sita", "Gurung", "Teaching assistant and Nepali-speaking family liaison", "yes", "no"),
 ("ST04", "Mr", "Dean", "Cooper", "PE and boxing coach", "yes", "yes"),
 ("ST05", "Mr", "Josh", "Fielding", "Construction tutor (CSCS / multi-skills)", "yes", "yes"),
 ("ST06", "Mrs", "Karen", "Lee", "Primary outreach base lead", "yes", "yes"),
 ("ST07", "Ms", "Agata", "Nowak", "SENCO", "yes", "no"),
 ("ST08", "Mr", "Tom", "Ashdown", "English teacher and reading lead", "no", "no"),
 ("ST09", "Miss", "Chantelle", "Marsh", "Hair and beauty tutor", "yes", "yes"),
 ("ST10", "Mr", "Ryan", "Kemp", "Attendance and family support worker", "yes", "no"),
 ("ST11", "Mrs", "Halima", "Yusuf", "Pastoral lead, deputy DSL", "yes", "yes"),
 ("ST12", "Mr", "Olu", "Adeyemi", "Learning mentor", "yes", "yes"),
 ("ST13", "Mrs", "Bev", "Tanner", "Office manager and data officer", "yes", "no"),
 ("ST14", "Mr", "Steve", "Rudd", "Site manager and minibus driver", "yes", "no"),
 ("ST15", "Ms", "Rasa", "Vaitkienė", "Careers adviser and EAL support", "yes", "yes"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Medway Reach Academy (alternative provision)", "address": "Wharfside Lane, Chatham",
           "postcode": "ME4 9XQ", "phone": "01632 960274", "email": "office@medwayreach.example.org",
           "website": "www.medwayreach.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
