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
 ("ST01", "Mrs", "Catherine", "Holroyd", "Headteacher", "yes", "yes"),
 ("ST02", "Mr", "Tom", "Ainsley", "Deputy Headteacher, Kestrels (Y5/6) teacher, Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Mrs", "Julie", "Metcalfe", "Teaching assistant, Curlews", "yes", "yes"),
 ("ST04", "Mrs", "Sushila", "Gurung", "EAL and family liaison teaching assistant (Nepali)", "yes", "no"),
 ("ST05", "Miss", "Ellie", "Brannigan", "Reception (Wrens) teacher, EYFS lead", "yes", "yes"),
 ("ST06", "Mr", "Jonathan", "Pearce", "Lapwings (Y1/2) teacher", "yes", "yes"),
 ("ST07", "Mrs", "Karen", "Lister", "Curlews (Y3/4) teacher", "yes", "no"),
 ("ST08", "Mrs", "Deborah", "Sayer", "SENCO, deputy DSL", "yes", "yes"),
 ("ST09", "Miss", "Grace", "Hebden", "HLTA, service children's champion", "yes", "yes"),
 ("ST10", "Mr", "Mesake", "Tikoisuva", "Sports coach", "yes", "no"),
 ("ST11", "Mrs", "Angela", "Robson", "School business manager", "no", "no"),
 ("ST12", "Mrs", "Hazel", "Kirkbride", "Midday supervisor", "yes", "no"),
 ("ST13", "Mr", "Phil", "Dent", "Site manager", "yes", "no"),
 ("ST14", "Mrs", "Lorraine", "Peacock", "ELSA, pastoral teaching assistant, deputy DSL", "yes", "yes"),
 ("ST15", "Mrs", "Janet", "Coverdale", "Cook", "yes", "no"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Skelgate Church of England Primary School", "address": "Moor Lane, Skelgate, Catterick Garrison, North Yorkshire",
           "postcode": "DX9 4QZ", "phone": "01632 960418", "email": "office@skelgate-primary.example.org",
           "website": "www.skelgate-primary.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
