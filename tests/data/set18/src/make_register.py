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
 ("ST01", "Mrs", "Fiona", "Urquhart", "Head Teacher", "yes", "yes"),
 ("ST02", "Mr", "Donald", "MacRae", "Depute Head Teacher, Child Protection Co-ordinator", "yes", "yes"),
 ("ST03", "Ms", "Catriona", "Munro", "Principal Teacher Guidance (Pupil Support)", "yes", "yes"),
 ("ST04", "Mrs", "Anna", "MacLeod", "Principal Teacher Gaelic-medium Education", "yes", "yes"),
 ("ST05", "Mr", "Seumas", "Grant", "Hostel Warden", "yes", "no"),
 ("ST06", "Miss", "Olena", "Kovalenko", "EAL teacher (Ukrainian and Russian)", "yes", "yes"),
 ("ST07", "Mr", "Ewan", "Chisholm", "PE teacher and shinty coach", "yes", "yes"),
 ("ST08", "Mrs", "Shona", "Mackintosh", "Principal Teacher ASN", "yes", "no"),
 ("ST09", "Mr", "Alasdair", "Fraser", "Teacher of Music, Mòd choir", "yes", "yes"),
 ("ST10", "Mrs", "Agata", "Nowak", "Home-school link worker", "yes", "no"),
 ("ST11", "Ms", "Lorna", "Ross", "Depute Head Teacher (Senior Phase)", "yes", "yes"),
 ("ST12", "Mr", "Kenny", "Matheson", "Janitor / facilities", "yes", "no"),
 ("ST13", "Mrs", "Heather", "Bain", "Office manager and attendance", "yes", "no"),
 ("ST14", "Mr", "Hamish", "Dunbar", "Pupil Support teacher S1-S3", "no", "no"),
 ("ST15", "Dr", "Mairi", "Gillies", "Teacher of Biology, DYW co-ordinator", "yes", "yes"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Ardmore Academy / Acadamaidh na h-Àird Mhòir", "address": "Druim Uaine Road, Inverness",
           "postcode": "IV2 7QX", "phone": "01463 496 120", "email": "ardmore.academy@highland.example.org",
           "website": "www.ardmoreacademy.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
