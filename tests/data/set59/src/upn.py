"""UPNs for the register: check letter + 341 (LA) + 4712 (establishment) + year + serial."""
from pathlib import Path

from clearpost.register.upn import check_letter

HERE = Path(__file__).resolve().parent
YEAR_ALLOC = {"7": "18", "8": "17", "9": "16", "10": "15", "11": "14"}


def pupils_with_upns():
    rows = []
    lines = [l for l in (HERE / "pupils.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    for i, line in enumerate(lines):
        fore, sur, pref, year, cls = line.split("|")
        body = f"3414712{YEAR_ALLOC[year]}{101 + i}"
        rows.append({"upn": check_letter(body) + body, "forename": fore, "surname": sur,
                     "preferred": pref, "year": year, "class": cls})
    return rows
