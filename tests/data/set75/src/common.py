"""Shared helpers: register, UPNs, school details (set 75, Mayhill Heights Primary)."""
from pathlib import Path
import unicodedata

from clearpost.register import upn as upn_rules

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
SET = "75"
CLASSES = {
    "Nursery": "Oxwich", "Reception": "Caswell", "Year 1": "Langland", "Year 2": "Bracelet",
    "Year 3": "Limeslade", "Year 4": "Rotherslade", "Year 5": "Three Cliffs", "Year 6": "Rhossili",
}
# year of first UPN allocation (entry to nursery)
FIRST_YEAR = {"Nursery": "25", "Reception": "24", "Year 1": "23", "Year 2": "22", "Year 3": "21",
              "Year 4": "20", "Year 5": "19", "Year 6": "18"}
LA, ESTAB = "670", "2314"
SCHOOL = {
    "name": "Mayhill Heights Primary School",
    "address": "Heol Crugwen, Mayhill, Swansea",
    "postcode": "SX1 6MH",
    "phone": "029 2018 0415",
    "email": "office@mayhillheights.example",
    "website": "www.mayhillheights.example",
}


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def load_pupils():
    rows = []
    n = 101
    for line in (HERE / "pupils.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fn, sn, pref, yg, soc, web, press, bio = line.split("|")
        body = LA + ESTAB + FIRST_YEAR[yg] + f"{n:03d}"
        upn = upn_rules.check_letter(body) + body
        assert upn_rules.problem(upn) is None, upn
        rows.append(dict(upn=upn, forename=fn, surname=sn, preferred_forename=pref, year_group=yg,
                         **{"class": CLASSES[yg]}, consent_social_media=soc, consent_website=web,
                         consent_press=press, biometric_consent=bio))
        n += 1
    return rows


def load_staff():
    rows = []
    for line in (HERE / "staff.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            sid, title, fn, sn, role, photo, bio = line.split("|")
            rows.append(dict(staff_id=sid, title=title, forename=fn, surname=sn, role=role,
                             consent_photo=photo, biometric_consent=bio))
    return rows
