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
 ("ST01", "Mr", "Gwilym", "Pritchard", "Pennaeth / Headteacher", "yes", "yes"),
 ("ST02", "Mrs", "Eirlys", "Roberts", "Dirprwy Bennaeth a Pherson Dynodedig Diogelu / Deputy Head and DSL", "yes", "yes"),
 ("ST03", "Miss", "Catrin", "Hughes", "Cydlynydd ADY / ALNCo", "yes", "no"),
 ("ST04", "Mr", "Rhys", "Owen", "Athro Blwyddyn 5 a 6 (Dosbarth Tryfan)", "yes", "yes"),
 ("ST05", "Mrs", "Siân", "Williams", "Athrawes Derbyn (Dosbarth Robin Goch)", "yes", "yes"),
 ("ST06", "Mrs", "Nia", "Parry", "Athrawes Blwyddyn 3 a 4 (Dosbarth Cnicht)", "yes", "yes"),
 ("ST07", "Mr", "Dafydd", "Evans", "Athro Blwyddyn 1 a 2 (Dosbarth Moelwyn)", "yes", "no"),
 ("ST08", "Mrs", "Mair", "Thomas", "Cymhorthydd Meithrin / nursery assistant ('Anti Mair')", "yes", "yes"),
 ("ST09", "Mrs", "Bethan", "Lloyd", "Cymhorthydd dosbarth ac ELSA", "yes", "yes"),
 ("ST10", "Mr", "Iwan", "Jones", "Gofalwr / site manager", "no", "no"),
 ("ST11", "Mrs", "Ffion", "Davies", "Rheolwr Swyddfa / office manager", "yes", "no"),
 ("ST12", "Miss", "Lowri", "Morgan", "Athrawes Meithrin a chydlynydd yr Urdd", "yes", "yes"),
 ("ST13", "Mrs", "Heledd", "Jenkins", "Cogydd / cook", "yes", "no"),
 ("ST14", "Mr", "Aled", "Rowlands", "Hyfforddwr chwaraeon / sports coach", "yes", "yes"),
 ("ST15", "Mrs", "Glenys", "Parry", "Arweinydd y Cylch Meithrin ar y safle ('Anti Glenys')", "yes", "no"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Ysgol Gynradd Llwyn Eithin", "address": "Ffordd yr Ysgol, Pentre Eithin, Caernarfon, Gwynedd",
           "postcode": "LL55 9ZW", "phone": "01632 960214", "email": "swyddfa@ysgolllwyneithin.example.org",
           "website": "www.ysgolllwyneithin.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
