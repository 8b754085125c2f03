"""Shared helpers: register reading and UPNs for set 41 (Cable Street Girls' School)."""
from pathlib import Path
import sys
sys.path.insert(0, "/work/main")
from clearpost.register import upn as upn_rules

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
LA, EST = "211", "4716"
# year of first UPN allocation (Reception entry) per current year group
FIRST = {7: "18", 8: "17", 9: "16", 10: "15", 11: "14", 12: "13", 13: "12"}
CLASSES = {7: "7 Pankhurst", 8: "8 Rokeya", 9: "9 Seacole", 10: "10 Noor",
           11: "11 Franklin", 12: "12 Lovelace", 13: "13 Curie"}


def pupils():
    rows = []
    serial = 101
    for line in (SRC / "pupils.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fn, sn, pref, yr, soc, web, press, bio = line.split("|")
        yr = int(yr)
        body = LA + EST + FIRST[yr] + f"{serial:03d}"
        serial += 1
        rows.append(dict(upn=upn_rules.check_letter(body) + body, forename=fn, surname=sn,
                         preferred_forename=pref, year=yr, year_group=f"Year {yr}",
                         klass=CLASSES[yr], social=soc, website=web, press=press, bio=bio))
    return rows


def by_name(name):
    """'Forename Surname' (forename or preferred) -> pupil row."""
    for p in pupils():
        for f in filter(None, (p["forename"], p["preferred_forename"])):
            if f"{f} {p['surname']}" == name:
                return p
    raise KeyError(name)


def spaced(upn):
    return f"{upn[0]}{upn[1:4]} {upn[4:8]} {upn[8:10]} {upn[10:]}"
