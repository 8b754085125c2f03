"""UPN check letters via the project's own rules (clearpost.register.upn)."""
from clearpost.register.upn import check_letter


def make_upn(body12: str) -> str:
    return check_letter(body12) + body12
