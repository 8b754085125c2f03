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
from functools import cache

from ...vocab import PersonKind
from .gaelic import looks_gaelic, radical_forms
from .name_context import (
    TITLES,
    _listed,
    _listed_with,
    _stop_words,
    _used_as_name,
    acts_beside,
    animals_named,
    listed_after_a_saint,
    noted_with,
)
from .name_initials import (
    ABBREVIATIONS,
    BARE_INITIALS_RE,
    INITIALS_RE,
    WRITTEN_UNDOTTED,
    _initials_as_person,
    listed_beside,
)
from .name_words import (
    HONORIFICS,
    MIDDLE_NAME_WORDS,
    PUPIL_ROLES,
    RANKS,
    SIBLING_TITLES,
    SURNAME_PARTICLES,
)
from .register_index import (
    NameIndex,
    NameMatch,
    _full,
    _name_inside,
    spelling_form,
)
from .tokens import (
    Word,
    camel_parts,
    name_gap,
    name_key,
    only_space_between,
    words,
)
from .welsh_mutation import looks_welsh, radicals, triggers
from .wordlists import all_given_names, given_names, kin_words, not_names

# A nickname between forename and surname: "Joshua 'Josh' Ogunleye", 'Mo "Mo" Ali'.
QUOTED_RE = re.compile(r"^\s+['\"(][A-Za-z-]+['\")]\s+$")


@cache
def _not_names_re() -> re.Pattern:
    # One pattern for every phrase, as a trie ("mary (?:poppins|seacole)"): ten thousand
    # phrases cost one scan of the text, five times faster than one alternative a phrase
    # (the longest phrase that fits still wins: each `?` is greedy).
    # A plural or possessive still counts: "two Willy Wonkas", "Roald Dahl's".
    return re.compile(r"(?<![a-z])(?:" + _trie_pattern(not_names()) + r")(?:'?s)?(?![a-z])")


def _trie_pattern(phrases) -> str:
    """A regular expression that matches exactly the given phrases, shared beginnings
    written once."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def pattern(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and not ends:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")

    return pattern(trie)


def _not_name_spans(text: str) -> list[tuple[int, int]]:
    """Book titles, public people, places: phrases in which a name-like word is no pupil.
    Not one whose first word is in lower case and a later one in capitals ("our lollipop
    man Ray Bowness" holds no Man Ray), unless a title's small word ("the Gruffalo")."""
    spans = []
    for m in _not_names_re().finditer(text.lower()):
        words = re.findall(r"[^\W\d_]+", text[m.start() : m.end()])
        if (words[0][0].islower() and words[0] not in TITLE_SMALL_WORDS
                and any(w[0].isupper() for w in words[1:])):  # fmt: skip
            continue
        spans.append(m.span())
    return spans


# The words a title or a name leaves in lower case among capitals.
TITLE_SMALL_WORDS = frozenset({
    "of", "the", "and", "a", "an", "de", "da", "do", "dos", "das", "van", "von", "der", "den",
    "le", "la", "les", "du", "y", "bin", "bint", "al", "el", "in", "on", "at", "to", "for",
    "with", "from", "ibn", "di", "del", "della", "ap", "ab", "o", "is", "it", "my", "your",
    "our", "not", "s", "or", "but", "by", "as", "into", "upon", "up", "over", "under",
})  # fmt: skip


class NoNlp:
    """What find_names knows without a language model: nothing."""

    def entity(self, start: int, end: int) -> str | None:
        return None

    def pos(self, start: int) -> str | None:
        return None

    def next_pos(self, start: int) -> str | None:
        return None

    def next_tag(self, start: int) -> str | None:
        return None

    def dep(self, start: int) -> str | None:
        return None

    english: frozenset[str] = frozenset()
    doc = None


CLIP_ENDINGS = ("sy", "ie", "s", "y", "e", "z", "o")
# Short forms of days and months ("Fri", "Sept"), which begin names too ("Frida").
CALENDAR = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat",
            "sun"}  # fmt: skip
MAX_CLIPPED_PUPILS = 3  # a stem that begins more forenames than this says nothing


def _unlisted_word(w: Word, english: frozenset[str]) -> bool:
    """A capitalised word of three letters or more, no English word, no day or month: one a
    nickname or another spelling of a register forename may be."""
    key = w.key
    return (
        bool(english) and w.capitalised and not w.raw.isupper() and len(key) >= 3
        and key.isalpha() and key not in english and key not in CALENDAR
        and key not in _stop_words()
    )  # fmt: skip


def _clipped(w: Word, index: NameIndex, english: frozenset[str]) -> list:
    """The pupils whose forename `w` may be a clipped form of: a capitalised word of 3-7
    letters that is no English word and no given name of its own (then it is somebody's
    name, not a nickname), whose stem (the word, or the word less a nickname ending)
    begins a longer register forename."""
    key = w.key
    if not _unlisted_word(w, english) or key in all_given_names() or key in index.first:
        return []
    if diminutive := _diminutive_of(key, index):
        return diminutive
    if len(key) > 7:
        return []
    return _pupils_by_stems([key, *_unended(key)], index)


# Endings that make a diminutive of any forename: Irish "-ín" ("Tadhgín", "Róisín" is a
# name of its own and so never reaches here), Spanish and Portuguese "-ito/-ita",
# "-inho/-inha" ("Joãozinho" has a "z" between), Italian "-ino/-ina".
DIMINUTIVE_ENDINGS = ("in", "ito", "ita", "inho", "inha", "zinho", "zinha", "ino", "ina")


def _diminutive_of(key: str, index: NameIndex) -> list:
    """The pupils whose whole forename, or forename less its last vowel ("Carla" ->
    "Carlita"), this word is with a diminutive ending."""
    pupils: list = []
    for ending in DIMINUTIVE_ENDINGS:
        stem = key[: -len(ending)]
        if not key.endswith(ending) or len(stem) < 3:
            continue
        for name in (stem, stem + "a", stem + "o", stem + "e"):
            pupils += [p for p in index.first.get(name, ()) if p.kind == PersonKind.PUPIL
                       and p not in pupils]  # fmt: skip
    return pupils if len(pupils) <= MAX_CLIPPED_PUPILS else []


def _pet_form_of(key: str, index: NameIndex) -> list:
    """The pupils whose forename this word may be a pet form of: the word less a pet ending
    ("gracie", "tommy": "-ie", "-y", after a doubled consonant too) begins their forename."""
    stems = _unended(key)
    return _pupils_by_stems(stems + [s[:-1] for s in stems if len(s) >= 4 and s[-1] == s[-2]],
                            index)  # fmt: skip


def _unended(key: str) -> list[str]:
    """The word less each nickname ending it has, three letters at least left."""
    return [key[: -len(e)] for e in CLIP_ENDINGS if key.endswith(e) and len(key) - len(e) >= 3]


def _pupils_by_stems(stems: list[str], index: NameIndex) -> list:
    """The pupils whose forename begins with one of `stems`; none when more than
    MAX_CLIPPED_PUPILS do (a stem that begins so many says nothing)."""
    pupils: list = []
    for stem in dict.fromkeys(stems):
        pupils += [p for p in index.pupils_by_prefix(stem) if p not in pupils]
    return pupils if len(pupils) <= MAX_CLIPPED_PUPILS else []


def _ranked(text: str, ws: list[Word], i: int, ranks=RANKS) -> bool:
    """Is word i named with a service rank (or another of `ranks`) before it ("Lt. Arthur
    Kemble")?"""
    if i == 0:
        return False
    prev = ws[i - 1]
    if not (prev.capitalised and prev.key in ranks
            and text[prev.end : ws[i].start].strip(" .") == ""):  # fmt: skip
        return False
    # A cadet's rank is a pupil's: "Cdt Cpl Tor Halvorsen went solo at gliding school".
    return not (i > 1 and ws[i - 2].key in CADET_WORDS
                and text[ws[i - 2].end : prev.start].strip(" .") == "")  # fmt: skip


CADET_WORDS = {"cdt", "cadet", "cadets"}


POSSESSIVE_RE = re.compile(r"['’]s\b")
KIN_AFTER_RE = re.compile(r"['’]s\s+(?:[\w-]+\s+)?[\w-]+")


def _kin_after(text: str, end: int) -> bool:
    """A relative after the possessive: "Hope's nan", "Hope's great-gran", "Hope's step mum"."""
    match = KIN_AFTER_RE.match(text, end)
    return bool(match) and any(w.lower() in kin_words() for w in match.group().split()[1:])


# Words of a hashtag that cheers or greets the person it ends with.
CHEER_WORDS = {
    "done", "proud", "congrats", "congratulations", "go", "luck", "birthday", "bravo",
    "welcome", "thanks", "thank", "shoutout", "yay", "miss", "love", "superstar",
}  # fmt: skip


INNER_CAPITAL_RE = re.compile(r"[a-z][A-Z]")


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
    # Initials before a surname are one adult's name ("C.S. Lewis", "R.J. Palacio"): neither
    # a pupil's initials nor the forename Lewis.
    blocked += _initialled_names(text, nlp)

    def in_not_name(w: Word) -> bool:
        return any(a <= w.start and w.end <= b for a, b in blocked)

    # Staff addressed by title: "Mrs Hughes", "Mr. Okafor". Any titled surname is an
    # adult named as staff are, never a pupil and never a private full name.
    for i, w in enumerate(ws[:-1]):
        if w.key in TITLES and (w.capitalised or w.raw == "tUasal"):  # Irish "An tUasal": Mr
            nxt = ws[i + 1]
            if nxt.key in PUPIL_ROLES:
                continue  # "Head Boy Kieran Lennon": a pupil's office, not a teacher's title
            if (w.key in SIBLING_TITLES and nlp.english and nxt.key not in nlp.english
                    and any(p.kind == PersonKind.PUPIL for p in index.first.get(nxt.key, []))
                    and nxt.key not in index.staff_surnames):  # fmt: skip
                continue  # "Sister Elka was in school throughout": a pupil, by her forename
            gap = text[w.end : nxt.start]
            if gap.strip(" .") == "" and "\n" not in gap and nxt.capitalised:
                end = i + 2
                if end < len(ws) and ws[end].capitalised and only_space_between(text, nxt, ws[end]):
                    end += 1  # "Mrs Sarah Hughes"
                staff = [
                    p for p in index.full.get(tuple(x.key for x in ws[i + 1 : end]), [])
                    if p.kind == PersonKind.STAFF
                ]  # fmt: skip
                if end - i == 3 and not staff and w.key in ("sir", "dame"):
                    pass  # "Sir Arthur Pearson", "Dame Kelly Holmes": honoured, public people
                # "Mrs A Forster": an initial with the title is how staff sign, no full name
                elif (end - i == 3 and not staff and len(nxt.key) > 1
                        and ws[i + 1].key not in index.staff_surnames
                        and ws[i + 1].key not in SURNAME_PARTICLES):  # fmt: skip
                    # "Mrs Joanne Cartwright", not on the staff: a private person's full name.
                    matches.append(NameMatch("OTHER_PERSON", nxt.start, ws[end - 1].end, [], 0.8))
                else:
                    matches.append(NameMatch("STAFF_NAME", w.start, ws[end - 1].end, staff, 1.0))
                for j in range(i, end):
                    taken[j] = True

    # Full names, longest first, words separated by white space only.
    in_post = {w.key for w in ws}  # the post's words, for the spelt-as-it-sounds check
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
            if not people and n == 2 and group[0].capitalised and group[1].capitalised:
                # spelt otherwise, as staff type a name they have heard: "Mohammed Osman"
                # (but not where the post spells the pupil's own way too: "I'm Mariam Ali,
                # not Maryam the Y11" tells two people apart)
                people = [
                    p for p in index.full_by_sound.get(
                        (spelling_form(group[0].key), group[1].key), [])
                    if in_post.isdisjoint(name_key(f) for f in p.forenames)
                ]  # fmt: skip
            if people and (_ranked(text, ws, i) or _ranked(text, ws, i, HONORIFICS)):
                # "Lieutenant Arthur Kemble, aged 19" on a war memorial, "Baba Fateh Singh"
                # in a story of the Sikh Gurus: not the pupil
                break
            if people:
                matches.append(_full(group[0], group[-1], people))
                for j in range(i, i + n):
                    taken[j] = True
                break

    # A middle name the register does not hold, between a pupil's forename and surname
    # written alike: "Gurnoor Kaur Sandhu" for Gurnoor Sandhu, "Ellie May Barnes". The middle
    # word is a given name, a word that only names (Kaur, Singh), or no English word.
    for i in range(len(ws) - 2):
        a, mid, b = ws[i], ws[i + 1], ws[i + 2]
        if taken[i] or taken[i + 1] or taken[i + 2]:
            continue
        people = [p for p in index.full.get((a.key, b.key), []) if p.kind == PersonKind.PUPIL]
        if not people or not (name_gap(text, a, mid) and name_gap(text, mid, b)):
            continue
        if in_not_name(a) or in_not_name(b):
            continue  # "Noor Inayat Khan", the SOE agent, is not Noor Khan of Year 8
        alike = (all(w.capitalised and not w.raw.isupper() for w in (a, mid, b))
                 or all(w.raw.islower() for w in (a, mid, b))
                 or all(w.raw.isupper() for w in (a, mid, b)))  # fmt: skip
        naming = (mid.key in MIDDLE_NAME_WORDS or mid.key in all_given_names()
                  or bool(nlp.english) and mid.key not in nlp.english)  # fmt: skip
        if alike and naming and len(mid.key) > 1 and not _ranked(text, ws, i):
            matches.append(_full(a, b, people))
            taken[i] = taken[i + 1] = taken[i + 2] = True

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
        # The forms below need the pair not to be two English words ("hill rose" is a hill;
        # WordNet holds "dempsey" for the boxer, not "callum").
        # (a word capitalised inside is a surname's, never an everyday word: "McMaster Ruby")
        not_english = bool(nlp.english) and not (
            a.key in nlp.english and b.key in nlp.english and not INNER_CAPITAL_RE.search(a.raw)
        )
        # Copied from a spreadsheet in lower case: "dempsey callum", or with the comma,
        # "rowles, kayden Y802..." (taken below, after the possessive's test).
        in_lower = a.raw.islower() and b.raw.islower() and not_english
        lower = in_lower and name_gap(text, a, b)
        # Both capitalised, as a list copied from a register: "K912... - McTaggart Kyle -
        # CSP in place" ("Hill Rose" may be a hill).
        title = (
            a.capitalised and b.capitalised and not a.raw.isupper() and name_gap(text, a, b)
            and not_english
        )  # fmt: skip
        # All in capitals, as a surname-first order is often written: "JUNG HA-EUN".
        shout = (
            a.raw.isupper() and b.raw.isupper() and len(a.raw) > 1 and name_gap(text, a, b)
            and not_english
        )  # fmt: skip
        if not (comma or caps or lower or title or shout):
            continue
        if comma and (
            POSSESSIVE_RE.match(text, b.end) and _kin_after(text, b.end)
            or i > 0 and ws[i - 1].capitalised and ws[i - 1].key in all_given_names()
            and only_space_between(text, ws[i - 1], a)
        ):  # fmt: skip
            # "Julie Critchley, Hope's nan": an adult's full name, then the child's; a
            # register lists "Critchley, Hope" with neither a first name before nor a
            # relative after ("Ferreira, Marina's DOB" is the child's).
            continue
        people = index.full.get((b.key, a.key))
        if people and (a.capitalised and b.capitalised or lower or comma and in_lower):
            matches.append(_full(a, b, people))
            taken[i] = taken[i + 1] = True
            continue
        # A forename of two words after the surname: "Tran, Ngoc Anh", "Lam Hoi Ching" (the
        # order Cantonese and Vietnamese names are said in).
        if i + 2 < len(ws) and not taken[i + 2] and name_gap(text, b, ws[i + 2]):
            people = index.full.get((b.key, ws[i + 2].key, a.key))
            if people and a.capitalised and b.capitalised and ws[i + 2].capitalised:
                matches.append(_full(a, ws[i + 2], people))
                taken[i] = taken[i + 1] = taken[i + 2] = True
                continue
        # A surname of two words, a particle first: "Ó Ceallaigh Caolán", "Mac Cormaic, Niamh".
        particle = ws[i - 1] if i > 0 and not taken[i - 1] else None
        if (particle is not None and particle.key in SURNAME_PARTICLES
                and name_gap(text, particle, a) and (comma or title or caps)):  # fmt: skip
            people = index.full.get((b.key, particle.key, a.key))
            if people and a.capitalised and b.capitalised:
                matches.append(_full(particle, b, people))
                taken[i - 1] = taken[i] = taken[i + 1] = True

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
            continue
        # The surname first, as a register lists it: "#ElliottMarcus" for Marcus Elliott.
        parts = camel_parts(w.raw) if w.hashtag else []
        people = len(parts) == 2 and index.full.get((name_key(parts[1]), name_key(parts[0])))
        if people:
            matches.append(_full(w, w, people, start=w.start - 1))
            taken[i] = True

    # A forename closing a hashtag that cheers someone: "#ProudOfYouMaisie", "#WellDoneKit",
    # "#GoodLuckWiktoria". The cheer says a person follows ("#TeamKit" is kit, "#GoldenRuby"
    # a wedding); a word-name still needs more ("#WellDoneHope" may wish hope on anyone).
    for i, w in enumerate(ws):
        parts = camel_parts(w.raw) if w.hashtag and not taken[i] else []
        if len(parts) < 2 or not CHEER_WORDS & {name_key(p) for p in parts[:-1]}:
            continue
        key = name_key(parts[-1])
        pupils = [p for p in index.first.get(key, []) if p.kind == PersonKind.PUPIL]
        if pupils and key in given_names():
            matches.append(NameMatch("PUPIL_FORENAME", w.end - len(parts[-1]), w.end, pupils,
                                     0.85 if len(pupils) == 1 else 0.6, w.end))  # fmt: skip
            taken[i] = True

    # A name as Welsh grammar mutates it after certain words (welsh_mutation.py): "i
    # Ddafydd", "gyda Thwm Owen", "a Fabli". Only a word the register does not hold as
    # written, after a word that mutates the next.
    welsh = looks_welsh(text)
    for i in range(1, len(ws)):
        w, before = ws[i], ws[i - 1]
        if (
            taken[i] or not w.capitalised or w.key in index.first
            or not triggers(before.raw, welsh) or not only_space_between(text, before, w)
        ):  # fmt: skip
            continue
        forms = [(name_key(radical), radical) for radical in radicals(w.raw)]
        _changed_form(text, ws, taken, i, forms, index, matches, "welsh_mutation",
                      lambda key: index.first.get(key, []))  # fmt: skip

    # A name as Gaelic grammar changes it, in a post with Gaelic in it (gaelic.py): "a
    # Mhàiri", "athair Fhionnlaigh", "Eòghainn (4G)"; or a forename's English form the
    # register does not hold ("Mary" for Màiri).
    if looks_gaelic(text):
        _gaelic_names(text, ws, taken, index, matches)

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

    # (only a register forename can be a candidate: the other words need not be asked)
    animals = animals_named(text, [w for w in ws if w.key in index.first])
    candidates = [
        i for i, w in enumerate(ws)
        if not taken[i] and w.key in index.first and not in_not_name(w)
        and any(p.kind == PersonKind.PUPIL for p in index.first[w.key])
        # "the stories of Prophet Musa, Isa and Maryam": the story's names, even as a pair
        and not listed_after_a_saint(text, ws, i)
        and w.key not in animals
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
    accepted |= _run_of_forenames(text, ws, candidates, index)
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
                and (_listed_with(text, ws, i, accepted | anchors)
                     or acts_beside(text, ws, i, accepted | anchors, nlp)
                     or noted_with(text, ws, i, accepted | anchors))
            ):  # fmt: skip
                accepted.add(i)
                changed = True
    # A forename the post has already used as a pupil's name is that pupil again where the
    # parse reads it as a proper noun: "Grace and Faith on the climbing frame 🙌 Grace has
    # finally mastered the monkey bars!" (not the verb of "Well done Hope! Hope you ...").
    # Not a longer proper name's first word ("Teddy Hospital").
    named_once = {ws[i].key for i in accepted}

    def longer_name(i: int) -> bool:
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        return nxt is not None and nxt.capitalised and only_space_between(text, ws[i], nxt)

    accepted |= {
        i for i in candidates
        if ws[i].capitalised and ws[i].key in named_once and nlp.pos(ws[i].start) == "PROPN"
        and not longer_name(i)
    }  # fmt: skip
    for i in sorted(accepted):
        w = ws[i]
        pupils = [p for p in index.first[w.key] if p.kind == PersonKind.PUPIL]
        start = w.start - 1 if w.hashtag else w.start
        score = 0.85 if len(pupils) == 1 else 0.6
        matches.append(NameMatch("PUPIL_FORENAME", start, w.end, pupils, score, w.end))
        taken[i] = True

    # A forename cut short, as friends and staff say it: "Tobs" (Tobias), "Mase" (Mason),
    # "Kiz" (Kizzy), "Blessy" (Blessing). English makes most nicknames so (clipping, then
    # "-s", "-y", "-ie", "-e", "-z", "-o"); a register cannot list them all. Else a forename
    # spelt as it sounds, otherwise than the register has it: "Ayan" (Ayaan), "Khushee"
    # (Khushi). Staff type names they have heard; transliterations vary.
    for i, w in enumerate(ws):
        if taken[i] or in_not_name(w):
            continue
        pupils, detail = _clipped(w, index, nlp.english), {"clipped": True}
        if not pupils and _unlisted_word(w, nlp.english):
            pupils, detail = index.pupils_spelled_as(w.key), {"spelt_otherwise": True}
            pupils = pupils if len(pupils) <= MAX_CLIPPED_PUPILS else []
        if pupils and _used_as_name(text, ws, i, index, nlp):
            start = w.start - 1 if w.hashtag else w.start
            matches.append(NameMatch("PUPIL_FORENAME", start, w.end, pupils, 0.6, w.end,
                                     detail))  # fmt: skip
            taken[i] = True

    # A pet form of a pupil the post has named already: "Grace Appleby ... so proud of you
    # Gracie", "Thomas Hughes ... go Tommy". "Gracie" is a name of its own, so the clipped
    # forms above leave it; beside Grace Appleby it is Grace.
    named = {p.ref for m in matches if m.entity in ("PUPIL_FULL_NAME", "PUPIL_FORENAME")
             for p in m.people if p.kind == PersonKind.PUPIL}  # fmt: skip
    for i, w in enumerate(ws):
        if taken[i] or not named or not w.capitalised or w.key in index.first or in_not_name(w):
            continue
        pupils = [p for p in _pet_form_of(w.key, index) if p.ref in named]
        if pupils:
            start = w.start - 1 if w.hashtag else w.start
            matches.append(NameMatch("PUPIL_FORENAME", start, w.end, pupils, 0.6, w.end,
                                     {"clipped": True}))  # fmt: skip
            taken[i] = True

    # Initials: "O.B.", "O. B.", "o.b."; undotted ("OB") only where they stand as a
    # person would ("well done to OB and LZ!").
    found_initials, abbreviations = [], []
    for match in [*INITIALS_RE.finditer(text), *BARE_INITIALS_RE.finditer(text)]:
        key = "".join(g for g in match.groups() if g).lower()
        if key not in index.initials:
            continue
        if key in ABBREVIATIONS and not (key in WRITTEN_UNDOTTED and match.group().count(".") >= 2):
            abbreviations.append((match, key))
            continue
        start, end = match.span()
        if any(m.start < end and start < m.end for m in matches + found_initials):
            continue
        if any(a <= start and end <= b for a, b in blocked):
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
    # ... and never an English word ("shoutout to my form": "my" is no M.Y.).
    matches += sure + [
        m for m in found_initials
        if m not in sure and text[m.start : m.end].islower() and _initials_as_person(text, m, sure)
        and text[m.start : m.end] not in _stop_words()
    ]  # fmt: skip
    # "TA" is a teaching assistant, "PE" a subject; but in "DH and TA in Year 11" it stands
    # in a list of initials that a name cue follows: a pupil's initials too.
    pairs = [(match, NameMatch("PUPIL_INITIALS", *match.span(),
                               [p for p in index.initials[key] if p.kind == "pupil"], 0.6,
                               match.end(), {"bare": "." not in match.group()}))
             for match, key in abbreviations]  # fmt: skip
    for match, m in pairs:
        people, bare = m.people, m.detail["bare"]
        beside = [o for o in sure if listed_beside(text, m, o)]
        # ... or beside another such pair, in capitals: "Well done to AM and HR who ..."
        beside += [o for _, o in pairs if o is not m and text[o.start : o.end].isupper()
                   and listed_beside(text, m, o)]  # fmt: skip
        # ... or in a list of pupils' names: "Goals from B.C., Ianto and Destiny".
        among_names = not bare and any(
            o.entity in ("PUPIL_FORENAME", "PUPIL_FULL_NAME") and listed_beside(text, m, o)
            for o in matches
        )
        listed = match.group().isupper() and (
            among_names or beside and any(_initials_as_person(text, n, []) for n in (m, *beside))
        )
        # ... or dotted as the post writes its children: "Sack race: E.K. Egg and spoon: B.L.
        # Obstacle course: P.C.", "j.v. m.d. and g.r. in eryr".
        dotted = [o for o in sure if text[o.start : o.end].count(".") >= 2]
        written_so = match.group().count(".") >= 2 and len(dotted) >= DOTTED_IN_POST
        # ... or dotted in a list with a child's dotted initials: "the mammoths by S.B. and
        # P.C.!" (two children, written alike).
        written_so = (
            written_so or match.group().count(".") >= 2 and any(o in dotted for o in beside)
        )
        if people and (listed or written_so or _initials_as_subject(text, match, nlp)):
            matches.append(m)
    matches.sort(key=lambda m: m.start)
    _surname_told_by_family(text, ws, index, matches, blocked)
    return matches


DOTTED_IN_POST = 2  # other children's dotted initials that make a post one written in initials
RUN_OF_NAMES = 3  # forenames side by side, with no commas, that make a list


def _run_of_forenames(text: str, ws: list[Word], candidates: list[int], index: NameIndex) -> set:
    """Three or more pupils' forenames side by side with only spaces between, each a
    different pupil's ("Maryam Ellie-Mae Hêvî - teach me please!!"): a list written without
    its commas, not one person's names (two may be a forename and a surname)."""
    found: set[int] = set()
    run: list[int] = []
    for i in [*candidates, -1]:
        if (
            run
            and i == run[-1] + 1
            and ws[i].capitalised
            and only_space_between(text, ws[run[-1]], ws[i])
        ):
            run.append(i)
            continue
        pupils = [
            {p.ref for p in index.first[ws[j].key] if p.kind == PersonKind.PUPIL} for j in run
        ]
        if len(run) >= RUN_OF_NAMES and all(
            a.isdisjoint(b) for a, b in zip(pupils, pupils[1:], strict=False)
        ):
            found |= set(run)
        run = [i] if i >= 0 and ws[i].capitalised else []
    return found


INITIALLED_NAME_RE = re.compile(
    r"(?<![A-Za-z.])(?:[A-Z]\.\s?){2,3}[ \t]([A-Z][a-z]+(?:['’-][A-Za-z]+)?)(?![\w'’-])"
)


def _initialled_names(text: str, nlp) -> list[tuple[int, int]]:
    """Dotted initials and a surname after them, the way authors and officials are named:
    the surname a name word or no English word (not "A.B. Great work!")."""
    english = nlp.english or frozenset()
    return [
        m.span() for m in INITIALLED_NAME_RE.finditer(text)
        if ((key := m.group(1).lower()) in all_given_names() or key not in english)
        and key not in _stop_words()  # "Secretary: J.M. We can't wait": a new sentence
        # not "P.S. Ollie has started ...": a postscript, then the child
        and re.sub(r"[^a-z]", "", m.group().lower()[: m.start(1) - m.start()]) not in ABBREVIATIONS
    ]  # fmt: skip


def _initials_as_subject(text: str, match, nlp) -> bool:
    """Are dotted capitals that spell an abbreviation ("A.M.", "P.E.") a person's initials
    here? Yes where a family word after "'s" or a verb of a person's doing follows them and no
    number comes before: "A.M. came to find me at break", "P.E.'s mum"; not "at 9 A.M. sharp".
    Being the subject is not enough: "P.E. is on Tuesday" is one too."""
    written = match.group()
    if "." not in written or not written.replace(".", "").isupper():
        return False
    if re.search(r"\d\s*$", text[max(0, match.start() - 4) : match.start()]):
        return False
    after = text[match.end() : match.end() + 30]
    if re.match(r"['’]s\s+(?:mum|dad|mam|nan|gran|parents?|family|carers?|brother|sister)\b",
                after, re.IGNORECASE):  # fmt: skip
        return True
    nxt = re.match(r"\s+([a-z]+)", after)
    return (bool(nxt) and nxt.group(1) in PERSON_VERBS
            and nlp.pos(match.end() + nxt.start(1)) in ("VERB", None))  # fmt: skip


# Verbs of what a person does, after initials that could be an abbreviation ("A.M. came").
PERSON_VERBS = {"came", "comes", "said", "says", "told", "tells", "asked", "asks", "cried",
                "smiled", "laughed", "wants", "wanted", "needs", "needed", "went", "goes",
                "ran", "walked", "felt", "feels", "hugged", "spoke", "speaks", "wrote", "drew",
                "sang", "danced", "tried", "managed", "remembered", "forgot", "whispered",
                "shouted", "admitted", "explained", "confided", "disclosed", "stayed"}  # fmt: skip


def _surname_told_by_family(text: str, ws: list[Word], index: NameIndex, matches,
                            public: list[tuple[int, int]]) -> None:  # fmt: skip
    """A pupil named by forename where the post also names an adult by their full name with
    the pupil's own surname ("Justyna Nowak, Zuzia's mum", "thanks to Julie Critchley, Hope's
    nan"): the reader has the child's full name, so the forename counts as one. Not a
    public person's name (`public`: "Runrig's Calum and Rory Macdonald"), nor the pupil's
    own forename before the surname."""
    names = [(m.start, m.end) for m in matches] + list(public)
    for m in matches:
        if m.entity != "PUPIL_FORENAME":
            continue
        key = name_key(text[m.start : m.first_word_end or m.end])
        surnames = set(index.surnames_of.get(key, []))
        for j in range(1, len(ws)):
            w, before = ws[j], ws[j - 1]
            if (
                w.key in surnames and w.capitalised and before.capitalised
                and before.key in all_given_names() and before.key not in TITLES
                and before.key != key
                and only_space_between(text, before, w)
                and not any(a < w.end and before.start < b for a, b in names)
            ):  # fmt: skip
                m.entity = "PUPIL_FULL_NAME"
                m.detail = {**m.detail, "surname_from": text[before.start : w.end]}
                break


def _gaelic_names(text: str, ws: list[Word], taken: list[bool], index: NameIndex,
                  matches: list[NameMatch]) -> None:  # fmt: skip
    for i, w in enumerate(ws):
        if taken[i] or not w.capitalised or w.key in index.first:
            continue
        forms = [(key, key) for key in [w.key, *(name_key(r) for r in radical_forms(w.raw))]]

        def first_of(key: str, written: str = w.key) -> list:
            # the register's forename only in a changed form; its English form as written
            changed = index.first.get(key, []) if key != written else []
            return changed + index.gaelic_first.get(key, [])

        _changed_form(text, ws, taken, i, forms, index, matches, "gaelic_form", first_of)


def _changed_form(
    text: str, ws: list[Word], taken: list[bool], i: int, forms: list, index: NameIndex,
    matches: list[NameMatch], label: str, first_of,
) -> bool:  # fmt: skip
    """Word i, which the register does not hold as written, by the forms (key, as said in
    the finding's detail) a language's grammar may have made it from: a full name with
    the word after it, else a pupil's forename (`first_of(key)`: whom a key may be)."""
    w = ws[i]
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    for key, said in forms:
        if key != w.key and nxt is not None and not taken[i + 1] and name_gap(text, w, nxt):
            people = index.full.get((key, nxt.key))
            if people:
                match = _full(w, nxt, people)
                match.detail = {label: said}
                matches.append(match)
                taken[i] = taken[i + 1] = True
                return True
        pupils = []
        for person in first_of(key):
            if person.kind == PersonKind.PUPIL and person not in pupils:
                pupils.append(person)
        if pupils:
            matches.append(NameMatch("PUPIL_FORENAME", w.start, w.end, pupils, 0.85, w.end,
                                     {label: said}))  # fmt: skip
            taken[i] = True
            return True
    return False
