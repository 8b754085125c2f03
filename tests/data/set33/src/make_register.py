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
 ("ST01", "Mrs", "Caroline", "Ashworth", "Headteacher", "yes", "yes"),
 ("ST02", "Mr", "Gareth", "Pengelly", "Deputy Head (Pastoral) and Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Mr", "Rob", "Tremayne", "Houseparent, Tavy House (boys' boarding)", "yes", "yes"),
 ("ST04", "Mrs", "Jo", "Tremayne", "Assistant Houseparent, Tavy House", "yes", "yes"),
 ("ST05", "Miss", "Bryony", "Clatworthy", "Houseparent, Meavy House (girls' boarding), deputy DSL", "yes", "no"),
 ("ST06", "Mrs", "Lesley", "Hext", "Senior Matron", "yes", "no"),
 ("ST07", "Mr", "Dai", "Morgan", "School Farm Manager", "yes", "yes"),
 ("ST08", "Mr", "Simon", "Frean", "CCF Contingent Commander (Sqn Ldr, RAF VR(T))", "yes", "yes"),
 ("ST09", "Mrs", "Kate", "Stanbury", "Head of Outdoor Education and Ten Tors manager", "yes", "yes"),
 ("ST10", "Dr", "Amelia", "Rowe", "Head of Sixth Form and Houseparent, Erme House", "yes", "yes"),
 ("ST11", "Ms", "Harriet", "Vosper", "SENCO", "yes", "no"),
 ("ST12", "Mr", "Kai", "Lam", "EAL and International Boarders Coordinator", "yes", "yes"),
 ("ST13", "Mrs", "Jenny", "Endacott", "Marketing and Communications Officer", "yes", "yes"),
 ("ST14", "Mrs", "Sian", "Coaker", "Service Children's Champion and Forces Liaison", "yes", "yes"),
 ("ST15", "Mr", "Rowan", "Pike", "Head of PE", "no", "no"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Lydcombe Moor School", "address": "Moorgate Road, Lydcombe, Tavistock, Devon",
           "postcode": "TX19 4QY", "phone": "01632 960418", "email": "office@lydcombemoor.example.org",
           "website": "www.lydcombemoor.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
