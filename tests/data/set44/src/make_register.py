"""Writes ../register_pupils.csv, ../register_staff.csv, ../school.json.
consent_name_with_photo = no for every pupil named (forename, preferred, full name or initials)
in a photo post of ../posts.jsonl; yes otherwise."""
import csv, json, unicodedata
from common import HERE, pupils, staff
from namecheck import pupils_in_label

OUT = HERE.parent
posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
in_photo = set()
for p in posts:
    if p["photo"]:
        for l in p["expected"]:
            if l["kind"] in ("full_name", "forename"):
                in_photo |= pupils_in_label(l["text"])
with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,consent_website,consent_press,consent_name_with_photo,biometric_consent".split(","))
    for p in pupils():
        yg = "Reception" if p["year"] == "R" else f"Year {p['year']}"
        w.writerow([p["upn"], p["forename"], p["surname"], p["preferred"], yg, p["cls"], p["social"], p["website"],
                    p["press"], "no" if p["upn"] in in_photo else "yes", p["bio"]])
with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow("staff_id,title,forename,surname,role,consent_photo,biometric_consent".split(","))
    for s in staff():
        w.writerow([s["sid"], s["title"], s["forename"], s["surname"], s["role"], s["photo"], s["bio"]])
school = {"name": "Cheam Fields Primary School", "address": "Fieldgate Lane, Cheam, Sutton",
          "postcode": "SX3 8PL", "phone": "020 7946 0418", "email": "office@cheamfields-primary.example",
          "website": "www.cheamfields-primary.example"}
(OUT / "school.json").write_text(json.dumps(school, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"pupils named in photo posts: {len(in_photo)}")
