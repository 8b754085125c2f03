"""Text as the detectors see it: hidden characters gone, look-alike letters folded.

Evasions that hide a name from a naive match - zero-width characters inside a
word, Cyrillic "о" for Latin "o", full-width or mathematical letters, accents
typed as combining marks - are undone here. Every character of the folded text
remembers where it came from, so findings point into the original text.

Bidirectional controls are dropped like the zero-width characters; and a right-to-left
override (U+202E) makes letters typed backwards display forwards ("\u202erekraB aivilO"
shows as "Olivia Barker"), so a paragraph holding one is added again, after a blank
line, in the order it is displayed: the detectors see what the reader sees as well as
what the text holds (search, screen readers and copy-paste see the typed order).
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
        "ß": "s", "Æ": "A", "æ": "a", "Œ": "O", "œ": "o", "Ð": "D", "ð": "d", "Þ": "Th",
        "þ": "th",
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
        # In a display-order copy the origins run backwards: the span covers them all.
        picked = self.origin[start:end]
        first, last = min(picked), max(picked)
        return first, last + _width(self.original, last)


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


# Words written in Cyrillic, not Latin ones with look-alike letters in them: a Ukrainian or
# Russian post names "Тарас Бондаренко", whom the register holds as "Taras Bondarenko" (the
# passport's spelling, Ukraine's national system of 2010; Russian letters as BGN/PCGN). A
# post is written in Cyrillic when a word of it holds a letter no Latin one looks like ("т",
# "б", "д", "л") and no Latin letter; then each word of Cyrillic letters only is. Look-alikes
# in a Latin word ("Сhloe"), or in a post with no plainly Cyrillic word, are an evasion,
# folded letter by letter above.
CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
CYRILLIC_WORD_RE = re.compile(
    r"(?<![A-Za-z\u0400-\u04ff])[\u0400-\u04ff]+(?![A-Za-z\u0400-\u04ff])"
)
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "ъ": "", "ы": "y",
    "э": "e", "ё": "e",
}  # fmt: skip
# At a word's start (and "й" at its end: "Андрій" is "Andriy", as families write it)
_CYRILLIC_FIRST = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_LOOK_ALIKE = set("АВЕКМНОРСТХУІЈЅԚԜаеорсухіјѕԁһӏԛԝёї")


def _transliterated(original: str) -> dict[int, str]:
    """For each letter of a word written in Cyrillic, its Latin letters."""
    out: dict[int, str] = {}
    ukrainian = any(c in original for c in "іїєґІЇЄҐ")
    matches = list(CYRILLIC_WORD_RE.finditer(original))
    # (once one word is plainly Cyrillic, so are its neighbours of look-alikes: "Тарас")
    if all(c in _LOOK_ALIKE for m in matches for c in m.group()):
        return out
    for match in matches:
        word = match.group()
        for k, char in enumerate(word):
            low = char.lower()
            latin = _CYRILLIC.get(low)
            if latin is None:
                continue  # a letter of another Cyrillic alphabet: folded as before
            if k == 0 or low == "й" and k == len(word) - 1:
                latin = _CYRILLIC_FIRST.get(low, latin)
            if low == "г" and not ukrainian:
                latin = "g"  # Russian "г"
            if low == "и" and not ukrainian:
                latin = "i"  # Russian "и"
            out[match.start() + k] = latin.capitalize() if char.isupper() else latin
    return out


def fold(original: str) -> Folded:
    chars: list[str] = []
    origin: list[int] = []
    # (once a text, for its display-order copies too)
    latin = _transliterated(original) if CYRILLIC_RE.search(original) else {}
    _fold_into(original, range(len(original)), chars, origin, latin)
    for order in _overridden_paragraphs(original):
        # A blank line keeps the copy a paragraph of its own (no name runs across).
        chars.append("\n\n")
        origin.extend((order[0], order[0]))
        _fold_into(original, order, chars, origin, latin)
    return _join_spaced_letters(Folded(original, "".join(chars), origin))


def _fold_into(original: str, indices, chars: list[str], origin: list[int],
               latin: dict[int, str]) -> None:  # fmt: skip
    """Fold `indices` of `original` into chars/origin; `latin`: _transliterated's letters."""
    for index in indices:
        char = original[index]
        if char in INVISIBLE:
            continue
        if char.isascii():
            chars.append(char)
            origin.append(index)
            continue
        if index in latin:
            for out in latin[index]:
                chars.append(out)
                origin.append(index)
            continue
        for out in fold_char(char):
            chars.append(out)
            origin.append(index)


# -- display order under bidi overrides (Unicode Standard Annex #9, explicit levels) -------

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
PARAGRAPH_BREAKS = "\n\r\x1c\x1d\x1e\x85\u2029"
MAX_DEPTH = 125  # UAX #9 BD2: deeper embeddings are ignored


def _overridden_paragraphs(text: str) -> list[list[int]]:
    """For each paragraph where a right-to-left override reorders letters: its character
    indices in display order (left to right). Empty for text without RLO (nearly all)."""
    if RLO not in text:
        return []
    out, start = [], 0
    for end in [i for i, c in enumerate(text) if c in PARAGRAPH_BREAKS] + [len(text)]:
        if RLO in text[start:end]:
            order = _display_order(text, start, end)
            if order is not None:
                out.append(order)
        start = end + 1
    return out


def _display_order(text: str, start: int, end: int) -> list[int] | None:
    """Indices of text[start:end] in display order, or None when nothing is overridden.

    Only explicit levels matter here: letters outside an override keep the order they
    were typed in (Latin reads that way; Hebrew and Arabic are stored in reading order),
    letters under RLO take its odd level and are reversed by rule L2, LRO inside RLO
    reads forwards again, and an isolate (LRI/RLI/FSI ... PDI) ends the override inside it.
    """
    # Stack entries: (level, override "L"/"R"/None, is an isolate)
    stack = [(0, None, False)]
    indices, levels = [], []
    for i in range(start, end):
        char = text[i]
        level, override, _ = stack[-1]
        if char in (RLE, RLO, RLI, LRE, LRO, LRI, FSI):
            rtl = char in (RLE, RLO, RLI)
            new = level + 1 + (level % 2 == (1 if rtl else 0))
            if new <= MAX_DEPTH:
                kind = {RLO: "R", LRO: "L"}.get(char)
                stack.append((new, kind, char in (RLI, LRI, FSI)))
        elif char == PDF:
            if len(stack) > 1 and not stack[-1][2]:
                stack.pop()
        elif char == PDI:
            if any(entry[2] for entry in stack):
                while not stack.pop()[2]:
                    pass
        elif char not in INVISIBLE:
            indices.append(i)
            if override == "R":
                levels.append(level)  # odd: read right to left
            else:
                levels.append(level + level % 2)  # even: as typed
    if not any(lv % 2 for lv in levels):
        return None
    # Rule L2: from the highest level down to the lowest odd one, reverse every run at
    # that level or above.
    for floor in range(max(levels), 0, -1):
        i = 0
        while i < len(levels):
            if levels[i] < floor:
                i += 1
                continue
            j = i
            while j < len(levels) and levels[j] >= floor:
                j += 1
            indices[i:j] = indices[i:j][::-1]
            levels[i:j] = levels[i:j][::-1]
            i = j
    return indices


# "R e e d N i g h t i n g a l e": a name typed letter by letter to slip past a filter.
# Five letters or more alone; a shorter name ("J u a n  Q u a y l e") only beside another
# spaced-out word, two or three spaces apart, as a name spelt out is: "a b c" stays.
SPACED_LETTERS_RE = re.compile(
    r"(?<![A-Za-z])(?:(?:[A-Za-z] ){4,}[A-Za-z]"
    r"|(?:[A-Za-z] ){2,}[A-Za-z](?: {2,3}(?:[A-Za-z] ){1,}[A-Za-z])+)(?![A-Za-z])"
)


def _join_spaced_letters(folded: Folded) -> Folded:
    """Close up runs of single letters separated by single spaces (SPACED_LETTERS_RE); the
    wider gaps between the words of a spelt-out name stay."""
    if not SPACED_LETTERS_RE.search(folded.text):
        return folded
    chars, origin, last = [], [], 0
    text = folded.text
    for match in SPACED_LETTERS_RE.finditer(text):
        chars.append(text[last : match.start()])
        origin.extend(folded.origin[last : match.start()])
        for i in range(match.start(), match.end()):
            if text[i] != " " or text[i - 1] == " " or text[i + 1] == " ":
                chars.append(text[i])
                origin.append(folded.origin[i])
        last = match.end()
    chars.append(folded.text[last:])
    origin.extend(folded.origin[last:])
    return Folded(folded.original, "".join(chars), origin)


def fold_name(name: str) -> str:
    """A register name in the form it is matched in: folded, lower case, one space."""
    return " ".join(fold(name).text.lower().split())
