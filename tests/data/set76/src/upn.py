"""UPNs for set 76: check letter + 383 (Leeds LA) + 2417 (fictional school) + 2-digit year + serial."""
import sys
sys.path[:0] = []
from clearpost.register import upn as _upn

YEAR_ALLOC = {"Nursery": "25", "Reception": "24", "Year 1": "23", "Year 2": "22", "Year 3": "21",
              "Year 4": "20", "Year 5": "19", "Year 6": "18"}


def make(year_group: str, serial: int) -> str:
    body = "383" + "2417" + YEAR_ALLOC[year_group] + f"{serial:03d}"
    return _upn.check_letter(body) + body
