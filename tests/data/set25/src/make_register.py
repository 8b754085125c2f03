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
 ("ST01", "Mrs", "Karen", "Whitworth", "Headteacher", "yes", "yes"),
 ("ST02", "Mr", "Gareth", "Pinchbeck", "Deputy Headteacher and Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Mrs", "Agnieszka", "Nowak", "EAL and Family Liaison Officer, deputy DSL", "yes", "yes"),
 ("ST04", "Ms", "Rasa", "Vaitkienė", "Bilingual teaching assistant (Lithuanian/Russian)", "yes", "no"),
 ("ST05", "Mrs", "Sarah", "Frampton", "SENCO", "yes", "yes"),
 ("ST06", "Mr", "Matt", "Greaves", "Year 6 teacher (Swifts)", "yes", "yes"),
 ("ST07", "Mrs", "Mihaela", "Popescu", "Bilingual teaching assistant (Romanian)", "yes", "yes"),
 ("ST08", "Miss", "Chloe", "Dunmore", "Nursery lead (Little Owls)", "yes", "yes"),
 ("ST09", "Mr", "Tomasz", "Wójcik", "PE and sports coach", "yes", "yes"),
 ("ST10", "Mrs", "Julie", "Ward", "Office manager", "yes", "no"),
 ("ST11", "Mr", "Kevin", "Leake", "Site manager", "no", "no"),
 ("ST12", "Ms", "Ilze", "Ozola", "Bilingual teaching assistant (Latvian)", "yes", "yes"),
 ("ST13", "Mrs", "Dawn", "Sutterton", "Attendance officer", "yes", "no"),
 ("ST14", "Mr", "Emil", "Hristov", "Learning mentor (Bulgarian-speaking)", "yes", "yes"),
 ("ST15", "Mrs", "Helen", "Fosdyke", "Reception teacher (Ladybirds), EYFS lead", "yes", "yes"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Witham Fen Community Primary School and Nursery", "address": "Fenhouse Drove, Skirbeck Quarter, Boston, Lincolnshire",
           "postcode": "PX21 8QW", "phone": "01205 960 418", "email": "office@withamfen-boston.example.org",
           "website": "www.withamfen-boston.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
