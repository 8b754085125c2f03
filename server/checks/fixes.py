"""Fixes the person posting can apply with one click: redacted text (and, later, images)."""

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from ..detect.findings import Finding
from ..vocab import ACTED_ON, FindingKind

_engine = None
NAMES = {"PUPIL_FULL_NAME", "PUPIL_FORENAME", "PUPIL_INITIALS"}


def _anonymizer() -> AnonymizerEngine:
    global _engine
    if _engine is None:
        _engine = AnonymizerEngine()
    return _engine


def replacement(text: str, finding: Finding, has_face_photo: bool) -> str:
    """What a warn/block span becomes."""
    match finding.entity:
        case "PUPIL_FULL_NAME":
            if has_face_photo:
                return "[name removed]"
            # Keep the forename as written ("Olivia", "#Olivia", "OLIVIA").
            keep_end = finding.detail.get("keep_end") or finding.end
            if keep_end >= finding.end:
                # Nothing would go: a name displayed reversed by a bidi override (its
                # forename typed last) or run together without a forename to keep.
                return "[name removed]"
            return text[finding.start : keep_end]
        case "PUPIL_FORENAME" | "PUPIL_INITIALS":
            return "[name removed]"
        case "OTHER_PERSON":
            words = (finding.text or "").split()
            return f"{words[0]} {words[-1][0]}." if len(words) > 1 else "[name removed]"
        case "DATE_OF_BIRTH":
            return "[date removed]"
    return "[removed]"


def redact_text(text: str, findings: list[Finding], has_face_photo: bool) -> str:
    """The text with every warn or block span replaced (Presidio's anonymizer)."""
    results, operators = [], {}
    # A pupil with a health or family detail in the post loses the name too, even where a
    # forename alone would be allowed: the two together are what must not be published.
    exposed = {(p.kind, p.ref) for f in findings if f.entity == "PUPIL_RECORD"
               and f.severity in ACTED_ON for p in f.people}  # fmt: skip
    for i, f in enumerate(findings):
        named = f.entity in NAMES and any((p.kind, p.ref) in exposed for p in f.people)
        if f.kind != FindingKind.TEXT or (f.severity not in ACTED_ON and not named):
            continue
        key = f"FINDING_{i}"
        results.append(RecognizerResult(key, f.start, f.end, f.score))
        operators[key] = OperatorConfig(
            "replace", {"new_value": replacement(text, f, has_face_photo or named)}
        )
    if not results:
        return text
    return _anonymizer().anonymize(text=text, analyzer_results=results, operators=operators).text
