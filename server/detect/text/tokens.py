"""Words of a (folded) text with their offsets, as the name matchers use them."""

import re
from dataclasses import dataclass

# A word: letters, with inner apostrophes or hyphens (O'Neill, Smith-Jones); an Irish or
# Scots prefix typed with a space after its apostrophe ("O' Brien") is one word too, and an
# Arabic article with its hyphen spaced ("Omar Al - Hamwi", register "Al-Hamwi").
# "He" or "she" in any form, as a post refers back to one child (never "they": anyone).
PERSON_PRONOUN_RE = re.compile(
    r"\b(?:he|she|his|her|hers|him|himself|herself|hes|shes)\b", re.IGNORECASE
)
WORD_RE = re.compile(
    r"\b[OD]' [A-Z][a-z]+(?:-[A-Za-z]+)*|\b(?:Al|El) - [A-Z][a-z]+"
    r"|[A-Za-z]+(?:['-][A-Za-z]+)*"
)


@dataclass
class Word:
    start: int
    end: int  # excludes a possessive "'s"
    raw: str  # as written (folded), without the possessive
    key: str  # lower case, no apostrophes or hyphens: what register names are looked up by
    hashtag: bool

    @property
    def capitalised(self) -> bool:
        return self.raw[:1].isupper()


def name_key(word: str) -> str:
    return word.lower().replace("'", "").replace("-", "").replace(" ", "")


def words(text: str) -> list[Word]:
    out = []
    for match in WORD_RE.finditer(text):
        raw = match.group()
        end = match.end()
        if len(raw) > 3 and raw.lower().endswith("'s"):  # possessive: "Olivia's"
            raw, end = raw[:-2], end - 2
        hashtag = match.start() > 0 and text[match.start() - 1] == "#"
        out.append(Word(match.start(), end, raw, name_key(raw), hashtag))
    return out


def only_space_between(text: str, left: Word, right: Word) -> bool:
    """True when the words are separated by white space alone (any amount, one line),
    or by underscores as in hashtags (#isla_park)."""
    gap = text[left.end : right.start]
    return gap != "" and gap.strip(" \t\u00a0_") == "" and "\n" not in gap


def name_gap(text: str, left: Word, right: Word) -> bool:
    """Like only_space_between, but a single line break is allowed too: a register name
    split over two lines ("Olivia\nBarker") is still that name."""
    gap = text[left.end : right.start]
    return gap != "" and gap.strip(" \t\u00a0_\r\n") == "" and gap.count("\n") <= 1


def camel_parts(raw: str) -> list[str]:
    """'OliviaBarker' -> ['Olivia', 'Barker']; other words -> []."""
    parts = re.findall(r"[A-Z][a-z']+", raw)
    return parts if len(parts) > 1 and "".join(parts) == raw else []


QUOTES_OPEN, QUOTES_CLOSE = '"“‘', '"”’'


def quoted_title(text: str, start: int, end: int) -> bool:
    """Is the name within a title in quotes, every word of it capitalised and more words
    than the name ('their "Marley's Ghost" drama'): a work's or a show's title, not a
    person. (A title that is the name alone is WORK_QUOTED_RE's, in text_filters.)"""
    left = text[max(0, start - 40) : start]
    opened = max(left.rfind(q) for q in QUOTES_OPEN)
    if opened < 0 or any(q in left[opened + 1 :] for q in QUOTES_CLOSE):
        return False
    right = text[end : end + 40]
    closed = min((right.find(q) for q in QUOTES_CLOSE if q in right), default=-1)
    if closed < 0:
        return False
    title = left[opened + 1 :] + text[start:end] + right[:closed]
    words = title.split()
    # No initial and not in capitals: a name with an initial in quotes is the name written
    # on a child's things ('"Bilal C" on the label', '"YANKY L" inside').
    # And more than the name: a name alone in quotes may be anybody's ('calling himself
    # "Carl Winstone"').
    if len(words) <= len(text[start:end].split()) or title.isupper():
        return False
    # (A word of one letter, "A" too, makes it no title: "A Christmas Carol" is not read.)
    if any(len(w.strip(".")) < 2 for w in words):
        return False
    return (
        len(words) <= 6
        and all(
            w[:1].isupper() or w[:1].isdigit() or w.lower() in ("of", "the", "and", "in", "on")
            for w in words
        )
        and not re.search(r"[!?,]", title)
    )
