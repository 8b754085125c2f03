"""Write register_pupils.csv, register_staff.csv, school.json from pupils.txt / staff.txt.
UPN = DfE check letter + 371 (LA) + 7004 (fictional establishment) + 2-digit year + serial.
consent_name_with_photo = no for every pupil named in a photo post (read from posts.jsonl)."""
import csv, json, random, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from upn import upn_for, load_pupils
SRC = Path(__file__).parent; OUT = SRC.parent
SCHOOL = {
    "name": "Brinkhill School for Deaf Children",
    "address": "Brinkhill Lane, Warmsworth, Doncaster",
    "postcode": "DQ4 9ZB",
    "phone": "01632 960410",
    "email": "office@brinkhill-school.example.org",
    "website": "https://www.brinkhill-school.example.org",
}
def main():
    pupils = load_pupils()
    named_in_photo = set()
    posts = OUT / "posts.jsonl"
    if posts.exists():
        for line in posts.read_text(encoding="utf-8").splitlines():
            p = json.loads(line)
            if p["photo"]:
                named_in_photo.update(p.get("_pupils", []) or [])
    pinfo = json.loads((SRC / "photo_pupils.json").read_text()) if (SRC / "photo_pupils.json").exists() else []
    named_in_photo.update(pinfo)
    rnd = random.Random(37)
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,consent_website,consent_press,consent_name_with_photo,biometric_consent".split(","))
        for p in pupils:
            key = f"{p['forename']} {p['surname']}"
            sm = "no" if key in ("Rebaz Karim", "Hevi Karim", "Jade Hemingway") else "yes"
            web = "no" if key in ("Rebaz Karim", "Hevi Karim", "Jade Hemingway", "Kristián Baláž") else "yes"
            press = "yes" if rnd.random() < 0.6 and sm == "yes" else "no"
            nwp = "no" if key in named_in_photo else ("yes" if rnd.random() < 0.7 else "no")
            bio = "yes" if rnd.random() < 0.8 else "no"
            w.writerow([upn_for(key), p["forename"], p["surname"], p["preferred"], p["year"], p["class"], sm, web, press, nwp, bio])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
        for line in (SRC / "staff.txt").read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            w.writerow(line.split("|"))
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
if __name__ == "__main__":
    main()
