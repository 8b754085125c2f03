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
 ("ST01", "Mr", "Declan", "Hennessy", "Headteacher", "yes", "yes"),
 ("ST02", "Mrs", "Gráinne", "Morrissey", "Deputy Headteacher and Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Ms", "Rukhsana", "Akhtar", "SENCO", "yes", "no"),
 ("ST04", "Mr", "Tyrone", "Campbell", "Head of PE", "yes", "yes"),
 ("ST05", "Miss", "Hollie", "Price", "PE teacher and girls' football coach", "yes", "yes"),
 ("ST06", "Mrs", "Magdalena", "Nowak", "EAL and new arrivals coordinator", "yes", "yes"),
 ("ST07", "Mr", "Tomás", "Ryan", "Lay Chaplain", "yes", "yes"),
 ("ST08", "Mr", "Imran", "Hussain", "Head of Year 11, deputy DSL", "yes", "yes"),
 ("ST09", "Mrs", "Shazia", "Begum", "Attendance officer", "yes", "no"),
 ("ST10", "Mrs", "Halima", "Abdi", "Family liaison officer (Somali, Arabic)", "yes", "no"),
 ("ST11", "Miss", "Kerry-Ann", "Francis", "Head of Year 7", "yes", "yes"),
 ("ST12", "Mr", "Duc", "Tran", "Science teacher", "no", "no"),
 ("ST13", "Mr", "Gary", "Doyle", "Site manager", "yes", "no"),
 ("ST14", "Mrs", "Siobhan", "Keane", "Food technology teacher, food bank link", "yes", "yes"),
 ("ST15", "Mr", "Olu", "Adebayo", "Head of Music", "yes", "yes"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Our Lady of Fatima Catholic School", "address": "Larchmere Road, Sparkbrook, Birmingham",
           "postcode": "BX11 4QZ", "phone": "0121 496 0517", "email": "office@olfatima-bham.example.org",
           "website": "www.olfatima-bham.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
