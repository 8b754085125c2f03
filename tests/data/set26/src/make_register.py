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
 ("ST01", "Ms", "Rachel", "Penrose", "Headteacher", "yes", "yes"),
 ("ST02", "Mr", "Dev", "Sharma", "Deputy Headteacher and Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Mrs", "Kate", "Ashdown", "Hospital Teaching Lead (primary), deputy DSL", "yes", "yes"),
 ("ST04", "Mr", "Tom", "Vowles", "Hospital teacher (secondary science and maths)", "yes", "no"),
 ("ST05", "Dr", "Miriam", "Hale", "Head of Cabot Base (mental-health teaching base), deputy DSL", "yes", "yes"),
 ("ST06", "Ms", "Abi", "Lyle", "Home Tuition Coordinator", "yes", "yes"),
 ("ST07", "Mr", "Gareth", "Pugh", "Home tutor (maths and science)", "no", "no"),
 ("ST08", "Mrs", "Sunita", "Bains", "Home tutor (English and humanities)", "yes", "yes"),
 ("ST09", "Ms", "Carys", "Jenkins", "SENCO", "yes", "yes"),
 ("ST10", "Mr", "Liam", "Doyle", "Learning mentor, Cabot Base", "yes", "yes"),
 ("ST11", "Mrs", "Pat", "Goodfield", "Office and admissions manager", "yes", "no"),
 ("ST12", "Miss", "Ellie", "Brooks", "Teaching assistant, hospital classroom", "yes", "yes"),
 ("ST13", "Mr", "Femi", "Adebayo", "Art teacher, Cabot Base", "yes", "yes"),
 ("ST14", "Mrs", "Jo", "Tripp", "Attendance and reintegration officer (dual-registration liaison)", "yes", "no"),
 ("ST15", "Mr", "Owen", "Marsh", "Post-16 and careers lead", "yes", "yes"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Brunel Bridge Hospital & Home Education Service", "address": "Unit 4, Ropewalk House, Cumberland Wharf, Bristol",
           "postcode": "BS98 4QZ", "phone": "0117 496 0347", "email": "office@brunelbridge-hhes.example.org",
           "website": "www.brunelbridge-hhes.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
