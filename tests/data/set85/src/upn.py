import sys
sys.path.insert(0, "/work/main")
from clearpost.register.upn import check_letter
LA, EST = "879", "4071"
YEAR_ALLOC = {7: "18", 8: "17", 9: "16", 10: "15", 11: "14"}
def make(year, serial):
    body = f"{LA}{EST}{YEAR_ALLOC[year]}{serial:03d}"
    return check_letter(body) + body
