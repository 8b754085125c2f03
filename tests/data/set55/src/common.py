"""Shared helpers for set 55 (Breydon Sands Primary, Great Yarmouth)."""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LA, EST = "926", "2417"
YEARS = ["N", "R", "1", "2", "3", "4", "5", "6"]
CLASSES = {"N": "Shrimps", "R": "Crabs", "1": "Seals", "2": "Terns", "3": "Nelson",
           "4": "Breydon", "5": "Scroby", "6": "Lydia Eva"}
# year of first UPN allocation: nursery 24 ... year 6 17
ALLOC = {"N": "24", "R": "23", "1": "22", "2": "21", "3": "20", "4": "19", "5": "18", "6": "17"}


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def pupils():
    from clearpost.register import upn as upn_rules
    out = []
    for n, line in enumerate(l for l in (HERE / "pupils.txt").read_text(encoding="utf-8").splitlines()
                             if l.strip() and not l.startswith("#")):
        fn, sn, pref, yr, cons = line.split("|")
        body = LA + EST + ALLOC[yr] + f"{101 + n:03d}"
        upn = upn_rules.check_letter(body) + body
        out.append(dict(forename=fn, surname=sn, preferred=pref, year=yr, cls=CLASSES[yr],
                        sm=cons[0], web=cons[1], press=cons[2], bio=cons[3], upn=upn))
    return out


def staff():
    return [l.split("|") for l in (HERE / "staff.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
