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
 ("ST01", "Mrs", "Nirmala", "Sivakumar", "Headteacher", "yes", "yes"),
 ("ST02", "Mr", "Declan", "Brennan", "Deputy Headteacher and Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Ms", "Hodan", "Warsame", "Assistant Headteacher and SENCO", "yes", "no"),
 ("ST04", "Mrs", "Hetal", "Patel", "Early Years lead and Nursery teacher", "yes", "yes"),
 ("ST05", "Miss", "Ana", "Popescu", "Year 3 teacher and EAL lead", "yes", "yes"),
 ("ST06", "Mr", "Ciarán", "Murphy", "Year 6 teacher and PE lead", "yes", "yes"),
 ("ST07", "Mrs", "Joanna", "Nowak", "Family support worker and deputy DSL", "yes", "no"),
 ("ST08", "Ms", "Fernanda", "Costa", "Breakfast club lead and midday supervisor", "yes", "yes"),
 ("ST09", "Mr", "Rahim", "Noori", "Teaching assistant (Dari and Pashto)", "yes", "no"),
 ("ST10", "Mrs", "Tharshini", "Ravichandran", "Year 2 teacher", "yes", "yes"),
 ("ST11", "Miss", "Sophie", "Clarke", "Year 5 teacher", "yes", "yes"),
 ("ST12", "Mr", "Sam", "Osei", "Year 1 teacher", "no", "no"),
 ("ST13", "Mrs", "Bernie", "Walsh", "School business manager", "yes", "no"),
 ("ST14", "Mr", "Dev", "Mistry", "Site manager", "yes", "no"),
 ("ST15", "Ms", "Kavitha", "Rajan", "Reception teacher", "yes", "yes"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Larkfield Park Community Primary School and Nursery", "address": "Larkfield Road, Wembley",
           "postcode": "HA9 6QZ", "phone": "020 7946 0318", "email": "office@larkfieldpark-brent.example.org",
           "website": "www.larkfieldpark-brent.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
