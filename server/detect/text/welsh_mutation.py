"""Welsh names as Welsh grammar changes them: "llongyfarchiadau i Ddafydd", "gyda Thwm",
"a Fabli", "fy Nhomos".

Welsh changes a word's first consonant after certain words (initial consonant mutation):
after "i", "o", "am", "dy", "ei" (his) the soft mutation (Cerys -> Gerys, Dafydd ->
Ddafydd, Mabli -> Fabli, Gwion -> Wion, Gethin -> Ethin); after "fy" and "yn" the nasal
(Twm -> Nhwm, Cai -> Nghai); after "a" (and), "â", "gyda", "tua", "ei" (her) the aspirate
(Twm -> Thwm, Cai -> Chai). Names mutate like any noun, so a Welsh-medium school's posts name
its pupils in forms the register never holds: a blind set from a Gwynedd primary (set15)
had them in nearly every bilingual post. The rules are the grammar's, not a list of names:
`radicals` undoes each mutation a word's first letters may show, and the name matcher
(register_names.py) looks the results up in the register, only after a word that mutates
what follows it. The short triggers that are also English words ("i", "a", "o", "am", "ar",
"at", "yn") count only in a post with some Welsh in it ("mae", "wedi", "gyda", ...), so that
"a Big day" is not read as a Welsh "a Pig".
"""

import re

# The mutated first letters (lower case) and the radicals they may come from, longest first.
_UNDO = [
    ("ngh", ("c",)),  # nasal
    ("mh", ("p",)),
    ("nh", ("t",)),
    ("ng", ("g",)),
    ("ch", ("c",)),  # aspirate
    ("ph", ("p",)),
    ("th", ("t",)),
    ("dd", ("d",)),  # soft
    ("f", ("b", "m")),
    ("g", ("c",)),
    ("b", ("p",)),
    ("d", ("t",)),
    ("l", ("ll",)),
    ("r", ("rh",)),
    ("m", ("b",)),  # nasal: Bethan -> Methan
    ("n", ("d",)),  # nasal: Dewi -> Newi
    ("w", ("gw",)),  # soft: g lost before w (Gwen -> Wen)
]
_VOWELS = "aeiouwy"

# Words after which Welsh mutates the next word. Those that are English words too count
# only in a post with Welsh in it (AMBIGUOUS).
TRIGGERS = {
    "i", "o", "am", "ar", "at", "gan", "dan", "heb", "wrth", "drwy", "trwy", "hyd", "dy",
    "ei", "fy", "yn", "a", "ac", "â", "gyda", "efo", "tua", "annwyl", "neu", "na", "pan",
}  # fmt: skip
AMBIGUOUS = {"i", "o", "am", "ar", "at", "yn", "a", "na", "pan", "neu", "dan", "gan", "hyd"}

# Common Welsh words that are not English ones (nor short Welsh words that English spells
# too: "a", "i", "ar", "yn", "y", "mam", "ni", "chi"): a post with two of them is (partly)
# Welsh.
WELSH_WORDS = {
    "mae", "wedi", "gyda", "efo", "ein", "eich", "yr", "iawn", "diolch", "llongyfarchiadau",
    "heddiw", "ysgol", "plant", "blwyddyn", "dosbarth", "bore", "nos", "pawb", "hefyd", "roedd",
    "oedd", "ydy", "ydi", "bod", "cael", "gwaith", "ddiwrnod", "diwrnod", "gwych", "hapus",
    "penblwydd", "pen-blwydd", "croeso", "nain", "taid", "dda", "rhieni", "disgyblion",
    "athrawon", "gan", "dros", "ymlaen", "nesaf", "wythnos", "yma", "hon", "hwn", "sydd",
    "fydd", "bydd", "a'r", "i'r", "o'r", "ac", "efallai", "falch",
    # more of the commonest, so that a short post reads as Welsh too ("Cafodd Gwion ...")
    "yn", "ei", "eu", "teulu", "dal", "aros", "eleni", "cafodd", "fawr", "mawr", "bach",
    "newydd", "dydd", "diwethaf", "gwneud", "mae'r", "mae'n", "i'w", "sy'n", "fod", "ddim",
    "rhaid", "gallu", "isio", "eisiau", "ond", "heno", "yfory", "fory",
}  # fmt: skip
_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def looks_welsh(text: str) -> bool:
    """At least two different common Welsh words in the text."""
    return len({w.lower() for w in _WORD_RE.findall(text)} & WELSH_WORDS) >= 2


def triggers(word: str, welsh: bool) -> bool:
    """Whether `word` (as written) mutates the word after it, here."""
    key = word.lower()
    return key in TRIGGERS and (welsh or key not in AMBIGUOUS)


def radicals(word: str) -> list[str]:
    """The forms `word` may have had before a mutation (capitalised as `word` is), longest
    mutation first; [] when its first letters show none."""
    low = word.lower()
    out = []
    for mutated, undone in _UNDO:
        if low.startswith(mutated) and len(low) > len(mutated):
            out += [r + low[len(mutated) :] for r in undone]
            if len(mutated) > 1:
                break  # "Ddafydd" is "Dafydd", never "Tdafydd"
    if low[:1] in _VOWELS or low[:1] in "lrw":
        out.append("g" + low)  # soft: g lost (Gethin -> Ethin, Glyn -> Lyn, Gwen -> Wen)
    if low.startswith("h") and low[1:2] in _VOWELS:
        out.append(low[1:])  # "ei hEfa": h before a vowel after "ei" (her), "ein", "eu"
    seen, result = set(), []
    for r in out:
        if r not in seen and r != low:
            seen.add(r)
            result.append(r[:1].upper() + r[1:] if word[:1].isupper() else r)
    return result


# Forward: a radical's first letters and what each mutation makes of them (soft, nasal,
# aspirate), for words we list in their dictionary form ("carchar" is also "garchar",
# "ngharchar", "charchar" in running Welsh).
_MUTATE = [
    ("ll", ("l",)),
    ("rh", ("r",)),
    ("p", ("b", "mh", "ph")),
    ("t", ("d", "nh", "th")),
    ("c", ("g", "ngh", "ch")),
    ("b", ("f", "m")),
    ("d", ("dd", "n")),
    ("g", ("", "ng")),
    ("m", ("f",)),
]


def mutated_forms(word: str) -> tuple[str, ...]:
    """`word` (a radical, lower case) and every form a mutation may give it: "tad" ->
    "tad", "dad", "nhad", "thad"; a vowel-initial word also with "h" ("ei hysgol")."""
    low = word.lower()
    out = [low]
    for radical, mutated in _MUTATE:
        if low.startswith(radical) and len(low) > len(radical):
            out += [m + low[len(radical) :] for m in mutated]
            break
    if low[:1] in _VOWELS:
        out.append("h" + low)
    return tuple(dict.fromkeys([low, *(w for w in out if len(w) > 1)]))
