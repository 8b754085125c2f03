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
 ("ST01", "Mr", "Gareth", "Hamill", "Principal", "yes", "yes"),
 ("ST02", "Mrs", "Orla", "McKibben", "Vice-Principal and Designated Teacher for Child Protection", "yes", "yes"),
 ("ST03", "Mrs", "Aisling", "Quinn", "SENCo, head of the Learning Support Centre", "yes", "no"),
 ("ST04", "Mr", "Dara", "Magee", "Head of Year 8, Deputy Designated Teacher", "yes", "yes"),
 ("ST05", "Miss", "Niamh", "Cunningham", "Head of Sixth Form", "yes", "yes"),
 ("ST06", "Mr", "Stephen", "Crothers", "PE teacher, rugby and Gaelic coach", "yes", "yes"),
 ("ST07", "Mrs", "Lorraine", "Patterson", "Head of Year 11", "yes", "no"),
 ("ST08", "Mr", "Ciaran", "Doran", "History teacher, Head of Year 12, Good Relations coordinator", "yes", "yes"),
 ("ST09", "Ms", "Agata", "Nowak", "EAL coordinator", "yes", "yes"),
 ("ST10", "Mrs", "Heather", "McVeigh", "Family liaison officer (Traveller and newcomer families)", "yes", "no"),
 ("ST11", "Mr", "Ryan", "Kerr", "English teacher", "no", "no"),
 ("ST12", "Mrs", "Joanne", "Brennan", "Attendance officer", "yes", "no"),
 ("ST13", "Mr", "Billy", "Gordon", "Caretaker", "yes", "no"),
 ("ST14", "Dr", "Ruth", "Agnew", "Head of Science", "yes", "yes"),
 ("ST15", "Mrs", "Siobhan", "Rice", "Classroom assistant, Learning Support Centre", "yes", "yes"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Lecale Integrated College", "address": "Quoile Brae, Downpatrick, Co. Down",
           "postcode": "BT30 6QX", "phone": "028 4461 7720", "email": "office@lecaleic.example.org",
           "website": "www.lecaleic.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
