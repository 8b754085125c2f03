"""Full names of private people who are not in the register (a parent thanked by name).

spaCy's PERSON entities, and a known first name followed by a capitalised word,
are candidates; a candidate counts only as a full name (two words or more) that
is not a place or event, and not a register or staff name (the caller removes
those overlaps).
"""

import re

from .contact import Span
from .register_names import THING_WORDS, TITLES
from .tokens import only_space_between, words
from .wordlists import first_names

# Words before a name that say who the person is, and are not part of the name.
KIN = {"grandad", "grandpa", "granddad", "grandma", "granny", "nana", "nanna", "nan", "gran",
       "mum", "mummy", "dad", "daddy", "auntie", "aunty", "aunt", "uncle", "cousin", "parent",
       "governor", "chair", "pc", "officer", "councillor", "cllr", "author", "artist",
       "volunteer", "coach", "chef", "nurse", "vicar", "canon", "pastor", "imam", "rabbi",
       "captain", "happy", "dear", "thanks", "thank", "well", "done",
       "congratulations"}  # fmt: skip
# Before a name, these make it a public or historical figure ("Lady Anne Clifford").
NOBLE = {"st", "saint", "lord", "lady", "king", "queen", "prince", "princess", "sir",
         "dame", "duke", "duchess", "emperor", "empress", "pope", "president"}  # fmt: skip
NAME_WORD_RE = re.compile(r"^(?:[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)*|[A-Z]{2,}(?:['-][A-Z]+)*)$")


def other_people(text: str, person_spans: list[tuple[int, int]]) -> list[Span]:
    """Candidates: spaCy PERSON spans (given) and first-name + capitalised-word pairs."""
    candidates: list[tuple[int, int, float]] = [(s, e, 0.75) for s, e in person_spans]
    ws = words(text)
    names = first_names()
    for i, w in enumerate(ws[:-1]):
        nxt = ws[i + 1]
        if (
            w.key in names
            and w.capitalised
            and nxt.capitalised
            and only_space_between(text, w, nxt)
        ):
            end = nxt
            if (
                i + 2 < len(ws)
                and ws[i + 2].capitalised
                and only_space_between(text, nxt, ws[i + 2])
                and ws[i + 2].key not in THING_WORDS
            ):
                end = ws[i + 2]
            candidates.append((w.start, end.end, 0.7))

    out: list[Span] = []
    for start, end, score in sorted(candidates, key=lambda c: (c[0], -c[1])):
        span = _clean(text, start, end)
        if span is None:
            continue
        s, e = span
        if any(o.start <= s < o.end or s <= o.start < e for o in out):
            continue
        out.append(Span("OTHER_PERSON", s, e, score, text[s:e]))
    return out


def _clean(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim kin words and titles off the front; keep only real-looking full names."""
    before = words(text[max(0, start - 12) : start])
    if before and before[-1].key in NOBLE:
        return None
    ws = [w for w in words(text[start:end])]
    while ws and (ws[0].key in KIN or ws[0].key in TITLES):
        if ws[0].key in TITLES:
            return None  # "Mr Smith", "Mrs Sarah Hughes": named as staff are named
        ws = ws[1:]
    if len(ws) < 2 or len(ws) > 4:
        return None
    if not all(NAME_WORD_RE.match(w.raw) for w in ws):
        return None
    if any(w.key in THING_WORDS for w in ws):
        return None  # "Chester Zoo", "Rose Garden", "Harry Potter Book Night"
    # The first word must be a given name we know: spaCy alone calls too many capitalised
    # pairs a PERSON ("Reading Champion").
    if ws[0].key not in first_names():
        return None
    return start + ws[0].start, start + ws[-1].end
