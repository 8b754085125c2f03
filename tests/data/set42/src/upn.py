import sys
from clearpost.register import upn as _u
YEAR = {"Nursery": "25", "P1": "24", "P2": "23", "P3": "22", "P4": "21", "P5": "20", "P6": "19",
        "P7": "18", "S1": "17", "S2": "16", "S3": "15", "S4": "14"}
LA, EST = "907", "5042"

def make(year_group: str, serial: int) -> str:
    body = LA + EST + YEAR[year_group] + f"{serial:03d}"
    u = _u.check_letter(body) + body
    assert _u.problem(u) is None, u
    return u
