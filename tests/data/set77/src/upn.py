"""UPNs for the register: DfE check letter (clearpost.register.upn) + LA 331 + school 2417 + year + serial."""
from clearpost.register import upn as rules

YEAR_CODE = {"Nursery": "24", "Reception": "23", "Year 1": "22", "Year 2": "21", "Year 3": "20",
             "Year 4": "19", "Year 5": "18", "Year 6": "17"}


def make(year_group: str, serial: int) -> str:
    body = f"3312417{YEAR_CODE[year_group]}{serial:03d}"
    return rules.check_letter(body) + body
