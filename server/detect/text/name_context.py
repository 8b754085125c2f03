"""Whether a word that is a register name is used as a name where it stands: the words around
it (titles, cues, lists of names, months, seasons, places), judged for find_names
(register_names.py), which knows whose names they are."""

import re
import unicodedata
from functools import cache

from .circumstance_terms import post_languages, record_acronyms, strong_words, term_hits
from .dates import FESTIVAL_NAME_RE
from .name_words import (
    ACTS_AFTER_RE,
    AWARD_BEFORE_RE,
    AWARD_IS_RE,
    INITIAL_RE,
    MODAL_NAMES,
    MONTHS,
    MONUMENT_WORDS,
    NAME_CUES_AFTER_RE,
    NAME_CUES_BEFORE,
    NOT_PERSON_LABELS,
    PEOPLE_WORDS,
    PLACE_PREPOSITIONS,
    PLACE_RE,
    RANKS,
    SAINTS,
    SEASONS,
    SIBLING_TITLES,
    SUBJECTS,
    THING_WORDS,
    TITLES,
    WATER_AND_HILL_WORDS,
    WHEN_WORDS,
)
from .sentence_model import common_words
from .tokens import (
    PERSON_PRONOUN_RE,
    Word,
    name_key,
    only_space_between,
    quoted_title,
)
from .upn import UPN_SHAPE
from .welsh_mutation import looks_welsh
from .wordlists import all_given_names, given_names, kin_words

# A title after the name, then its author: "Ruby's Worry by Tom Percival", "Kipper's Birthday
# by Mick Inkpen" (not "by Friday", "by March": a day or month is when, not who).
TITLE_BY_RE = re.compile(
    # "Ruby's Worry by Tom Percival", "Rory the Dinosaur 🦖 by Liz Climo"
    r"^(?:['’]s|\s+the)(?:\s+[A-Z][\w'’-]*){1,5}(?:\s*[^\w\s]{1,6})?\s+by\s+"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May"
    r"|June|July|August|September|October|November|December|Christmas|Easter)\b)[A-Z][a-z]"
)
ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "no",
                      "every", "each", "another"})  # fmt: skip


# A name given as the word for it in a language: "John = Jānis in Latvian", "Peter is Piotr
# in Polish" (not "Olivia in Polish school", a pupil at her Saturday school).
LANGUAGES = (
    "latvian|lithuanian|polish|romanian|french|spanish|german|italian|portuguese|welsh|irish"
    "|gaelic|urdu|punjabi|bengali|bangla|arabic|somali|turkish|greek|russian|ukrainian|chinese"
    "|mandarin|cantonese|japanese|hindi|gujarati|tamil|hebrew|yiddish|latin|cornish|manx|scots"
    "|dutch|swedish|norwegian|danish|finnish|hungarian|czech|slovak|bulgarian|albanian|kurdish"
    "|farsi|persian|pashto|dari|tigrinya|amharic|swahili|yoruba|igbo|twi|shona|tagalog"
    "|vietnamese|korean|malay|sinhala|nepali|jerriais|english"
)
IN_A_LANGUAGE_RE = re.compile(
    rf"\s+in\s+(?i:{LANGUAGES})\b(?!\s+(?i:school|class|classes|lessons?|club|group|tutor))"
)


# A family member of theirs a word or two after the name: "for Summer since her mam's
# funeral", "Hope, whose dad ..." (not "over the Summer her mum came": TIME_BEFORE).
_OWN_FAMILY = (
    r"(?:mum|mam|mammy|mummy|mom|dad|daddy|nan|nana|nanna|gran|granny|grandma|grandad|granda"
    r"|grandpa|grandparents|brother|sister|auntie|aunty|uncle|parents|carers?|foster)"
)
SAINT_AFTER = {"sant", "santes"}  # Welsh: "Dewi Sant", "Santes Dwynwen" comes before
OWN_FAMILY_AFTER_RE = re.compile(
    rf"(?:\s*,)?\s+(?:[a-z]+\s+){{0,2}}?(?:his|her|whose)\s+{_OWN_FAMILY}\b"
)
# A note headed with the child's name, then the family: "Chico - dad's on remand", "Leo: mum
# rang in".
NOTE_ON_FAMILY_RE = re.compile(rf"[ \t]*[-–—:][ \t]+(?:(?:his|her)\s+)?{_OWN_FAMILY}(?:['’]s)?\b")
TIME_BEFORE = {"the", "this", "last", "next", "over", "in", "during", "all", "of", "a", "each",
               "every", "since", "until", "till", "through"}  # fmt: skip
# "'s" as "is" or "has" after a season or a month: "Summer's nearly here", "May's flown by".
SEASON_IS_RE = re.compile(
    r"['’]s\s+(?:(?:nearly|almost|finally|really|officially|just|definitely|well\s+and\s+truly"
    r"|truly|properly)\s+)?(?:here|over|coming"
    r"|arrived|back|been|gone|flown|upon\s+us|on\s+(?:its|the)\s+way|nearly|almost|finally"
    r"|round\s+the\s+corner)\b",
    re.IGNORECASE,
)


# Honorifics after a name, for gods, gurus and elders ("Ganesh ji", "Guru Nanak Dev Ji",
# "Gandhi-ji"), and the blessing said after a prophet's name ("Maryam (AS)", "Musa
# (A.S.)", "Muhammad ﷺ", "(PBUH)"): a school does not say them of a child.
HONORIFIC_AFTER_RE = re.compile(
    r"(?:\s+|-)(?:ji|jee|maharaj|swami)\b"
    r"|\s*(?:\((?:a\.?s|s\.?a\.?w|p\.?b\.?u\.?h|r\.?a|alayhi\s+salam|peace\s+be\s+upon\s+(?:him|her))"
    r"\.?\)|ﷺ)",
    re.IGNORECASE,
)


SPEAKER_AFTER_RE = re.compile(r"[ \t]*:[ \t]*[\"“]")  # a name, a colon, what was said
# A pupil's UPN in brackets after a name.
UPN_AFTER_RE = re.compile(rf"\s*\(\s*{UPN_SHAPE}\s*\)", re.IGNORECASE)
# A word-name as the subject of a clause about a child: at the clause's start (no article
# or adjective before it), a verb of having, needing or not being allowed after it, and "he"
# or "she" (or a listed circumstance) later in the sentence: "- precious has her asthma
# inhaler in her bag", "as robin has a severe egg allergy", "Summer can't have the ice cream
# (milk allergy)". An adjective or a noun in that place needs its article ("the robin has a
# nest"); "is" is left out ("faith is what keeps her going").
CLAUSE_START_RE = re.compile(
    r"(?:^|[.!?:;,(\n–—-]\s*|\b(?:as|because|since|and|but|so|cos|coz|when|while|that)\s+)$",
    re.IGNORECASE,
)
SUBJECT_VERB_AFTER_RE = re.compile(
    r"\s+(?:has|had|needs|needed|takes|took|carries|carried|uses|used|brings|brought"
    # what a child may not have: "Summer can't have the ice cream (milk allergy)"
    r"|can['’]?t\s+(?:have|eat)|cannot\s+(?:have|eat)|must\s*n['’]?o?t\s+(?:have|eat))\b"
)


def _subject_of_a_clause(text: str, w: Word, nlp) -> bool:
    if not CLAUSE_START_RE.search(text[max(0, w.start - 12) : w.start]):
        return False
    if not SUBJECT_VERB_AFTER_RE.match(text, w.end):
        return False
    rest = re.split(r"[.!?\n]", text[w.end : w.end + 200], maxsplit=1)[0]
    if re.search(r"\b(?:he|she|his|her|him)\b", rest, re.IGNORECASE):
        return True
    # or what the child has is a strong listed word: "as robin has a severe egg allergy"
    return _holds_a_strong_term(rest, w.end, nlp)


def _holds_a_strong_term(said: str, start: int, nlp) -> bool:
    """Does `said`, written at `start` in the text, hold a strong listed term: a word of its
    own ("allergy", "foster"), or, read on the parse's lemmas, words together ("placed with",
    "emergency placement")?"""
    words = {x.lower() for x in re.findall(r"[A-Za-z]+", said)}
    words |= {x[:-1] for x in words if x.endswith("s")}
    if not words.isdisjoint(strong_words()):
        return True
    end = start + len(said)
    return any(h.strong and start <= h.start and h.end <= end for h in term_hits(nlp.doc))


# Somebody a child is not: "Asiya, the wife of Firaun", "Hajar, the mother of Ismail".
FIGURE_OF_RE = re.compile(
    r",?\s+the\s+(?:wife|husband|widow|mother|father|queen|king|prophet|companion"
    r"|grandmother|grandfather)\s+of\s+[A-Z]"
)


# What a child is praised for, after the name that begins an award's line: "Hope for trying
# so hard", "Sandy for amazing counting", "Will for always being kind".
CITATION_AFTER_RE = re.compile(r"\s+for\s+(?:always\s+|being\s+)?[a-z]+ing\b")


# How only somebody is, said right after the word at a sentence's start ("Liberty teary again
# at drop off", "Hope very unsettled today"): staff notes leave the verb out.
PERSON_STATE_AFTER_RE = re.compile(
    r"\s+(?:(?:very|really|so|quite|a\s+bit|a\s+little|bit)\s+)?(?:teary|tearful|upset|poorly"
    r"|unwell|distressed|anxious|withdrawn|dysregulated|unsettled|off\s+sick|absent|late\s+again"
    r"|late\s+x\s?\d"
    r"|sick|crying|sobbing|exhausted|shattered|grumpy|clingy|homesick|tired|lethargic|hungry"
    r"|worried|scared|frightened|nervous|angry)\b",
    re.IGNORECASE,
)

# A name and its epithet in capitals, as history and stories name their figures ("Alfred
# the Great", "Vlad the Impaler", "Bob the Builder", "Percy the Park Keeper"); children
# are not written so.
EPITHET_AFTER_RE = re.compile(
    r"[ \t]+the[ \t]+[A-Z][a-z]{2,}\b"
    # and after a comma, a title or kin: "Mary, the Mother of God", "Joseph, the Carpenter of
    # Nazareth" (not "Ruby, the Year 6 captain")
    r"|,[ \t]+the[ \t]+(?:Mother|Father|Son|Daughter|Queen|King|Prince|Princess|Lady|Lord"
    r"|Bishop|Apostle|Patron|Prophet|Angel|Virgin|Saint|Carpenter|Messiah)\b"
)

# A dog's breed says a dog as well ("Skye is a very patient collie").
_BREEDS = (
    r"collies?|labradors?|spaniels?|terriers?|retrievers?|sheepdogs?|cockapoos?|poodles?"
    r"|whippets?|greyhounds?|lurchers?|dachshunds?|pugs?|husk(?:y|ies)|beagles?|alsatians?"
)
# Up to three words before the animal, none of which starts a phrase of its own: "Marley
# the therapy dog", not "Ruby the girl who loves dogs", "Jack, the one holding the rabbit".
_ANIMAL_AFTER_MODS = (
    r"(?:(?!(?:who|that|which|whose|with|and|or|of|to|for|is|was|has|had|likes?|loves?"
    r"|the|a|an|our|their|his|her|my|its|this|one|\w+ing)\b)[a-z][\w'’-]*[ \t]+){0,3}"
)
_ANIMAL_AFTER_KINDS = (
    r"(?:hamsters?|guinea[ \t]+pigs?|rabbits?|bunny|bunnies|tortoises?|goldfish|fish|chicks?"
    r"|chickens?|hens?|ducks?|ducklings?|dogs?|pupp(?:y|ies)|cats?|kittens?|pony|ponies|horses?"
    r"|lambs?|teddy|teddies|bears?|snails?|stick[ \t]+insects?|gerbils?|axolotls?|hedgehogs?"
    r"|owls?|frogs?|toads?|caterpillars?|butterfl(?:y|ies)|spiders?|snakes?|lizards?|robins?"
    rf"|pigs?|piglets?|goats?|sheep|cows?|calf|donkeys?|alpacas?|llamas?|parrots?|budgies?|{_BREEDS})\b"
)
# A name said to be an animal's or a toy's, straight after it: "Meet Harvey, Titw's new class
# hamster", "Biscuit, our school dog".
ANIMAL_AFTER_RE = re.compile(
    rf",?[ \t]+(?:the|our|a|an|their|(?-i:[A-Z])[\w'’-]*['’]s?)[ \t]+{_ANIMAL_AFTER_MODS}"
    rf"{_ANIMAL_AFTER_KINDS}"
    # (the animal ends the phrase: not "Ruby is a dog lover", "Ruby, our dog walker")
    r"(?![ \t-]+(?:lovers?|person|people|walk\w*|owners?|train\w*|shows?|food|bowls?|costumes?"
    r"|masks?|ears|onesies?|hair|sitt\w*|groom\w*)\b)"
    # or said to be a dog of a breed, the breed ending the phrase: "Skye is a very patient
    # collie from a farm" (a child is said to be a sheep or a donkey in a play, and "Ruby is
    # a massive collie fan" is a child)
    rf"|[ \t]+is[ \t]+(?:a|an|our|the)[ \t]+{_ANIMAL_AFTER_MODS}(?:{_BREEDS})\b"
    r"(?=[ \t]*(?:[.,!?;:)\n]|$)|[ \t]+(?:from|who|that|with|in|at|on|and|called|named)\b)",
    re.IGNORECASE,
)

PLAYED_RE = re.compile(
    r"\b(?:nativity|played|playing|plays|roles?|starring|costumes?|dressed|dress(?:ing)?\s+up"
    r"|panto|pantomime|musical|show|performance|world\s+book\s+day)\b",
    re.IGNORECASE,
)

# After a word at a line's or a sentence's start, a dash or a colon: a note on somebody.
NOTE_GAP_RE = re.compile(r"[ \t]*[-–—:][ \t]+")


# A colon that ends its line: a heading whose notes are the lines below it.
HEADING_COLON_RE = re.compile(r"[ \t]*:[ \t]*\n")


def _a_note_on_a_child(text: str, w: Word, nlp) -> bool:
    """A word at a sentence's start that a note follows, with a dash or a colon, holding a
    strong listed word ("Summer – autism assessment with the paediatrician on Tuesday"), or
    that has or needs one ("Hope has her inhaler in her bag"): a child the note is on.
    Or a heading's last word, after a spaced dash, whose lines below hold one ("Meeting
    notes - Chase:" and "- 2 suspensions this year already" under it)."""
    heading = HEADING_COLON_RE.match(text, w.end)
    if heading and (_sentence_start(text, w.start) or DASH_BEFORE_RE.search(text, 0, w.start)):
        below = text[heading.end() : heading.end() + 300]
        return _holds_a_strong_term(below, heading.end(), nlp)
    if not _sentence_start(text, w.start):
        return False
    gap = NOTE_GAP_RE.match(text, w.end) or SUBJECT_VERB_AFTER_RE.match(text, w.end)
    if gap is None:
        return False
    said = re.split(r"[.!?\n]", text[gap.end() : gap.end() + 200])[0]
    return _holds_a_strong_term(said, gap.end(), nlp)


FROM_THE_NURSERY_RE = re.compile(r"\s+(?:from|in)\s+(?:the\s+)?(?:nursery|reception)\b", re.I)


def _with_a_class(text: str, w: Word, index) -> bool:
    """Is the word followed by one of the school's class names: "Joy in Afon", "Grace
    (Kestrels)"?"""
    in_class = re.match(r"\s+(?:\(|in\s+|from\s+)([A-Za-z]+)", text[w.end : w.end + 60])
    if in_class and name_key(in_class.group(1)) in index.classes:
        return True
    if FROM_THE_NURSERY_RE.match(text, w.end):
        return True  # "Divine from the nursery came to give me a cuddle"
    if YEAR_GROUP_AFTER_RE.match(text, w.end):
        return True  # "2nd joy (y5)", "Angel (Y4)", "Maryam (10B)": a pupil by her year or form
    # or after a class or a year group and a colon or a dash, as lists of awards write it:
    # "P5: Precious. P6: Blessing.", "Hall - Ruby / Castle - Will"
    label = CLASS_LABEL_BEFORE_RE.search(text[max(0, w.start - 30) : w.start])
    return bool(label) and (label.group(1) is None or name_key(label.group(1)) in index.classes)


YEAR_GROUP_AFTER_RE = re.compile(
    r"[ \t]*\((?:(?i:y|yr|year|p|s)[ \t]?\d{1,2}(?:[ \t]?[A-Za-z]{1,3})?|\d{1,2}[A-Z]{1,3})\)"
)
CLASS_LABEL_BEFORE_RE = re.compile(
    r"(?:^|[\s/|(])(?:[PSY][1-7]|Year\s?\d{1,2}|Yr\s?\d{1,2}|Reception|Nursery"
    r"|([A-Z][a-z]+)(?:\s+class)?)[ \t]*[:–-][ \t]*$"
)


# A plant's parts, in lower case after its name: "Rowan trees", "Poppy seeds", "Ivy leaves".
PLANT_PARTS = frozenset({"tree", "trees", "bush", "bushes", "hedge", "flowers", "blossom",
                         "berries", "leaves", "seeds", "bulbs", "plant", "plants"})  # fmt: skip
POSSESSIVE_PRONOUNS = frozenset({"my", "his", "her", "their", "our", "your"})
# Words before a thing, never before a child's name in a post written with capitals ("the
# noor", "every diya", "his diya"; not "a": "a ..." may begin a child's description).
THINGS_OWNER_WORDS = POSSESSIVE_PRONOUNS | {"the", "every", "each", "this", "these", "those"}
# A plant in flower: "Heather's in bloom", "the Poppy is flowering" (a child is "blooming").
IN_BLOOM_AFTER_RE = re.compile(
    r"(?:['’]s|\s+(?:is|are|was|were))?\s+(?:in\s+(?:full\s+)?(?:bloom|flower|blossom)"
    r"|(?:now\s+)?(?:flowering|blossoming))\b",
    re.IGNORECASE,
)
# Where a river or a hill is, as a child never is: "on the Teifi", "along the Wear".
RIVERSIDE_PREPOSITIONS = frozenset({"on", "along", "up", "down", "beside", "over"})
THE_PLACE_AFTER = PLACE_PREPOSITIONS | RIVERSIDE_PREPOSITIONS  # "in the Eden", "on the Teifi"
# What follows a class's name when the class is meant ("Krishna class", "Rowan classroom").
CLASS_WORDS = frozenset({"class", "classroom", "classes"})


def _used_as_name(text: str, ws: list[Word], i: int, index, nlp) -> bool:
    """Is this forename-like word a person's name here, rather than a word or place?"""
    w = ws[i]
    if UPN_AFTER_RE.match(text, w.end):
        return True  # "Durga (D310541220144)": a goddess's name, with a pupil's number
    if w.capitalised and SPEAKER_AFTER_RE.match(text, w.end):
        return True  # 'Archie: "a big river". Ivy: "my grandad's tractor"': a child quoted
    label = nlp.entity(w.start, w.end)
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    prev = ws[i - 1] if i > 0 else None
    if (
        nxt is not None and nxt.key in CLASS_WORDS and name_key(w.raw) in index.classes
        and only_space_between(text, w, nxt)
    ):  # fmt: skip
        return False  # "Krishna class made rangoli": the school's class, whoever shares its name
    if (
        w.raw.islower() and prev is not None and prev.key in THINGS_OWNER_WORDS
        and only_space_between(text, prev, w) and not text.islower()
    ):  # fmt: skip
        # "look at the noor in that hall", "Every diya is drying", "Lit his diya by the
        # photo": a noun (a word in the family's language), in a post written with capitals
        return False
    gap_after = text[w.end : nxt.start] if nxt is not None else ""
    if (
        nxt is not None
        and nxt.capitalised
        and nxt.key in THING_WORDS
        and (gap_after.strip(" '") == "" or gap_after.startswith("'s "))
    ):
        return False  # "Chester Zoo", "St Thomas' Church"
    if nxt is not None and nxt.capitalised and only_space_between(text, w, nxt):
        # (a longer name of a place: "Blair Drummond Safari Park", "Holly Bank Farm Shop")
        for k in range(i + 2, min(i + 4, len(ws))):
            if not (ws[k].capitalised and only_space_between(text, ws[k - 1], ws[k])):
                break
            if ws[k].key in THING_WORDS and not ws[k].raw.isupper():
                return False
    if nxt is not None and nxt.key in MONUMENT_WORDS and gap_after.strip(" '’") in ("", "s"):
        return False  # "the Dickie Lewis statue"
    if (
        w.key in THING_WORDS and prev is not None and prev.capitalised
        and only_space_between(text, prev, w) and prev.key not in index.first
        and not _sentence_start(text, prev.start)
    ):  # fmt: skip
        return False  # "a trip to Furness Abbey": a place's word after its name, no pupil Abbey
    if (
        prev is not None
        and prev.capitalised
        and prev.key in WATER_AND_HILL_WORDS
        and (only_space_between(text, prev, w))
    ):
        return False  # "plastic in the River Eden", "up Mount Hope": the place's name
    if (
        prev is not None and prev.key == "the" and i > 1
        and ws[i - 2].key in THE_PLACE_AFTER
        and w.capitalised and not w.raw.isupper() and text[w.end : w.end + 1] not in ("'", "’")
        and (nxt is None or not nxt.capitalised)
    ):  # fmt: skip
        # "the horses being washed in the Eden at Appleby", "coracles on the Teifi": a river,
        # a hill or a building named with "the" after "in", "at" or "on"; a child is not "in
        # the Eden".
        return False
    if w.key in nlp.english and IN_BLOOM_AFTER_RE.match(text, w.end):
        return False  # "Heather's in bloom right across Hartside": the plant, not the child
    if (
        w.key in nlp.english and nxt is not None and nxt.raw in PLANT_PARTS
        and only_space_between(text, w, nxt)
    ):  # fmt: skip
        return False  # "Rowan trees are in full blossom", "Holly berries": the plant
    if (
        prev is not None and prev.key in ("ar", "upon") and i > 1 and w.capitalised
        and ws[i - 2].capitalised and only_space_between(text, ws[i - 2], prev)
        and only_space_between(text, prev, w)
    ):  # fmt: skip
        return False  # "Hendy-gwyn ar Daf", "Newcastle upon Tyne": a town on its river
    if (
        prev is not None and prev.key == "of" and i > 1 and w.capitalised
        and ws[i - 2].capitalised and not ws[i - 2].raw.isupper()
        and ws[i - 2].key not in index.first and ws[i - 2].key not in kin_words()
        and ws[i - 2].key not in PEOPLE_WORDS and ws[i - 2].key not in TITLES
        and not _sentence_start(text, ws[i - 2].start)
        and only_space_between(text, ws[i - 2], prev) and only_space_between(text, prev, w)
        and (nxt is None or not nxt.capitalised or not only_space_between(text, w, nxt))
    ):  # fmt: skip
        return False  # "the Heights of Abraham", "the Book of Ruth": a place's or a work's name
    if (
        prev is not None and prev.key == "the" and w.capitalised and not w.raw.isupper()
        and nxt is not None and nxt.key == "of" and i + 2 < len(ws) and ws[i + 2].capitalised
        and only_space_between(text, prev, w) and only_space_between(text, w, nxt)
    ):  # fmt: skip
        return False  # "aboard the Victoria of Wight", "the Lady of Shalott": a ship, a title
    if (
        nxt is not None
        and nxt.capitalised
        and nxt.key in SAINT_AFTER
        and only_space_between(text, w, nxt)
    ):
        return False  # "as Dewi Sant said": Welsh puts the saint after the name
    if (
        prev is not None
        and prev.capitalised
        and (prev.key in TITLES or prev.key in SAINTS or prev.key in RANKS)
        # not across a sentence's end: "a visit from Santa! Emīls said" ("Mr. Will" is one)
        and not re.search(
            r"[!?\n]" if prev.key in TITLES | RANKS else r"[.!?\n]", text[prev.end : w.start]
        )
        # "Sister Elka was in school throughout": a sibling, by a register forename that is
        # no English word (a nurse is "Sister Hughes"; a nun's name is rarely a pupil's)
        and not (prev.key in SIBLING_TITLES and nlp.english and w.key not in nlp.english)
    ):  # fmt: skip
        return False
    if (
        nxt is not None and nxt.key in ("means", "meant")
        and re.fullmatch(r"[\s\"'‘’“”]*", text[w.end : nxt.start])  # '"Rahma" means mercy'
        and not re.match(r"\s+(?:means|meant)\s+(?:so\s+much|a\s+lot|the\s+world|everything)",
                         text[w.end :], re.IGNORECASE)
        and not PERSON_PRONOUN_RE.search(_this_and_next_sentence(text, w.end))
    ):  # fmt: skip
        return False  # "Noor means light": the word's meaning, nobody in particular
    if IN_A_LANGUAGE_RE.match(text, w.end):
        return False  # "John = Jānis in Latvian": the name as a word of a language, nobody
    if HONORIFIC_AFTER_RE.match(text, w.end):
        return False  # "is Ganesh ji allowed ...": a god or an elder, never a child
    if FIGURE_OF_RE.match(text, w.end):
        return False  # "Then Asiya, the wife of Firaun, who stayed firm": a story's figure
    if EPITHET_AFTER_RE.match(text, w.end):
        return False  # "Vlad the Impaler", "Bob the Builder": a figure known by an epithet
    if ANIMAL_AFTER_RE.match(text, w.end) and not PLAYED_RE.search(text):
        # (in a play a child is "Kuba the sheep")
        return False  # "Meet Harvey, Titw's new class hamster": a pet, not a pupil
    if w.capitalised and quoted_title(text, w.start, w.end):
        return False  # 'our "Marley's Ghost" drama': a title, every word capitalised
    if w.key in MODAL_NAMES and nxt is not None and nxt.key in SUBJECTS:
        return False  # "Will I ever...?", "May we remind you": a question, not a name
    if _subject_of_a_clause(text, w, nlp) and (w.raw.islower() or w.key not in MONTHS):
        # "- precious has her asthma inhaler in her bag", "...; Summer can't have the ice
        # cream (milk allergy)": who has the listed condition, after a clause's start
        return True
    after = text[w.end : w.end + 60]
    if w.capitalised and INITIAL_RE.match(after) and not re.match(r"\s+I\b", after):
        return True  # "Grace A", "Hope A, Ibrahim W": a forename and a surname initial
    if (
        w.capitalised
        and _sentence_start(text, w.start)
        and PERSON_STATE_AFTER_RE.match(text, w.end)
    ):
        return True  # "Liberty teary again at drop off": how only somebody is
    if w.capitalised and _sentence_start(text, w.start) and CITATION_AFTER_RE.match(text, w.end):
        # "Stars of the Week 🌟\nHope for trying so hard with her sounds": an award's line
        return True
    if (
        label in ("GPE", "LOC", "FAC")
        and prev is not None
        and prev.key in PLACE_PREPOSITIONS
        and not NAME_CUES_AFTER_RE.match(after)
    ):
        return False  # "grew up in Aston", "the match at Perry": a place, says the model
    if (
        label in NOT_PERSON_LABELS
        and nxt is not None
        and nxt.capitalised
        and (only_space_between(text, w, nxt))
        # not a name before an acronym: "Dominik PEP meeting with the virtual school"
        and not (nxt.raw.isupper() and len(nxt.raw) > 1 and not w.raw.isupper())
    ):
        return False  # part of a capitalised place or title the model recognised
    if (
        w.capitalised and prev is not None and prev.capitalised and not prev.raw.isupper()
        and prev.key not in index.first and prev.key not in nlp.english
        and prev.key not in TITLES and prev.key not in SAINTS and only_space_between(text, prev, w)
        # (a class's name is no surname: "My brave Scarfie Tilly", a child of Scarfie class)
        and name_key(prev.raw) not in index.classes
        # (the model's person, in an English sentence, not its first word: "Took Bilal to",
        # "Mae Liv yn Nosbarth", "Parabéns Gonçalo!" are a verb and a name)
        and not _sentence_start(text, prev.start) and nlp.pos(prev.start) == "PROPN"
        and nlp.entity(prev.start, w.end) == "PERSON" and post_languages(text) == {"en"}
    ):  # fmt: skip
        return False  # "Nadifa Mohamed's novel": the surname of somebody the register has not
    if w.capitalised and TITLE_BY_RE.match(text[w.end : w.end + 80]):
        return False  # "we read Ruby's Worry by Tom Percival": a book's title and its author
    if (
        w.raw.islower() and prev is not None and w.key in nlp.english
        and only_space_between(text, prev, w)
        and (prev.key in ARTICLES or nlp.pos(prev.start) == "ADJ"
             or prev.capitalised and not prev.raw.isupper())
        and nlp.pos(w.start) == "NOUN"
    ):  # fmt: skip
        # "saw the aurora", "New kit alert!": an English noun after its article or an
        # adjective, in lower case, is the word (names in lower case are cues, not nouns:
        # "well done olivia"); so after a place's name it belongs to: "Ocean Village marina".
        return False
    if (
        w.raw.islower() and nxt is not None and nxt.raw.islower() and w.key in nlp.english
        and only_space_between(text, w, nxt) and nlp.next_tag(w.start) == "NNS"
        and nxt.key not in ("lots", "loads", "thanks")
    ):  # fmt: skip
        return False  # "heather and rowan berries": an English word before its plural noun
    parts = w.raw.lower().split("-")
    if w.key in given_names() or len(parts) > 1 and all(p in all_given_names() for p in parts):
        # A well-known given name that is no everyday word: a name in any casing
        # ("olivia" still counts: case is an evasion), but not inside a quoted phrase of
        # another language in lower case ('"Fa inna ma'al 'usri yusra"': "with hardship
        # comes ease"; chat's "omg demi saved a penalty" is no other language).
        return not (
            w.raw.islower() and _inside_quotes(text, w.start)
            and _in_a_foreign_phrase(text, ws, i, index, nlp)
        )  # fmt: skip
    english = nlp.english
    no_word = bool(english) and w.key not in english and not any(p in english for p in parts)
    if no_word and not w.capitalised and len(w.key) >= 3 and w.key not in _stop_words():
        # A register forename that is no English word, typed in lower case ("shout out to
        # lili-mai and harri"): as with "olivia" above, case is no reason to doubt it.
        # Unless the word beside it is no English word or name either: a phrase of another
        # language ("a big mazal tov", "tot ziens", "waheguru ji").
        return not _in_a_foreign_phrase(text, ws, i, index, nlp)
    if (not no_word and english and w.capitalised and not w.raw.isupper()
            and len(w.key) >= 3 and w.key not in common_words()
            and not FESTIVAL_NAME_RE.fullmatch(w.key)
            and not OWNED_BY_NAME_RE.search(text, max(0, w.start - 30), w.start)):  # fmt: skip
        # A capitalised register forename that only a dictionary's far corners hold ("Inti",
        # a Peruvian coin; "Tansy", "Lotte", "Caspar"): too rare a word to be read as one
        # in a school's post, which names children far more often than it says "tansy".
        # Not a festival's name, which a school's calendar says far more often ("Pesach"),
        # nor one owned by a name, as a work's title is ("Sophocles' Antigone").
        no_word = True
    # Everyday words ("Rose", "May", "Summer") and names we do not know as given names
    # ("Precious", "Mat", "Angel") need to look like a name here.
    # (Capitals are shouting, unless the register writes the name so: "JJ", "AJ".)
    # (Not a word in a line shouted as a whole: "HAPPY BIRTHDAY ZEPH!! 7 TODAY - born ...",
    # where the capitals are the line's, and the word is judged as any capitalised one.)
    shouted = (w.raw.isupper() and len(w.raw) > 1 and not text.isupper()
               and not _in_a_shouted_line(text, ws, i))  # fmt: skip
    if not w.capitalised and YEAR_GROUP_AFTER_RE.match(text, w.end):
        return True  # "2nd joy (y5)": a word in lower case with a pupil's year is a pupil
    # (a shouted forename that is no English word is still the child's: "Egg and spoon:
    # TINHO!")
    if (
        not w.capitalised
        or shouted
        and not _as_registered(w, index)
        and not (no_word and len(w.key) >= 4 and w.raw not in record_acronyms())
    ):
        return False
    with_class = _with_a_class(text, w, index)
    if w.key in MONTHS and not with_class and (_month_context(text, ws, i) or label == "DATE"):
        return False  # (not "our lovely May in Blake class": no month is in a class)
    if w.key in MONTHS | SEASONS and SEASON_IS_RE.match(text, w.end):
        return False  # "Summer's nearly here", "May's flown by": the time of year is, no one's
    # "... in the green bag and Jasmine needs her tablets": a list only in the words; the
    # name does something on its own ("needs", not "need") and is then called she.
    # Or it does what children do in a post ("... drew me as a mermaid and Faith wrote").
    own_subject = ACTS_AFTER_RE.match(text, w.end) or (
        nlp.next_tag(w.start) in ("VBZ", "VBD")
        and PERSON_PRONOUN_RE.search(re.split(r"[.!?\n]", text[w.end : w.end + 120], maxsplit=1)[0])
    )
    # (A forename that is no English word is no word in a list: "won the shot put and
    # Sereana the long jump".)
    # "... for trying so hard with phonics, and Precious (Kestrels) for brilliant maths": the
    # class after the name says it is a child, whatever word comes before the "and".
    if (not own_subject and not no_word and not with_class
            and _listed_with_a_word(text, ws, i, index, english)):  # fmt: skip
        return False  # "Grace and patience are what we need"
    if (
        nxt is not None and nxt.raw.islower() and only_space_between(text, w, nxt)
        and nlp.next_pos(w.start) == "NOUN" and nxt.key not in WHEN_WORDS and not no_word
    ):  # fmt: skip
        # "Bill payments", "Summer term": the word is part of a noun phrase (an English
        # word only: "Thulasi veg only" is a child's lunch)
        return False
    if (
        nxt is not None and nxt.capitalised and only_space_between(text, w, nxt)
        and nxt.key not in index.first and not INITIAL_RE.match(text[w.end :])
    ):  # fmt: skip
        # "Jonjo McD": the pupil's own surname cut short, as a forename and an initial are.
        return index.surname_cut_short(w.key, nxt.key)  # else "Summer Fair", "Hope Valley"
    if re.match(r"\s+of\s+the\s+[A-Z]", text[w.end : w.end + 12]):
        return False  # "Angel of the North", "Star of the Week": a title
    if label == "PERSON":
        return True
    if no_word:
        return True  # a register forename that is no English word ("Chidera", "Jericho")
    before = text[max(0, w.start - 30) : w.start].lower().rstrip(" ,:!-")
    # "happy birthday to", "well done to"; "Happy 7th birthday to our Blessing"
    before = re.sub(r"\s+to(?:\s+(?:our|my))?$", "", before)
    before = re.sub(r"\b(happy)\s+\d{1,2}(?:st|nd|rd|th)?\s+(birthday)$", r"\1 \2", before)
    if any(before.endswith(cue) for cue in NAME_CUES_BEFORE) or PLACE_RE.search(before):
        return True
    if AWARD_BEFORE_RE.search(before) or AWARD_IS_RE.search(text[max(0, w.start - 60) : w.start]):
        return True
    if NAME_CUES_AFTER_RE.match(after) or INITIAL_RE.match(after):
        # (not a season or a month as time: "this Summer is fine and sunny")
        return w.key not in MONTHS | SEASONS or prev is None or prev.key not in TIME_BEFORE
    if OWN_FAMILY_AFTER_RE.match(after) and (prev is None or prev.key not in TIME_BEFORE):
        return True  # "First day back for Summer since her mam's funeral": her mam
    if NOTE_ON_FAMILY_RE.match(after) and _sentence_start(text, w.start):
        return True  # "Chico - dad's on remand at Cardiff": a note on the child
    if with_class:
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
    if (
        WELSH_VERB_AFTER_RE.match(text, w.end) and w.key not in WELSH_TIMES
        and (prev is None or prev.key not in ("y", "yr", "r")) and looks_welsh(text)
    ):  # fmt: skip
        return True  # "Nest wedi bod mor ddewr", "Seren yn canu": a Welsh verb's subject
    if w.key not in MONTHS and _a_note_on_a_child(text, w, nlp):
        # "Summer – autism assessment with the paediatrician on Tuesday" (a month's note is
        # as often its awareness month's: "March: autism acceptance month")
        return True
    if _capitalised_alone(text, ws, i, nlp):
        return True  # "join the early help meeting for Honey in the small hall"
    if (
        (_sentence_start(text, w.start) or DASH_BEFORE_RE.search(text, 0, w.start))
        and SPOKEN_TO_RE.match(after) and w.key not in MONTHS
    ):  # fmt: skip
        # "Ruby, don't forget your kit", "Era please remember", "... on the 17th of March -
        # Grace, I hadn't forgotten": someone spoken to
        return True
    # The model's grammar: a proper noun that does something ("River spotted a kingfisher").
    return nlp.pos(w.start) == "PROPN" and nlp.next_pos(w.start) == "VERB"


# A class's pet or mascot, named in an apposition after its name (or a list of names):
# "Meet Ruby and Jay, our new Year 1 guinea pigs", "Meet Daisy! 🐐 Our school goat",
# "Barnaby the class bear".
_ANIMALS = (
    r"dogs?|pupp(?:y|ies)|cats?|kittens?|rabbits?|bunn(?:y|ies)|pigs?|piglets?|hamsters?"
    r"|gerbils?|tortoises?|turtles?|goats?|lambs?|sheep|ewes?|rams?|pon(?:y|ies)|horses?"
    r"|donkeys?|cows?|calf|calves|hens?|chickens?|chicks?|ducks?|ducklings?|geese|goose"
    r"|goldfish|fish|snails?|stick\s+insects?|axolotls?|lizards?|snakes?|parrots?|budgies?"
    r"|alpacas?|llamas?|shetlands?|cockerels?|roosters?|owls?|mascots?|teddy|teddies|bears?"
    rf"|puppets?|dolls?|caterpillars?|butterfl(?:y|ies)|{_BREEDS}"
)
NAMED_ANIMAL_RE = re.compile(
    r"^(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)[A-Z][\w'’-]+)*"  # the rest of a list of names
    # whose pet: ours, or the class's or school's ("Mia and Ava, the two sheep" in a
    # nativity are pupils in costume)
    r"(?:\s*[,!–-]+\s*|\s+)[^\w\s]{0,6}\s*"
    r"(?i:our|my|the\s+(?:class|school|nursery|farm|reception)(?:['’]s)?)\s+(?:[\w-]+\s+){0,4}?"
    rf"(?i:{_ANIMALS})\b"
)


# Whose animal, then the animal, then its name: "My collie Poppy has eaten", "our school
# dog Bella", "the class hamster Nibbles".
ANIMAL_BEFORE_RE = re.compile(
    r"(?i:\b(?:my|our|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_ANIMALS}))[ \t]+$"
)


def named_animal(text: str, w: Word) -> bool:
    """Is this name a pet's or a mascot's ("Meet Daisy! 🐐 Our school goat")? (Not "baby
    Alfie": a nursery's babies are its pupils.)"""
    return bool(NAMED_ANIMAL_RE.match(text[w.end : w.end + 120]))


def animals_named(text: str, ws: list[Word]) -> set[str]:
    """The names that a post gives an animal somewhere ("Meet Skye, our new reading dog! ...
    Skye is a very patient collie", "My collie Poppy has eaten"): the same name later in the
    post is the same animal."""
    played = PLAYED_RE.search(text)  # in a play a child is "Kuba the sheep"
    return {w.key for w in ws if w.capitalised and (named_animal(text, w) or not played and (
            ANIMAL_AFTER_RE.match(text, w.end)
            or ANIMAL_BEFORE_RE.search(text[max(0, w.start - 60) : w.start])))}  # fmt: skip


def listed_after_a_saint(text: str, ws: list[Word], i: int) -> bool:
    """Is the word a later item of a list of single capitalised names whose first has a
    saint's or prophet's word before it ("Prophet Musa, Isa and Maryam", "St Peter, Andrew
    and James")? Not a comma and "and" after the saint alone: that joins a new clause
    ("took the name Columba after St Columba, and Connor chose Patrick")."""
    k = i
    for step in range(4):
        # the item before: the word before, or the one before "and" / "or"
        j = k - 2 if k >= 2 and ws[k - 1].key in ("and", "or") else k - 1
        if j < 0 or not _listed(text, ws, k, j):
            return False
        clause = step == 0 and k - j == 2 and text[ws[j].end : ws[k - 1].start].strip() == ","
        k = j
        if not ws[k].capitalised:
            return False
        before = ws[k - 1] if k >= 1 else None
        if (before is not None and before.capitalised and before.key in SAINTS
                and only_space_between(text, before, ws[k])):  # fmt: skip
            return not clause
    return False


# A word that owns the next: "Storm's coat" ("'s", then a word in lower case).
POSSESSOR_RE = re.compile(r"^['’]s\s+[a-z]")
# Only "and", "or", "&" join a list here: a comma alone is as often a pause ("Thanks
# Amber, very kind", "Ruby, born 30 January").
WORD_LIST_GAP_RE = re.compile(r"^\s*,?\s*(?:and|&|or)\s*$")


def _listed_with_a_word(text: str, ws: list[Word], i: int, index, english) -> bool:
    """Is the word one of a list whose next or previous item is an everyday word that is no
    name? A list joins like with like: "Grace and patience", "Hope and kindness"."""
    if not english:
        return False
    if _in_a_series_of_words(text, ws, i, index, english):
        return True
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
        if j < i and POSSESSOR_RE.match(text[ws[i].end :]):
            continue  # "Summer's reading folder and Storm's coat": a list of coats and folders
        if (
            other.key in english
            and other.key not in PEOPLE_WORDS
            and other.key not in index.first
            # "patience" in lower case is a word; a capitalised "Ivy" may be somebody
            and (other.raw.islower() or other.key not in all_given_names())
        ):
            return True
    return False


def _in_a_series_of_words(text: str, ws: list[Word], i: int, index, english) -> bool:
    """One of three or more single words in a series that ends with "and"/"or", the others
    everyday words: "Our values: Hope, Respect, Kindness and Wisdom", "Joy, wonder and a
    LOT of glitter". A comma alone is no list ("Thanks Amber, very kind"): the "and" is."""

    def step(k: int, direction: int) -> tuple[int, bool] | None:
        """The next item of the series from item k, and whether "and"/"or" joined them."""
        j = k + direction
        if not 0 <= j < len(ws):
            return None
        a, b = (ws[k], ws[j]) if direction > 0 else (ws[j], ws[k])
        if text[a.end : b.start].strip() == ",":
            return j, False
        if ws[j].key in ("and", "or") and 0 <= j + direction < len(ws):
            c, d = (ws[j], ws[j + direction]) if direction > 0 else (ws[j + direction], ws[j])
            before, after = text[a.end : b.start], text[c.end : d.start]
            if before.strip() in ("", ",") and after.strip() == "":
                return j + direction, True
        return None

    items, joined = [i], False
    for direction in (-1, 1):
        k = i
        while (nxt := step(k, direction)) is not None:
            k, by_and = nxt
            items.append(k)
            joined = joined or by_and
    if len(items) < 3 or not joined:
        return False
    others = [ws[k] for k in items if k != i]
    # (an item may be a phrase after its article: "Joy, hope and a full tin cupboard")
    if not all(o.key in english and o.key not in PEOPLE_WORDS or o.raw in ARTICLES
               for o in others):  # fmt: skip
        return False
    # Words, not children: at most one other is a pupil's name ("Hope, Respect, Kindness and
    # Wisdom" is a list of values even with a Wisdom on the register; "Hope, Grace and Joy"
    # are three girls).
    # A word in lower case in a post that writes names capitalised is no name ("Joy, hope
    # and a full tin cupboard", with a Hope on the register).
    named = [o for o in others if (o.key in index.first or not o.raw.islower() and o.key in
             all_given_names()) and not (o.raw.islower() and not text.islower())]  # fmt: skip
    return len(named) <= 1 and len(others) - len(named) >= 2


@cache
def _stop_words() -> frozenset[str]:
    """English function words ("the", "and"), which WordNet's lemmas leave out."""
    from spacy.lang.en.stop_words import STOP_WORDS  # spaCy is loaded by then: no cost

    return frozenset(STOP_WORDS)


# After a name in Welsh: the particle or verb that makes it the subject ("Nest wedi bod",
# "Seren yn canu", "Cai sy'n edrych ar ôl"), which an English word-name never has beside it.
WELSH_VERB_AFTER_RE = re.compile(
    r"[ \t]+(?:wedi|yn|ddim|sy['’]n|sydd|oedd|wnaeth|heb|isio|eisiau)\b"
)
# Welsh seasons and months, also forenames ("Haf", "Medi"): "Haf yn dod!" is the summer.
WELSH_TIMES = frozenset({"haf", "gaeaf", "gwanwyn", "hydref", "medi", "mai", "mawrth", "ionawr",
                         "chwefror", "ebrill", "mehefin", "gorffennaf", "awst", "tachwedd",
                         "rhagfyr"})  # fmt: skip


# A capitalised word's possessive straight before: "Sophocles' Antigone", "Homer's Odyssey".
OWNED_BY_NAME_RE = re.compile(r"\b[A-Z][\w'’-]*(?:['’]s|s['’])[ \t]+$")


# A school's value, virtue or theme named: "Our value this week is Liberty", "This half
# term's theme: Hope".
VALUE_BEFORE_RE = re.compile(
    r"\b(?:value|values|virtue|virtues|theme|word|focus|motto|topic)\b[^.!?\n]{0,25}?"
    r"(?:\b(?:is|are|was)|:|-|–)\s*$",
    re.IGNORECASE,
)


def _capitalised_alone(text: str, ws: list[Word], i: int, nlp) -> bool:
    """An everyday word capitalised in the middle of a sentence, with no capitalised word
    beside it and in a sentence not written in title case, which the parser reads as a
    name (or as a word that names nothing after it): English capitalises nothing else
    there, so it is a name ("the early help meeting for Honey in the small hall", "a reader
    and extra time for Precious"), not a heading ("Thank You For Your Support") or a
    place's or a thing's name ("Hope Valley")."""
    w = ws[i]
    prev = ws[i - 1] if i > 0 else None
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    if (
        prev is None or _sentence_start(text, w.start) or w.hashtag
        or w.key in MONTHS | SEASONS or prev.key in ("of", "the", "a", "an")
        or prev.capitalised and not _sentence_start(text, prev.start)
        or nxt is not None and nxt.capitalised and not _sentence_start(text, nxt.start)
        # a proper noun to the parser, or a word it reads as a noun or an adjective that
        # describes nothing after it ("extra time for Precious in every paper")
        or not (nlp.pos(w.start) == "PROPN" or nlp.pos(w.start) in ("NOUN", "ADJ")
                and nlp.next_pos(w.start) not in ("NOUN", "PROPN"))
    ):  # fmt: skip
        return False
    opened = text[: w.start].rstrip(" \t\"'“‘(«")
    if not opened or opened[-1] in ".!?:;\n":
        return False  # a quotation's first word: 'Our value is hope: "Hope is being able ..."'
    if VALUE_BEFORE_RE.search(text, max(0, w.start - 50), w.start):
        return False  # "Our value this week is Liberty": a school's value, capitalised
    start = max(text.rfind(c, 0, w.start) for c in ".!?\n") + 1
    end = min((e for e in (text.find(c, w.end) for c in ".!?\n") if e != -1), default=len(text))
    words = [x for x in ws if start <= x.start < end and len(x.raw) > 3]
    capitals = sum(x.capitalised for x in words)
    return capitals * 3 <= len(words)  # (a title capitalises most of its long words)


def _inside_quotes(text: str, pos: int) -> bool:
    """Is `pos` inside double quotes opened earlier on its line?"""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def _in_a_foreign_phrase(text: str, ws: list[Word], i: int, index, nlp) -> bool:
    """Is a word in lower case beside another in lower case that is no English word, no
    name of the register and no name we know, with only a space between them? (English by
    the lemma list, or by the parse: "wrote" is no lemma, but the parse knows a verb.)"""
    surnames = index.surnames()
    for j in (i - 1, i + 1):
        if not 0 <= j < len(ws):
            continue
        a, b = (ws[j], ws[i]) if j < i else (ws[i], ws[j])
        other = ws[j]
        if (
            other.raw.islower() and other.raw.isalpha() and len(other.key) > 1
            and other.key not in nlp.english and other.key not in index.first
            and nlp.pos(other.start) in (None, "PROPN", "NOUN", "X", "ADJ", "INTJ")
            and other.key not in surnames and other.key not in all_given_names()
            and other.key not in _stop_words() and text[a.end : b.start] == " "
        ):  # fmt: skip
            return True
    return False


def _in_a_shouted_line(text: str, ws: list[Word], i: int) -> bool:
    """Is the word one of two or more words in capitals side by side on its line, a word
    at least before it, as a heading or a cheer is shouted ("HAPPY BIRTHDAY ZEPH")? Not an
    acronym or a name in capitals among lower-case words ("Solo from LILY had ...")."""
    prev = ws[i - 1] if i > 0 else None
    return (
        prev is not None and prev.raw.isupper() and len(prev.raw) > 1 and prev.raw.isalpha()
        and "\n" not in text[prev.end : ws[i].start]
    )  # fmt: skip


def _this_and_next_sentence(text: str, pos: int) -> str:
    """The rest of the sentence from `pos`, and the sentence after it."""
    rest = text[pos : pos + 240]
    parts = re.split(r"[.!?\n]+", rest, maxsplit=2)
    return " ".join(parts[:2])


DASH_BEFORE_RE = re.compile(r"\s[-–—]\s*$")  # a spaced dash, which starts a new thought
# After a name at a sentence's start: a comma, or "please" and what to do.
SPOKEN_TO_RE = re.compile(r"\s*,\s|\s+(?:please|pls|plz)\s+(?!note\b)[a-z]")


def _as_registered(w: Word, index) -> bool:
    """Is the word written as the register writes a pupil's forename ("JJ")?"""
    return any(w.raw in person.forenames for person in index.first.get(w.key, ()))


def acts_beside(text: str, ws: list[Word], i: int, names: set[int], nlp) -> bool:
    """Does word i open a clause of its own and do something, in a sentence where a word
    taken for a name does something too? "Eira drew me as a mermaid and Faith wrote ...",
    "Hope won the egg and spoon, Charlie won the beanbag race and Storm... just wanted to
    lie on the field": clauses side by side, each a child doing something."""
    w = ws[i]
    if w.key in MONTHS | SEASONS or not w.capitalised:
        return False
    prev = ws[i - 1] if i > 0 else None
    opens = (prev is None or prev.key in ("and", "then", "but", "while", "whilst")
             or "," in text[prev.end : w.start] or _sentence_start(text, w.start))  # fmt: skip
    if not opens or not _acts(text, w, nlp):
        return False
    for j in names:
        other = ws[j]
        a, b = sorted((other.start, w.start))
        if j == i or not other.capitalised:
            continue
        acts = nlp.next_pos(other.start) in ("VERB", "AUX") or ACTS_AFTER_RE.match(text, other.end)
        if acts and not SENTENCE_END_RE.search(text, a, b):
            return True
        # or the sentences side by side, each opened by a child doing something: "Will says
        # biscuit. Ally says cake.", "Oskar wasn't sure at first ... Blessing preferred the
        # shaving foam."
        if (
            acts and b - a <= 160 and len(SENTENCE_END_RE.findall(text, a, b)) == 1
            and _sentence_start(text, w.start) and _sentence_start(text, other.start)
            and "\n\n" not in text[a:b]
        ):  # fmt: skip
            return True
    return False


def _acts(text: str, w: Word, nlp) -> bool:
    return (nlp.next_pos(w.start) in ("VERB", "AUX") or ACTS_AFTER_RE.match(text, w.end)
            or re.match(r"(?:\.\.\.|…)\s*(?:just\s+)?[a-z]+ed\b", text[w.end : w.end + 20])
            is not None)  # fmt: skip


# A sentence's end; not an ellipsis ("Storm... just wanted to lie on the field").
SENTENCE_END_RE = re.compile(r"(?<!\.)\.(?!\.)|[!?\n]")


def _sentence_start(text: str, pos: int) -> bool:
    """At the start of the text, after . ! ? or a line break, or after an emoji, which
    posts use as a full stop ("... in BSL 🤟 Rain has taught us")."""
    before = text[:pos].rstrip()
    if not before or before[-1] in ".!?:\n" or re.fullmatch(r"\W+", before):
        return True
    if "\n" in text[len(before) : pos]:
        return True  # a line's first word, under a heading with no full stop
    if before[-1] in '"”’' and before.rstrip('"”’')[-1:] in (".", "!", "?"):
        return True  # after a quoted question: '"Is it a biscuit or a cake?" Will says'
    if BULLET_BEFORE_RE.search(before):
        return True  # an item of a list: "- Precious late x4, mum on nights"
    return unicodedata.category(before[-1]) in ("So", "Sk", "Cs")


BULLET_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*[-–—•*·▪][ \t]*$")


LIST_GAP_RE = re.compile(r"^\s*(?:,|&|\band\b|,\s*and\b|\bor\b)\s*$")
# Between initials in a list, a class in brackets may stand: "a.n. (Herons) and TU".
INITIALS_GAP_RE = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?(?:,|&|\band\b|,\s*and\b|\bor\b)\s*$")


def _listed_with(text: str, ws: list[Word], i: int, accepted: set[int]) -> bool:
    """Is word i in a list ("A, B and C") with a word already accepted as a name?"""
    return any(_listed(text, ws, i, j) for j in accepted)


# An item of a list that reads like a record's: a name opening it, then a dash or a colon and
# what is noted ("Kemar — 14 Denbury Walk; Destiny — the flat above ...; Mo — 58 Ashgrove
# Street", "Jolana - egg · Mehmed - halal · Destiny - sesame").
# A bullet, a number or a time may open the item: "- Jade - ...", "2. Summer - ...", "11.00
# Summer - 7 Anchor Yard" (a list of home visits).
ITEM_OPEN_RE = re.compile(
    r"(?:^|[:;·•|\n])[ \t]*(?:(?:[-–*•]|\d{1,2}[.)]|\d{1,2}[.:]\d{2}(?:\s*[ap]m)?|\d{1,2}\s*[ap]m)"
    r"[ \t]+)?$",
    re.IGNORECASE,
)
ITEM_NOTE_RE = re.compile(r"[ \t]*[-–—:][ \t]+\S")


def _noted_item(text: str, w: Word) -> bool:
    start = w.start - 1 if w.hashtag else w.start
    return bool(ITEM_OPEN_RE.search(text[max(0, start - 12) : start])
                and ITEM_NOTE_RE.match(text, w.end))  # fmt: skip


def noted_with(text: str, ws: list[Word], i: int, accepted: set[int]) -> bool:
    """Does word i open an item of a noted list ("Destiny — the flat above ...") of which
    another item opens with a name already accepted ("Kemar — 14 Denbury Walk")?"""
    return _noted_item(text, ws[i]) and any(j != i and _noted_item(text, ws[j]) for j in accepted)


# A child's initials as an item between two names of a list: "Hope, A.O., Wiktoria and
# Carlton" (the initials are found later, by name_initials; here they only join the list).
INITIALS_ITEM_GAP_RE = re.compile(r"^\s*,\s*(?-i:(?:[A-Z]\.\s?){2,3})\s*(?:,|,?\s*(?:and|&))\s*$")


# A note in brackets after an item, or a role before the next ("Prizes to Poppy (lambs), Daisy
# (the whole farm!) and Isla", "Zoë and captain Summer"): still neighbours in the list.
NOTED_ITEM_GAP_RE = re.compile(
    r"^\s*(?:\([^()\n]{1,40}\)\s*)?(?:,|&|\band\b|,\s*and\b)\s*"
    r"(?:(?:captain|vice-captain|goalkeeper|goalie|keeper)\s+)?$",
    re.IGNORECASE,
)


def _listed(text: str, ws: list[Word], i: int, j: int) -> bool:
    """Are words i and j neighbours in a list: "A, B", "A and B", "A & B", or with a child's
    initials between them ("A, B.C., D"), or a note or a role ("A (lambs), B", "and captain
    C")?"""
    a, b = (ws[j], ws[i]) if j < i else (ws[i], ws[j])
    gap = text[a.end : b.start]
    if abs(i - j) > 2:
        return (
            abs(i - j) <= 4
            and INITIALS_ITEM_GAP_RE.match(gap) is not None
            or (abs(i - j) <= 10 and NOTED_ITEM_GAP_RE.match(gap) is not None)
        )
    return LIST_GAP_RE.match(gap) is not None or NOTED_ITEM_GAP_RE.match(gap) is not None


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
