"""Initials as a pupil's name ("O.B.", "OB"): what looks like initials, which pairs are
abbreviations instead, and when undotted capitals stand for a person; for find_names."""

import re

from .name_context import INITIALS_GAP_RE, NAME_CUES_AFTER_RE
from .register_index import NameMatch

INITIALS_RE = re.compile(
    # a forename joined by a hyphen ("L-R.E." for Lily-Rose Errington)
    r"(?<![A-Za-z.-])([A-Z])-([A-Z])\.?\s?([A-Z])\.(?![A-Za-z])|"
    # a surname of two or three words first ("H.d.G." for Hugo de Gruchy, "S.N.G.B.")
    r"(?<![A-Za-z.])([A-Z])\.\s?([A-Za-z])\.\s?([A-Za-z])\.(?:\s?([A-Z])\.)?(?![A-Za-z])|"
    r"(?<![A-Za-z.])([A-Z])\.\s?([A-Z])\.?(?![A-Za-z])|(?<![A-Za-z.])([a-z])\.([a-z])\.(?![A-Za-z])"
)
BARE_INITIALS_RE = re.compile(
    r"(?<![A-Za-z.#@'])([A-Z])([A-Z])(?![A-Za-z.'])|(?<![A-Za-z.#@'])([a-z])([a-z])(?![A-Za-z.'])"
)
# ("fc": "Lowestoft Town FC", a football club; "F.C." with its dots is a child's initials)
ABBREVIATIONS = {"pe", "re", "dt", "it", "uk", "am", "pm", "eg", "ie", "ps", "nb", "tv", "dj",
                 "mp", "gp", "ad", "bc", "us", "eu", "ok", "rs", "vc", "pc", "jp", "ta", "ht",
                 "hr", "qc", "md", "st", "co", "ft", "lt", "mr", "dr",
                 "fc"}  # fmt: skip
# Of those, the ones nobody writes with two dots: "M.R." and "S.T." are a child's initials,
# where "P.E." and "A.M." may still be the subject and the hour.
WRITTEN_UNDOTTED = {"mr", "dr", "st", "ta", "ht", "hr", "co", "ft", "lt", "fc"}


def listed_beside(text: str, m: NameMatch, o: NameMatch) -> bool:
    """Do the two findings stand next to each other in a list ("OB and LZ", "B.C., Ianto")?"""
    return INITIALS_GAP_RE.match(text[min(o.end, m.end) : max(o.start, m.start)]) is not None


def _initials_as_person(text: str, m: NameMatch, others: list[NameMatch]) -> bool:
    """Undotted capitals are initials of a pupil only beside other initials or a name cue."""
    if any(o is not m and listed_beside(text, m, o) for o in others):
        return True
    before = text[max(0, m.start - 25) : m.start]
    after = text[m.end : m.end + 40]
    cue = re.search(
        r"(?:well done|congratulations|congrats|thanks|thank you|shout ?out"
        r"|bravo|star of the week|proud of|mention)\W*(?:to\W*)?$",
        before,
        re.IGNORECASE,
    )
    return bool(cue or NAME_CUES_AFTER_RE.match(after))
