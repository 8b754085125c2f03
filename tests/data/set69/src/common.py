"""Shared helpers: register loading and UPNs (set 69, Havelock Broadway Primary)."""
from pathlib import Path

from clearpost.register import upn as upn_rules

HERE = Path(__file__).resolve().parent
YEAR_ALLOC = {"N": "24", "R": "23", "1": "22", "2": "21", "3": "20", "4": "19", "5": "18", "6": "17"}
LA, ESTAB = "307", "2419"


def pupils():
    rows = []
    for n, line in enumerate(
        [l for l in (HERE / "pupils.txt").read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    ):
        fore, sur, pref, year, cls = line.split("|")
        body = LA + ESTAB + YEAR_ALLOC[year] + f"{101 + n:03d}"
        rows.append(
            dict(forename=fore, surname=sur, preferred=pref, year=year, cls=cls,
                 upn=upn_rules.check_letter(body) + body)
        )
    return rows


def staff():
    out = []
    for line in (HERE / "staff.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            sid, title, fore, sur, role = line.split("|")
            out.append(dict(staff_id=sid, title=title, forename=fore, surname=sur, role=role))
    return out


def upn_of(key, style=""):
    for p in pupils():
        if f"{p['forename']} {p['surname']}" == key:
            u = p["upn"]
            if style == "s":
                return f"{u[:4]} {u[4:8]} {u[8:]}"
            if style == "l":
                return u.lower()
            return u
    raise KeyError(key)
