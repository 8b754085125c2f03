"""UPNs: DfE check letter + LA 812 + establishment 2417 + 2-digit year of allocation + serial."""
from clearpost.register import upn as _upn

YEAR_OF_ALLOCATION = {"N": "23", "R": "22", "1": "21", "2": "20", "3": "19", "4": "18", "5": "17", "6": "16"}


def make_upn(year: str, serial: int) -> str:
    body = f"8122417{YEAR_OF_ALLOCATION[year]}{serial:03d}"
    return _upn.check_letter(body) + body
