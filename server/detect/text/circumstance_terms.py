"""The circumstance detector's words: terms by lemma (data/circumstance_terms*.txt) found in
spaCy's analysis of a post, each a hit the sentence model then weighs (circumstances.py)."""

import re
from dataclasses import dataclass
from functools import cache

from ..models import data_file
from .gaelic import lenited_forms, looks_gaelic
from .normalise import fold_char, fold_name
from .welsh_mutation import looks_welsh, mutated_forms
from .wordlists import home_areas, kin_words


@dataclass(frozen=True)
class Term:
    category: str
    strong: bool
    copula: bool  # strong when said of someone with "be": "who is Hindu", "are Roma"
    words: tuple[frozenset[str], ...]  # per position: acceptable lemmas ("*" = any)
    acronym: bool  # written in capitals: matches only as written
    language: str = "en"  # "cy" or "gd": counts only in a post that reads as that language
    death: bool = False  # a hit only where the parse says whose family member died ("lost")
    people: bool = False  # a hit only when said with "be" or of a family (as copula, no weak)


@dataclass
class Hit:
    start: int
    end: int
    category: str
    strong: bool


# The hand-made list, then the health conditions named by WordNet
# (models/build_health_terms.py builds the second), then the Welsh and Gaelic words.
TERM_FILES = ("circumstance_terms.txt", "circumstance_terms_health.txt")
LANGUAGE_TERM_FILES = {"circumstance_terms_cy.txt": "cy", "circumstance_terms_gd.txt": "gd"}
# Each language's test of a post, and the forms its grammar gives a listed word.
READS_AS = {"cy": looks_welsh, "gd": looks_gaelic}
FORMS = {"cy": mutated_forms, "gd": lenited_forms}


def post_languages(text: str) -> set[str]:
    """The languages a post is read in: English, and Welsh or Gaelic when it reads so."""
    return {"en"} | {lang for lang, reads in READS_AS.items() if reads(text)}


@cache
def terms() -> tuple[Term, ...]:
    out = []
    for name in (*TERM_FILES, *LANGUAGE_TERM_FILES):
        language = LANGUAGE_TERM_FILES.get(name, "en")
        for line in data_file(name).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            out.append(_term(line, language))
    return tuple(out)


def _term(line: str, language: str) -> Term:
    category, strength, phrase = (part.strip() for part in line.split("|", 2))
    acronym = phrase.isupper()
    words = []
    for token in phrase.split():
        accepted = [w if acronym else w.lower() for w in token.split("|")]
        if language != "en" and not acronym:
            # Listed as radicals; running Welsh mutates them ("ei thad", "yn y ddalfa"),
            # Gaelic lenites them ("a mhàthair"). The detectors read text with accents
            # folded ("mechnïaeth" is "mechniaeth").
            accepted = [form for w in accepted for form in FORMS[language](w)]
            accepted = ["".join(fold_char(c) for c in w) for w in accepted]
        words.append(frozenset(accepted))
    return Term(category, strength == "strong", strength in ("copula", "people"), tuple(words),
                acronym, language, strength == "death", strength == "people")  # fmt: skip


@cache
def strong_words() -> frozenset[str]:
    """The strong listed words of one word, English, lower case ("allergy", "inhaler",
    "foster", "prison"): a sentence that holds one is about somebody's circumstances."""
    return frozenset(
        w for t in terms()
        if t.strong and len(t.words) == 1 and not t.acronym and t.language == "en"
        for w in t.words[0]
    )  # fmt: skip


@cache
def record_acronyms() -> frozenset[str]:
    """The listed acronyms of one word, as written ("PEP", "EHCP", "CIN"): no one's name."""
    return frozenset(w for t in terms() if t.acronym and len(t.words) == 1 for w in t.words[0])


@cache
def _terms_by_first() -> dict[str, list[Term]]:
    index: dict[str, list[Term]] = {}
    for term in terms():
        for word in term.words[0]:
            index.setdefault(word, []).append(term)
    return index


def term_hits(doc) -> list[Hit]:
    """Every listed term in a spaCy Doc, by lemma (acronyms by their written form). Found
    once per Doc and kept in its user_data: the circumstance check and the names' context
    (name_context.py, a word-name before a note) both ask of the same post."""
    if doc is None:
        return []
    if _HITS_KEY not in doc.user_data:
        doc.user_data[_HITS_KEY] = _find_term_hits(doc)
    return list(doc.user_data[_HITS_KEY])


_HITS_KEY = "clearpost.term_hits"


def _find_term_hits(doc) -> list[Hit]:
    # A capitalised noun ("Young Carers award") is tagged a proper noun and keeps its
    # plural as lemma: its singular is tried too.
    lemmas = [_singular(t) for t in doc]
    lowers = [t.text.lower() for t in doc]
    texts = [t.text for t in doc]
    # A proper noun keeps its inflection ("Looked After Children's club" is three proper
    # nouns to spaCy): its word's likely lemmas are tried as well.
    forms = [_propn_forms(t.text.lower()) if t.pos_ == "PROPN" else () for t in doc]
    index = _terms_by_first()
    languages = post_languages(doc.text)
    hits = []
    for i in range(len(doc)):
        keys = dict.fromkeys((texts[i], lemmas[i], lowers[i], *forms[i]))
        candidates = list(dict.fromkeys(t for key in keys for t in index.get(key, [])))
        for term in candidates:
            if term.language not in languages:
                continue
            n = len(term.words)
            if i + n > len(doc):
                continue
            if all(_word_fits(term, texts[i + k], lemmas[i + k], lowers[i + k], term.words[k])
                   or forms[i + k] and not term.words[k].isdisjoint(forms[i + k])
                   for k in range(n)):  # fmt: skip
                # Not another language's term: English's parse of Welsh or Gaelic calls
                # every word a compound.
                start, end = (i, i + n) if term.language != "en" else _widen(doc, i, i + n)
                if not term.strong and _a_place_to_play(doc, i):
                    continue  # "back on court", "the netball court": no court of law
                died = _death_in_family(doc, i) if term.category == "family" else None
                if term.death and died is None:
                    continue  # "lost 3-1", "lost his coat": nobody died
                strong = term.strong or term.copula and _after_be(doc, i) or died is not None
                if term.people and not strong:
                    continue  # "books in Punjabi and Somali": a language, nobody's people
                # Who died, and the words between, are the circumstance too: "lost their
                # bibi", "her granda was shot dead"
                if died is not None and end <= died.i < end + 4:
                    end = died.i + 1
                elif died is not None and start - 5 <= died.left_edge.i < start:
                    # from "her", not from a name's "'s" (the name is a finding of its own)
                    start = died.i if died.left_edge.pos_ == "PROPN" else died.left_edge.i
                hits.append(Hit(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]),
                                term.category, strong))  # fmt: skip
    # A people, a faith or a nation the model knows and no list holds, said of someone with
    # "be" or of their family: "Bowen, who is Fujianese", "her Rasta family".
    # Not where it only describes a thing ("is the Irish dancing champion") or families in
    # general ("Our Portuguese families celebrate Our Lady of Fátima").
    for ent in doc.ents:
        if ent.label_ != "NORP":
            continue
        last = doc[ent.end - 1]
        describes = last.dep_ in ("amod", "compound") and (
            last.head.lower_ not in BELONGING_NOUNS or last.head.lower_ == "families"
        )
        if not describes and _after_be(doc, ent.start):
            hits.append(Hit(ent.start_char, ent.end_char, "religion", True))
    # In a post about allergies, a food that is one of the allergens labelled in law, each a
    # child's ("Allergy list: Jolana - egg · Destiny - sesame · Tobi - shellfish").
    # Noted as an item's note, not a race's name ("the egg and spoon race").
    if ALLERGY_POST_RE.search(doc.text):
        hits += [Hit(t.idx, t.idx + len(t), "health", True) for t in doc
                 if (t.lemma_.lower() in ALLERGENS or t.lower_ in ALLERGENS)
                 and NOTE_BEFORE_RE.search(doc.text[max(0, t.idx - 8) : t.idx])]  # fmt: skip
    # What the parse says: who may not collect a child, a parent gone abroad, a child who
    # hurt someone, a family come from abroad.
    for token in doc:
        for category, found in (("family", _withheld_from(token)),
                                ("family", _parent_gone_away(token)),
                                ("behaviour", _hurt_someone(token)),
                                ("immigration", _arrived_from_abroad(token))):  # fmt: skip
            if found is not None:
                start, end = found
                hits.append(Hit(doc[start].idx, doc[end].idx + len(doc[end]), category, True))
    return _longest(hits)


# A court to play on: "back on court" (no article: a court of law is "in court" or "at
# court"), "the netball court", "tennis courts".
PLAYING_COURTS = {"netball", "tennis", "basketball", "badminton", "squash", "volleyball",
                  "futsal", "muga", "padel", "food"}  # fmt: skip


def _a_place_to_play(doc, i: int) -> bool:
    if doc[i].lemma_.lower() != "court" or i == 0:
        return False
    return doc[i - 1].lower_ == "on" or doc[i - 1].lower_ in PLAYING_COURTS


# Who may not collect a child is a family-law matter (a court order, a non-molestation
# order): "is not to be collected by her dad", "Do NOT release to Piotr", "her mum may not
# pick her up", "should never be handed to his father". The parse says the handing over is
# denied and to whom: a family member or a person by name. "Please do not collect your
# child before 3.15" names nobody it is denied to.
HANDOVER_LEMMAS = {"collect", "release", "pick", "hand"}
NEGATIONS = {"not", "never", "n't", "no"}
RULE_AUX = {"must", "may", "should", "shall", "will", "to", "do"}


def _withheld_from(token):
    """(first, last) token of "not ... collected by her dad", or None."""
    if token.lemma_.lower() not in HANDOVER_LEMMAS:
        return None
    negation = next((c for c in token.children if c.dep_ == "neg"
                     and c.lower_ in NEGATIONS), None)  # fmt: skip
    # A rule, not what happened: "must not", "is not to be", "Do NOT release"; never
    # "wasn't picked up by her dad until 5" (late) or "didn't collect".
    rule = any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in RULE_AUX and c.tag_ != "VBD"
               for c in token.children)  # fmt: skip
    if negation is None or not rule:
        return None
    who = [c for c in token.children if c.dep_ == "nsubj"]
    who += [g for c in token.children
            if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("to", "by")
            for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    person = next((w for w in who if w.pos_ == "PROPN" or w.lemma_.lower() in kin_words()
                   or w.lower_ in kin_words()), None)  # fmt: skip
    if person is None:
        return None
    return min(negation.i, token.i, person.i), max(token.i, person.i)


# A parent gone abroad for long or for good (separation, deportation, a family split across
# countries), said of the parent with the parse: "abba has gone to Bangladesh for good", "Ba
# went back to Brunei on Sunday for six months", "his dad, who had to stay in Hong Kong".
# Not a trip: "her mum went to Spain for a week", "Dad moved to Leeds for a new job", "Mum
# went back to Poland for Christmas".
PARENT_WORDS = {
    "mum", "mam", "mummy", "mother", "mom", "mommy", "dad", "daddy", "father", "parent",
    "parents", "stepdad", "stepmum", "stepfather", "stepmother",
    # as children call them at home: Urdu, Punjabi and Bengali; Nepali; Somali; Arabic,
    # Turkish and Chinese; Polish and Slovak; Portuguese; Filipino
    "abba", "abbu", "abu", "ammi", "amma", "ammu", "ba", "buwa", "aama", "hooyo", "aabo",
    "baba", "mama", "tata", "tato", "mamusia", "mamka", "ocko", "mamae", "papai", "pai",
    "mae", "nanay", "tatay",
}  # fmt: skip
AWAY_LEMMAS = {"go", "leave", "stay", "return", "move", "fly"}
LONG_WORDS = {"good", "ever", "month", "months", "year", "years"}


def _parent_gone_away(token):
    """(first, last) token of "<parent> ... gone to <country> for good", or None."""
    if token.lemma_.lower() not in AWAY_LEMMAS or token.pos_ not in ("VERB", "AUX"):
        return None
    # "had to stay": the subject is the verb of having's; "his dad, who ...": the noun the
    # relative clause is about
    head = token.head if token.dep_ == "xcomp" else token
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if subjects and subjects[0].lower_ in ("who", "that") and head.dep_ == "relcl":
        subjects = [head.head]
    parent = next((t for t in subjects if t.lower_ in PARENT_WORDS), None)
    if parent is None:
        return None
    # the verb and what it governs, not a clause joined to it ("... and he keeps asking")
    tree = [token] + [t for c in token.children if c.i > token.i
                      and c.dep_ not in ("conj", "cc", "punct") for t in c.subtree]  # fmt: skip
    abroad = any(t.ent_type_ in ("GPE", "LOC") for t in tree)
    long = any(t.lower_ == "for" and any(g.lower_ in LONG_WORDS for g in t.subtree) for t in tree)
    had_to = head is not token and head.lemma_.lower() == "have"
    forever = any(t.lower_ == "good" for t in tree) and long
    if not (abroad and (long or had_to) or forever):
        return None
    return min(parent.i, token.i), max(t.i for t in tree)


# The fourteen allergens food law names (the Food Information Regulations), as staff write
# them in an allergy list.
ALLERGY_POST_RE = re.compile(r"\ballerg|\bintoleran|\banaphyla", re.IGNORECASE)
# (or what the child may not have: "Arjun M - no egg (not even in cakes)")
NOTE_BEFORE_RE = re.compile(r"[-–—:(,·][ \t]*(?:no[ \t]+)?$")
ALLERGENS = {"celery", "gluten", "wheat", "crustacean", "crustaceans", "shellfish", "egg", "eggs",
             "fish", "lupin", "milk", "dairy", "mollusc", "molluscs", "mustard", "nut", "nuts",
             "peanut", "peanuts", "sesame", "soy", "soya", "sulphite", "sulphites", "prawn",
             "prawns", "kiwi", "lactose", "cashew", "cashews", "almond", "almonds"}  # fmt: skip


# Somebody hurt, or the room: a behaviour incident told by what the child did ("Zana Aslan
# bit a dinner lady", "Lewis threw a chair in the dinner hall", "spat at a TA").
HURT_LEMMAS = {"bite", "hit", "kick", "punch", "slap", "scratch", "spit", "headbutt", "assault",
               "attack", "strangle", "choke", "thump", "stab", "smack", "shove", "pinch",
               "throttle", "elbow", "nip"}  # fmt: skip
THROWN_LEMMAS = {"throw", "hurl", "chuck", "fling", "kick", "overturn", "flip", "upturn"}
FURNITURE = {"chair", "table", "desk", "stool", "tray", "bin", "computer", "laptop"}
PEOPLE_NOUNS = {"lady", "man", "woman", "teacher", "staff", "child", "pupil", "boy", "girl",
                "classmate", "friend", "peer", "adult", "student", "assistant", "ta", "supervisor",
                "member", "headteacher", "sister", "brother", "kid", "baby", "someone",
                "somebody", "another", "other", "others", "mum", "dad", "sibling", "cousin",
                "lsa", "sna", "midday", "dinnerlady"}  # fmt: skip
OBJECT_PRONOUNS = {"him", "her", "them", "me", "us", "you"}


def _a_person(token) -> bool:
    return (token.lower_ in OBJECT_PRONOUNS or token.ent_type_ == "PERSON"
            or token.lemma_.lower() in PEOPLE_NOUNS or token.pos_ == "PROPN")  # fmt: skip


def _hurt_someone(token):
    """(first, last) token of "<verb> <a person>" ("bit a dinner lady", "spat at Mrs Jones")
    or "threw a chair", or None."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in HURT_LEMMAS | THROWN_LEMMAS:
        return None
    for child in token.children:
        if child.dep_ == "dobj" and (
            lemma in HURT_LEMMAS and _a_person(child) or lemma in THROWN_LEMMAS
            and child.lemma_.lower() in FURNITURE
        ):  # fmt: skip
            return token.i, child.i
        if child.dep_ == "prep" and child.lower_ == "at" and lemma in HURT_LEMMAS | {"throw"}:
            target = next((g for g in child.children if g.dep_ == "pobj"), None)
            if target is not None and _a_person(target):
                return token.i, target.i
    return None


# Come from abroad: "She arrived from Kabul in January", "his family fled from Sudan", "had to
# leave Ukraine"; not back from a holiday ("came back from Spain"), and not a move within the
# UK or Ireland.
ARRIVAL_LEMMAS = {"arrive", "come", "flee", "escape", "move", "relocate", "emigrate", "leave",
                  "fly"}  # fmt: skip
LEAVING_LEMMAS = {"leave", "flee", "escape"}
# (a family's forebears too: "his great-grandad came over from Sylhet", a family's origin)
KIN_SUBJECTS = {"family", "mum", "mam", "dad", "mother", "father", "parents", "brother",
                "sister", "siblings", "grandad", "grandpa", "grandfather", "grandma",
                "grandmother", "gran", "granny", "nan", "nana", "grandparents", "uncle",
                "aunt", "auntie", "aunty", "cousin", "cousins", "ancestors",
                "relatives"}  # fmt: skip
ARRIVAL_SUBJECTS = {"he", "she", "they", "who", "children", "kids"} | KIN_SUBJECTS
# How people come who cross without papers: "his family came on a boat", "her dad came in
# the back of a lorry".
CROSSING_VEHICLES = {"boat", "dinghy", "lorry", "truck"}  # fmt: skip
TRIP_WORDS = {"back", "holiday", "holidays", "hols", "trip", "visit", "visiting", "half", "summer",
              "christmas", "easter", "break", "home", "match", "tournament", "tour"}  # fmt: skip


def _arrived_from_abroad(token):
    """(first, last) token of "<came|arrived|fled> from <a place abroad>", or None."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ARRIVAL_LEMMAS:
        return None
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and not (subjects[0].lower_ in ARRIVAL_SUBJECTS or subjects[0].pos_ == "PROPN"):
        return None  # "the parcel arrived from Amazon"
    tree = [t for c in token.children if c.dep_ not in ("conj", "cc", "punct") for t in c.subtree]
    if any(t.lower_ in TRIP_WORDS for t in tree):
        return None
    # ("moved here from Poland": the "from" may hang on "here", "over" or "in")
    near = [g for c in token.children if c.dep_ in ("advmod", "prt") for g in c.children]
    kin = bool(subjects) and subjects[0].lower_ in KIN_SUBJECTS
    if kin and token.lemma_.lower() == "come":
        for child in [*token.children, *near]:
            if child.dep_ != "prep" or child.lower_ not in ("on", "in", "by"):
                continue
            vehicle = next((g for g in child.children if g.dep_ == "pobj"), None)
            if vehicle is not None and vehicle.lemma_.lower() in CROSSING_VEHICLES:
                return token.i, vehicle.i
    for child in [*token.children, *near]:
        # "arrived from Kabul", or a country left: "had to leave Ukraine", "fled Syria"
        left = child.dep_ == "dobj" and token.lemma_.lower() in LEAVING_LEMMAS
        if child.dep_ == "prep" and child.lower_ == "from":
            place = next((g for g in child.children if g.dep_ == "pobj"), None)
        elif left:
            place = child
        else:
            continue
        if place is None:
            return None
        # "his great-grandad came over from Sylhet": a forebear who "came over" came from
        # abroad, wherever the model thinks the name belongs (it read Sylhet as a person)
        over = any(c.dep_ == "prt" and c.lower_ == "over" for c in token.children)
        came_over = over and kin and place.pos_ == "PROPN"
        if place.ent_type_ not in ("GPE", "LOC", "NORP") and not came_over:
            return None
        ent = next((e for e in token.doc.ents if e.start <= place.i < e.end), None)
        name = fold_name(ent.text if ent is not None else place.text).removeprefix("the ")
        if name in home_areas() or f"the {name}" in home_areas():
            return None
        return token.i, (ent.end - 1 if ent is not None else place.i)
    return None


# Irregular forms a capitalised heading may hold ("Children", "Men", "Took").
_IRREGULAR = {"children": "child", "men": "man", "women": "woman", "took": "take",
              "taken": "take", "went": "go", "gone": "go", "was": "be", "were": "be",
              "felt": "feel", "lost": "lose", "died": "die", "lives": "life"}  # fmt: skip


@cache
def _propn_forms(lower: str) -> tuple[str, ...]:
    """What a capitalised word's lemma may be: "looked" -> look, "carers" -> carer,
    "fostering" -> foster, "children" -> child."""
    out = [_IRREGULAR[lower]] if lower in _IRREGULAR else []
    for ending, stems in (("ies", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ed", ("", "e")),
                          ("ing", ("", "e"))):  # fmt: skip
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            out += [lower[: -len(ending)] + stem for stem in stems]
    return tuple(out)


def _singular(token) -> str:
    lemma = token.lemma_.lower()
    if (
        token.pos_ == "PROPN"
        and len(lemma) > 3
        and lemma.endswith("s")
        and not lemma.endswith("ss")
    ):
        return lemma[:-1]
    return lemma


def _word_fits(term: Term, text: str, lemma: str, lower: str, accepted: frozenset) -> bool:
    if "*" in accepted:
        return True
    if term.acronym:
        return text in accepted
    return lemma in accepted or lower in accepted


# The family a child is said to come from: "She's from a Romany Gypsy family", "his Muslim
# family", "their Catholic household" (not a community: "mums from the Vietnamese community"
# are many families).
BELONGING_NOUNS = {"family", "families", "household", "heritage", "background"}


def _after_be(doc, i: int) -> bool:
    """Is the word said of someone with a form of "be" ("is Hindu", "are both Roma"), or of
    the family they come from ("from a Romany Gypsy family", "her Muslim family")?"""
    k = i + 1
    while (
        k < len(doc)
        and k <= i + 2
        and doc[k].lower_ not in BELONGING_NOUNS
        and (doc[k].pos_ in ("ADJ", "PROPN") or doc[k].text[:1].isupper())
    ):
        k += 1  # "Romany Gypsy family": the rest of the people's name
    if k < len(doc) and doc[k].lower_ in BELONGING_NOUNS:
        before = doc[max(0, i - 3) : i]
        # Whose: "his", "her", "their", a name's or "our" ("our Traveller family", said by
        # the family or the child, "one of our Traveller families"); not "our" families, the
        # school's community ("all our Sikh families").
        community = doc[k].lower_ == "families" and not any(t.lower_ == "of" for t in before)
        if any(t.lower_ in ("from", "his", "her", "their")
               or t.dep_ == "poss" and not (community and t.lower_ in ("our", "my"))
               for t in before):  # fmt: skip
            return True
        # A note's line of its own: "Levi Loveridge. Romany Gypsy family, living on the
        # site"; or a clause of its own in a note: "Levi and Summer absent Mon-Weds, Romany
        # family, away at the horse fair". Not "Muslim families are welcome" (families in
        # general) nor "Muslim family day is on Sunday" (the line goes on past the family
        # word).
        line_start = (
            i == 0
            or doc[i - 1].text in (".", ":", ";", "!", "-", "–", ",")
            or ("\n" in doc[i - 1].text)
        )
        ends = k + 1 == len(doc) or doc[k + 1].is_punct  # "family, living on the site"
        if line_start and doc[k].lower_ != "families" and ends:
            return True
    if doc[i].dep_ in ("acomp", "attr") and doc[i].head.lemma_ == "be":
        return True  # the parse says so, whatever stands between: "is 14 weeks pregnant"
    for j in range(i - 1, max(-1, i - 4), -1):
        if doc[j].lemma_ == "be" or doc[j].lower_ == "as":
            return True  # "who is Hindu", "they celebrate as Muslims"
        if doc[j].pos_ not in ("ADV", "DET", "ADJ", "PART"):
            return False
    return False


# A death is a child's bereavement when the parse says whose family died: "Rosie's baby
# brother who died in October", "her grandad died at Easter", "the death of his nan", "Aman
# and Lucky lost their bibi". "My dad died" and "the Queen's death" are nobody's pupil's: only
# "his", "her", "their" or a name's "'s" count as whose. Family members are said in many
# languages (wordlists.kin_words).
DEATH_LEMMAS = {
    "die",
    "death",
    "loss",
    "pass",
    "grieve",
    "lose",
    "kill",
    "murder",
    "dead",
    "dying",
    "passing",
}  # (the parse's nouns: "about her grandad dying")
WHOSE = {"his", "her", "their"}


def _death_in_family(doc, i: int):
    """The family member whose death word i tells of (a child's), or None."""
    token = doc[i]
    if token.lemma_.lower() not in DEATH_LEMMAS:
        return None
    if token.dep_ in ("relcl", "acl"):
        said_of = [token.head]  # "her brother who died", "his nan, passed last week"
    else:
        said_of = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "poss")]
        said_of += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if token.lemma_.lower() == "dead" and token.dep_ in ("acomp", "oprd"):
        # "his dad is dead", "her granda was shot dead": whom the verb is said of
        said_of = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.lemma_.lower() == "pass" and any(c.dep_ in ("dobj", "dative") for c in token.children):
        return None  # "her brother passed his driving test": passing something is no death
    if token.lemma_.lower() == "lose":
        # Whom they lost: "lost their bibi"; never who lost ("his nan lost her purse").
        said_of = [c for c in token.children if c.dep_ == "dobj"]
    found = next((noun for noun in said_of if _whose_family(noun)), None)
    if found is None and any(_whose(c) for c in token.children if c.dep_ == "poss"):
        # "a social story about her grandad dying": the parse makes the death word the noun,
        # with "her" its own and the family member a compound of it.
        found = next((c for c in token.children if c.dep_ == "compound" and _kin(c)), None)
    return found


def _kin(noun) -> bool:
    return noun.lemma_.lower() in kin_words() or noun.lower_ in kin_words()


def _whose(token) -> bool:
    return token.lower_ in WHOSE or token.pos_ == "PROPN"


def _whose_family(noun) -> bool:
    return _kin(noun) and any(c.dep_ == "poss" and _whose(c) for c in noun.children)


def _widen(doc, start: int, end: int) -> tuple[int, int]:
    """Take in the words that say which kind: "nut allergy", "heart surgery"."""
    while start > 0 and doc[start - 1].dep_ in ("compound", "nmod") and not doc[start - 1].is_punct:
        start -= 1
    return start, end


def _longest(hits: list[Hit]) -> list[Hit]:
    hits = sorted(hits, key=lambda h: (h.start, -(h.end - h.start), not h.strong))
    out: list[Hit] = []
    for hit in hits:
        if out and hit.start < out[-1].end:
            if hit.strong and not out[-1].strong and hit.end <= out[-1].end:
                out[-1].strong = True  # "foster carer" in "foster carers": strong wins
            continue
        out.append(hit)
    return out
