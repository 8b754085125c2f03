"""Register for set 73: pupils.txt / staff.txt -> UPNs; make_register() writes the CSVs and school.json."""
import csv, io, json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
LA, ESTAB = "839", "2417"
YEAR_CODE = {"Reception": "25", "Year 1": "24", "Year 2": "23"}
SCHOOL = {
    "name": "Boscombe Pier Infant School",
    "address": "Overstrand Walk, Boscombe, Bournemouth",
    "postcode": "BH5 9ZQ",
    "phone": "01632 960410",
    "email": "office@boscombepier-inf.example",
    "website": "www.boscombepier-inf.example",
}


def check_letter(body):
    from clearpost.register.upn import check_letter as cl
    return cl(body)


def pupils():
    rows = []
    for i, line in enumerate(l for l in (HERE / "pupils.txt").read_text(encoding="utf-8").splitlines()
                             if l and not l.startswith("#")):
        f, s, pref, yr, cls, sm, web, press, bio = line.split("|")
        body = LA + ESTAB + YEAR_CODE[yr] + f"{101 + i:03d}"
        rows.append(dict(upn=check_letter(body) + body, forename=f, surname=s, preferred_forename=pref,
                         year_group=yr, class_=cls, consent_social_media=sm, consent_website=web,
                         consent_press=press, biometric_consent=bio))
    return rows


def staff():
    rows = []
    for line in (HERE / "staff.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            sid, t, f, s, role, photo, bio = line.split("|")
            rows.append(dict(staff_id=sid, title=t, forename=f, surname=s, role=role,
                             consent_photo=photo, biometric_consent=bio))
    return rows


def make_register(photo_named):
    """photo_named: set of 'Forename Surname' of pupils named in any photo post."""
    cols = ["upn", "forename", "surname", "preferred_forename", "year_group", "class",
            "consent_social_media", "consent_website", "consent_press", "consent_name_with_photo",
            "biometric_consent"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for p in pupils():
        named = f"{p['forename']} {p['surname']}" in photo_named
        w.writerow([p["upn"], p["forename"], p["surname"], p["preferred_forename"], p["year_group"],
                    p["class_"], p["consent_social_media"], p["consent_website"], p["consent_press"],
                    "no" if named else "yes", p["biometric_consent"]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for s in staff():
        w.writerow(s.values())
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
