"""The word lists in detect/data/, read once on first use."""

from functools import cache

from ..models import data_file


def _lines(name: str) -> list[str]:
    text = data_file(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def first_names() -> frozenset[str]:
    return frozenset(word for line in _lines("first_names.txt") for word in line.split())


@cache
def word_names() -> frozenset[str]:
    return frozenset(word for line in _lines("word_names.txt") for word in line.split())


@cache
def not_names() -> tuple[str, ...]:
    """Phrases in which a name-like word is no private person: titles, places, events
    (not_names.txt), public people, authors, saints and characters (public_people.txt), and
    places of two words or more from GeoNames (places.txt: "Lyme Regis", "Hong Kong"), and
    the world's famous people from Pantheon 1.0 (famous_people.txt: "Taras Shevchenko")."""
    public = _lines("public_people.txt")
    short = [_short_form(p) for p in public]
    listed = (_lines("not_names.txt") + public + [p for p in short if p] + _lines("places.txt")
              + _lines("famous_people.txt"))  # fmt: skip
    return tuple(dict.fromkeys(listed))


@cache
def home_places() -> frozenset[str]:
    """Every place of the UK, Ireland, the Isle of Man and the Channel Islands (GeoNames,
    home_places.txt), of one word or more, lower-case ASCII: "prestbury", "charlton kings"."""
    return frozenset(_lines("home_places.txt"))


@cache
def home_areas() -> frozenset[str]:
    """home_places() and the UK's nations, regions and counties (uk_areas.txt): somewhere a
    child may come from without coming from abroad."""
    return home_places() | frozenset(_lines("uk_areas.txt"))


@cache
def not_name_set() -> frozenset[str]:
    """not_names() for look-ups by the whole phrase."""
    return frozenset(not_names())


# How the papers and children write public people's first names ("Jess Ennis-Hill").
SHORT_FORMS = {
    "jessica": "jess", "thomas": "tom", "william": "will", "robert": "bob", "richard": "dick",
    "elizabeth": "liz", "katherine": "kate", "catherine": "kate", "michael": "mike",
    "christopher": "chris", "benjamin": "ben", "daniel": "dan", "joseph": "joe",
    "samuel": "sam", "alexander": "alex", "nicholas": "nick", "matthew": "matt",
    "anthony": "tony", "stephen": "steve", "steven": "steve", "david": "dave",
    "frederick": "fred", "edward": "ed", "jonathan": "jon", "rebecca": "becky",
    "victoria": "vicky", "jennifer": "jenny", "margaret": "maggie", "kenneth": "ken",
    "timothy": "tim", "peter": "pete", "andrew": "andy",
}  # fmt: skip


def _short_form(phrase: str) -> str | None:
    first, _, rest = phrase.partition(" ")
    return f"{SHORT_FORMS[first]} {rest}" if first in SHORT_FORMS and rest else None


@cache
def given_names() -> frozenset[str]:
    """Given names from public name statistics and many communities (given_names.txt),
    with the hand-kept common list; names that are also everyday words are left out."""
    names = {w for line in _lines("given_names.txt") for w in line.split()} | first_names()
    return frozenset(names - word_names() - given_name_words())


@cache
def all_given_names() -> frozenset[str]:
    """Every given name we know, also those that are everyday words: for a capitalised pair
    ("Mark Pollard"), where the capitals already say it may be a name."""
    return given_names() | word_names() | given_name_words()


@cache
def given_name_words() -> frozenset[str]:
    """Given names that are everyday words too ("will", "hope", "bank")."""
    return frozenset(w for line in _lines("given_names_words.txt") for w in line.split())


@cache
def kin_words() -> frozenset[str]:
    """Words for a child's family members, in English and UK communities' home languages
    (kin_words.txt: "bibi", "babcia", "yiayia")."""
    return frozenset(w for line in _lines("kin_words.txt") for w in line.split("|")[0].split())
