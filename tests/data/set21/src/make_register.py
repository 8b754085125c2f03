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
 ("ST01", "Mrs", "Helen", "Metcalfe", "Headteacher and Designated Safeguarding Lead", "yes", "yes"),
 ("ST02", "Mr", "James", "Alderson", "Deputy Headteacher, Kestrels (Y5/6) teacher, deputy DSL", "yes", "yes"),
 ("ST03", "Miss", "Rosie", "Thwaite", "Lapwings (Y1/2) class teacher", "yes", "yes"),
 ("ST04", "Mrs", "Kate", "Harker", "EYFS lead, Curlews (Reception) teacher", "yes", "no"),
 ("ST05", "Mrs", "Jenny", "Dinsdale", "Nursery lead (Acorns)", "yes", "yes"),
 ("ST06", "Mr", "Tom", "Raw", "Dippers (Y3/4) class teacher, Forest School leader", "yes", "yes"),
 ("ST07", "Mrs", "Sarah", "Kirkbride", "SENCO", "yes", "no"),
 ("ST08", "Mrs", "Anne", "Peacock", "School business manager (office)", "no", "no"),
 ("ST09", "Mrs", "Gill", "Iveson", "Teaching assistant and ELSA", "yes", "yes"),
 ("ST10", "Mr", "Dave", "Fawcett", "Caretaker and minibus driver", "yes", "no"),
 ("ST11", "Mrs", "Claire", "Hird", "Family support worker, deputy DSL, Forces champion", "yes", "yes"),
 ("ST12", "Mrs", "Lorraine", "Guy", "School cook", "yes", "no"),
 ("ST13", "Miss", "Megan", "Lambert", "Nursery practitioner", "yes", "yes"),
 ("ST14", "Mr", "Sam", "Wharton", "HLTA, PE and music", "yes", "yes"),
 ("ST15", "Revd", "Ruth", "Hebden", "Vicar of Hawbeck, foundation governor and school chaplain", "yes", "no"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "St Wilfrid's Church of England Primary and Nursery School, Hawbeck", "address": "Church Bank, Hawbeck, Wensleydale, North Yorkshire",
           "postcode": "DL8 9ZQ", "phone": "01632 960418", "email": "office@stwilfrids-hawbeck.example.org",
           "website": "www.stwilfrids-hawbeck.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
