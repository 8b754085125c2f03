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
 ("ST01", "Mr", "Anthony", "Gallagher", "Headteacher", "yes", "yes"),
 ("ST02", "Mrs", "Maria", "Corrigan", "Deputy Headteacher and Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Ms", "Ngozi", "Eze", "SENCO", "yes", "no"),
 ("ST04", "Mrs", "Joanne", "Kinsella", "Teacher of the Deaf, lead of the Enhanced Resource Provision", "yes", "yes"),
 ("ST05", "Miss", "Clare", "Rimmer", "Lay Chaplain", "yes", "yes"),
 ("ST06", "Mr", "Paul", "Kelly", "Head of Year 7, deputy DSL", "yes", "yes"),
 ("ST07", "Mr", "Sean", "Whitty", "Head of Year 10, history teacher, careers lead", "yes", "no"),
 ("ST08", "Dr", "Helen", "Rooney", "Head of Sixth Form, deputy DSL", "yes", "yes"),
 ("ST09", "Mr", "Danny", "Crosby", "PE teacher and DofE coordinator", "yes", "yes"),
 ("ST10", "Mrs", "Rowena", "Abad", "Communication support worker (BSL)", "yes", "no"),
 ("ST11", "Miss", "Agnieszka", "Wójcik", "EAL coordinator", "yes", "yes"),
 ("ST12", "Mr", "Will", "Hughes", "English teacher", "no", "no"),
 ("ST13", "Mrs", "Tracey", "Boland", "Attendance and data officer", "yes", "no"),
 ("ST14", "Mr", "Kevin", "Molyneux", "Site manager", "yes", "no"),
 ("ST15", "Mrs", "Siobhan", "Dunne", "Head of Year 11", "yes", "yes"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "St Bernadette's Catholic High School and Sixth Form", "address": "Mossway Lane, Netherfield Vale, Liverpool",
           "postcode": "LX11 3QZ", "phone": "0151 496 0230", "email": "office@stbernadettes-liverpool.example.org",
           "website": "www.stbernadettes-liverpool.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
