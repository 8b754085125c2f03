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
 ("ST01", "Mr", "Pádraig", "Mac Aoidh", "Príomhoide (Principal)", "yes", "yes"),
 ("ST02", "Mrs", "Gráinne", "Nic Giolla Easpaig", "Leas-phríomhoide (Vice-principal) and Designated Teacher for Child Protection", "yes", "yes"),
 ("ST03", "Ms", "Clíona", "Ní Bhaoill", "SENCo and Deputy Designated Teacher", "yes", "no"),
 ("ST04", "Miss", "Aoife", "Ní Dhónaill", "Rang 1 teacher", "yes", "yes"),
 ("ST05", "Mrs", "Máire", "Uí Cheallaigh", "Rang 2 teacher", "yes", "yes"),
 ("ST06", "Mrs", "Siobhán", "McCann", "Rang 3 teacher", "yes", "yes"),
 ("ST07", "Ms", "Laura", "Kennedy", "Rang 4 teacher, Communion class", "yes", "no"),
 ("ST08", "Mr", "Tomás", "Ó Murchú", "Rang 5 teacher, hurling and camogie coach", "yes", "yes"),
 ("ST09", "Mr", "Ciarán", "Ó Dochartaigh", "Rang 6 teacher, Gaelic football coach", "yes", "yes"),
 ("ST10", "Mr", "Rónán", "Mac Cormaic", "Rang 7 teacher, Confirmation and transfer lead", "yes", "yes"),
 ("ST11", "Ms", "Deirdre", "Devlin", "Stiúrthóir na Naíscoile (naíscoil leader)", "yes", "yes"),
 ("ST12", "Miss", "Niamh", "Quinn", "Cúntóir ranga (classroom assistant)", "yes", "no"),
 ("ST13", "Mrs", "Bernie", "McKenna", "Rúnaí (school secretary), attendance", "yes", "no"),
 ("ST14", "Mr", "Séamus", "Donnelly", "Airíoch (caretaker)", "no", "no"),
 ("ST15", "Mrs", "Úna", "Maguire", "Breakfast club and dinner supervisor", "yes", "no"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Gaelscoil Chnoc na Fuinseoige", "address": "Bóthar na Fuinseoige (Ashhill Road), Belfast",
           "postcode": "BT11 9QZ", "phone": "028 9649 6418", "email": "oifig@gaelscoilchnocnafuinseoige.example.org",
           "website": "www.gaelscoilchnocnafuinseoige.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
