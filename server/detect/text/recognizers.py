"""Our detectors as Presidio recognizers, so that Presidio's engine runs them all.

Each wraps one plain detector module; all work on folded text (normalise.py).
"""

from presidio_analyzer import EntityRecognizer, RecognizerResult

from . import contact, dates, other_person, records, register_names


def _result(entity, start, end, score, **meta) -> RecognizerResult:
    return RecognizerResult(entity, start, end, score, recognition_metadata=meta)


class NlpInfo:
    """What spaCy made of the text, by character offset: entity labels and parts of speech."""

    def __init__(self, nlp_artifacts, english: frozenset[str] = frozenset()):
        self.english = english  # lemmas of English words (WordNet's): "Chidera" is none
        self._ents = list(getattr(nlp_artifacts, "entities", None) or [])
        doc = getattr(nlp_artifacts, "tokens", None)
        self.doc = doc  # the parsed text: its listed terms, for name_context.py
        self._tokens = {t.idx: t for t in doc} if doc is not None else {}

    def entity(self, start: int, end: int) -> str | None:
        for ent in self._ents:
            if ent.start_char <= start and end <= ent.end_char:
                return ent.label_
        return None

    def pos(self, start: int) -> str | None:
        token = self._tokens.get(start)
        return token.pos_ if token is not None else None

    def dep(self, start: int) -> str | None:
        token = self._tokens.get(start)
        return token.dep_ if token is not None else None

    def next_pos(self, start: int) -> str | None:
        token = self._tokens.get(start)
        if token is None or token.i + 1 >= len(token.doc):
            return None
        return token.doc[token.i + 1].pos_

    def next_tag(self, start: int) -> str | None:
        """The next word's fine part of speech (VBZ: "needs", VBD: "needed")."""
        token = self._tokens.get(start)
        if token is None or token.i + 1 >= len(token.doc):
            return None
        return token.doc[token.i + 1].tag_


class RegisterNameRecognizer(EntityRecognizer):
    """Pupils and staff of the register, by name (register_names.py)."""

    ENTITIES = ["PUPIL_FULL_NAME", "PUPIL_FORENAME", "PUPIL_INITIALS", "STAFF_NAME", "OTHER_PERSON"]

    def __init__(self, index_provider, english: frozenset[str] = frozenset()):
        self._index = index_provider
        self._english = english
        super().__init__(supported_entities=self.ENTITIES, name="RegisterNameRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        index = self._index()
        if index is None:
            return []
        return [
            _result(
                m.entity,
                m.start,
                m.end,
                m.score,
                people=m.people,
                first_word_end=m.first_word_end,
                **m.detail,
            )  # fmt: skip
            for m in register_names.find_names(text, index, NlpInfo(nlp_artifacts, self._english))
        ]


class _SpanRecognizer(EntityRecognizer):
    ENTITIES: list[str] = []
    FIND = None

    def __init__(self):
        super().__init__(supported_entities=self.ENTITIES, name=type(self).__name__)

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        return [
            _result(s.entity, s.start, s.end, s.score, value=s.value) for s in type(self).FIND(text)
        ]


class ContactRecognizer(_SpanRecognizer):
    """UK phone numbers, e-mail addresses (also written out), postcodes, home addresses."""

    ENTITIES = ["PHONE", "EMAIL", "POSTCODE", "ADDRESS"]
    FIND = staticmethod(contact.find_contacts)


class DateOfBirthRecognizer(_SpanRecognizer):
    """Dates of birth; in a post about birthdays, other dates too (text_pii keeps those
    that stand beside a person's name)."""

    ENTITIES = ["DATE_OF_BIRTH", "DATE"]
    FIND = staticmethod(lambda text: dates.dates_of_birth(text) + dates.dates(text))


class PupilRecordRecognizer(_SpanRecognizer):
    ENTITIES = ["UPN"]
    FIND = staticmethod(records.upns)


# Not places or organisations: the model reads names it does not know as those as often as
# not ("Penina Khedouri" an ORG, "Losana" a GPE).
NOT_PEOPLE_LABELS = {"EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"}


class OtherPersonRecognizer(EntityRecognizer):
    """Full names of people not in the register, from spaCy's PERSON entities and name lists."""

    def __init__(self, english: frozenset[str] = frozenset()):
        self._english = english
        super().__init__(supported_entities=["OTHER_PERSON"], name="OtherPersonRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        ents = getattr(nlp_artifacts, "entities", None) or []
        spans = [(e.start_char, e.end_char) for e in ents if e.label_ == "PERSON"]
        # A place the model found, and that is an English word too ("Scotland"); not a
        # surname it mistook for a place ("Ogunleye").
        places = [
            (e.start_char, e.end_char) for e in ents
            if e.label_ in ("GPE", "LOC") and e.text.lower() in self._english
        ]  # fmt: skip
        # Events and works the model read: no unknown pair is a person there.
        things = [(e.start_char, e.end_char) for e in ents if e.label_ in NOT_PEOPLE_LABELS]
        return [
            _result(s.entity, s.start, s.end, s.score, value=s.value)
            for s in other_person.other_people(text, spans, self._english, things)
            # "Bonnie Scotland": a given name before a place is no person.
            if not any(a <= s.end - 1 < b for a, b in places)
        ]
