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
 ("ST01", "Mr", "Gurinder", "Bhogal", "Headteacher", "yes", "yes"),
 ("ST02", "Mrs", "Rupinder", "Kaur", "Deputy Headteacher and Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Mrs", "Neelam", "Mehta", "SENCO", "yes", "no"),
 ("ST04", "Mr", "Amrik", "Singh", "Head of PE", "yes", "yes"),
 ("ST05", "Mr", "Jas", "Dhillon", "PE teacher and DofE coordinator (runs the PE Instagram)", "yes", "yes"),
 ("ST06", "Mrs", "Harjit", "Gill", "Head of Year 7", "yes", "yes"),
 ("ST07", "Mr", "Tom", "Whitaker", "Head of Years 8 and 9", "yes", "no"),
 ("ST08", "Ms", "Kiran", "Sidhu", "Head of Year 10", "yes", "yes"),
 ("ST09", "Mr", "Imran", "Qureshi", "Head of Year 11, deputy DSL", "yes", "yes"),
 ("ST10", "Dr", "Priya", "Sharma", "Head of Sixth Form, deputy DSL", "yes", "yes"),
 ("ST11", "Miss", "Katarzyna", "Nowak", "EAL coordinator", "yes", "no"),
 ("ST12", "Mrs", "Fadumo", "Hassan", "Family liaison officer", "yes", "yes"),
 ("ST13", "Mr", "Manjit", "Sandhu", "Sikh Studies and Punjabi teacher, gurdwara link", "yes", "yes"),
 ("ST14", "Miss", "Simran", "Bains", "Music teacher (kirtan and tabla)", "no", "no"),
 ("ST15", "Mrs", "Carol", "Hughes", "Attendance officer", "yes", "no"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Sarbat Da Bhala Sikh Academy", "address": "Chalvey Meadow Road, Slough",
           "postcode": "SL1 9QZ", "phone": "01753 496 210", "email": "office@sarbatdabhala-slough.example.org",
           "website": "www.sarbatdabhala-slough.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
