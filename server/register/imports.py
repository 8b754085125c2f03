"""Importing the MIS's pupils and staff into the register: plan (what would change), then
apply it in one transaction with its audit entries. A part of `Register` (store.py).
"""

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..errors import ClearpostError, ImportRefused
from . import audit
from .forget import ERASED_TABLES
from .import_plan import (
    ImportPlan,
    _accept_key,
    _compare,
    _consent_of,
    _hold_local_consent,
    _plain,
    _unmark,
    _yes_no,
)
from .mis_rows import ParsedFile
from .models import Pupil, Staff
from .views import PupilView, StaffView


class RegisterImports:
    """Register's import operations; `self` is the Register (db, _pupil, _staff, _erase)."""

    def plan_import(self, parsed: ParsedFile, full: bool = True, accept=()) -> ImportPlan:
        """What importing `parsed` would do. A consent recorded here since the last import
        is never relaxed by the file: it is listed in `conflicts`, unless its key
        ("UPN:channel") is in `accept` (the admin confirmed the file's value)."""
        plan = ImportPlan(problems=list(parsed.problems), notes=list(parsed.notes))
        with self.db.session() as session:
            existing = {
                p.upn: p
                for p in session.scalars(select(Pupil).options(selectinload(Pupil.templates)))
            }
            _compare(plan, parsed.rows, existing)
            _hold_local_consent(plan, parsed.rows, existing, {_accept_key(a) for a in accept})
            if full:
                # A row that was bad still names a pupil who has not left.
                seen = {r.upn for r in parsed.rows} | {p.upn for p in parsed.problems if p.upn}
                plan.leavers = [PupilView.of(p) for u, p in existing.items() if u not in seen]
        return plan

    def apply_import(
        self,
        parsed: ParsedFile,
        actor: str,
        *,
        skip_bad_rows: bool = False,
        remove_leavers: bool = False,
        full: bool = True,
        accept=(),
    ) -> ImportPlan:
        if parsed.problems and not skip_bad_rows:
            raise ImportRefused(parsed.problems)
        if remove_leavers and not full:
            raise ClearpostError(
                "--remove-leavers needs the full list of pupils; it cannot go with --partial."
            )
        plan = self.plan_import(parsed, full=full, accept=accept)
        with self.db.session() as session:
            for row in plan.added:
                pupil = Pupil(upn=row.upn, **row.fields())
                session.add(pupil)
                audit.record(session, actor, "pupil.added", row.upn, consent=_consent_of(pupil))
            for row, changes in plan.updated:
                pupil = self._pupil(session, row.upn)
                for name, (_, new) in changes.items():
                    setattr(pupil, name, new)
                # What the import set is now the register's word on those channels.
                _unmark(pupil, changes)
                audit.record(
                    session, actor, "pupil.updated", row.upn,
                    changed={k: [_plain(a), _plain(b)] for k, (a, b) in changes.items()},
                )  # fmt: skip
                self._drop_templates_if_not_allowed(session, pupil, actor)
            for conflict in plan.accepted:
                audit.record(
                    session, actor, "consent.import_confirmed", conflict.upn,
                    channel=conflict.channel, old=_yes_no(conflict.here),
                    new=_yes_no(conflict.file), recorded_here_at=conflict.at,
                )  # fmt: skip
            for upn, field_name in plan.settled:
                _unmark(self._pupil(session, upn), [field_name])
            if remove_leavers:
                for leaver in plan.leavers:
                    plan.removed.append(
                        self._erase(session, self._pupil(session, leaver.upn), actor, "left")
                    )
            audit.record(
                session, actor, "register.import",
                added=len(plan.added), updated=len(plan.updated), unchanged=plan.unchanged,
                skipped_rows=[p.line for p in plan.problems], leavers=len(plan.leavers),
                leavers_removed=len(plan.removed), conflicts_kept=len(plan.conflicts),
                conflicts_accepted=len(plan.accepted),
            )  # fmt: skip
        plan.applied = True
        if plan.removed:
            self.db.compact(ERASED_TABLES)
        return plan

    # -- importing staff -------------------------------------------------------------

    def plan_staff_import(self, parsed: ParsedFile, full: bool = True) -> ImportPlan:
        plan = ImportPlan(problems=list(parsed.problems), notes=list(parsed.notes))
        with self.db.session() as session:
            existing = {
                s.ref: s
                for s in session.scalars(select(Staff).options(selectinload(Staff.templates)))
            }
            _compare(plan, parsed.rows, existing)
            if full:
                seen = {r.ref for r in parsed.rows}
                plan.leavers = [StaffView.of(s) for r, s in existing.items() if r not in seen]
        return plan

    def apply_staff_import(
        self, parsed: ParsedFile, actor: str, *, skip_bad_rows: bool = False,
        remove_leavers: bool = False,
    ) -> ImportPlan:  # fmt: skip
        if parsed.problems and not skip_bad_rows:
            raise ImportRefused(parsed.problems)
        plan = self.plan_staff_import(parsed)
        with self.db.session() as session:
            for row in plan.added:
                session.add(Staff(ref=row.ref, **row.fields()))
                audit.record(session, actor, "staff.added", row.ref)
            for row, changes in plan.updated:
                staff = self._staff(session, row.ref)
                for name, (_, new) in changes.items():
                    setattr(staff, name, new)
                audit.record(
                    session, actor, "staff.updated", row.ref,
                    changed={k: [_plain(a), _plain(b)] for k, (a, b) in changes.items()},
                )  # fmt: skip
                if not staff.consent_biometric and staff.templates:
                    staff.templates.clear()
                    audit.record(session, actor, "templates.deleted", row.ref, reason="consent")
            if remove_leavers:
                for leaver in plan.leavers:
                    session.delete(self._staff(session, leaver.ref))
                    audit.record(session, actor, "staff.removed", leaver.ref)
                    plan.removed.append(leaver.ref)
            audit.record(
                session, actor, "staff.import", added=len(plan.added),
                updated=len(plan.updated), unchanged=plan.unchanged,
                skipped_rows=[p.line for p in plan.problems], removed=len(plan.removed),
            )  # fmt: skip
        plan.applied = True
        if plan.removed:
            self.db.compact(ERASED_TABLES)
        return plan
