"""What the person posting tells us back: confirmations of warnings, and "this is wrong".

Neither ever holds the post's text or images: a confirmation keeps the rules and the
reason typed; a report keeps the rule, the score, the kind and the site.
"""

from datetime import datetime

from sqlalchemy import func, select

from ..checks.rules import RULES
from ..errors import ClearpostError
from ..register import audit
from ..register.models import FalsePositiveReport
from ..vocab import ACCOUNTS, FINDING_KINDS, Account

KINDS = FINDING_KINDS
MAX_SCORE = 1e6  # far above any finding's score (0-1), far below what a float holds


def _rules(value) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(r, str) for r in value):
        raise ClearpostError("'rules' must be a list of rule ids, e.g. [\"text.other_person\"].")
    unknown = [r for r in value if r not in RULES]
    if unknown:
        raise ClearpostError(f"Unknown rule id(s): {', '.join(unknown)}.")
    return value


def _short(value, field: str, limit: int, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ClearpostError(f"'{field}' must be text.")
    value = " ".join(value.split())
    if required and len(value) < 3:
        raise ClearpostError(f"'{field}' is required: a few words saying why.")
    if len(value) > limit:
        raise ClearpostError(f"'{field}' is longer than {limit} characters.")
    return value


# Why a post could not be checked (the extension's failure codes a school may post through).
UNCHECKED_FAILURES = ("down", "timeout", "server", "token", "extension")


def _posted_at(value) -> str:
    if value in (None, ""):
        return ""
    try:
        return datetime.fromisoformat(str(value)).isoformat()
    except ValueError:
        message = "'posted_at' must be a date and time, e.g. 2025-05-01T09:30:00Z."
        raise ClearpostError(message) from None


def record_unchecked(db, actor: str, body: dict) -> None:
    """A post sent without a check (the service could not answer and the school's setting
    allows it), with the reason the person typed: audited as "posted without a check"."""
    reason = _short(body.get("reason"), "reason", 500, required=True)
    site = _short(body.get("site"), "site", 120)
    account = body.get("account", Account.OFFICIAL)
    if account not in ACCOUNTS:
        raise ClearpostError(f"'account' must be {' or '.join(ACCOUNTS)}.")
    failure = body.get("failure")
    failure = "" if failure is None else failure
    # Type first: a {} or a [] was taken for "no failure given".
    if not isinstance(failure, str) or (failure and failure not in UNCHECKED_FAILURES):
        raise ClearpostError(f"'failure' must be one of {', '.join(UNCHECKED_FAILURES)}.")
    with db.session() as session:
        audit.record(session, actor, "check.unchecked", None, posted="without a check",
                     reason=reason, site=site, account=account, failure=failure,
                     posted_at=_posted_at(body.get("posted_at")))  # fmt: skip


def record_confirmation(db, actor: str, body: dict) -> None:
    """A warned post the person chose to publish, with their reason (audited); with
    "unchecked": true, a post sent without a check (see record_unchecked)."""
    if body.get("unchecked") is True:
        return record_unchecked(db, actor, body)
    rules = _rules(body.get("rules"))
    reason = _short(body.get("reason"), "reason", 500, required=True)
    site = _short(body.get("site"), "site", 120)
    account = body.get("account", Account.OFFICIAL)
    if account not in ACCOUNTS:
        raise ClearpostError(f"'account' must be {' or '.join(ACCOUNTS)}.")
    with db.session() as session:
        audit.record(session, actor, "check.confirmed", None, rules=rules, reason=reason,
                     site=site, account=account)  # fmt: skip


def record_report(db, actor: str, body: dict) -> int:
    rule = body.get("rule")
    if not isinstance(rule, str) or rule not in RULES:
        raise ClearpostError(f"'rule' must be a rule id such as text.other_person, not {rule!r}.")
    kind = body.get("kind")
    kind = "" if kind is None else kind
    # Type first: a {} or a 0 reached the database (a 500, or a kind that is not text).
    if not isinstance(kind, str) or (kind and kind not in KINDS):
        raise ClearpostError(f"'kind' must be one of {', '.join(KINDS)}.")
    score = body.get("score")
    # Bounded: a JSON integer may have hundreds of digits, which no float column holds.
    if score is not None and (
        isinstance(score, bool)
        or not isinstance(score, int | float)
        or not -MAX_SCORE <= score <= MAX_SCORE
    ):
        raise ClearpostError("'score' must be a number: the finding's score, e.g. 0.87.")
    report = FalsePositiveReport(
        reporter=actor, rule=rule, kind=kind, score=score,
        site=_short(body.get("site"), "site", 120), note=_short(body.get("note"), "note", 300),
    )  # fmt: skip
    with db.session() as session:
        session.add(report)
        session.flush()
        audit.record(session, actor, "finding.reported", None, rule=rule, site=report.site)
        return report.id


def reports(db, limit: int = 200) -> list[FalsePositiveReport]:
    with db.session() as session:
        return list(
            session.scalars(
                select(FalsePositiveReport).order_by(FalsePositiveReport.id.desc()).limit(limit)
            )
        )


def report_counts(db) -> dict[str, int]:
    with db.session() as session:
        rows = session.execute(
            select(FalsePositiveReport.rule, func.count()).group_by(FalsePositiveReport.rule)
        ).all()
        return dict(rows)
