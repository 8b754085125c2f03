"""Text as the detectors see it: hidden characters gone, look-alike letters folded.

Evasions that hide a name from a naive match - zero-width characters inside a
word, Cyrillic "о" for Latin "o", full-width or mathematical letters, accents
typed as combining marks - are undone here. Every character of the folded text
remembers where it came from, so findings point into the original text.
"""

import re
import unicodedata
from dataclasses import dataclass

# Invisible characters people (or copy-paste) put inside words.
INVISIBLE = {
    "\u00ad", "\u034f", "\u061c", "\u115f", "\u1160", "\u17b4", "\u17b5", "\u180e",
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
    "\u202d", "\u202e", "\u2060", "\u2061", "\u2062", "\u2063", "\u2064", "\u2066",
    "\u2067", "\u2068", "\u2069", "\ufeff", "\ufe0e", "\ufe0f",
}  # fmt: skip

# Letters from other scripts that look like Latin ones (Unicode confusables, the
# ones that occur in practice), and Latin letters NFD does not decompose.
CONFUSABLES = str.maketrans(
    {
        # Cyrillic
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
        "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "Ԛ": "Q",
        "Ԝ": "W", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x",
        "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w",
        "ё": "e", "ї": "i",
        # Greek
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
        "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ι": "i",
        "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "α": "a",
        # Latin letters without a decomposition
        "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ı": "i", "ɡ": "g",
        "ß": "s", "Æ": "A", "æ": "a", "Œ": "O", "œ": "o",
        # Apostrophes and dashes, to one form each
        "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-",
    }
)  # fmt: skip


@dataclass
class Folded:
    """Folded text and, for each of its characters, the index in the original."""

    original: str
    text: str
    origin: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span that folded characters [start, end) came from."""
        if start >= end:
            pos = self.origin[start] if start < len(self.origin) else len(self.original)
            return pos, pos
        return self.origin[start], self.origin[end - 1] + _width(
            self.original, self.origin[end - 1]
        )


def _width(text: str, index: int) -> int:
    # One original character, plus the combining marks and invisibles that trail it.
    end = index + 1
    while end < len(text) and (unicodedata.combining(text[end]) or text[end] in INVISIBLE):
        end += 1
    return end - index


def fold_char(char: str) -> str:
    """One character to what a reader sees: compatibility form, no accents, Latin."""
    out = []
    for piece in unicodedata.normalize("NFKC", char):
        for base in unicodedata.normalize("NFD", piece):
            if unicodedata.combining(base):
                continue
            out.append(base.translate(CONFUSABLES))
    return "".join(out)


def fold(original: str) -> Folded:
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(original):
        if char in INVISIBLE:
            continue
        if char.isascii():
            chars.append(char)
            origin.append(index)
            continue
        for out in fold_char(char):
            chars.append(out)
            origin.append(index)
    return _join_spaced_letters(Folded(original, "".join(chars), origin))


# "R e e d N i g h t i n g a l e": a name typed letter by letter to slip past a filter.
SPACED_LETTERS_RE = re.compile(r"(?<![A-Za-z])(?:[A-Za-z] ){4,}[A-Za-z](?![A-Za-z])")


def _join_spaced_letters(folded: Folded) -> Folded:
    """Close up runs of five or more single letters separated by single spaces."""
    if not SPACED_LETTERS_RE.search(folded.text):
        return folded
    chars, origin, last = [], [], 0
    for match in SPACED_LETTERS_RE.finditer(folded.text):
        chars.append(folded.text[last : match.start()])
        origin.extend(folded.origin[last : match.start()])
        for i in range(match.start(), match.end()):
            if folded.text[i] != " ":
                chars.append(folded.text[i])
                origin.append(folded.origin[i])
        last = match.end()
    chars.append(folded.text[last:])
    origin.extend(folded.origin[last:])
    return Folded(folded.original, "".join(chars), origin)


def fold_name(name: str) -> str:
    """A register name in the form it is matched in: folded, lower case, one space."""
    return " ".join(fold(name).text.lower().split())
