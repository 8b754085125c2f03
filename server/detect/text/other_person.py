"""Full names of private people who are not in the register (a parent thanked by name).

spaCy's PERSON entities, and a known first name followed by a capitalised word,
are candidates; a candidate counts only as a full name (two words or more) that
is not a place or event, and not a register or staff name (the caller removes
those overlaps).
"""

import re
from functools import cache

from .circumstance_terms import post_languages, record_acronyms
from .contact import Span
from .name_context import THING_WORDS, TITLES, _stop_words
from .name_words import MONTHS, MONUMENT_WORDS, NATO_ALPHABET, RANK_WORDS, SAINTS, SURNAME_PARTICLES
from .normalise import fold_name
from .tokens import camel_parts, only_space_between, words
from .welsh_mutation import looks_welsh
from .wordlists import all_given_names, first_names, given_names, home_places, not_name_set

# Words before a name that say who the person is, and are not part of the name.
KIN = {"grandad", "grandpa", "granddad", "grandma", "granny", "nana", "nanna", "nan", "gran",
       "mum", "mummy", "dad", "daddy", "mama", "mam", "mammy", "papa", "tata", "auntie",
       "aunty", "aunt", "uncle", "cousin", "parent",
       "governor", "chair", "pc", "officer", "councillor", "cllr", "author", "artist",
       "volunteer", "coach", "chef", "nurse", "vicar", "canon", "pastor", "imam", "rabbi",
       "captain", "happy", "dear", "thanks", "thank", "well", "done",
       "congratulations"}  # fmt: skip
_FAMILY = (
    r"(?:great-?)*(?:grand)?(?:ma|mum|mother|pa|dad|father|parent|daughter|son|child)s?"
    r"|nan|nana|nanna|gran|granny|grandad|grandpa|auntie|aunty|aunt|uncle|cousin"
    # what children call their parents in the families' languages and dialects ("my mama
    # Aldona Petrauskienė")
    r"|mama|mam|mammy|papa|tata"
)
FAMILY_BEFORE_RE = re.compile(rf"\b(?:{_FAMILY})\s*$", re.IGNORECASE)
FAMILY_AFTER_RE = re.compile(rf"^,?\s+(?:(?:the|our|a|his|her)\s+)?(?:{_FAMILY})\b", re.IGNORECASE)
# Letters after a name that put the person in public life.
HONOURS = {"MP", "MS", "AS", "MSP", "MLA", "AM", "MEP", "OBE", "MBE", "CBE", "KC", "QC"}
# In a post that reads as Welsh, spaCy's English model takes Welsh words for names ("cael
# eu", "SEREN YR WYTHNOS", "Mae Liv" where "mae" is "is"). Welsh words a name never holds
# (articles, prepositions, verbs of being; not "ap"/"ab", "son of"), and words before a name
# that are not part of it.
WELSH_NOT_IN_NAME = {"y", "yr", "a", "ac", "o", "i", "yn", "ar", "am", "eu", "ei", "mae",
                     "wedi", "gyda", "efo", "i'r", "a'r", "o'r", "yw", "ydy", "oedd", "bod",
                     "sy", "sydd", "hefyd", "iawn", "hapus", "da", "heddiw"}  # fmt: skip
GAP_BREAK_RE = re.compile(r"[-–—,;:|/()+&]")  # "Maisie + Jayden's nan": two children
# Between two words of one name there is only space, an initial's dot or an apostrophe
# ("O' Brien"); an emoji or "!" ends it ("Welcome back Ailbhe 💚 Finished her chemo").
NAME_GAP_RE = re.compile(r"[\s.'’\u200b-\u200d\u2060\ufeff]*")
WELSH_BEFORE_NAME = {"mae", "roedd", "diolch", "llongyfarchiadau", "croeso", "annwyl",
                     "hapus", "da", "iawn", "gyda", "efo", "i", "a", "ac"}  # fmt: skip
# Things that are given people's names: "Storm Babet", "Hurricane Katrina".
NAMED_LIKE_PEOPLE = {"storm", "hurricane", "cyclone", "typhoon", "tropical"}
# Before a name, these make it a public or historical figure ("Lady Anne Clifford").
NOBLE = {"st", "saint", "sant", "santes", "lord", "lady", "king", "queen", "prince", "princess",
         "sir", "dame", "duke", "duchess", "emperor", "empress", "pope", "president",
         # ("The Earl Sigurd is off service": a ferry named after an earl of Orkney)
         "earl", "countess", "baron", "baroness", "viscount", "marquess", "tsar", "czar",
         "sultan", "jarl", "kaiser",
         # the same in Welsh: "Syr Ifan ab Owen Edwards", "y Brenin Arthur"
         "syr", "brenin", "brenhines", "tywysog", "tywysoges"}  # fmt: skip
# Welsh names a building or a body first and whom it is named after second: "Ysgol Syr
# Hugh Owen", "Canolfan Owain Glyndŵr", "Neuadd Dewi Sant" (as the detectors read them,
# accents folded). Not THING_WORDS' Welsh words, which overlap: those say a pupil's
# forename is part of a place's name; these say a full name is, and hold no day, class or
# team ("Dydd", "Dosbarth", "Tîm" before a name leave it a person's).
WELSH_NAMED_AFTER = {"ysgol", "coleg", "prifysgol", "capel", "eglwys", "neuadd", "canolfan",
                     "castell", "pont", "stryd", "heol", "ffordd", "lon", "ty", "clwb", "parc",
                     "ysbyty", "gwesty", "tafarn", "theatr", "amgueddfa", "llyfrgell", "plas",
                     "cofeb", "gwobr", "tlws", "cwpan"}  # fmt: skip
HONOURED = NOBLE | SAINTS  # "Baba Zorawar Singh", "Mata Gujri": honorifics of histories told
NAME_WORD_RE = re.compile(
    r"^(?:(?:[OD]'\s?|Mc|Mac)?[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)*|[A-Z]{2,}(?:['-][A-Z]+)*"
    r"|[a-z]+(?:['-][a-z]+)*)$"
)
# Before a name written in lower case ("thanks to john smith"): the words that say a person
# is being named, so that "to amy for" is not read as a name.
LOWER_CUE_RE = re.compile(
    r"(?:thanks?(?: you| u| ya)?(?: so much)?(?: to)?|congratulations(?: to)?|well done(?: to)?"
    r"|cheers(?: to)?|especially|welcome(?: to)?|shout ?out to|grandad|grandpa|grandma|granny"
    r"|nana|nan|mum|dad|auntie|aunt|uncle|parent|neighbour|volunteer|helper|coach|visitor|guest"
    r"|chair|treasurer|secretary|governor|esp\.?)s?[\s,:]*$"
)
# Words that make the next lower-case words a person even when the given name is also an
# everyday word: a title ("mrs ngozi eze") or a role with the name in brackets ("Faith's
# social worker (joy nwosu)").
LOWER_TITLE_RE = re.compile(
    r"(?:\b(?:mr|mrs|ms|miss|mx|dr)\.?\s+"
    r"|\b(?:worker|nurse|officer|therapist|counsellor|mentor|advocate|interpreter|carer"
    r"|visitor|coach|tutor|guardian)s?\s*[(,:-]\s*)$"
)
LIST_GAP_RE = re.compile(r"^\s*(?:,|,?\s*(?:and|&))\s*$")
# Weaker cues before a name in lower case (_lower_case_names): "to" after a word that is no
# English one (a thanks in the family's language: "Obrigadu barak to"), or a capitalised
# full name and "and".
TO_AFTER_WORD_RE = re.compile(r"\b([^\W\d_]+)\s+to\s*$")
NAME_AND_RE = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z][\w'’-]+)+\s+(?:and|&)\s*$")
NOT_SURNAME = {
    "and",
    "for",
    "from",
    "who",
    "with",
    "the",
    "our",
    "your",
    "has",
    "have",
    "had",
    "was",
    "is",
    "are",
    "will",
    "to",
    "at",
    "in",
    "on",
    "x",
    "xx",
    "xxx",
    "too",
    "as",
    "all",
    "so",
    "very",
    "today",
    "tonight",
    "again",
    "also",
}


def _names_in_hashtags(ws, names) -> list[tuple[int, int, float]]:
    """ "#ThankYouDerekLumb": a given name and the capitalised word after it, in a hashtag."""
    out = []
    public = not_name_set()  # "#MaryPoppins" is a character
    for w in ws:
        parts = camel_parts(w.raw) if w.hashtag else []
        offset = w.start
        for a, b in zip(parts, parts[1:], strict=False):
            # (not a word a sentence is made of: "#HugoInGuernsey" is Victor Hugo in Guernsey)
            if (a.lower() in names and len(b) > 1 and b.lower() not in THING_WORDS
                    and b.lower() not in _stop_words()
                    and f"{a} {b}".lower() not in public):  # fmt: skip
                out.append((offset, offset + len(a) + len(b), 0.6))
            offset += len(a)
    return out


def _lower_case_names(
    text: str, ws, names, english: frozenset[str] = frozenset()
) -> list[tuple[int, int, float]]:
    """ "thanks to john smith": a known given name and one more word, all in lower case,
    right after words that name a person. Only given names that are no everyday word.
    Where the words before say less (a thanks in another language and "to", or a capitalised
    name and "and": "Obrigadu barak to armando guterres", "Mirela Krasniqi and bekim
    dervishi"), the second word must be no English one either."""
    out = []
    for i, w in enumerate(ws[:-1]):
        nxt = ws[i + 1]
        if not (w.raw.islower() and nxt.raw.islower()):
            continue
        titled = LOWER_TITLE_RE.search(text[max(0, w.start - 30) : w.start].lower())
        if not (w.key in names or titled and w.key in all_given_names()):
            continue
        if nxt.key in NOT_SURNAME or len(nxt.raw) < 3:
            continue
        if not only_space_between(text, w, nxt):
            continue
        listed = out and LIST_GAP_RE.match(text[out[-1][1] : w.start])
        before = text[max(0, w.start - 40) : w.start]
        if listed or titled or LOWER_CUE_RE.search(before.lower()):
            out.append((w.start, nxt.end, 0.6))  # and the next of a list: "x y, z w and ..."
        elif english and not _english_form(nxt.key, english) and _weak_cue(before, english):
            out.append((w.start, nxt.end, 0.6))
    return out


def _weak_cue(before: str, english: frozenset[str]) -> bool:
    """A capitalised full name and "and" just before, or "to" after a word no English
    dictionary holds (a thanks in another language); "went to", "talked to" are English."""
    if NAME_AND_RE.search(before):
        return True
    to = TO_AFTER_WORD_RE.search(before)
    return (
        bool(to)
        and not _english_form(to.group(1).lower(), english)
        and (to.group(1).lower() not in _stop_words())
    )


def other_people(text: str, person_spans: list[tuple[int, int]],
                 english: frozenset[str] = frozenset(),
                 not_people: list[tuple[int, int]] = ()) -> list[Span]:  # fmt: skip
    """Candidates: spaCy PERSON spans (given) and first-name + capitalised-word pairs.
    `english`: lemmas of English words (WordNet's, from spaCy's lemmatizer): a PERSON span
    whose first word is no English word is a name even if our name lists miss it.
    `not_people`: spans spaCy read as events, works or laws."""
    candidates: list[tuple[int, int, float]] = [(s, e, 0.75) for s, e in person_spans]
    ws = words(text)
    candidates += _lower_case_names(text, ws, given_names(), english)
    names = person_first_names()
    for i, w in enumerate(ws[:-1]):
        nxt = ws[i + 1]
        if (
            (w.key in names or _hyphenated_given_name(w.raw, names))
            and w.capitalised
            and nxt.capitalised
            and only_space_between(text, w, nxt)
        ):
            end = nxt
            if (
                i + 2 < len(ws)
                and ws[i + 2].capitalised
                and only_space_between(text, nxt, ws[i + 2])
                and ws[i + 2].key not in THING_WORDS
            ):
                end = ws[i + 2]
            candidates.append((w.start, end.end, 0.7))

    addresses = _email_local_parts(text)  # once a post, for every candidate
    with_contact = _named_with_contact(text, ws, english, addresses)
    with_contact += _unknown_word_pairs(text, ws, english, not_people)
    after_kin = _named_after_kin(text, ws, english)
    with_contact += after_kin + _korean_names(text, ws)
    candidates += with_contact

    out: list[Span] = []
    spacy_spans = set(person_spans)
    contact_spans = {(s, e) for s, e, _ in with_contact}
    kin_spans = {(s, e) for s, e, _ in after_kin}
    welsh = looks_welsh(text)
    for start, end, score in sorted(candidates, key=lambda c: (c[0], -c[1])):
        contact = (start, end) in contact_spans
        spelt = contact and _spelt_in_an_email(addresses, words(text[start:end]))
        spelt = spelt or (start, end) in kin_spans  # (a family word names the person)
        span = _clean(text, start, end, english if (start, end) in spacy_spans else None,
                      contact=contact, welsh=welsh, spelt=spelt)  # fmt: skip
        if span is None:
            continue
        s, e = span
        if any(o.start <= s < o.end or s <= o.start < e for o in out):
            continue
        if _named_as_a_place(text, s, e):
            continue
        out.append(Span("OTHER_PERSON", s, e, score, text[s:e]))
    for s, e, score in _names_in_hashtags(ws, names):
        if not any(o.start < e and s < o.end for o in out):
            out.append(Span("OTHER_PERSON", s, e, score, text[s:e]))
    return out


# Words before a place, not a person: "buses from Kirk Ella" is left out ("a visit from
# Glen Allen"), "in Norris Green" is not.
PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|near|around|round|between|across|through|via|outside|towards)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ITEM = r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
_JOIN = r"\s*(?:,|,?\s*(?:and|&|or))\s*"
ITEM_BEFORE_RE = re.compile(_ITEM + _JOIN + r"$")
ITEM_AFTER_RE = re.compile(r"^" + _JOIN + _ITEM)


def _named_as_a_place(text: str, start: int, end: int) -> bool:
    """A UK or Irish place whose name reads as a person's ("Charlton Kings", "Norris Green",
    "Kirk Ella": models/build_places.py leaves them out of places.txt), where the words
    say it is the place: after "in", "near", "between", or in a list with another place
    that is no given name ("Pittville, Prestbury and Charlton Kings", "Hessle, Cottingham,
    Anlaby and Kirk Ella"). A parent called Glen Allen is still a private adult."""
    places = home_places()
    if fold_name(text[start:end]) not in places:
        return False
    if PLACE_BEFORE_RE.search(text[max(0, start - 20) : start]):
        return True
    neighbours, at = [], start
    for _ in range(3):  # back along the list
        m = ITEM_BEFORE_RE.search(text[max(0, at - 60) : at])
        if not m:
            break
        neighbours.append(m.group(1))
        at -= len(m.group(0))
    if m := ITEM_AFTER_RE.match(text[end : end + 60]):
        neighbours.append(m.group(1))
    for item in neighbours:
        for name in (fold_name(item), fold_name(item.split()[-1])):
            if name in places and name not in all_given_names():
                return True
    return False


def _hyphenated_given_name(raw: str, names: frozenset[str]) -> bool:
    """ "Kelly-Anne", "Marie-Claire" (as written): each part a given name we know."""
    parts = raw.lower().split("-")
    return len(parts) > 1 and all(p in names or p in all_given_names() for p in parts)


def _unknown_word_pairs(text: str, ws, english: frozenset[str],
                        not_people) -> list[tuple[int, int, float]]:  # fmt: skip
    """Two capitalised words side by side, neither an English word, a thing or a name we
    hold as public, and not a place, organisation or event the model read: "Penina
    Khedouri", "Losana Naivalu", "Tulsi Gurung". No list holds every community's given
    names; a pair of words no English dictionary has, written as a name, is one far more
    often than not, when the words around say a person is named (PERSON_BEFORE_RE,
    PERSON_AFTER_RE, or a list of them): a festival greeting in another language ("Chag
    Sameach from all of us") is the same shape without them. Not in a post that reads as
    Welsh or Gaelic, where every word is no English one."""
    if not english or post_languages(text) != {"en"}:
        return []
    public = not_name_set()
    out: list[tuple[int, int, float]] = []
    for k, (a, b) in enumerate(zip(ws, ws[1:], strict=False)):
        pair = (a, b)
        if not all(_unknown_name_word(w, english) for w in pair):
            continue
        if not only_space_between(text, a, b):
            continue
        if f"{a.key} {b.key}" in public or any(s < b.end and a.start < e for s, e in not_people):
            continue
        first = a
        if k > 0 and _given_name_before(text, ws[k - 1], a):
            first = ws[k - 1]  # "Ram Bahadur Thapa", "Mere Vakacegu ..."
        before = text[max(0, first.start - 40) : first.start].lower()
        listed = out and LIST_GAP_RE.match(text[out[-1][1] : first.start])
        if listed or PERSON_BEFORE_RE.search(before) or PERSON_AFTER_RE.match(text[b.end :]):
            out.append((first.start, b.end, 0.6))
    return out


# The commonest Korean family names in their usual romanisations, and a given name of two
# syllables joined by a hyphen ("Seok-ho", "Mi-kyung"): a Korean's full name in either
# order, family name first as Korean says it ("Master Jang Seok-ho", "Oh Mi-kyung").
KOREAN_FAMILY_NAMES = frozenset({
    "kim", "lee", "yi", "rhee", "park", "pak", "choi", "choe", "jung", "jeong", "chung", "kang",
    "cho", "jo", "yoon", "yun", "jang", "chang", "lim", "im", "han", "oh", "seo", "suh", "shin",
    "sin", "kwon", "hwang", "ahn", "song", "yoo", "yu", "ryu", "hong", "jeon", "jun", "chun",
    "go", "ko", "moon", "mun", "yang", "son", "bae", "baek", "paek", "heo", "hur", "nam", "noh",
    "roh", "ha", "kwak", "sung", "seong", "cha", "joo", "ju", "woo", "min", "jin", "ji", "um",
    "eom", "chae", "won", "bang", "gong", "hyun", "byun", "pyo", "maeng", "gil", "tak", "yeo",
    "seok", "seol", "nah", "na", "ok", "yeom", "chu", "choo", "kook", "guk",
})  # fmt: skip
KOREAN_GIVEN_RE = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


def _korean_names(text: str, ws) -> list[tuple[int, int, float]]:
    """A Korean family name and a hyphened given name side by side, in either order."""
    out: list[tuple[int, int, float]] = []
    for a, b in zip(ws, ws[1:], strict=False):
        if not only_space_between(text, a, b):
            continue
        for family, given in ((a, b), (b, a)):
            if (family.key in KOREAN_FAMILY_NAMES and family.capitalised
                    and KOREAN_GIVEN_RE.fullmatch(given.raw)):  # fmt: skip
                out.append((a.start, b.end, 0.7))
                break
    return out


KIN_WORD_RE = re.compile(rf"(?:{_FAMILY})", re.IGNORECASE)
KIN_GAP_RE = re.compile(r"[ \t]*,?[ \t]*")


def _named_after_kin(text: str, ws, english: frozenset[str]) -> list[tuple[int, int, float]]:
    """A given name and a surname right after a family word: "gran Hyacinth Campbell", "his
    nan, Ivy Moss". The family word says a private person is named, whose given name may be
    a word too (Hyacinth, Ivy) or missing from the shorter list of names a pair is read by
    without a cue. The surname is no thing's word ("mum Rose Garden" is no one)."""
    if not english:
        return []
    out: list[tuple[int, int, float]] = []
    for kin, a, b in zip(ws, ws[1:], ws[2:], strict=False):
        if not (KIN_WORD_RE.fullmatch(kin.key) and KIN_GAP_RE.fullmatch(text[kin.end : a.start])):
            continue
        if not (a.capitalised and b.capitalised and only_space_between(text, a, b)):
            continue
        if a.key in all_given_names() and not _thing(b.key):
            out.append((a.start, b.end, 0.7))
    return out


def _given_name_before(text: str, prev, a) -> bool:
    """A capitalised given name we know right before the pair, also an English word ("Ram",
    "Man", "Mere"): the person's first name."""
    return (
        prev.capitalised and not prev.raw.isupper() and only_space_between(text, prev, a)
        and prev.key in all_given_names()
    )  # fmt: skip


# What says that the unknown words just after are a person: thanks to them, something done
# by or with them, a family word or a role before them ("Sefa's mum Losana Naivalu",
# "volunteers Tulsi Gurung, Seini Bola and ..."). After: "who", "and his wife", "(Benji's
# big sister)", ", the interpreter".
_ROLE = (
    r"mum|mam|mom|dad|father|mother|wife|husband|partner|sister|brother|son|daughter|aunt"
    r"|mama|mammy|mummy|mommy|daddy|papa|tata|step-?mum|step-?dad"
    r"|auntie|aunty|uncle|cousin|niece|nephew|nan|nana|gran|granny|grandad|grandma"
    r"|grandparents?|bubbe|zaida"
    r"|zeide|volunteers?|helpers?|worker|carer|parents?|governor|chair|treasurer|secretary"
    r"|interpreter|translator|mentor|coach|neighbour|friend|babysitter|childminder"
)
PERSON_BEFORE_RE = re.compile(
    r"(?:\b(?:thanks?|thank\s+you|cheers|welcome|congratulations|congrats|ring|call|phone"
    r"|text|message|contact|email|e-mail|ask|speak\s+to)(?:\s+so\s+much)?"
    rf"(?:\s+to)?|\bby|\bwith|\bfrom\s+(?:{_ROLE})|\b(?:{_ROLE}))[\s,:]*$"
)
PERSON_AFTER_RE = re.compile(
    r"^(?:\s+who\b"
    rf"|\s*\((?:[^)]{{0,30}}['’]s\s|\s*(?:the\s+|a\s+|our\s+)?(?:{_ROLE})\b)"
    rf"|,?\s+(?:and\s+)?(?:his|her|their)\s+(?:{_ROLE}|kids|children)"
    rf"|['’]s\s+(?:{_ROLE}|kids|children|family)\b"
    rf"|,?\s+(?:the|our|a)\s+(?:{_ROLE})\b)",
    re.IGNORECASE,
)


def _unknown_name_word(w, english: frozenset[str]) -> bool:
    """A word written as a name (capitalised, not all capitals) that is no English word,
    no thing word and no function word, in each of its hyphened parts."""
    if not w.capitalised or w.raw.isupper() or len(w.key) < 3 or w.hashtag:
        return False
    if not NAME_WORD_RE.match(w.raw):
        return False
    parts = [p for p in re.split(r"['’-]", w.raw.lower()) if p]
    return not any(
        _english_form(p, english) or p in THING_WORDS or p in NOT_SURNAME for p in [w.key, *parts]
    )


# Past forms that no suffix rule takes back to their verb ("Met Sonya's gran").
IRREGULAR_PAST = frozenset({
    "met", "saw", "made", "went", "took", "got", "had", "did", "gave", "came", "brought",
    "bought", "told", "said", "sent", "ran", "won", "wrote", "found", "left", "heard", "kept",
    "sat", "stood", "thought", "taught", "caught", "felt", "held", "paid", "read", "sold",
    "spent", "built", "lost",
})  # fmt: skip


def _english_form(key: str, english: frozenset[str]) -> bool:
    """An English word in any inflection ("Helped", "Libraries"), or two of four letters or
    more run together ("Foodbank"; not "Sassoon")."""
    if key in english or key in IRREGULAR_PAST:
        return True
    for suffix, base in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                         ("ing", ""), ("ing", "e"), ("ly", "")):  # fmt: skip
        if key.endswith(suffix) and key[: -len(suffix)] + base in english:
            return True
    return any(key[:i] in english and key[i:] in english for i in range(4, len(key) - 3))


# A phone number or e-mail address in brackets right after: "Farhia Jama (07700 900 546)",
# "Mihaela Stan (m.stan@example.ro)": whoever the name lists miss, it is somebody's.
# Or after a bracketed word and a comma: "Shler Rahimi (Sorani), 0113 496 0274".
CONTACT_AFTER_RE = re.compile(
    # "Shler Rahimi (Sorani), 0113 ...", "Jurijs Liepa (British Steel) 07700 ...", "Rudo
    # Gumbo, +44 7700 ..."
    # "Hanus Olsen - +44 7700 ...", "Nana Agyeman 0161 ..." (a list's row), "0 7 7 0 0 ..."
    r"^\s*(?:\(\s*|\([^()\n]{1,25}\)\s*[,:–-]?\s*|[,:–-][ \t]*)?"
    r"(?:(?:\+44|0)[\d ]{9,22}\d|[\w.+-]+@[\w-]+\.)"
)


def _named_with_contact(text: str, ws, english,
                        addresses: list[list[str]]) -> list[tuple[int, int, float]]:  # fmt: skip
    """Two or three capitalised words that are no English words, a contact after them.
    `addresses`: the post's e-mail local parts (_email_local_parts)."""
    out = []
    for i, w in enumerate(ws):
        for n in (3, 2):
            group = ws[i : i + n]
            if len(group) < n or not all(
                x.capitalised and not x.raw.isupper() or x.raw.islower() for x in group
            ):
                continue
            if not all(
                only_space_between(text, a, b) for a, b in zip(group, group[1:], strict=False)
            ):
                continue
            # (an e-mail address that spells the words says they are a name, even words that
            # are also English ones or things: "Majella Evans majellaevans@...", "Mark
            # Harbour markharbour.ferries@..."; written in lower case too: "email from parvin
            # sadeghi ... parvin.sadeghi82@")
            spelt = _spelt_in_an_email(addresses, group)
            # The name's words, less a surname's particle in lower case between them
            # ("Bastiaan van Dijk - b.vandijk@"): a particle is neither a case nor a word.
            named = [
                x for k, x in enumerate(group)
                if not (0 < k < n - 1 and x.raw.islower() and x.key in SURNAME_PARTICLES)
            ]  # fmt: skip
            lower = [x.raw.islower() for x in named]
            if any(lower) and not (all(lower) and spelt):
                continue
            contact = CONTACT_AFTER_RE.match(text[group[-1].end :])
            if (
                not spelt
                and any(x.key in THING_WORDS or x.key in english for x in named)
                and not (contact and _one_english_word_of_a_name(text, group, english))
            ):
                continue
            if contact or spelt:
                out.append((w.start, group[-1].end, 0.7))
                break
    return out


def _one_english_word_of_a_name(text: str, group, english) -> bool:
    """With a contact straight after, one word that is also English may be a name's: "Nana
    Agyeman 0161 ...", "Nguyễn Văn Bình 07700 ...". Not the surname ("Oakfield Surgery"),
    not a thing's word, and a first word only after a list row's dash ("Ring Sandra 07700")."""
    eng = [x.key in english for x in group]
    if sum(eng) != 1 or eng[-1] or any(x.key in THING_WORDS for x in group):
        return False
    # (an English first word only as a list row's: "Twi – Nana Agyeman 0161 ...", not "the
    # National Domestic Abuse Helpline (0808 ...)")
    return not eng[0] or bool(re.search(r"[–:-][ \t]*$", text[: group[0].start]))


# An address's local part: before "@", "(at)", "[at]", or " at " spelt out with " dot "
# after it ("emyr.gittins at gmail dot com").
EMAIL_LOCAL_RE = re.compile(
    r"([\w.+-]+)\s*(?:@|\(at\)|\[at\])|([\w.+-]+)\s+at\s+[\w-]+\s+dot\s+\w", re.IGNORECASE
)


def _email_local_parts(text: str) -> list[list[str]]:
    """The parts of each e-mail address's local part in the post, lower case:
    "serhat.demir.interpreting@..." is ["serhat", "demir", "interpreting"]."""
    # (digits split parts too: "paulo.ferreira81" is ["paulo", "ferreira"])
    return [
        [p for p in re.split(r"[._+\d-]+", (match.group(1) or match.group(2)).lower()) if p]
        for match in EMAIL_LOCAL_RE.finditer(text)
    ]


def _spelt_in_an_email(addresses: list[list[str]], group) -> bool:
    """The post's e-mail address spells the name ("Serhat Demir (Kurmanji),
    serhat.demir.interpreting@gmail.com"): the name of whoever it reaches."""
    keys = [x.key for x in group]
    # surname first too: "Ion Popescu – POPESCU.ION77@..."
    orders = [keys, keys[::-1]] if len(keys) == 2 else [keys]
    for parts in addresses:
        for order in orders:
            if any(parts[k : k + len(order)] == order for k in range(len(parts))):
                return True
            # or run together: "Majella Devlin majelladevlin@btinternet.com"
            if any(part.startswith("".join(order)) for part in parts):
                return True
    return False


def spelt_by_an_email(text: str, start: int, end: int) -> bool:
    """Does an e-mail address in the post spell this name ("Paulo Ferreira –
    paulo.ferreira81@...")? Then it is whoever the address reaches, whoever else shares it."""
    group = words(text[start:end])
    return len(group) >= 2 and _spelt_in_an_email(_email_local_parts(text), group)


@cache
def person_first_names() -> frozenset[str]:
    """First words that make a capitalised pair a person's name: given names that are no
    everyday word, and the common ones that are ("Mark", "Daisy"), but not "Young Carers",
    "Merry Christmas" or "King James"."""
    return given_names() | first_names()


# Words for institutions that a surname never is in the plural ("Easter Ross Schools Cross
# Country"); not "Banks", "Parks", "Rivers", "Towers", "Bridges", which are surnames.
PLURAL_INSTITUTIONS = {"schools", "colleges", "academies", "clubs", "teams", "centres",
                       "leagues", "services", "trusts", "nurseries", "hospitals",
                       "primaries", "secondaries", "parishes", "villages",
                       # a service named after whom it serves: "Suffolk Children's Advice
                       # and Support Service"; a parents' association in Welsh:
                       # "Ffrindiau Morfa Wen" (Friends of ...)
                       "children", "families", "ffrindiau", "cyfeillion"}  # fmt: skip


# What makes a month that begins a candidate a time: a day's number ("On 24th June Goan
# families") or a word of time ("In June Lisbon celebrates", "since May Eilidh").
TIME_BEFORE_RE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+$|\b(?:in|since|until|till|during|early"
    r"|late|mid|last|next|this|every)\s+$",
    re.IGNORECASE,
)
# "and" a second name, then the plural word both share: "Carlton Colville and Oulton Broad
# primaries".
SHARED_KIND_RE = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}([a-z]+)\b")


def _thing(key: str) -> bool:
    """A word for a place, an event or an organisation."""
    return key in THING_WORDS or key in PLURAL_INSTITUTIONS


# Surnames that are also a place's word: "Ryan Hill", "Sue Wood", "Dave Green".
SURNAMES_OF_PLACES = frozenset(
    {
        "hill",
        "hills",
        "wood",
        "woods",
        "field",
        "fields",
        "green",
        "brook",
        "brooks",
        "marsh",
        "lane",
        "bridge",
        "bridges",
        "church",
        "street",
        "park",
        "parks",
        "hall",
        "moss",
        "banks",
        "wells",
        "heath",
        "ford",
        "cliff",
        "dale",
        "mills",
        "mill",
        "chambers",
        "gates",
        "bell",
        "moore",
        "castle",
        "house",
        "holmes",
        "shaw",
        "rivers",
        "waters",
        "burn",
        "lake",
        "wall",
    }
)


# Letters after a parent's name that are an illness, not an office: "looks after her mum
# (Michelle Rimmer, MS)" is multiple sclerosis; "AS" ankylosing spondylitis.
CONDITION_LETTERS = {"MS", "AS"}
CONDITION_AFTER_RE = re.compile(rf"[ \t]*,[ \t]*(?:{'|'.join(sorted(CONDITION_LETTERS))})\b")


def a_parents_condition(text: str, start: int, end: int) -> bool:
    """Is the "MS" after this name (start, end: the name without it) a parent's illness?"""
    return bool(CONDITION_AFTER_RE.match(text, end)) and bool(
        FAMILY_BEFORE_RE.search(text[max(0, start - 20) : start].rstrip(" \t(,"))
    )


def _surname_of_a_place(text: str, start: int, end: int, ws) -> bool:
    """A given name and a place's word that is a surname too, where the words around say a
    person is named: "our volunteer football coach Ryan Hill", not "Primrose Hill"."""
    return (
        len(ws) == 2 and ws[1].key in SURNAMES_OF_PLACES and not _thing(ws[0].key)
        and ws[0].key in person_first_names()
        and bool(PERSON_BEFORE_RE.search(text[max(0, start - 40) : start].lower())
                 or PERSON_AFTER_RE.match(text[end:]))
    )  # fmt: skip


def _clean(text: str, start: int, end: int, english: frozenset[str] | None = None,
           contact: bool = False, welsh: bool = False,
           spelt: bool = False) -> tuple[int, int] | None:  # fmt: skip
    """Trim kin words and titles off the front; keep only real-looking full names.
    `welsh`: the post reads as Welsh (see WELSH_NOT_IN_NAME). `spelt`: an e-mail address in
    the post spells the name, or a family word names its person (its words may be things:
    "Mark Harbour", "gran Hyacinth Campbell")."""
    window = text[max(0, start - 12) : start]
    before = words(window)
    ws = words(text[start:end])
    if ws and ws[0].key in NAMED_LIKE_PEOPLE:
        return None  # "Storm Babet"
    if ws and ws[0].key in HONOURED and ws[0].capitalised:
        return None  # "King Achashverosh", "Queen Esther": a title in the model's span
    adjacent = before and window[before[-1].end :].strip() == ""
    if adjacent and before[-1].key in HONOURED and before[-1].capitalised:
        return None  # "Lady Anne Clifford"; not "our lollipop lady (,) Maureen Dwyer"
    if adjacent and before[-1].key in WELSH_NAMED_AFTER and before[-1].capitalised:
        return None  # "Ysgol Syr Hugh Owen", "Canolfan Owain Glyndŵr": a place, after someone
    if adjacent and before[-1].key in TITLES and before[-1].capitalised:
        return None  # "our MSP Ms Fiona Kerr": named as staff and officials are named
    while len(ws) > 1 and ws[0].key in _stop_words() and ws[0].key not in all_given_names():
        ws = ws[1:]  # "Could Kai's mum please collect": a sentence's first word, no name
    if ws and ws[0].key in HONOURED and ws[0].capitalised and len(ws) > 1:
        return None  # "The Earl Sigurd is off service": the model's span began with "The"
    while len(ws) > 1 and ws[0].key in RANK_WORDS and ws[0].capitalised:
        ws = ws[1:]  # "Sgt Lee Fenwick" is Lee Fenwick; "Sqn Ldr Frean" is no full name
    while ws and (ws[0].key in KIN or ws[0].key in TITLES
                  or welsh and ws[0].key in WELSH_BEFORE_NAME):  # fmt: skip
        if ws[0].key in TITLES:
            return None  # "Mr Smith", "Mrs Sarah Hughes": named as staff are named
        ws = ws[1:]
    # A name does not run across a dash, comma or colon: spaCy's "Meinir Pugh – Rhif" is
    # "Meinir Pugh" ("Rhif 4, Rhes Fictoria" is the address after it).
    for k in range(1, len(ws)):
        gap = text[start + ws[k - 1].end : start + ws[k].start]
        tagged = [text[start + w.start - 1 : start + w.start] == "#" for w in ws[k - 1 : k + 1]]
        # "#Conall #Siobhán Maith sibh!": a hashtag and the word after it are no one name
        if GAP_BREAK_RE.search(gap) or not NAME_GAP_RE.fullmatch(gap) or tagged[0] != tagged[1]:
            ws = ws[:k]
            break
    # A record's acronym ends a name: "Dominik PEP meeting" is Dominik and his PEP.
    for k in range(1, len(ws)):
        if ws[k].raw in record_acronyms():
            ws = ws[:k]
            break
    if welsh and any(w.key in WELSH_NOT_IN_NAME for w in ws):
        return None
    if welsh and english is not None and not contact and all(w.raw.islower() for w in ws):
        return None  # spaCy's English model reading Welsh: no name cue says it is one
    if (
        ws
        and ws[-1].raw in HONOURS
        and not (len(ws) > 2 and a_parents_condition(text, start, start + ws[-2].end))
    ):
        return None  # "Elin Jones MS", "Kim Leadbeater MP": named in public office
    if len(ws) < 2 or len(ws) > 4:
        return None
    if all(w.raw.isupper() for w in ws) and any(
        w.key in _stop_words() and w.key not in SURNAME_PARTICLES
        and w.key not in all_given_names() for w in ws[1:]
    ):  # fmt: skip
        return None  # "OPERATION BROCK IS IN FORCE": a name in capitals holds no "is", "in"
    if (ws[-1].raw.isupper() and len(ws[-1].raw) > 1 and not ws[0].raw.isupper()
            and ws[-1].key in _stop_words() and ws[-1].key not in all_given_names()):  # fmt: skip
        return None  # "Prabin NOT in the water": a word shouted after a name is no surname
    if all(w.key in NATO_ALPHABET for w in ws) and (
        len(ws) > 2 or any(w.key not in all_given_names() for w in ws)
    ):
        return None  # "Oscar Papa Whisky", "Papa Whisky": a call sign ("Mike Victor" may not be)
    if (not all(NAME_WORD_RE.match(w.raw) or k and w.key in SURNAME_PARTICLES
                for k, w in enumerate(ws[:-1])) or not NAME_WORD_RE.match(ws[-1].raw)
            or "\n" in text[start:end]):  # fmt: skip
        # (a surname's particle inside a name: "Declan Ó Néill", "Ruud van Nistelrooy")
        return None
    if start > 0 and (text[start - 1].isalpha() or text[start - 2 : start].rstrip("-").isalpha()
                      and text[start - 1] == "-"):  # fmt: skip
        return None  # begins inside a word: "Whoops-a-Daisy Angel"; not a sign-off "-Áine Quinn"
    if ws[0].key in MONTHS and TIME_BEFORE_RE.search(text, max(0, start - 8), start + ws[0].start):
        return None  # "On 24th June Goan families", "In June Lisbon celebrates": a time
    # (a surname's particle between, where a contact names the person: "Bastiaan van Dijk -
    # b.vandijk@..."; the model alone reads "Dia de Reis", a feast, as a person)
    lower = [
        w.raw.islower()
        for k, w in enumerate(ws)
        if not (contact and 0 < k < len(ws) - 1 and w.key in SURNAME_PARTICLES)
    ]
    if any(lower) and not all(lower):
        return None  # "rd Noor": a name is all capitalised or all lower case
    if (any(_thing(w.key) for w in ws) and not spelt
            and not _surname_of_a_place(text, start, end, ws)):  # fmt: skip
        return None  # "Chester Zoo", "Rose Garden", "Harry Potter Book Night"
    after = text[start + ws[-1].end : start + ws[-1].end + 30]
    shared = SHARED_KIND_RE.match(text, start + ws[-1].end)
    if shared and shared.group(1) in PLURAL_INSTITUTIONS - {"children", "families"}:
        return None  # "Carlton Colville and Oulton Broad primaries": two places, one word
    following = words(after)
    if following and after[: following[0].start].strip(" '’s") == "":
        nxt = following[0]
        if nxt.capitalised and _thing(nxt.key):
            return None  # "Fletcher Moss Gardens", "Sam Smith's Bakery": a place named after one
        then = following[1] if len(following) > 1 else None
        if (
            nxt.capitalised and then is not None and then.capitalised and _thing(then.key)
            and only_space_between(after, nxt, then) and nxt.key not in all_given_names()
        ):  # fmt: skip
            return None  # "Blair Drummond Safari Park": a place's name, a word, its kind
        if nxt.key in MONUMENT_WORDS:
            return None  # "the Betty Campbell statue": raised to a public figure
    # The first word must be a given name we know: spaCy alone calls too many capitalised
    # pairs a PERSON ("Reading Champion").
    first, last = ws[0].key, ws[-1].key
    # Family words beside a name the model read as a person make it one, whatever our name
    # lists hold: "great-grandma Kazimiera Kowalczyk", "Gurbachan Kaur, great-grandmother of".
    kin = FAMILY_BEFORE_RE.search(text[max(0, start - 30) : start]) or FAMILY_AFTER_RE.match(
        text[end : end + 30]
    )
    if english is not None and kin and not any(w.key in english for w in ws):
        contact = True
    if (
        not contact
        and first not in person_first_names()
        and not _hyphenated_given_name(ws[0].raw, person_first_names())
        and not (
            # The model read a person, and the words say so too: a given name that is also a
            # word before a surname that is none ("Precious Moyo", "Pat Haigh"; not "Daisy
            # Angel").
            english is not None
            and last not in english
            and last not in THING_WORDS
            and first in all_given_names()
        )
    ):
        return None
    return start + ws[0].start, start + ws[-1].end
