"""Sensitive circumstances about a named pupil: health, SEN, care, family, safeguarding,
behaviour, immigration, welfare, religion (POLICY.md text.pupil_record).

Two halves, each covering the other's blind side:
- words, by lemma (data/circumstance_terms.txt): "fostered", "foster carers" and "fosters"
  are one entry; precise, but only for wording somebody listed;
- meaning (data/circumstance_examples.txt): each sentence that is about a pupil is embedded
  with all-MiniLM-L6-v2 (sentence_model.py) and compared with example sentences of each
  category and with sentences schools rightly post about pupils. "Sam's been staying with
  his nan since mum went away" is near "Alex has moved in with her nan while things get
  sorted at home" and far from "Alex is going to stay with her grandparents for the
  holidays", though no listed word is in it.
A listed word that is also everyday ("court", "police", "hospital") counts only when the
meaning agrees. Nothing counts unless a register pupil is named in the sentence, or named in
the sentence before and referred to here by a pronoun ("Mia ... Her mum may not collect").

A detector: it says what it found and about whom; the policy decides what it means.
"""

import hashlib
import re
import threading
from dataclasses import dataclass
from functools import cache

import numpy as np

from ..models import data_file, stored_arrays
from .tokens import PERSON_PRONOUN_RE

PLACEHOLDER = "Alex"  # the examples' pupil: a pupil's name in a sentence is replaced by it
PRONOUN_RE = re.compile(
    r"\b(?:he|she|they|his|her|hers|their|theirs|him|them|himself|herself|themselves|hes|shes)\b",
    re.IGNORECASE,
)
PLURAL_PRONOUN_RE = re.compile(r"\b(?:they|their|theirs|them|themselves)\b", re.IGNORECASE)
# A sentence about every child, or the reader's own, is not about the pupil just named:
# "Well done Olivia! Please tell us if your child has an inhaler."
EVERY_CHILD_RE = re.compile(
    r"\byour\s+(?:child|children|kids?|son|daughter|little\s+ones?)\b"
    r"|\b(?:all|every|any)\s+(?:child|children|pupils?|families|parents)\b",
    re.IGNORECASE,
)
# A parent named without "my", "the" or "a" is the family of the child being talked about:
# "Tough day for Grace Wallace. Dad moved out at the weekend." Singular only ("Mums and
# dads, ..." speaks to every family).
KIN_REF_RE = re.compile(
    r"(?<!\bmy )(?<!\bour )(?<!\byour )(?<!\bthe )(?<!\ba )(?<!\bany )"
    r"\b(?:mum|mam|mummy|mom|dad|daddy|nan|nana|gran|granny|grandad|grandma|grandpa)\b(?!['’]?s\b)",
    re.IGNORECASE,
)
# A post that speaks to the pupil ("Hodan u were amazing in the quiz 2day!! didn't let ur
# asthma stop u"): "you" then points back to the pupil. Not "your child": that is the
# parents being spoken to.
SECOND_PERSON_RE = re.compile(
    r"\b(?:you|your|yours|yourself|u|ur|urs)\b(?!\s+(?:child|children|kids?|son|daughter"
    r"|little\s+ones?)\b)",
    re.IGNORECASE,
)
SENTENCE_END_RE = re.compile(
    r"(?:(?<![\s(][A-Z])(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)\.+[.!?\n]*|[!?\n]+)\s*"
    r"|\s+[-–]\s+"
)
DASH_END_RE = re.compile(r"\s[-–]\s+$")  # a sentence_of span that a spaced dash ends
TOP_K = 3
# Thresholds on the sentence model's scores, chosen on the development set
# (tests/data/set2/dev; see README "How good is it").
MEANING_ALONE = 0.90  # probability that a sentence alone tells a circumstance
MEANING_MIN = 0.50  # and at least this near to a sensitive example
MEANING_WORDS = 4  # a sentence judged alone has this many words besides the pupil's name
MEANING_FOR_WEAK = 0.5  # probability that makes an everyday word ("court") count
# The classifier reads the sentence's vector and which word pieces it holds. The vector alone
# dilutes one telling word in a long sentence ("It's a year since her mum died and she
# wanted to draw a picture for her" scored 0.09); word pieces learnt from the examples keep
# it. Sentence-level, on sets 3 and 4 (never trained on): AUC 0.888 -> 0.943; at p >= 0.9
# recall 0.23 -> 0.59 of sensitive sentences for 1.8 % -> 2.6 % of harmless ones.
PIECE_WEIGHT = 0.7  # a word piece's feature value beside the unit sentence vector
PIECE_MIN_COUNT = 2  # a piece counts as a feature when at least this many examples hold it
PIECE_MAX_SHARE = 0.3  # and at most this share of them ("the", "alex", "[CLS]" are not)
RIDGE = 0.1


@dataclass(frozen=True)
class Term:
    category: str
    strong: bool
    copula: bool  # strong when said of someone with "be": "who is Hindu", "are Roma"
    words: tuple[frozenset[str], ...]  # per position: acceptable lemmas ("*" = any)
    acronym: bool  # written in capitals: matches only as written


@dataclass
class Hit:
    start: int
    end: int
    category: str
    strong: bool


@dataclass
class Circumstance:
    start: int
    end: int
    category: str
    score: float
    how: str  # "words" | "meaning" | "words+meaning"
    pupil_item: object  # the name finding the circumstance is about


# The hand-made list, then the health conditions named by WordNet
# (models/build_health_terms.py builds the second).
TERM_FILES = ("circumstance_terms.txt", "circumstance_terms_health.txt")


@cache
def terms() -> tuple[Term, ...]:
    lines = []
    for name in TERM_FILES:
        text = data_file(name)
        lines += text.read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        category, strength, phrase = (part.strip() for part in line.split("|", 2))
        acronym = phrase.isupper()
        words = tuple(
            frozenset(w if acronym else w.lower() for w in token.split("|"))
            for token in phrase.split()
        )  # fmt: skip
        out.append(Term(category, strength == "strong", strength == "copula", words, acronym))
    return tuple(out)


@cache
def _terms_by_first() -> dict[str, list[Term]]:
    index: dict[str, list[Term]] = {}
    for term in terms():
        for word in term.words[0]:
            index.setdefault(word, []).append(term)
    return index


def term_hits(doc) -> list[Hit]:
    """Every listed term in a spaCy Doc, by lemma (acronyms by their written form)."""
    if doc is None:
        return []
    # A capitalised noun ("Young Carers award") is tagged a proper noun and keeps its
    # plural as lemma: its singular is tried too.
    lemmas = [_singular(t) for t in doc]
    lowers = [t.text.lower() for t in doc]
    texts = [t.text for t in doc]
    # A proper noun keeps its inflection ("Looked After Children's club" is three proper
    # nouns to spaCy): its word's likely lemmas are tried as well.
    forms = [_propn_forms(t.text.lower()) if t.pos_ == "PROPN" else () for t in doc]
    index = _terms_by_first()
    hits = []
    for i in range(len(doc)):
        keys = dict.fromkeys((texts[i], lemmas[i], lowers[i], *forms[i]))
        candidates = list(dict.fromkeys(t for key in keys for t in index.get(key, [])))
        for term in candidates:
            n = len(term.words)
            if i + n > len(doc):
                continue
            if all(_word_fits(term, texts[i + k], lemmas[i + k], lowers[i + k], term.words[k])
                   or forms[i + k] and not term.words[k].isdisjoint(forms[i + k])
                   for k in range(n)):  # fmt: skip
                start, end = _widen(doc, i, i + n)
                strong = term.strong or term.copula and _after_be(doc, i)
                hits.append(Hit(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]),
                                term.category, strong))  # fmt: skip
    return _longest(hits)


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


def _after_be(doc, i: int) -> bool:
    """Is the word said of someone with a form of "be" ("is Hindu", "are both Roma")?"""
    for j in range(i - 1, max(-1, i - 4), -1):
        if doc[j].lemma_ == "be" or doc[j].lower_ == "as":
            return True  # "who is Hindu", "they celebrate as Muslims"
        if doc[j].pos_ not in ("ADV", "DET", "ADJ", "PART"):
            return False
    return False


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


class ExampleBank:
    """The example sentences, embedded once (lazily) with the sentence model, and a
    logistic regression trained on them at load (sensitive or not), deterministic."""

    # Hand-written examples by category, and sentences of the development posts
    # ([sensitive] or [none]; models/build_circumstance_examples.py).
    FILES = (
        "circumstance_examples.txt",
        "circumstance_examples_more.txt",
        "circumstance_examples_wide.txt",
        "circumstance_examples_broad.txt",
        "circumstance_examples_posts.txt",
    )

    def __init__(self, model):
        self._model = model
        self._lock = threading.Lock()
        self.categories: list[str] = []
        self.vectors: np.ndarray | None = None
        self._weights: np.ndarray | None = None
        self._pieces: dict[int, int] = {}  # word-piece id -> feature column

    def load(self) -> None:
        with self._lock:
            if self.vectors is not None:
                return
            sentences, categories = examples()
            stored = _stored(sentences, categories)
            if stored is not None:
                vectors, pieces, weights = stored
                self._pieces = {int(p): column for column, p in enumerate(pieces)}
            else:  # the examples changed since the file was built: the slow path
                vectors = self._model.encode(sentences)
                weights = self.train(sentences, categories, vectors)
            self._weights = weights
            self.categories, self.vectors = categories, vectors

    def train(self, sentences: list[str], categories: list[str], vectors: np.ndarray) -> np.ndarray:
        """Choose the word-piece columns and fit the regression (25 s on two cores for
        2,900 examples: models/build_circumstance_examples.py stores the result)."""
        piece_sets = [set(self._model.pieces(s)) for s in sentences]
        counts: dict[int, int] = {}
        for pieces in piece_sets:
            for piece in pieces:
                counts[piece] = counts.get(piece, 0) + 1
        most = PIECE_MAX_SHARE * len(sentences)
        kept = sorted(p for p, n in counts.items() if PIECE_MIN_COUNT <= n <= most)
        self._pieces = {p: column for column, p in enumerate(kept)}
        return _logistic_regression(
            self._features(vectors, piece_sets),
            np.array([c != "none" for c in categories], dtype=np.float32),
            RIDGE,
        )

    @property
    def pieces(self) -> list[int]:
        """The word-piece ids that are features, in column order."""
        return sorted(self._pieces, key=self._pieces.get)

    def _features(self, vectors: np.ndarray, piece_sets: list[set[int]]) -> np.ndarray:
        """Each sentence's vector, then one column per known word piece (present or not)."""
        bag = np.zeros((len(vectors), len(self._pieces)), dtype=np.float32)
        for row, pieces in enumerate(piece_sets):
            columns = [self._pieces[p] for p in pieces if p in self._pieces]
            bag[row, columns] = PIECE_WEIGHT
        return np.hstack([vectors, bag])

    def judge(self, sentences: list[str]) -> list[tuple[str, float, float]]:
        """For each sentence: (nearest sensitive category, probability that it tells a
        sensitive circumstance, mean similarity to its nearest sensitive examples)."""
        self.load()
        if not sentences:
            return []
        pieces = [self._model.pieces(s) for s in sentences]
        vectors = self._model.encode_pieces(pieces)
        sims = vectors @ self.vectors.T
        features = self._features(vectors, [set(p) for p in pieces])
        probability = _sigmoid(np.hstack([features, np.ones((len(vectors), 1))]) @ self._weights)
        # The category comes from the nearest example that has one ([sensitive] has none).
        named = np.array([c not in ("none", "sensitive") for c in self.categories])
        out = []
        for row, p in zip(sims, probability, strict=True):
            top_pos = np.sort(row[named])[-TOP_K:].mean()
            best = int(np.argmax(np.where(named, row, -1.0)))
            out.append((self.categories[best], float(p), float(top_pos)))
        return out


VECTORS = "circumstance_vectors.npz"  # built by models/build_circumstance_examples.py


def examples() -> tuple[list[str], list[str]]:
    """Every example sentence and its category, in file order."""
    sentences, categories = [], []
    for name in ExampleBank.FILES:
        path = data_file(name)
        if path.is_file():
            for sentence, category in _examples(path.read_text(encoding="utf-8")):
                sentences.append(sentence)
                categories.append(category)
    return sentences, categories


def examples_key(sentences: list[str], categories: list[str]) -> str:
    """What the stored vectors and weights were computed from: the model, how the
    classifier is trained, and every example."""
    from .sentence_model import FILES

    digest = hashlib.sha256(FILES["model.safetensors"].encode())
    digest.update(f"{PIECE_WEIGHT} {PIECE_MIN_COUNT} {PIECE_MAX_SHARE} {RIDGE}\n".encode())
    for sentence, category in zip(sentences, categories, strict=True):
        digest.update(f"{category}\t{sentence}\n".encode())
    return digest.hexdigest()


def _stored(sentences: list[str], categories: list[str]):
    """The examples' vectors, the word-piece columns and the regression's weights as
    computed at build time (embedding and fitting take half a minute on two cores: too long
    for a first check), if they are still current; else None."""
    stored = stored_arrays(
        VECTORS, examples_key(sentences, categories), "vectors", "pieces", "weights"
    )
    if stored is None:
        return None
    vectors, pieces, weights = stored
    return vectors.astype(np.float32), pieces.astype(np.int64), weights.astype(np.float64)


def _examples(text: str):
    category = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            category = line[1:-1]
        else:
            yield line, category


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))


def _logistic_regression(x: np.ndarray, y: np.ndarray, ridge: float) -> np.ndarray:
    """Weights (and bias, last) by Newton's method with an L2 penalty; both classes weigh
    the same in total, whatever their counts."""
    x = np.hstack([x, np.ones((len(x), 1), dtype=x.dtype)]).astype(np.float64)
    balance = np.where(y > 0, 0.5 / max(y.sum(), 1), 0.5 / max((1 - y).sum(), 1)) * len(y)
    w = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * ridge
    penalty[-1, -1] = 0.0  # the bias is not penalised
    for _ in range(25):
        p = _sigmoid(x @ w)
        gradient = x.T @ (balance * (p - y)) + penalty @ w
        hessian = (x * (balance * p * (1 - p))[:, None]).T @ x + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def sentences_of(text: str) -> list[tuple[int, int]]:
    """Sentence spans: split at . ! ? line breaks and a spaced dash (" - "); not at the
    full stop of an initial ("Tyler A. has been") or of a title ("Mrs. Khan")."""
    spans, start = [], 0
    for match in SENTENCE_END_RE.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def find(text: str, doc, pupil_items: list, bank: ExampleBank, taken: list[tuple[int, int]],
         public: list[tuple[int, int]] = ()) -> list[Circumstance]:  # fmt: skip
    """Circumstances about the pupils named by `pupil_items` (name findings with .start,
    .end); `taken` are spans of other findings, which a circumstance's span avoids; words
    inside `public` spans (a book title: "George's Marvellous Medicine") are not read."""
    if not pupil_items:
        return []
    sentences = sentences_of(text)
    by_sentence: dict[int, list] = {}
    for item in pupil_items:
        for index, (a, b) in enumerate(sentences):
            if a <= item.start < b:
                by_sentence.setdefault(index, []).append(item)
    about: dict[int, list] = {}
    unreferred: set[int] = set()  # next to a naming sentence, but no pronoun points back
    for index, (a, b) in enumerate(sentences):
        if index in by_sentence:
            about[index] = by_sentence[index]
            continue
        said = text[a:b]
        before = _previous(text, sentences, index, by_sentence)
        if index - 1 in by_sentence and DASH_END_RE.search(text[slice(*sentences[index - 1])]):
            # After a spaced dash the same sentence goes on: "... supporting Hodan Farah's
            # family – the Home Office appeal is next week".
            about[index] = by_sentence[index - 1]
        elif before in by_sentence and (PRONOUN_RE.search(said) or KIN_REF_RE.search(said)):
            named = by_sentence[before]
            # "Yusuf and Ahmed ... their asylum decision": they are the pupils just named.
            plural = len(named) > 1 and PLURAL_PRONOUN_RE.search(said)
            about[index] = named if plural else named[-1:]  # else the last pupil named
        elif (
            before in about
            and SECOND_PERSON_RE.search(said)
            and SECOND_PERSON_RE.search(text[slice(*sentences[before])])
        ):
            # Spoken to in the sentence that names the pupil (or in the one before that
            # goes on speaking to them), and still spoken to here.
            about[index] = about[before][-1:]
        elif before in about and (
            PERSON_PRONOUN_RE.search(said)
            or KIN_REF_RE.search(said)
            or len(about[before]) > 1
            and PLURAL_PRONOUN_RE.search(said)
        ):
            # Still the same child while the sentences go on saying "he" or "she", the same
            # children while they go on saying "they" of two or more just named ("they"
            # after one child may be anyone): "Welcome back Jericho! It's been a big few
            # months for him - his adoption was made official".
            about[index] = about[before]
        elif before in by_sentence and not EVERY_CHILD_RE.search(said):
            # "TAF meeting for Mali moved to Thursday. Social services are involved since the
            # incident at home.": only a strong word the sentence model agrees with counts.
            about[index] = by_sentence[before][-1:]
            unreferred.add(index)
    if not about:
        return []
    # Not inside a public name, and never a pupil's own name ("Amelia" is also a condition).
    names = [(item.start, item.end) for item in pupil_items]
    hits = [
        h for h in term_hits(doc)
        if not any(a < h.end and h.start < b for a, b in (*public, *names))
    ]  # fmt: skip
    indices = sorted(about)
    plain = [_plain(text, *sentences[i], pupil_items) for i in indices]
    # A long sentence is judged whole and clause by clause, the most telling part counting:
    # "So proud of Alex, who has been through so much since moving to his nan's" is mostly
    # praise, and its meaning as a whole is diluted by it.
    plain_of = dict(zip(indices, plain, strict=True))
    units = list(plain_of.items())
    units += [(i, c) for i, p in plain_of.items() for c in _clauses(p)]
    judged: dict[int, tuple[str, float, float]] = {}
    for (index, _), verdict in zip(units, bank.judge([u for _, u in units]), strict=True):
        if index not in judged or verdict[1] > judged[index][1]:
            judged[index] = verdict
    out = []
    for index in indices:
        a, b = sentences[index]
        category, probability, nearness = judged[index]
        long_enough = len(re.findall(r"[A-Za-z]+", plain_of[index])) > MEANING_WORDS
        # A sentence that does not point back is never read alone, and needs both a strong
        # word and the model's agreement.
        pointed = index not in unreferred
        meaning = probability >= MEANING_ALONE and nearness >= MEANING_MIN and long_enough
        meaning = meaning and pointed
        agreed = probability >= MEANING_FOR_WEAK
        found = False
        for hit in (h for h in hits if a <= h.start < b):
            if (hit.strong or agreed) if pointed else (hit.strong and agreed):
                how = "words+meaning" if meaning else "words"
                out.append(Circumstance(hit.start, hit.end, hit.category, 0.85, how,
                                        _nearest(about[index], hit.start)))  # fmt: skip
                found = True
        if not found and meaning:
            span = _free_part(text, a, b, taken)
            if span:
                out.append(Circumstance(span[0], span[1], category, 0.7, "meaning",
                                        _nearest(about[index], span[0])))  # fmt: skip
    return out


def _previous(text: str, sentences: list[tuple[int, int]], index: int, naming) -> int:
    """The sentence before `index` that says something: a fragment of three words or fewer
    ("diolch o galon.", "Da iawn!", an emoji) between a name and "their ..." is skipped."""
    before = index - 1
    while before > 0 and before not in naming:
        fragment, earlier = text[slice(*sentences[before])], text[slice(*sentences[before - 1])]
        # Not across a line break: a newsletter's next line is another item, not more of it.
        if len(re.findall(r"[^\W\d_]+", fragment)) > 3 or "\n" in fragment + earlier:
            break
        before -= 1
    return before


CLAUSE_RE = re.compile(
    r"\s*(?:[,;:()]|\s[-–—]\s|\b(?:since|because|after|while|but|so|though|although|as)\b)\s*",
    re.IGNORECASE,
)


def _clauses(sentence: str) -> list[str]:
    """The parts of a sentence between commas and conjunctions, each of five words or more
    (only when there are two or more such parts)."""
    parts = [p for p in CLAUSE_RE.split(sentence) if len(re.findall(r"[A-Za-z]+", p)) >= 5]
    return parts if len(parts) > 1 else []


def _plain(text: str, a: int, b: int, pupil_items: list) -> str:
    """The sentence with each pupil's name as the examples' placeholder."""
    parts, pos = [], a
    for item in sorted(pupil_items, key=lambda i: i.start):
        if a <= item.start < b:
            parts.append(text[pos : item.start])
            parts.append(PLACEHOLDER)
            pos = min(item.end, b)
    parts.append(text[pos:b])
    return " ".join("".join(parts).split()).lstrip("#")


def _nearest(items: list, pos: int):
    return min(items, key=lambda i: abs(i.start - pos))


def _free_part(text: str, a: int, b: int, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The longest stretch of the sentence that no other finding covers, trimmed."""
    cuts = sorted((max(s, a), min(e, b)) for s, e in taken if s < b and a < e)
    best, pos = None, a
    for s, e in [*cuts, (b, b)]:
        if s > pos and (best is None or s - pos > best[1] - best[0]):
            best = (pos, s)
        pos = max(pos, e)
    if best is None:
        return None
    start, end = best
    segment = text[start:end]
    lead = len(segment) - len(segment.lstrip(" ,'s:;-"))
    if segment.lstrip().startswith("'s "):
        lead = segment.index("'s ") + 3
    start += lead
    end = start + len(text[start:end].rstrip(" .!?,;:-\n"))
    return (start, end) if end - start >= 3 else None
