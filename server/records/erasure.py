"""Erasing a pupil everywhere Clearpost put them (UK GDPR Art. 17).

The register (row, templates, their UPN and names in the audit log and in feedback
notes, the database file compacted) and every report the service wrote (report_scrub).
The audit log keeps one entry saying an erasure happened, with a reference, no name.
"""

from dataclasses import dataclass

from ..register.forget import ERASED_TABLES
from .report_scrub import Scrubbed, pupil_subject, scrub_reports, staff_subject


@dataclass
class Erasure:
    ref: str
    reports: Scrubbed

    def lines(self) -> list[str]:
        """What was done to the reports, in words (no names: the paths only)."""
        r = self.reports
        out = [f"Reports: {len(r.rewritten)} rewritten without the pupil "
               f"({r.photos_removed} photo(s) taken out), {len(r.deleted)} deleted."]  # fmt: skip
        out += [f"  could not rewrite {path}: {why}. Delete it by hand." for path, why in r.failed]
        return out


def erase_pupil(svc, upn: str, actor: str, reason: str = "erasure request") -> Erasure:
    pupil = svc.register.pupil(upn)
    subject = pupil_subject(svc, pupil)
    ref = svc.register.forget(pupil.upn, actor, reason, compact=False)
    erasure = Erasure(ref, scrub_reports(svc, [subject]))
    _forget_sentences(svc)
    # Last: it may wait for (or fail on) other processes' readers, and the reports must
    # be rewritten either way.
    svc.db.compact(ERASED_TABLES)
    return erasure


def erase_staff(svc, ref: str, actor: str) -> Scrubbed:
    """A member of staff: their row, templates, log entries and their rows in reports."""
    member = svc.register.staff_member(ref)
    subject = staff_subject(svc, member)
    svc.register.forget_staff(member.ref, actor, compact=False)
    scrubbed = scrub_reports(svc, [subject])
    _forget_sentences(svc)
    svc.db.compact(ERASED_TABLES)
    return scrubbed


def _forget_sentences(svc) -> None:
    """The sentences this process's text checks kept in memory (sentence_model.py's cache)
    go now; a service in another process (an erasure from the CLI) drops its own at its
    next check, when it sees the register changed."""
    if svc.checker_started:
        svc.checker.forget_sentences()


def erase_leavers_from_reports(svc, plan) -> Scrubbed | None:
    """After an import that removed leavers (`plan.removed`), take them out of the reports."""
    if not plan.removed:
        return None
    return scrub_reports(svc, [pupil_subject(svc, p) for p in plan.leavers])
