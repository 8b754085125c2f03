"""Shared: register loading and UPNs for set 44 (Cheam Fields Primary)."""
from pathlib import Path
import sys
from clearpost.register.upn import check_letter, problem

HERE = Path(__file__).resolve().parent
CLASSES = {"R": "Hazel", "1": "Rowan", "2": "Willow", "3": "Chestnut", "4": "Sycamore", "5": "Oak", "6": "Cedar"}
YEARCODE = {"R": "25", "1": "24", "2": "23", "3": "22", "4": "21", "5": "20", "6": "19"}


def pupils():
    out = []
    lines = [l for l in (HERE / "pupils.txt").read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    for i, line in enumerate(lines):
        fn, sn, pref, yr, soc, web, press, bio = line.split("|")
        body = "319" + "2417" + YEARCODE[yr] + f"{101 + i:03d}"
        upn = check_letter(body) + body
        assert problem(upn) is None, upn
        out.append(dict(forename=fn, surname=sn, preferred=pref, year=yr, cls=CLASSES[yr], social=soc,
                        website=web, press=press, bio=bio, upn=upn))
    return out


def staff():
    lines = [l for l in (HERE / "staff.txt").read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    return [dict(zip("sid title forename surname role photo bio".split(), l.split("|"))) for l in lines]


def find_pupil(key):
    """key = 'Forename Surname' or 'Preferred Surname'."""
    for p in pupils():
        for f in (p["forename"], p["preferred"]):
            if f and f"{f} {p['surname']}" == key:
                return p
    sys.exit(f"no pupil {key!r}")
