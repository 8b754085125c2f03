"""UPNs for the register: DfE check letter + LA 950 + establishment 2113 + year + serial."""
from clearpost.register import upn as upn_rules

YEAR_ALLOC = {"R": "24", "1": "23", "2": "22", "3": "21", "4": "20", "5": "19", "6": "18"}


def make(year: str, serial: int) -> str:
    body = f"9502113{YEAR_ALLOC[year]}{serial:03d}"
    return upn_rules.check_letter(body) + body


def pupils(path="pupils.txt"):
    out, serial = [], 100
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fn, sn, pref, yr = line.split("|")
        serial += 1
        out.append(dict(forename=fn, surname=sn, preferred=pref, year=yr, upn=make(yr, serial)))
    return out
