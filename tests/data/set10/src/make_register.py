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
 ("FE01", "Mrs", "Helen", "Whitlam", "Executive Headteacher and Designated Safeguarding Lead (federation)", "yes", "yes"),
 ("FE02", "Mr", "Daniel", "Okafor", "Head of School, St Botolph's; Owls teacher (Y4-6)", "yes", "yes"),
 ("FE03", "Mrs", "Claire", "Kemp", "Head of School, St Guthlac's; Harriers teacher (Y5/6); deputy DSL", "yes", "no"),
 ("FE04", "Miss", "Sophie", "Cammack", "Kestrels teacher (Y2/3), St Botolph's", "yes", "yes"),
 ("FE05", "Mrs", "Agnieszka", "Nowak", "Wrens teacher (R/Y1), St Botolph's; EAL lead", "yes", "yes"),
 ("FE06", "Mr", "Will", "Harrison", "Reedlings teacher (Y3/4), St Guthlac's; PE lead", "yes", "yes"),
 ("FE07", "Mrs", "Becky", "Sandall", "Samphire teacher (R-Y2), St Guthlac's", "yes", "no"),
 ("FE08", "Mrs", "Joanne", "Pick", "SENDCo (federation)", "no", "no"),
 ("FE09", "Mrs", "Tracey", "Holmes", "Service Children's Champion and ELSA", "yes", "yes"),
 ("FE10", "Mr", "Lee", "Rawding", "HLTA and Forest School leader", "yes", "yes"),
 ("FE11", "Mrs", "Dawn", "Fisher", "Federation office manager", "yes", "no"),
 ("FE12", "Miss", "Gemma", "Lovell", "Teaching assistant and GRT family liaison", "yes", "no"),
 ("FE13", "Mr", "Keith", "Tunnard", "Site manager and minibus driver", "yes", "no"),
 ("FE14", "Mrs", "Ruth", "Ashby", "Cook, St Guthlac's", "yes", "no"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Fen Edge Church of England Federation (St Botolph's CE Primary, Hallgate Fen and St Guthlac's CE Primary, Sutterby Drove)",
           "address": "Church Lane, Hallgate Fen", "postcode": "PE0 6SB", "phone": "01632 960410",
           "email": "office@fenedgefederation.example.org", "website": "www.fenedgefederation.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
