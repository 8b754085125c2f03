"""Pupil-record details in text: UPNs, and health, SEN or safeguarding words.

A UPN is always a finding. The words ("nut allergy", "EHCP", "social worker")
are only candidates here: text_pii keeps them when a pupil is named in the
same sentence, because "remember your child's inhaler" names nobody.
"""

import re
from functools import cache

from ..register.upn import problem as upn_problem
from .contact import Span
from .wordlists import record_terms

# A letter and 12 digits (the last may be a letter), also written in groups ("T 8012 0001 5063").
UPN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][ -]?(?:\d[ -]?){11}[A-Za-z0-9](?![A-Za-z0-9])")


def upns(text: str) -> list[Span]:
    out = []
    for match in UPN_RE.finditer(text):
        value = re.sub(r"[ -]", "", match.group()).upper()
        # A valid check letter is near-certain; a wrong one is still a pupil number typed.
        score = 1.0 if upn_problem(value) is None else 0.7
        out.append(Span("UPN", match.start(), match.end(), score, value))
    return out


@cache
def _terms_re() -> tuple[re.Pattern, re.Pattern]:
    lower = sorted((t for t in record_terms() if not t.isupper()), key=len, reverse=True)
    upper = sorted((t for t in record_terms() if t.isupper()), key=len, reverse=True)

    def alternation(terms):
        return "|".join(re.escape(t).replace(r"\ ", r"[\s-]+") for t in terms)

    return (
        # An optional plural: "inhalers", "allergies" is listed, "EHCPs".
        re.compile(rf"(?<![A-Za-z])(?:{alternation(lower)})s?(?![A-Za-z])", re.IGNORECASE),
        re.compile(rf"(?<![A-Za-z])(?:{alternation(upper)})s?(?![A-Za-z])"),
    )


def record_words(text: str) -> list[Span]:
    out = []
    for pattern in _terms_re():
        for match in pattern.finditer(text):
            out.append(
                Span(
                    "RECORD_TERM",
                    match.start(),
                    match.end(),
                    0.8,
                    match.group().lower().rstrip("s"),
                )
            )
    return out
