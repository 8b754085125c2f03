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
 ("ST01", "Mrs", "Nasreen", "Qureshi", "Chief Executive Officer, Worth and Aire Schools Trust", "yes", "yes"),
 ("ST02", "Mr", "Jonathan", "Pickles", "Headteacher, Thornbury Vale Academy", "yes", "yes"),
 ("ST03", "Mrs", "Shazia", "Hussain", "Trust Director of Safeguarding (trust DSL lead)", "yes", "no"),
 ("ST04", "Miss", "Bethany", "Clegg", "Class teacher, Heron (Year 2), Cliffe Bank", "yes", "yes"),
 ("ST05", "Mr", "Imran", "Akhtar", "Head of Year 8 and deputy DSL, Thornbury Vale Academy", "yes", "yes"),
 ("ST06", "Mrs", "Lenka", "Dudová", "Roma community liaison officer (trust)", "yes", "no"),
 ("ST07", "Ms", "Gemma", "Sutcliffe", "Headteacher, Greenhill Brook Nursery School", "yes", "yes"),
 ("ST08", "Mr", "Zubair", "Mahmood", "PE teacher and cricket coach, Thornbury Vale Academy", "yes", "yes"),
 ("ST09", "Mrs", "Farzana", "Begum", "SENCO, Heaton Rise Primary Academy", "yes", "yes"),
 ("ST10", "Mr", "Darren", "Holdsworth", "Site manager, Cliffe Bank Primary Academy", "yes", "no"),
 ("ST11", "Mrs", "Rukhsana", "Bibi", "Attendance officer, Heaton Rise Primary Academy", "yes", "no"),
 ("ST12", "Mr", "Kamran", "Ali", "Family support worker (trust)", "yes", "yes"),
 ("ST13", "Mrs", "Karolina", "Nowak", "EAL teaching assistant, Cliffe Bank Primary Academy", "yes", "yes"),
 ("ST14", "Miss", "Chloe", "Feather", "Head of Year 11 and deputy DSL, Thornbury Vale Academy", "yes", "yes"),
 ("ST15", "Mr", "Sajid", "Rafiq", "Headteacher, Heaton Rise Primary Academy", "yes", "yes"),
 ("ST16", "Mrs", "Joanne", "Whitaker", "Headteacher and DSL, Cliffe Bank Primary Academy", "yes", "yes"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Worth and Aire Schools Trust", "address": "Canal Wharf House, Aireside Road, Thornbury Vale, Bradford",
           "postcode": "BX3 7QT", "phone": "01632 960400", "email": "hello@worthaire.example.org.uk",
           "website": "www.worthaire.example.org.uk"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
