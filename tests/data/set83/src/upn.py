"""UPN check letters via the project's own rule (clearpost.register.upn)."""
from clearpost.register.upn import check_letter, problem


def make_upn(body12: str) -> str:
    assert len(body12) == 12 and body12.isdigit(), body12
    upn = check_letter(body12) + body12
    assert problem(upn) is None
    return upn
