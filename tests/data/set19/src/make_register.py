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
 ("ST01", "Mr", "Darren", "Ashworth", "Headteacher", "yes", "yes"),
 ("ST02", "Mrs", "Lisa", "Kenyon", "Deputy Headteacher and Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Miss", "Jade", "Whittle", "SENCO", "yes", "no"),
 ("ST04", "Mrs", "Bernadette", "Fairclough", "Family Support Worker, deputy DSL", "yes", "yes"),
 ("ST05", "Mr", "Craig", "Sumner", "Year 6 teacher and PE lead", "yes", "yes"),
 ("ST06", "Miss", "Harley", "Greenwood", "Teaching assistant (Year 1)", "yes", "yes"),
 ("ST07", "Mrs", "Krystyna", "Nowak", "EAL teaching assistant (Polish)", "yes", "no"),
 ("ST08", "Mrs", "Maricel", "Reyes", "Breakfast club lead and midday supervisor", "yes", "yes"),
 ("ST09", "Mr", "Shahid", "Miah", "Year 4 teacher", "yes", "yes"),
 ("ST10", "Mrs", "Dawn", "Birtwistle", "Attendance officer", "yes", "no"),
 ("ST11", "Mr", "Lee", "Cartmell", "Site manager", "yes", "no"),
 ("ST12", "Miss", "Amber", "Hartley", "Nursery teacher", "no", "no"),
 ("ST13", "Mrs", "Tina", "Dobson", "Office manager", "yes", "no"),
 ("ST14", "Mr", "Marek", "Gaži", "Roma community liaison teaching assistant", "yes", "yes"),
 ("ST15", "Miss", "Courtney", "Bamber", "Reception teacher and EYFS lead", "yes", "yes"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Marram Sands Community Primary School and Nursery", "address": "Cobble Row, South Shore Vale, Blackpool",
           "postcode": "FX4 2QJ", "phone": "01632 960418", "email": "office@marramsands.example.sch.uk",
           "website": "www.marramsands.example.sch.uk"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
