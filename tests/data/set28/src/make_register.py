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
 ("ST01", "Mrs", "Rukhsana", "Iqbal", "Headteacher", "yes", "yes"),
 ("ST02", "Mr", "Imran", "Lunat", "Deputy Headteacher and Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Miss", "Sadia", "Patel", "SENCO", "yes", "no"),
 ("ST04", "Mrs", "Farhana", "Mulla", "Early Years lead (Nursery and Reception)", "yes", "yes"),
 ("ST05", "Mr", "Yusuf", "Bhayat", "Year 6 teacher and maths lead", "yes", "yes"),
 ("ST06", "Ms", "Hodan", "Warsame", "Family liaison officer and deputy DSL", "yes", "no"),
 ("ST07", "Mr", "Adam", "Hussain", "PE and sports lead", "yes", "yes"),
 ("ST08", "Mrs", "Asma", "Kara", "Year 2 teacher", "yes", "yes"),
 ("ST09", "Miss", "Khadija", "Ahmed", "Year 4 teacher and Islamic Studies lead", "yes", "yes"),
 ("ST10", "Mr", "Tariq", "Mahmood", "Site manager", "yes", "no"),
 ("ST11", "Mrs", "Nasreen", "Akhtar", "Office manager and attendance officer", "yes", "no"),
 ("ST12", "Miss", "Rania", "Haddad", "Arabic teacher and EAL support (Arabic)", "yes", "yes"),
 ("ST13", "Mr", "Daniel", "Hirst", "Year 5 teacher", "no", "no"),
 ("ST14", "Mrs", "Ruth", "Naylor", "Reception teacher", "yes", "yes"),
 ("ST15", "Mr", "Bilal", "Seedat", "Qur'an and Islamic Studies teacher (hafiz)", "yes", "no"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Al-Noor Primary School and Nursery", "address": "Vulcan Road, Savile Town, Dewsbury",
           "postcode": "WF12 9QN", "phone": "01924 496 210", "email": "office@alnoor-dewsbury.example.org",
           "website": "www.alnoor-dewsbury.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
