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
 ("ST01", "Mrs", "Lorraine", "Heslop", "Headteacher", "yes", "yes"),
 ("ST02", "Mr", "Gary", "Charlton", "Deputy Headteacher and Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Ms", "Shanaz", "Begum", "Family liaison officer, deputy DSL (Sylheti/Bengali speaker)", "yes", "no"),
 ("ST04", "Mrs", "Kerry", "Robson", "SENCO and assistant head", "yes", "yes"),
 ("ST05", "Mr", "Dean", "Armstrong", "Head of Care, residential (The Lodge)", "yes", "yes"),
 ("ST06", "Miss", "Jade", "Foster", "Post-16 (Pathways) lead, supported internships", "yes", "yes"),
 ("ST07", "Mrs", "Claire", "Milburn", "Speech and language therapist", "yes", "no"),
 ("ST08", "Mr", "Tomasz", "Nowak", "Occupational therapist", "yes", "yes"),
 ("ST09", "Ms", "Ruth", "Shotton", "Physiotherapist", "yes", "yes"),
 ("ST10", "Mr", "Callum", "Dodds", "Music therapist", "yes", "yes"),
 ("ST11", "Mrs", "Bev", "Hutchinson", "Outreach team lead", "yes", "no"),
 ("ST12", "Mr", "Stephen", "Rutherford", "Farm and allotment lead", "yes", "yes"),
 ("ST13", "Mrs", "Angela", "Wake", "Transport and escorts coordinator", "yes", "no"),
 ("ST14", "Mr", "Faisal", "Uddin", "Class teacher (Penshaw), EAL lead", "yes", "yes"),
 ("ST15", "Miss", "Amy", "Lambton", "Class teacher (Puffins), Early Years lead", "yes", "yes"),
 ("ST16", "Mr", "Jack", "Gill", "Travel trainer and job coach", "no", "no"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Beacon Lea School", "address": "Haddon Lane, Grindon Vale, Sunderland",
           "postcode": "SX4 7QT", "phone": "0191 498 0200", "email": "office@beaconlea.example.org",
           "website": "www.beaconlea.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
