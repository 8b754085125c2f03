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
 ("ST01", "Mr", "Daniel", "Whitmore", "Principal", "yes", "yes"),
 ("ST02", "Ms", "Manjit", "Kaur", "Vice Principal and Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Mrs", "Rekha", "Patel", "Head of Year 9", "yes", "yes"),
 ("ST04", "Mr", "Yusuf", "Hassan", "Head of Year 11, deputy DSL", "yes", "no"),
 ("ST05", "Miss", "Aleksandra", "Zając", "EAL and New Arrivals Coordinator", "yes", "yes"),
 ("ST06", "Mr", "Harry", "Thornton", "PE teacher and DofE manager", "yes", "yes"),
 ("ST07", "Mrs", "Priya", "Shah", "SENCO", "yes", "no"),
 ("ST08", "Dr", "Olumide", "Adeyemi", "Head of Sixth Form, deputy DSL", "yes", "yes"),
 ("ST09", "Mr", "Ciprian", "Matei", "Attendance officer and Romanian-speaking family liaison", "yes", "no"),
 ("ST10", "Mrs", "Hawa", "Jama", "Family support worker (Somali speaker)", "yes", "yes"),
 ("ST11", "Mrs", "Anita", "Fernandes", "Careers and work experience lead", "yes", "yes"),
 ("ST12", "Mr", "Tom", "Ashby", "Head of Geography, Attenborough house lead", "yes", "yes"),
 ("ST13", "Mrs", "Lorraine", "Bennett", "Exams officer", "no", "no"),
 ("ST14", "Mr", "Jaswinder", "Gill", "Head of Year 13", "yes", "yes"),
 ("ST15", "Miss", "Abbie", "Cartwright", "Head of Year 7 and young carers lead", "yes", "yes"),
 ("ST16", "Mr", "Kieran", "Doyle", "Site manager", "yes", "no"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Wycliffe Brook Academy and Sixth Form", "address": "Gleneagles Avenue, Rushey Mead, Leicester",
           "postcode": "LX4 7QT", "phone": "0116 496 0417", "email": "office@wycliffebrook-leicester.example.org",
           "website": "www.wycliffebrook-leicester.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
