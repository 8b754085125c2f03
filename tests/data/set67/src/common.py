import csv, re, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
CLASSES = {"Nursery": "Bobbins", "Reception": "Shuttles", "Year 1": "Kenney", "Year 2": "Walton",
           "Year 3": "Tandle", "Year 4": "Hartshead", "Year 5": "Werneth", "Year 6": "Alexandra"}


def pupils():
    from upn import make
    rows = []
    for n, line in enumerate(l for l in (HERE / "pupils.txt").read_text().splitlines() if l and not l.startswith("#")):
        f, s, pref, year, soc, web, press, bio = line.split("|")
        rows.append(dict(upn=make(year, 101 + n), forename=f, surname=s, preferred_forename=pref,
                         year_group=year, **{"class": CLASSES[year]}, consent_social_media=soc,
                         consent_website=web, consent_press=press, biometric_consent=bio))
    return rows


def fold(s):
    s = s.replace("\u0430", "a").replace("\u200b", "").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()
