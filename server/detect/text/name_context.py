"""Whether a word that is a register name is used as a name where it stands: the words around
it (titles, cues, lists of names, months, seasons, places), judged for find_names
(register_names.py), which knows whose names they are."""

import re
import unicodedata
from functools import cache

from .tokens import (
    PERSON_PRONOUN_RE,
    Word,
    name_key,
    only_space_between,
)
from .wordlists import all_given_names, given_names

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
    "manor", "world", "gallery", "mosque", "gurdwara", "mandir", "synagogue", "chapel", "estate",
    "wharf", "junction", "dock", "docks",
    # football and rugby clubs: "Lincoln City", "Boston United", "Bristol Rovers"
    "city", "united", "town", "rovers", "athletic", "albion", "wanderers", "rangers",
    "county", "tree",
}  # fmt: skip
NAME_CUES_BEFORE = (
    "birthday girl", "birthday boy", "little", "my little", "our little", "well done",
    "congratulations to", "congratulations", "congrats to", "congrats", "thank you",
    "thanks to", "thanks", "proud of", "shout out to", "shoutout to", "star of the week",
    "welcome to", "welcome", "hello", "happy birthday", "good luck", "goodbye", "bravo", "go",
    "awarded to", "presented to", "dear",
)  # fmt: skip
# An award named before the name: "Player of the match: Hope", "Star of the week - Joy",
# "Reader of the month Faith", "MVP: Grace".
AWARD_BEFORE_RE = re.compile(
    r"(?:\b(?:player|star|hero|pupil|reader|writer|learner|citizen|student|scientist|artist"
    r"|mathematician|athlete|performer|helper|winner|champion)s?\s+of\s+the\s+(?:match|game"
    r"|week|day|term|month|year|tournament|fixture|race|season|half[- ]term)|\bmvp|\bpotm"
    r"|\bmotm|\bwinners?|\bgoal\s*scorers?|\bscorers?)$"
)
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
# Words that may begin a question ("Will I...?", "May we...?") and are forenames too.
MODAL_NAMES = {"will", "may", "can", "did", "should", "would", "could", "must"}
SUBJECTS = {"i", "you", "we", "they", "he", "she", "it", "there", "this", "that", "all",
            "everyone", "anyone", "someone", "parents", "children", "your", "our"}  # fmt: skip
# A place in a race or a list of winners: "2nd Freddie B, 3rd Summer".
PLACE_RE = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)|\b(?:first|second|third|winner)s?)\s*:?$")
# A surname initial after a forename: "Olivia B.", "Ruby T (nut allergy)".
INITIAL_RE = re.compile(r"^\s+[A-Z]\.?(?![A-Za-z])")
SAINTS = {"st", "saint"}
# Words after which the model's place is a place ("to" and "from" are left out: "well done to
# Aston", "a screamer from Tariro").
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "around", "across", "through", "via"})
NOT_PERSON_LABELS = {"GPE", "LOC", "FAC", "ORG", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}


def _used_as_name(text: str, ws: list[Word], i: int, index, nlp) -> bool:
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
    if (
        nxt is not None and nxt.key in ("means", "meant") and only_space_between(text, w, nxt)
        and not re.match(r"\s+(?:means|meant)\s+(?:so\s+much|a\s+lot|the\s+world|everything)",
                         text[w.end :], re.IGNORECASE)
        and not PERSON_PRONOUN_RE.search(_this_and_next_sentence(text, w.end))
    ):  # fmt: skip
        return False  # "Noor means light": the word's meaning, nobody in particular
    if w.key in MODAL_NAMES and nxt is not None and nxt.key in SUBJECTS:
        return False  # "Will I ever...?", "May we remind you": a question, not a name
    after = text[w.end : w.end + 60]
    if w.capitalised and INITIAL_RE.match(after) and not re.match(r"\s+I\b", after):
        return True  # "Grace A", "Hope A, Ibrahim W": a forename and a surname initial
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
    # "... in the green bag and Jasmine needs her tablets": a list only in the words; the
    # name does something on its own ("needs", not "need") and is then called she.
    own_subject = nlp.next_tag(w.start) in ("VBZ", "VBD") and PERSON_PRONOUN_RE.search(
        re.split(r"[.!?\n]", text[w.end : w.end + 120], maxsplit=1)[0]
    )
    if not own_subject and _listed_with_a_word(text, ws, i, index, english):
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
    if AWARD_BEFORE_RE.search(before):
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
    if not all(o.key in english and o.key not in PEOPLE_WORDS for o in others):
        return False
    # Words, not children: at most one other is a pupil's name ("Hope, Respect, Kindness and
    # Wisdom" is a list of values even with a Wisdom on the register; "Hope, Grace and Joy"
    # are three girls).
    named = [o for o in others if o.key in index.first or not o.raw.islower() and o.key in
             all_given_names()]  # fmt: skip
    return len(named) <= 1 and len(others) - len(named) >= 2


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
