"""The register's names as look-up tables (NameIndex, built once per register version) and
the matches find_names (register_names.py) makes from them."""

import re
from dataclasses import dataclass, field

from ...vocab import PersonKind
from .gaelic import forename_forms, surname_forms
from .name_words import SURNAME_PARTICLES
from .normalise import fold_name
from .tokens import Word, camel_parts, name_key


@dataclass
class Person:
    kind: str  # PersonKind.PUPIL or PersonKind.STAFF
    ref: str  # UPN or staff ref
    display: str
    forenames: tuple[str, ...]  # known-as first, then the legal forename (as written)


@dataclass
class NameMatch:
    entity: str  # PUPIL_FULL_NAME, PUPIL_FORENAME, PUPIL_INITIALS, STAFF_NAME
    start: int
    end: int
    people: list[Person]
    score: float
    first_word_end: int = 0  # where the forename ends, for a redaction that keeps it
    detail: dict = field(default_factory=dict)


class NameIndex:
    """Look-up tables of the register's names, built once per register version."""

    def __init__(self, pupils, staff):
        self.full: dict[tuple[str, ...], list[Person]] = {}
        self.joined: dict[str, list[Person]] = {}
        self.first: dict[str, list[Person]] = {}
        self.initials: dict[str, list[Person]] = {}
        self.staff_surnames: set[str] = set()
        # A pupil forename's surnames (keys): "Jonjo McD" is Jonjo McDonagh cut short.
        self.surnames_of: dict[str, list[str]] = {}
        self._surnames: frozenset[str] | None = None
        # A forename's Gaelic or English equivalent ("Màiri" for "Mary"): read as the pupil
        # only in a post with Gaelic in it (register_names.py).
        self.gaelic_first: dict[str, list[Person]] = {}
        # The school's class names ("Afon", "Kestrels"): "Joy in Afon" is a pupil.
        self.classes = {name_key(p.class_name) for p in pupils if getattr(p, "class_name", "")}
        # Those of two words or more, folded ("lydia eva", "red kites"): a class named after a
        # boat or a person is no private adult ("Scroby and Lydia Eva - Wednesday").
        folded_classes = (fold_name(getattr(p, "class_name", "") or "") for p in pupils)
        self.class_phrases = {c for c in folded_classes if len(c.split()) > 1}
        self.max_words = 2
        # A pupil's full name by the sound of the forename (spelling_form) and the surname as
        # spelt: "Mohammed Osman" for Mohamed Osman, "Ayan Hussain" for Ayaan Hussain.
        self.full_by_sound: dict[tuple[str, str], list[Person]] = {}
        for p in pupils:
            firsts = [n for n in dict.fromkeys((p.preferred_forename, p.forename)) if n]
            person = Person(PersonKind.PUPIL, p.upn, p.display, tuple(firsts))
            surname_words = fold_name(p.surname).split() or [""]
            for first in firsts:
                self._add_full(first, p.surname, person)
                first_words = fold_name(first).split() or [""]
                if len(first_words) == 1 and len(surname_words) == 1 and surname_words[0]:
                    sound = (spelling_form(name_key(first_words[0])), name_key(surname_words[0]))
                    self.full_by_sound.setdefault(sound, []).append(person)
                self.surnames_of.setdefault(name_key(fold_name(first)), []).append(
                    name_key(fold_name(p.surname))
                )
                for key in _keys(first):
                    self.first.setdefault(key, []).append(person)
                # "H.d.G." for Hugo de Gruchy: a particle's letter too, as written
                # and "M.C.S." for Maria Clara Santos: each word of a forename of two;
                # "L-R.E." for Lily-Rose Errington: each part of a hyphened one
                parts = "-".join(first_words).split("-")
                for initials in dict.fromkeys(
                    (first_words[0][:1] + surname_words[0][:1],
                     first_words[0][:1] + "".join(w[:1] for w in surname_words),
                     "".join(w[:1] for w in first_words) + surname_words[0][:1],
                     "".join(w[:1] for w in parts) + surname_words[0][:1])
                ):  # fmt: skip
                    self.initials.setdefault(initials.lower(), []).append(person)
            self._add_gaelic(firsts, p.surname, person)
            for other in [*anglicised_forms(p.surname), *surname_parts(p.surname)]:
                for first in firsts:
                    self._add_full(first, other, person)
        for s in staff:
            person = Person(PersonKind.STAFF, s.ref, s.display, (s.forename,))
            self._add_full(s.forename, s.surname, person)
            self.staff_surnames.add(name_key(fold_name(s.surname)))
        # The forename keys by their first three letters, for pupils_by_prefix.
        self._by_prefix: dict[str, list[str]] = {}
        for key in self.first:
            self._by_prefix.setdefault(key[:3], []).append(key)
        # Pupils by the way their forename sounds (spelling_form), for pupils_spelled_as.
        self._by_sound: dict[str, list[Person]] = {}
        for key, people in self.first.items():
            sound = self._by_sound.setdefault(spelling_form(key), [])
            sound += [p for p in people if p.kind == PersonKind.PUPIL and p not in sound]

    def surnames(self) -> frozenset[str]:
        """Every pupil surname (keys), built once."""
        if self._surnames is None:
            self._surnames = frozenset(s for keys in self.surnames_of.values() for s in keys)
        return self._surnames

    def surname_cut_short(self, forename_key: str, word_key: str) -> bool:
        """Whether `word_key` (two letters or more) begins, and is shorter than, the surname
        of a pupil with this forename: "McD" after "Jonjo" for Jonjo McDonagh."""
        return len(word_key) >= 2 and any(
            s.startswith(word_key) and s != word_key for s in self.surnames_of.get(forename_key, [])
        )

    def pupils_by_prefix(self, stem: str) -> list[Person]:
        """Pupils with a forename that begins with `stem` and is longer: the forenames a
        clipped nickname ("Tobs", "Kiz") may stand for."""
        out: list[Person] = []
        for key in self._by_prefix.get(stem[:3], []):
            if key.startswith(stem) and len(key) > len(stem):
                out += [p for p in self.first[key] if p.kind == PersonKind.PUPIL and p not in out]
        return out

    def pupils_spelled_as(self, key: str) -> list[Person]:
        """Pupils whose forename sounds as `key` does but is spelt otherwise: "Ayan" for
        Ayaan, "Khushee" for Khushi, "Mathew" for Matthew (spelling_form)."""
        return [] if key in self.first else self._by_sound.get(spelling_form(key), [])

    def _add_gaelic(self, firsts: list[str], surname: str, person: Person) -> None:
        """The full names a Gaelic-medium school writes for a pupil the register holds in
        English, or the other way round (data/gaelic_names.txt): "Màiri NicLeòid" for Màiri
        MacLeod, "Ciorstaidh Moireach" for Ciorstaidh Murray. A whole name is that pupil in
        any post; a forename's English equivalent alone only in a Gaelic one."""
        equivalents = [f for first in firsts for f in forename_forms(first)]
        # Not "Hugh MacRae" for Eòghann MacRae: an English form with the family's surname
        # may be his father; "Eòghann NicRath" is only ever the child.
        gaelic = [f for first in firsts for f in forename_forms(first, gaelic_only=True)]
        others = surname_forms(surname)
        for first in firsts:  # with the register's surname: added already
            for other in others:
                self._add_full(first, other, person)
        for first in gaelic:
            for other in [surname, *others]:
                self._add_full(first, other, person)
        for first in equivalents:
            for key in _keys(first):
                if person not in self.gaelic_first.setdefault(key, []):
                    self.gaelic_first[key].append(person)

    def _add_full(self, first: str, surname: str, person: Person) -> None:
        folded = fold_name(f"{first} {surname}")
        # "Al-Amin" is also written "Al Amin"; "O'Neill" is also "ONeill" (name_key).
        for variant in {folded, folded.replace("-", " ")}:
            key = tuple(name_key(w) for w in variant.split())
            self.max_words = max(self.max_words, len(key))
            if person not in self.full.setdefault(key, []):
                self.full[key].append(person)
                self.joined.setdefault("".join(key), []).append(person)


def surname_parts(surname: str) -> list[str]:
    """Each part of a double surname, by which it is said on its own: "Vale Restrepo" for
    Valentina Restrepo Ospina (Spanish says the first), "Gonçalo Andrade" for Gonçalo Silva
    Andrade (Portuguese the last), "Jada Campbell" for Jada Campbell-Lewis, "Beatriz
    Ferreira" for Beatriz dos Santos Ferreira. A particle and one name are one surname ("Ó
    Ceallaigh", "da Costa", "van der Berg": anglicised_forms and the register's own spelling
    cover them); and not a part of two letters."""
    names = [w for w in re.split(r"[\s-]+", fold_name(surname).strip())
             if name_key(w) not in SURNAME_PARTICLES]  # fmt: skip
    if len(names) < 2:
        return []
    return [w for w in names if len(w) > 2]


def anglicised_forms(surname: str) -> list[str]:
    """The forms an Irish or Scottish surname with a particle is also written in, the
    particle joined: "Ó Néill" -> "O'Néill" ("Donncha O'Neill" is Donnchadh Ó Néill),
    "Mac Cormaic" -> "MacCormaic", "McCormaic"; and the other way ("O'Neill" -> "Ó Neill").
    Forms that need a dictionary ("Ó Ceallaigh" -> "Kelly") are not guessed."""
    words = surname.split()
    folded = fold_name(surname)
    if len(words) == 2 and folded.split()[0] in ("o", "ua"):
        return [f"O'{words[1]}"]
    if len(words) == 2 and folded.split()[0] == "mac":
        return [f"Mac{words[1]}", f"Mc{words[1]}"]
    if len(words) == 1 and re.match(r"O['’]\w", surname):
        return [f"Ó {surname[2:]}"]
    return []


# Spellings of one sound that names are written in, as staff type a name they have heard
# or seen transliterated: "kh" and "k", "ee" and "i", "oo" and "u".
SOUND_SPELLINGS = (("ph", "f"), ("kh", "k"), ("ck", "k"), ("ee", "i"), ("ii", "i"),
                   ("oo", "u"), ("ou", "u"))  # fmt: skip


def spelling_form(key: str) -> str:
    """A forename key as it sounds: the spellings above as one, a letter doubled as one, a
    "y" after the first letter as "i", and no "h" after a final vowel ("Sarah", "Sara")."""
    for spelt, said in SOUND_SPELLINGS:
        key = key.replace(spelt, said)
    key = re.sub(r"(.)\1+", r"\1", key)
    key = key[:1] + key[1:].replace("y", "i")
    return re.sub(r"([aeiou])h$", r"\1", key)


def _keys(first: str) -> list[str]:
    """A forename's look-up keys: the whole ("mary jane" -> "maryjane") and its first word,
    of two words or hyphenated ("Maisie" for Maisie-Rae, as staff shorten it)."""
    folded = fold_name(first).split()
    keys = ["".join(name_key(w) for w in folded)]
    if len(folded) > 1:
        keys.append(name_key(folded[0]))
    elif "-" in folded[0] and len(head := folded[0].split("-")[0]) >= MIN_HEAD:
        keys.append(name_key(head))
    return keys


MIN_HEAD = 3  # "Jo-Ann" is no "Jo"; "Maisie-Rae" is Maisie


def _name_inside(w: Word, index: NameIndex) -> NameMatch | None:
    """A register full name inside a longer hashtag or run-together word."""
    parts = camel_parts(w.raw)
    if parts:
        keys = [name_key(p) for p in parts]
        for n in range(min(index.max_words, len(keys)), 1, -1):
            for i in range(len(keys) - n + 1):
                people = index.full.get(tuple(keys[i : i + n]))
                if people:
                    start = w.start + len("".join(parts[:i]))
                    end = start + len("".join(parts[i : i + n]))
                    return NameMatch(_entity(people), start, end, _pupils_first(people), 1.0,
                                     start + len(parts[i]))  # fmt: skip
        return None
    if not w.hashtag or not w.raw.islower():
        return None
    for joined, people in index.joined.items():
        pos = w.key.find(joined) if len(joined) >= 8 else -1
        if pos > 0 and w.raw[pos : pos + len(joined)] == joined:
            start = w.start + pos
            return NameMatch(_entity(people), start, start + len(joined), _pupils_first(people),
                             0.9, start + len(joined))  # fmt: skip
    return None


def _entity(people: list[Person]) -> str:
    return "STAFF_NAME" if all(p.kind == PersonKind.STAFF for p in people) else "PUPIL_FULL_NAME"


def _pupils_first(people: list[Person]) -> list[Person]:
    return [p for p in people if p.kind == PersonKind.PUPIL] or people


def _full(first: Word, last: Word, people: list[Person], start: int | None = None) -> NameMatch:
    entity = "STAFF_NAME" if all(p.kind == PersonKind.STAFF for p in people) else "PUPIL_FULL_NAME"
    pupils = [p for p in people if p.kind == PersonKind.PUPIL] or people
    return NameMatch(entity, first.start if start is None else start, last.end, pupils, 1.0,
                     first.end)  # fmt: skip
