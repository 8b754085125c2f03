"""UPNs via the project's own check-letter rule (clearpost.register.upn)."""
from clearpost.register import upn as rules


def make_upn(la: str, estab: str, year: int, serial: int) -> str:
    body = f"{la}{estab}{year:02d}{serial:03d}"
    return rules.check_letter(body) + body
