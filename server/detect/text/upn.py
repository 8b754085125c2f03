"""Unique Pupil Numbers: the DfE's 13-character pupil identifier, with its check letter.

Permanent: a check letter and 12 digits. Temporary: a check letter, 11 digits and
a final letter. The check letter is the sum of each later character times its
position (2 to 13), modulo 23, as a letter of the alphabet without I, O and S.
"""

import re

LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
# A letter and 12 digits, or a letter, 11 digits and a letter (a temporary UPN).
UPN_SHAPE = r"[A-Z](?:\d{12}|\d{11}[A-Z])"
UPN_RE = re.compile(rf"^{UPN_SHAPE}$")
# The same as people type it: in groups, with a space or a dash anywhere ("T 8012 0001 5063").
UPN_TYPED = r"[A-Z][ -]?(?:\d[ -]?){11}[A-Z0-9]"


def check_letter(body: str) -> str:
    """The check letter for the 12 characters after it."""
    total = 0
    for position, char in enumerate(body, start=2):
        total += int(char) * position if char.isdigit() else LETTERS.index(char) * position
    return LETTERS[total % 23]


def problem(upn: str) -> str | None:
    """Why `upn` is not a valid UPN, or None when it is."""
    if not upn:
        return "missing UPN"
    if not UPN_RE.match(upn):
        return (
            f"malformed UPN {upn!r}: a UPN is a letter and 12 digits "
            "(or a letter, 11 digits and a letter for a temporary UPN)"
        )
    if upn[-1].isalpha() and upn[-1] not in LETTERS:
        return f"malformed UPN {upn!r}: a temporary UPN never ends in I, O or S"
    expected = check_letter(upn[1:])
    if upn[0] != expected:
        return f"UPN {upn!r} has the wrong check letter (expected {expected}): is it mistyped?"
    return None


def normalise(value: str) -> str:
    return re.sub(r"\s+", "", value or "").upper()
