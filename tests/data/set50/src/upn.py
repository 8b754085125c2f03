"""UPNs for the register: DfE check letter (clearpost.register.upn) + LA 915 + est 3302 + year + serial."""
from clearpost.register import upn as rules

YEAR = {"Nursery": "22", "P1": "21", "P2": "20", "P3": "19", "P4": "18", "P5": "17", "P6": "16", "P7": "15"}


def load_pupils(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        fn, sn, pref, year, cls = line.rstrip("\n").split("|")
        rows.append(dict(forename=fn, surname=sn, preferred=pref, year=year, cls=cls))
    for i, r in enumerate(rows):
        digits = "915" + "3302" + YEAR[r["year"]] + f"{101 + i:03d}"
        r["upn"] = rules.check_letter(digits) + digits
        assert not rules.problem(r["upn"]), r
    return rows
