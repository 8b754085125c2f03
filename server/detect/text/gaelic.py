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
from dataclasses import dataclass
from functools import cache

from ..models import data_file
from .normalise import fold_name

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
    "oidhche", "bliadhna", "fiosrachadh", "luchd", "teaghlach", "aig", "taigh", "obair",
    "anns", "bidh", "chan", "eil", "bhith", "dheidhinn", "thu", "gu", "ach", "seachdain",
    "mu", "ris", "dhomh", "oir", "gach", "cho", "cuideachadh",
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


# A slender ending of a broad one: "Fionnlagh" -> "Fhionnlaigh", "Seumas" -> "Sheumais",
# "Calum" -> "Chaluim" (spoken to, or "of"), read backwards; "Coinneach" -> "Coinnich".
_SLENDER_END_RE = re.compile(r"([aou])i([^aeiouy]+)$")


def radical_forms(word: str) -> list[str]:
    """What a name (folded, any case) may have been before Gaelic grammar changed it, lower
    case, the word itself not among them: not lenited ("Mhairi" -> "mairi", "Chatriona" ->
    "catriona"), broad again ("Eoghainn" -> "eoghann"), or both ("Fhionnlaigh" ->
    "fionnlagh", "Sheumais" -> "seumas")."""
    low = word.lower()
    forms = [low]
    if len(low) > 3 and low[0] in _LENITES and low[1] == "h":
        forms.append(low[0] + low[2:])
    out = []
    for form in forms:
        out.append(form)
        slender = _SLENDER_END_RE.search(form)
        if slender and len(form) > 4:
            out.append(form[: slender.start()] + slender.group(1) + slender.group(2))
        if form.endswith("ich") and len(form) > 5:
            out.append(form[:-3] + "each")
    return [f for f in dict.fromkeys(out) if f != low]


@dataclass(frozen=True)
class _NameTable:
    equivalents: dict[str, dict[str, list[str]]]  # kind -> folded form -> its equivalents
    gaelic: frozenset[str]  # the Gaelic forms, folded: grammar changes only these


@cache
def _name_table() -> _NameTable:
    """data/gaelic_names.txt read once: {"surname"|"forename": {a form, lower case and
    folded: its equivalents as written}}, both ways (English to Gaelic and back)."""
    table: dict[str, dict[str, list[str]]] = {"surname": {}, "forename": {}}
    gaelic: set[str] = set()
    for line in data_file("gaelic_names.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, english, gaelic_part = (part.strip() for part in line.split("|"))
        english_forms = [f.strip() for f in english.split(",")]
        gaelic_forms = [f.strip() for f in gaelic_part.split(",")]
        gaelic.update(fold_name(f) for f in gaelic_forms)
        group = english_forms + gaelic_forms
        for form in group:
            known = table[kind].setdefault(fold_name(form), [])
            known += [f for f in group if f != form and f not in known]
    return _NameTable(table, frozenset(gaelic))


def surname_forms(surname: str) -> list[str]:
    """The other forms of a register surname in a Gaelic post, as written: its Gaelic (or
    English) equivalents, and what grammar makes of a Gaelic one: "MacLeod" -> "MacLeòid",
    "NicLeòid" (a woman), "MhicLeòid" (of a man), "Mac Leòid"; "Murray" -> "Moireach",
    "Mhoireach" (a woman)."""
    names = _name_table()
    equivalents = names.equivalents["surname"].get(fold_name(surname), [])
    out = list(equivalents)
    for form in (f for f in [surname, *equivalents] if fold_name(f) in names.gaelic):
        if form[:3].lower() == "mac" and len(form) > 4:
            rest = form[3:].strip()
            for prefix in ("Mac", "Nic", "Mhic"):
                out += [prefix + rest, f"{prefix} {rest}"]
        else:
            out += [form, *(f.capitalize() for f in lenited_forms(form)[1:])]
    return [f for f in dict.fromkeys(out) if fold_name(f) != fold_name(surname)]


def forename_forms(forename: str, gaelic_only: bool = False) -> list[str]:
    """A register forename's Gaelic (or English) equivalents: "Mary" -> "Màiri",
    "Fionnlagh" -> "Finlay"; only the Gaelic ones with `gaelic_only`."""
    names = _name_table()
    forms = names.equivalents["forename"].get(fold_name(forename), [])
    return [f for f in forms if not gaelic_only or fold_name(f) in names.gaelic]
