"""UPN = DfE check letter + LA (3) + establishment (4) + year (2) + serial (3)."""
from clearpost.register.upn import check_letter


def make_upn(la, estab, year, serial):
    body = f"{la}{estab}{year}{serial:03d}"
    return check_letter(body) + body
