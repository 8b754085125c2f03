"""Register CSVs and school.json. Run after build.py has written photo_named.txt."""
import csv, json, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import pupils, upn_for, OUT, STAFF, SCHOOL

photo_named = set()
pn = OUT / "src" / "photo_named.txt"
if pn.exists():
    photo_named = {l.strip() for l in pn.read_text(encoding="utf-8").splitlines() if l.strip()}
CLASSES = {"R": "Rivelin", "1": "Porter", "2": "Loxley", "3": "Sheaf", "4": "Don", "5": "Derwent", "6": "Peak"}
with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,consent_website,consent_press,consent_name_with_photo,biometric_consent".split(","))
    for i, p in enumerate(pupils()):
        key = f"{p['forename']} {p['surname']}"
        yg = "Reception" if p["year"] == "R" else f"Year {p['year']}"
        sm = "no" if p["nosm"] else "yes"
        web = "no" if p["nosm"] or i % 11 == 4 else "yes"
        press = "yes" if i % 3 == 0 else "no"
        nwp = "no" if key in photo_named or i % 4 == 1 else "yes"
        bio = "no" if i % 5 == 2 or p["nosm"] else "yes"
        w.writerow([upn_for(i, p), p["forename"], p["surname"], p["preferred"], yg, CLASSES[p["year"]], sm, web, press, nwp, bio])
with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for row in STAFF:
        w.writerow(row)
(OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
