"""Finding the register's pupils and staff by name in a post's (folded) text.

Full names are matched in any casing, with extra spaces, possessive ("Olivia
Barker's"), as a hashtag or run together (#OliviaBarker); a forename alone and
initials ("O.B.") too. Staff are found so that "Mrs Hughes" is known to be staff
and never taken for a pupil or a private person.

Precision matters as much as recall: many forenames are also words ("Rose",
"Summer", "May", "Jack"). A forename alone that is an everyday word counts only
where it is used as a name (see `_used_as_name`).
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from ...vocab import PersonKind
from .normalise import fold_name
from .tokens import (
    PERSON_PRONOUN_RE,
    Word,
    camel_parts,
    name_gap,
    name_key,
    only_space_between,
    words,
)
from .wordlists import all_given_names, given_names, not_names

TITLES = {"mr", "mrs", "miss", "ms", "mx", "dr", "sir", "dame", "prof", "professor",
          "rev", "revd", "reverend", "father", "sister", "madame", "mme", "mister",
          "coach", "head", "headteacher", "teacher"}  # fmt: skip
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"}  # fmt: skip
# Capitalised words after a name-like word that make it a place, event or thing.
THING_WORDS = {
    "zoo", "park", "square", "quay", "pier", "harbour", "palace", "museum", "centre", "center",
    "hall", "church", "school", "academy",
    "farm", "castle", "tower", "bank", "project", "valley", "forest", "garden", "gardens",
    "theatre", "library", "cathedral", "abbey", "beach", "bay", "lake", "island", "stadium",
    "arena", "trust", "club", "fair", "fete", "day", "week", "term", "festival", "road",
    "street", "lane", "avenue", "class", "group", "team", "house", "room", "cottage",
    "wood", "woods", "hill", "hills", "river", "bridge", "station", "court", "close",
    "cup", "award", "awards", "concert", "show", "service", "assembly", "appeal", "league",
    "wedding", "warning", "holiday", "holidays", "half", "market", "cafe", "shop", "book",
    "books", "night", "champion", "costume", "costumes", "party", "prize", "trophy", "medal",
    "certificate", "challenge", "competition", "workshop", "lesson", "lessons", "reading",
    "potters", "telescope", "railway", "airport", "hospital", "council", "rotary", "trip",
    "visit", "residential", "tour", "run", "race", "games", "olympics", "marathon", "sale",
    "disco", "camp", "parade", "gala", "evening", "morning", "afternoon", "meeting", "session",
    "orchestra", "choir", "band", "quiz", "raffle", "walk", "hike", "rally", "exhibition",
    "high", "primary", "infants", "juniors", "college", "grammar", "nursery", "university",
}  # fmt: skip
NAME_CUES_BEFORE = (
    "birthday girl", "birthday boy", "little", "my little", "our little", "well done",
    "congratulations to", "congratulations", "congrats to", "congrats", "thank you",
    "thanks to", "thanks", "proud of", "shout out to", "shoutout to", "star of the week",
    "welcome to", "welcome", "hello", "happy birthday", "good luck", "goodbye", "bravo", "go",
    "awarded to", "presented to", "dear",
)  # fmt: skip
NAME_CUES_AFTER_RE = re.compile(
    r"^(?:'s|\s+(?:(?:is|was|are)\s+)?(?:in|from|of)\s+(?:year|reception|class|y\d|[ps][1-7]\b)"
    r"|\s*\(\s*(?:year|y\d|[ps][1-7]\b|reception|born|b\.|\d"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d)"
    r"|\s+(?:was|is)\s+(?:our|a|the|this\s+week's|today's)?\s*[\w\s-]{0,20}?"
    r"(?:star|superstar|champion|winner|hero|helper|reader|writer|artist|scientist"
    r"|mathematician|ambassador|captain|monitor|player|learner)\b"
    r"|,?\s+(?:who|won|scored|came|finished|made|did|got|read|wrote|drew|sang"
    r"|played|received|achieved|earned|took|joined|showed|helped)\b"
    r"|\s+for\s+(?:his|her|their)\b)",
    re.IGNORECASE,
)
# A nickname between forename and surname: "Joshua 'Josh' Ogunleye", 'Mo "Mo" Ali'.
QUOTED_RE = re.compile(r"^\s+['\"(][A-Za-z-]+['\")]\s+$")
# Words that may begin a question ("Will I...?", "May we...?") and are forenames too.
MODAL_NAMES = {"will", "may", "can", "did", "should", "would", "could", "must"}
SUBJECTS = {"i", "you", "we", "they", "he", "she", "it", "there", "this", "that", "all",
            "everyone", "anyone", "someone", "parents", "children", "your", "our"}  # fmt: skip
# A place in a race or a list of winners: "2nd Freddie B, 3rd Summer".
PLACE_RE = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)|\b(?:first|second|third|winner)s?)\s*:?$")
# A surname initial after a forename: "Olivia B.", "Ruby T (nut allergy)".
INITIAL_RE = re.compile(r"^\s+[A-Z]\.?(?![A-Za-z])")
SAINTS = {"st", "saint"}
NOT_PERSON_LABELS = {"GPE", "LOC", "FAC", "ORG", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
INITIALS_RE = re.compile(
    r"(?<![A-Za-z.])([A-Z])\.\s?([A-Z])\.?(?![A-Za-z])|(?<![A-Za-z.])([a-z])\.([a-z])\.(?![A-Za-z])"
)
BARE_INITIALS_RE = re.compile(
    r"(?<![A-Za-z.#@'])([A-Z])([A-Z])(?![A-Za-z.'])|(?<![A-Za-z.#@'])([a-z])([a-z])(?![A-Za-z.'])"
)
ABBREVIATIONS = {"pe", "re", "dt", "it", "uk", "am", "pm", "eg", "ie", "ps", "nb", "tv", "dj",
                 "mp", "gp", "ad", "bc", "us", "eu", "ok", "rs", "vc", "pc", "jp", "ta", "ht",
                 "hr", "qc", "md", "st", "co", "ft", "lt", "mr", "dr"}  # fmt: skip


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
        # The school's class names ("Afon", "Kestrels"): "Joy in Afon" is a pupil.
        self.classes = {name_key(p.class_name) for p in pupils if getattr(p, "class_name", "")}
        self.max_words = 2
        for p in pupils:
            firsts = [n for n in dict.fromkeys((p.preferred_forename, p.forename)) if n]
            person = Person(PersonKind.PUPIL, p.upn, p.display, tuple(firsts))
            for first in firsts:
                self._add_full(first, p.surname, person)
                for key in _keys(first):
                    self.first.setdefault(key, []).append(person)
                initials = (fold_name(first)[:1] + fold_name(p.surname)[:1]).lower()
                self.initials.setdefault(initials, []).append(person)
        for s in staff:
            person = Person(PersonKind.STAFF, s.ref, s.display, (s.forename,))
            self._add_full(s.forename, s.surname, person)
            self.staff_surnames.add(name_key(fold_name(s.surname)))

    def _add_full(self, first: str, surname: str, person: Person) -> None:
        folded = fold_name(f"{first} {surname}")
        # "Al-Amin" is also written "Al Amin"; "O'Neill" is also "ONeill" (name_key).
        for variant in {folded, folded.replace("-", " ")}:
            key = tuple(name_key(w) for w in variant.split())
            self.max_words = max(self.max_words, len(key))
            if person not in self.full.setdefault(key, []):
                self.full[key].append(person)
                self.joined.setdefault("".join(key), []).append(person)


def _keys(first: str) -> list[str]:
    """A forename's look-up keys: the whole ("mary jane" -> "maryjane") and its first word."""
    folded = fold_name(first).split()
    keys = ["".join(name_key(w) for w in folded)]
    if len(folded) > 1:
        keys.append(name_key(folded[0]))
    return keys


@cache
def _not_names_re() -> re.Pattern:
    # One alternation, longest first, so that a thousand phrases cost one scan of the text.
    phrases = sorted(not_names(), key=len, reverse=True)
    # A plural or possessive still counts: "two Willy Wonkas", "Roald Dahl's".
    return re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, phrases)) + r")(?:'?s)?(?![a-z])")


def _not_name_spans(text: str) -> list[tuple[int, int]]:
    """Book titles, public people, places: phrases in which a name-like word is no pupil."""
    return [m.span() for m in _not_names_re().finditer(text.lower())]


class NoNlp:
    """What find_names knows without a language model: nothing."""

    def entity(self, start: int, end: int) -> str | None:
        return None

    def pos(self, start: int) -> str | None:
        return None

    def next_pos(self, start: int) -> str | None:
        return None

    def dep(self, start: int) -> str | None:
        return None

    english: frozenset[str] = frozenset()


def find_names(text: str, index: NameIndex, nlp=None) -> list[NameMatch]:
    """Every register name in `text` (already folded).

    `nlp` (see recognizers.NlpInfo) says which spaCy entity covers a span and each
    word's part of speech; it is used only to judge whether a word that is also a
    name ("Rose", "Will") is used as one here.
    """
    nlp = nlp or NoNlp()
    ws = words(text)
    taken = [False] * len(ws)
    matches: list[NameMatch] = []
    blocked = _not_name_spans(text)

    def in_not_name(w: Word) -> bool:
        return any(a <= w.start and w.end <= b for a, b in blocked)

    # Staff addressed by title: "Mrs Hughes", "Mr. Okafor". Any titled surname is an
    # adult named as staff are, never a pupil and never a private full name.
    for i, w in enumerate(ws[:-1]):
        if w.key in TITLES and w.capitalised:
            nxt = ws[i + 1]
            gap = text[w.end : nxt.start]
            if gap.strip(" .") == "" and "\n" not in gap and nxt.capitalised:
                end = i + 2
                if end < len(ws) and ws[end].capitalised and only_space_between(text, nxt, ws[end]):
                    end += 1  # "Mrs Sarah Hughes"
                staff = [
                    p for p in index.full.get(tuple(x.key for x in ws[i + 1 : end]), [])
                    if p.kind == PersonKind.STAFF
                ]  # fmt: skip
                if end - i == 3 and not staff and ws[i + 1].key not in index.staff_surnames:
                    # "Mrs Joanne Cartwright", not on the staff: a private person's full name.
                    matches.append(NameMatch("OTHER_PERSON", nxt.start, ws[end - 1].end, [], 0.8))
                else:
                    matches.append(NameMatch("STAFF_NAME", w.start, ws[end - 1].end, staff, 1.0))
                for j in range(i, end):
                    taken[j] = True

    # Full names, longest first, words separated by white space only.
    for i in range(len(ws)):
        if taken[i]:
            continue
        for n in range(min(index.max_words, len(ws) - i), 1, -1):
            group = ws[i : i + n]
            if any(taken[i : i + n]):
                continue
            if not all(name_gap(text, a, b) for a, b in zip(group, group[1:], strict=False)):
                continue
            people = index.full.get(tuple(w.key for w in group))
            if people:
                matches.append(_full(group[0], group[-1], people))
                for j in range(i, i + n):
                    taken[j] = True
                break

    # A nickname in quotes between the names: "Joshua 'Josh' Ogunleye".
    for i in range(len(ws) - 2):
        a, nick, b = ws[i], ws[i + 1], ws[i + 2]
        if taken[i] or taken[i + 2]:
            continue
        people = index.full.get((a.key, b.key)) or index.full.get((nick.key, b.key))
        if people and QUOTED_RE.match(text[a.end : b.start]):
            matches.append(_full(a, b, people))
            taken[i] = taken[i + 1] = taken[i + 2] = True

    # Surname first, as registers list them: "Barker, Olivia", "BARKER Olivia".
    for i in range(len(ws) - 1):
        a, b = ws[i], ws[i + 1]
        if taken[i] or taken[i + 1]:
            continue
        comma = text[a.end : b.start].strip() == ","
        caps = a.raw.isupper() and len(a.raw) > 1 and not b.raw.isupper() and name_gap(text, a, b)
        if not (comma or caps):
            continue
        people = index.full.get((b.key, a.key))
        if people and a.capitalised and b.capitalised:
            matches.append(_full(a, b, people))
            taken[i] = taken[i + 1] = True

    # Run together: "#OliviaBarker", "OliviaBarker", "oliviabarker"; inside a longer
    # hashtag: "#WellDoneOliviaBarker", "#welldoneoliviabarker".
    for i, w in enumerate(ws):
        if taken[i]:
            continue
        people = index.joined.get(w.key)
        if people:
            start = w.start - 1 if w.hashtag else w.start
            first_len = len(camel_parts(w.raw)[0]) if camel_parts(w.raw) else 0
            m = _full(w, w, people, start=start)
            m.first_word_end = w.start + first_len if first_len else w.end
            matches.append(m)
            taken[i] = True
            continue
        inner = _name_inside(w, index)
        if inner is not None:
            matches.append(inner)
            taken[i] = True

    # A forename alone. Words that are also everyday words are judged one by one, then
    # a list such as "Grace and Hope" or "Ruby, Willow and Poppy" counts as a whole
    # when one of its members is surely a name.
    # A forename of two words as the register has it ("Fatima Zahra", "Mary Jane"): a name.
    for i in range(len(ws) - 1):
        a, b = ws[i], ws[i + 1]
        people = index.first.get(a.key + b.key)
        if taken[i] or taken[i + 1] or not people or not only_space_between(text, a, b):
            continue
        pupils = [p for p in people if p.kind == PersonKind.PUPIL]
        if pupils and (a.capitalised and b.capitalised or a.key in given_names()):
            matches.append(NameMatch("PUPIL_FORENAME", a.start, b.end, pupils, 0.9, b.end,
                                     {"whole_forename": True}))  # fmt: skip
            taken[i] = taken[i + 1] = True

    candidates = [
        i for i, w in enumerate(ws)
        if not taken[i] and w.key in index.first and not in_not_name(w)
        and any(p.kind == PersonKind.PUPIL for p in index.first[w.key])
    ]  # fmt: skip
    accepted = {i for i in candidates if _used_as_name(text, ws, i, index, nlp)}
    # A full name anchors a list too: "Sunny and Star Bishop".
    anchors = {
        i
        for i, w in enumerate(ws)
        if taken[i]
        and any(m.entity == "PUPIL_FULL_NAME" and m.start <= w.start < m.end for m in matches)
    }
    # Two capitalised forenames side by side ("Holly and Ivy"), one of which the model
    # reads as a proper noun: both are names, unless the pair is a known phrase.
    for i in candidates:
        for j in candidates:
            if (
                i < j
                and ws[i].capitalised
                and ws[j].capitalised
                and _listed(text, ws, i, j)
                and (
                    "PROPN" in (nlp.pos(ws[i].start), nlp.pos(ws[j].start))
                    and "DATE"
                    not in (nlp.entity(ws[i].start, ws[i].end), nlp.entity(ws[j].start, ws[j].end))
                )
            ):
                accepted |= {i, j}
    # The post names the pupil in full elsewhere: the forename alone is the same child
    # ("Bake sale for Hope 💛 Hope Trevithick starts her chemo next week").
    named_in_full = {
        name_key(f)
        for m in matches
        if m.entity == "PUPIL_FULL_NAME"
        for person in m.people
        for f in person.forenames
    }
    accepted |= {i for i in candidates if ws[i].capitalised and ws[i].key in named_in_full}
    changed = True
    while changed:
        changed = False
        for i in candidates:
            if (
                i not in accepted
                and ws[i].capitalised
                and _listed_with(text, ws, i, accepted | anchors)
            ):
                accepted.add(i)
                changed = True
    for i in sorted(accepted):
        w = ws[i]
        pupils = [p for p in index.first[w.key] if p.kind == PersonKind.PUPIL]
        start = w.start - 1 if w.hashtag else w.start
        score = 0.85 if len(pupils) == 1 else 0.6
        matches.append(NameMatch("PUPIL_FORENAME", start, w.end, pupils, score, w.end))
        taken[i] = True

    # Initials: "O.B.", "O. B.", "o.b."; undotted ("OB") only where they stand as a
    # person would ("well done to OB and LZ!").
    found_initials = []
    for match in [*INITIALS_RE.finditer(text), *BARE_INITIALS_RE.finditer(text)]:
        key = "".join(g for g in match.groups() if g).lower()
        if key in ABBREVIATIONS or key not in index.initials:
            continue
        start, end = match.span()
        if any(m.start < end and start < m.end for m in matches + found_initials):
            continue
        people = [p for p in index.initials[key] if p.kind == PersonKind.PUPIL]
        if people:
            bare = "." not in match.group()
            found_initials.append(NameMatch("PUPIL_INITIALS", start, end, people,
                                            0.6 if bare else 0.7, end, {"bare": bare}))  # fmt: skip
    # Lower-case pairs ("cr") only beside initials that are surely initials ("MW and cr").
    sure = [
        m for m in found_initials
        if not m.detail["bare"]
        or text[m.start : m.end].isupper() and _initials_as_person(text, m, found_initials)
    ]  # fmt: skip
    matches += sure + [
        m for m in found_initials
        if m not in sure and text[m.start : m.end].islower() and _initials_as_person(text, m, sure)
    ]  # fmt: skip
    matches.sort(key=lambda m: m.start)
    return matches


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


def _initials_as_person(text: str, m: NameMatch, others: list[NameMatch]) -> bool:
    """Undotted capitals are initials of a pupil only beside other initials or a name cue."""
    if any(o is not m and INITIALS_GAP_RE.match(text[min(o.end, m.end) : max(o.start, m.start)])
           for o in others):  # fmt: skip
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


def _full(first: Word, last: Word, people: list[Person], start: int | None = None) -> NameMatch:
    entity = "STAFF_NAME" if all(p.kind == PersonKind.STAFF for p in people) else "PUPIL_FULL_NAME"
    pupils = [p for p in people if p.kind == PersonKind.PUPIL] or people
    return NameMatch(entity, first.start if start is None else start, last.end, pupils, 1.0,
                     first.end)  # fmt: skip


def _used_as_name(text: str, ws: list[Word], i: int, index: NameIndex, nlp) -> bool:
    """Is this forename-like word a person's name here, rather than a word or place?"""
    w = ws[i]
    label = nlp.entity(w.start, w.end)
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    prev = ws[i - 1] if i > 0 else None
    gap_after = text[w.end : nxt.start] if nxt is not None else ""
    if (
        nxt is not None
        and nxt.capitalised
        and nxt.key in THING_WORDS
        and (gap_after.strip(" '") == "" or gap_after.startswith("'s "))
    ):
        return False  # "Chester Zoo", "St Thomas' Church"
    if prev is not None and prev.capitalised and (prev.key in TITLES or prev.key in SAINTS):
        return False
    if w.key in MODAL_NAMES and nxt is not None and nxt.key in SUBJECTS:
        return False  # "Will I ever...?", "May we remind you": a question, not a name
    after = text[w.end : w.end + 60]
    if w.capitalised and INITIAL_RE.match(after) and not re.match(r"\s+I\b", after):
        return True  # "Grace A", "Hope A, Ibrahim W": a forename and a surname initial
    if (
        label in NOT_PERSON_LABELS
        and nxt is not None
        and nxt.capitalised
        and (only_space_between(text, w, nxt))
    ):
        return False  # part of a capitalised place or title the model recognised
    parts = w.raw.lower().split("-")
    if w.key in given_names() or len(parts) > 1 and all(p in all_given_names() for p in parts):
        # A well-known given name that is no everyday word: a name in any casing
        # ("olivia" still counts: case is an evasion).
        return True
    english = nlp.english
    no_word = bool(english) and w.key not in english and not any(p in english for p in parts)
    if no_word and not w.capitalised and len(w.key) >= 3 and w.key not in _stop_words():
        # A register forename that is no English word, typed in lower case ("shout out to
        # lili-mai and harri"): as with "olivia" above, case is no reason to doubt it.
        return True
    # Everyday words ("Rose", "May", "Summer") and names we do not know as given names
    # ("Precious", "Mat", "Angel") need to look like a name here.
    if not w.capitalised or w.raw.isupper() and len(w.raw) > 1 and not text.isupper():
        return False
    if w.key in MONTHS and (_month_context(text, ws, i) or label == "DATE"):
        return False
    if _listed_with_a_word(text, ws, i, index, english):
        return False  # "Grace and patience are what we need"
    if (
        nxt is not None and nxt.raw.islower() and only_space_between(text, w, nxt)
        and nlp.next_pos(w.start) == "NOUN" and nxt.key not in WHEN_WORDS
    ):  # fmt: skip
        return False  # "Bill payments", "Summer term": the word is part of a noun phrase
    if (
        nxt is not None and nxt.capitalised and only_space_between(text, w, nxt)
        and nxt.key not in index.first and not INITIAL_RE.match(text[w.end :])
    ):  # fmt: skip
        return False  # "Summer Fair", "Hope Valley": a capitalised phrase
    if re.match(r"\s+of\s+the\s+[A-Z]", text[w.end : w.end + 12]):
        return False  # "Angel of the North", "Star of the Week": a title
    if label == "PERSON":
        return True
    if no_word:
        return True  # a register forename that is no English word ("Chidera", "Jericho")
    before = text[max(0, w.start - 30) : w.start].lower().rstrip(" ,:!-")
    before = re.sub(r"\s+to$", "", before)  # "happy birthday to", "well done to"
    if any(before.endswith(cue) for cue in NAME_CUES_BEFORE) or PLACE_RE.search(before):
        return True
    if NAME_CUES_AFTER_RE.match(after) or INITIAL_RE.match(after):
        return True
    in_class = re.match(r"\s+(?:\(|in\s+|from\s+)([A-Za-z]+)", after)
    if in_class and name_key(in_class.group(1)) in index.classes:
        return True  # "Joy in Afon", "Grace (Kestrels)"
    # "Rain has taught us so much since she got her implants", "because Patience has sickle
    # cell herself", "Rain is very quiet today. It's a year since her mum died": the word
    # does something and the text goes on to call it he or she (in the same sentence or
    # the next), so it is somebody.
    does = nlp.next_pos(w.start) in ("AUX", "VERB") or nlp.dep(w.start) == "nsubj"
    if (
        does
        and (_sentence_start(text, w.start) or w.key not in MONTHS | SEASONS)
        and PERSON_PRONOUN_RE.search(_this_and_next_sentence(text, w.end))
    ):
        return True
    if (
        not _sentence_start(text, w.start)
        and w.key not in MONTHS | SEASONS
        and (prev is None or prev.key not in ("of", "the", "a"))  # "full of Hope"
        and PERSON_PRONOUN_RE.search(_this_and_next_sentence(text, w.end))
    ):
        # Capitalised where the sentence gives no reason to, then called he or she: "Cant
        # stop thinking about Hope today, shes been..."
        return True
    if _sentence_start(text, w.start) and re.match(r"\s*,\s", after) and w.key not in MONTHS:
        return True  # "Ruby, don't forget your kit": someone spoken to
    # The model's grammar: a proper noun that does something ("River spotted a kingfisher").
    return nlp.pos(w.start) == "PROPN" and nlp.next_pos(w.start) == "VERB"


# Words for people that stand beside a name in a list ("Ruby and family", "Hope and her mum").
PEOPLE_WORDS = frozenset({
    "family", "families", "mum", "mam", "mom", "dad", "mummy", "daddy", "parents", "friends",
    "friend", "brother", "brothers", "sister", "sisters", "siblings", "cousin", "cousins",
    "nan", "nana", "gran", "granny", "grandad", "grandma", "grandparents", "auntie", "uncle",
    "classmates", "class", "team", "teammates", "everyone", "co", "pals", "carers", "baby",
    "dog", "twins", "others", "partner", "her", "his", "their", "the", "our", "my", "me", "i",
})  # fmt: skip
# Only "and", "or", "&" join a list here: a comma alone is as often a pause ("Thanks
# Amber, very kind", "Ruby, born 30 January").
WORD_LIST_GAP_RE = re.compile(r"^\s*,?\s*(?:and|&|or)\s*$")


def _listed_with_a_word(text: str, ws: list[Word], i: int, index: NameIndex, english) -> bool:
    """Is the word one of a list whose next or previous item is an everyday word that is no
    name? A list joins like with like: "Grace and patience", "Hope and kindness"."""
    if not english:
        return False
    joins = {"and", "or"}
    before = i - 2 if i >= 2 and ws[i - 1].key in joins else i - 1
    after = i + 2 if i + 2 < len(ws) and ws[i + 1].key in joins else i + 1
    for j in (before, after):
        if not 0 <= j < len(ws):
            continue
        other = ws[j]
        gap = text[other.end : ws[i].start] if j < i else text[ws[i].end : other.start]
        if other.key == ws[i].key and other.raw.islower() and gap.strip(" ,") == "":
            return True  # "Rain, rain and more rain": the word said again, in lower case
        if not WORD_LIST_GAP_RE.match(gap):
            continue
        if (
            other.key in english
            and other.key not in PEOPLE_WORDS
            and other.key not in index.first
            # "patience" in lower case is a word; a capitalised "Ivy" may be somebody
            and (other.raw.islower() or other.key not in all_given_names())
        ):
            return True
    return False


SEASONS = frozenset({"spring", "summer", "autumn", "winter"})
# Nouns to spaCy, but "Hope today" is no noun phrase.
WHEN_WORDS = frozenset({"today", "tonight", "yesterday", "tomorrow", "tmrw", "2day", "2moro"})


@cache
def _stop_words() -> frozenset[str]:
    """English function words ("the", "and"), which WordNet's lemmas leave out."""
    from spacy.lang.en.stop_words import STOP_WORDS  # spaCy is loaded by then: no cost

    return frozenset(STOP_WORDS)


def _this_and_next_sentence(text: str, pos: int) -> str:
    """The rest of the sentence from `pos`, and the sentence after it."""
    rest = text[pos : pos + 240]
    parts = re.split(r"[.!?\n]+", rest, maxsplit=2)
    return " ".join(parts[:2])


def _sentence_start(text: str, pos: int) -> bool:
    """At the start of the text, after . ! ? or a line break, or after an emoji, which
    posts use as a full stop ("... in BSL 🤟 Rain has taught us")."""
    before = text[:pos].rstrip()
    if not before or before[-1] in ".!?:\n" or re.fullmatch(r"\W+", before):
        return True
    return unicodedata.category(before[-1]) in ("So", "Sk", "Cs")


LIST_GAP_RE = re.compile(r"^\s*(?:,|&|\band\b|,\s*and\b|\bor\b)\s*$")
# Between initials in a list, a class in brackets may stand: "a.n. (Herons) and TU".
INITIALS_GAP_RE = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?(?:,|&|\band\b|,\s*and\b|\bor\b)\s*$")


def _listed_with(text: str, ws: list[Word], i: int, accepted: set[int]) -> bool:
    """Is word i in a list ("A, B and C") with a word already accepted as a name?"""
    return any(_listed(text, ws, i, j) for j in accepted)


def _listed(text: str, ws: list[Word], i: int, j: int) -> bool:
    """Are words i and j neighbours in a list: "A, B", "A and B", "A & B"?"""
    if abs(i - j) > 2:
        return False
    a, b = (ws[j], ws[i]) if j < i else (ws[i], ws[j])
    return LIST_GAP_RE.match(text[a.end : b.start]) is not None


def _month_context(text: str, ws: list[Word], i: int) -> bool:
    """'3rd May', 'May 3rd', 'May half term', 'in May', 'May bank holiday'."""
    before = text[max(0, ws[i].start - 12) : ws[i].start].lower()
    after = text[ws[i].end : ws[i].end + 16].lower()
    return bool(
        re.search(
            r"(\d(st|nd|rd|th)?|\bin|\bof|\bearly|\blate|\bmid|\bnext|\blast|\bthis)\s*$", before
        )
        or re.match(r"\s*(\d|half|bank|holiday|term|day|fair|time)", after)
    )
