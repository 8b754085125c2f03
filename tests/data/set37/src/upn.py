"""Pupils and their UPNs (check letter from clearpost.register.upn, DfE rule)."""
from pathlib import Path
from clearpost.register.upn import check_letter
SRC = Path(__file__).parent
YEAR_CODE = {"Nursery": 24, "Reception": 23}
def load_pupils():
    out = []
    for line in (SRC / "pupils.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        f, s, pref, y, c = line.split("|")
        out.append(dict(forename=f, surname=s, preferred=pref, year=y, **{"class": c}))
    return out
def _year2(y):
    if y in YEAR_CODE:
        return YEAR_CODE[y]
    return 22 - int(y.split()[1]) + 1  # Year 1 -> 22 ... Year 13 -> 10
_UPNS = {}
for i, p in enumerate(load_pupils()):
    body = f"3717004{_year2(p['year']):02d}{101 + i:03d}"
    _UPNS[f"{p['forename']} {p['surname']}"] = check_letter(body) + body
def upn_for(key):
    return _UPNS[key]
