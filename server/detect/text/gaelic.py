"""Scottish Gaelic, as a Gaelic-medium school's posts write it: whether a post reads as
Gaelic, the forms lenition gives a word, and the pronouns that point back to a child.

Gaelic lenites a word's first consonant after many words ("a" his, "mo" my, "do" your,
past-tense verbs, feminine nouns' adjectives): b, c, d, f, g, m, p, s, t take an "h" after
them ("màthair" -> "mhàthair", "prìosan" -> "phrìosan", "cùram" -> "chùram"). The
circumstance words (data/circumstance_terms_gd.txt) are listed as radicals and matched in
every lenited form, only in a post with Gaelic in it, as the Welsh ones are
(welsh_mutation.py). The detectors read text with accents folded ("màthair" is "mathair").
"""

import re

_LENITES = "bcdfgmpst"

# Common Gaelic words that are not English ones ("math", "mile", "meal", "gun", "ann" are
# left out): a post with two of them is (partly) Gaelic. As the detectors see them, accents
# folded.
GAELIC_WORDS = {
    "agus", "tha", "bha", "airson", "tapadh", "leibh", "leat", "gle", "comhla", "sgoil",
    "sgoile", "clann", "chloinne", "sgoilearan", "latha", "feasgar", "madainn", "mhor",
    "beag", "bheag", "seo", "againn", "oirnn", "dhuibh", "uile", "an-diugh", "a-maireach",
    "an-de", "gaidhlig", "ceud", "taing", "naidheachd", "sinn", "sibh", "cuideachd",
    "fhathast", "nach", "bhon", "dhan", "bho", "chun", "tron", "dhi", "aice", "aige",
    "oidhche", "bliadhna",
}  # fmt: skip
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# Pronouns and prepositional pronouns for one person, in a Gaelic post: "e" (he), "i"
# (she), "aige"/"aice" (at him/her), "dha"/"dhi" (to him/her), "leis"/"leatha",
# "air"/"oirre", "e fhein"/"i fhein". Not "a" (also "to", "of", "who").
GAELIC_PERSON_RE = re.compile(
    r"\b(?:e|i|esan|ise|aige|aice|dha|dhi|leis|leatha|oirre|uaithe|bhuaipe|fhein)\b",
    re.IGNORECASE,
)
# A parent or grandparent named without a name is the family of the child being talked about
# ("Tha athair anns a' phrìosan": his father is in prison), lenited or not, accents folded.
GAELIC_KIN_RE = re.compile(
    r"\b(?:m?h?athair|sh?eanair|sh?eanmhair|bh?rathair|ph?iuthar|mh?amaidh|dh?adaidh)\b",
    re.IGNORECASE,
)
GAELIC_PLURAL_RE = re.compile(r"\b(?:iad|iadsan|aca|dhaibh|leotha|orra)\b", re.IGNORECASE)


def looks_gaelic(text: str) -> bool:
    """At least two different common Gaelic words in the text."""
    return len({w.lower() for w in _WORD_RE.findall(text)} & GAELIC_WORDS) >= 2


def lenited_forms(word: str) -> tuple[str, ...]:
    """`word` (a radical, lower case) and its lenited form: "prìosan" -> "phrìosan";
    "sl", "sn", "sr" and "sm"/"sp"/"st"/"sg" do not lenite ("sgoil" stays)."""
    low = word.lower()
    out = [low]
    if (
        len(low) > 1 and low[0] in _LENITES and low[1] != "h"
        and not (low[0] == "s" and low[1] in "gmptc")
    ):  # fmt: skip
        out.append(low[0] + "h" + low[1:])
    return tuple(out)
