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
 ("ST01", "Mrs", "Karen", "Whiteside", "Principal", "yes", "yes"),
 ("ST02", "Mr", "Lee", "Hargreaves", "Vice Principal and Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Ms", "Aisha", "Patel", "SENCO", "yes", "no"),
 ("ST04", "Mr", "Dean", "Dawson", "Head of Year 11, deputy DSL", "yes", "yes"),
 ("ST05", "Miss", "Courtney", "Towers", "PE teacher, girls' football", "yes", "yes"),
 ("ST06", "Mr", "Tony", "Brennan", "Learning mentor and boxing club coach", "yes", "no"),
 ("ST07", "Mrs", "Lorraine", "Cookson", "Attendance officer", "yes", "no"),
 ("ST08", "Mr", "Sam", "Kay", "Teacher of English", "no", "no"),
 ("ST09", "Mrs", "Beata", "Nowak", "EAL coordinator", "yes", "yes"),
 ("ST10", "Mr", "Rhys", "Ormerod", "Head of Year 7", "yes", "yes"),
 ("ST11", "Ms", "Nicola", "Shaw", "Family support worker, deputy DSL", "yes", "no"),
 ("ST12", "Mr", "Jordan", "Mercer", "Head of Year 9, teacher of history", "yes", "yes"),
 ("ST13", "Mrs", "Paula", "Singleton", "Office manager", "yes", "no"),
 ("ST14", "Mr", "Phil", "Atherton", "Site manager", "yes", "no"),
 ("ST15", "Miss", "Hannah", "Greenwood", "Careers lead and Head of Year 10", "yes", "yes"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Seagate Academy", "address": "Gorse Bank Lane, Marton Moss, Blackpool",
           "postcode": "FY9 4QZ", "phone": "01632 960 258", "email": "office@seagate-academy.example.org",
           "website": "www.seagate-academy.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
