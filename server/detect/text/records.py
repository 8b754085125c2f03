"""Unique Pupil Numbers in text: always a finding, with or without a name.

Health, SEN, care and family details about a pupil are circumstances.py's.
"""

import re

from .contact import Span
from .upn import UPN_TYPED
from .upn import problem as upn_problem

# A letter and 12 digits (the last may be a letter), also written in groups, in any case.
UPN_RE = re.compile(rf"(?<![A-Za-z0-9])(?i:{UPN_TYPED})(?![A-Za-z0-9])")


def upns(text: str) -> list[Span]:
    out = []
    for match in UPN_RE.finditer(text):
        value = re.sub(r"[ -]", "", match.group()).upper()
        # A valid check letter is near-certain; a wrong one is still a pupil number typed.
        score = 1.0 if upn_problem(value) is None else 0.7
        out.append(Span("UPN", match.start(), match.end(), score, value))
    return out
