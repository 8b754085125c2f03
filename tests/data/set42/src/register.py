"""Load the pupil and staff lists (shared by build.py, make_register.py, check.py)."""
from pathlib import Path
from upn import make
HERE = Path(__file__).parent

def pupils():
    out = []
    rows = [l for l in (HERE / "pupils.txt").read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")]
    for i, line in enumerate(rows):
        fn, sn, pref, yg, cls, sm = line.split("|")
        out.append(dict(forename=fn, surname=sn, preferred=pref, year_group=yg, cls=cls,
                        social=sm, upn=make(yg, 101 + i)))
    return out

def staff():
    rows = [l for l in (HERE / "staff.txt").read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")]
    keys = ["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"]
    return [dict(zip(keys, l.split("|"))) for l in rows]

def by_name(name):
    for p in pupils():
        for fn in (p["forename"], p["preferred"]):
            if fn and f"{fn} {p['surname']}" == name:
                return p
    raise KeyError(name)
