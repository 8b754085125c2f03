"""UPNs for the register: check letter + 353 (LA) + 2671 (fictional establishment) + 2-digit year + serial."""
from clearpost.register import upn as rules

YEARS = {"Nursery": "24", "Reception": "23", "Year 1": "22", "Year 2": "21", "Year 3": "20",
         "Year 4": "19", "Year 5": "18", "Year 6": "17"}


def make(year_group: str, serial: int) -> str:
    body = "3532671" + YEARS[year_group] + f"{serial:03d}"
    return rules.check_letter(body) + body
