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
 ("ST01", "Mrs", "Deborah", "Lever", "Headteacher", "yes", "yes"),
 ("ST02", "Mr", "Jonathan", "Abrahams", "Deputy Headteacher and Designated Safeguarding Lead", "yes", "yes"),
 ("ST03", "Rabbi", "Yehoshua", "Halpern", "Head of Kodesh (Jewish Studies)", "yes", "no"),
 ("ST04", "Mrs", "Rivky", "Stern", "Kodesh teacher, Reception and Year 1 (called Morah Rivky)", "yes", "yes"),
 ("ST05", "Mrs", "Helen", "Marks", "SENCO", "yes", "yes"),
 ("ST06", "Miss", "Chloe", "Brennan", "Nursery teacher, EYFS lead", "yes", "yes"),
 ("ST07", "Mr", "Daniel", "Cohen", "Year 6 teacher, deputy DSL", "yes", "yes"),
 ("ST08", "Mrs", "Esther", "Shasha", "Ivrit (Modern Hebrew) teacher", "yes", "no"),
 ("ST09", "Mr", "Gary", "Pilling", "Site manager", "yes", "no"),
 ("ST10", "Mrs", "Miriam", "Dweck", "Office manager and attendance officer", "yes", "yes"),
 ("ST11", "Ms", "Sarah", "Kaye", "PE and sports coach", "yes", "yes"),
 ("ST12", "Mrs", "Tzipporah", "Weiss", "Teaching assistant and ELSA (called Mrs Tzippy Weiss)", "yes", "no"),
 ("ST13", "Mr", "Avi", "Gordon", "Year 4 teacher", "no", "no"),
 ("ST14", "Mrs", "Paula", "Hughes", "School business manager", "yes", "no"),
 ("ST15", "Mrs", "Naomi", "Levy", "Year 3 teacher", "yes", "yes"),
]
with open("../register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
json.dump({"name": "Etz Hadar Jewish Primary School", "address": "Hadar Way, Kersal Vale, Salford",
           "postcode": "MX7 4QJ", "phone": "0161 496 0817", "email": "office@etzhadar-salford.example.org",
           "website": "www.etzhadar-salford.example.org"},
          open("../school.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
