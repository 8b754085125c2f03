"""The register's operations: read, import, consent, templates, erasure (the admins'
log-ins: admins.py).

Every change is written in one transaction together with its audit entry, so
the log never misses a change and a failed change leaves nothing behind.
"""

import json
import re
import secrets
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import event, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from ..db import Database
from ..detect.text.upn import normalise as normalise_upn
from ..errors import ClearpostError, ImportRefused, NotFound
from ..vocab import STAFF_CONSENTS, Channel, PersonKind, YesNo
from . import audit
from .admins import AdminLogins
from .crypto import TemplateCipher
from .mis_import import ParsedFile, RowProblem
from .models import (
    CONSENT_CHANNELS,
    AuditEntry,
    FaceTemplate,
    FalsePositiveReport,
    Pupil,
    RegisterState,
    SchoolMark,
    Staff,
    utcnow,
)
from .views import PupilView, StaffView

ERASED_TABLES = ("pupils", "face_templates", "audit_log", "staff")


# Fields an import may set that a school records as consent, and which value of each is
# the relaxed one (consent given; the pupil no longer objecting).
CONSENT_FIELDS = {f"consent_{ch}": True for ch in CONSENT_CHANNELS} | {
    "pupil_objects_biometric": False
}


def channel_of(field_name: str) -> str:
    """'consent_social_media' -> 'social_media' (the name the CLI and the page use)."""
    return field_name.removeprefix("consent_")


@dataclass
class ConsentConflict:
    """The file would relax a consent recorded here since the last import that agreed:
    kept as it is unless the admin confirms this one (`key`)."""

    line: int
    upn: str
    name: str
    field: str
    here: bool  # the register's value, recorded on the admin page or the CLI
    file: bool
    at: str  # when it was recorded here (ISO)
    by: str

    @property
    def channel(self) -> str:
        return channel_of(self.field)

    @property
    def key(self) -> str:
        return f"{self.upn}:{self.channel}"

    def __str__(self) -> str:
        return (
            f"line {self.line}, {self.upn} {self.name}: {self.channel} is "
            f"{_yes_no(self.here)} here (recorded {self.at[:16].replace('T', ' ')} by "
            f"{self.by}), the file says {_yes_no(self.file)}"
        )

    def to_dict(self) -> dict:
        return {"line": self.line, "upn": self.upn, "name": self.name, "channel": self.channel,
                "here": _yes_no(self.here), "file": _yes_no(self.file), "recorded_at": self.at,
                "recorded_by": self.by, "key": self.key}  # fmt: skip


def _local(pupil: Pupil) -> dict:
    return json.loads(pupil.local_consent or "{}")


def _relaxes(field_name: str, old, new) -> bool:
    relaxed = CONSENT_FIELDS.get(field_name)
    return relaxed is not None and bool(new) == relaxed and bool(old) != relaxed


@dataclass
class ImportPlan:
    """What an import would do (or did): the admin sees this before applying."""

    added: list = field(default_factory=list)
    updated: list = field(default_factory=list)  # (row, {field: (old, new)})
    unchanged: int = 0
    leavers: list = field(default_factory=list)  # PupilView / StaffView
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # erasure refs of leavers removed
    # Consent the file would relax that was recorded here since: kept, unless accepted.
    conflicts: list[ConsentConflict] = field(default_factory=list)
    accepted: list[ConsentConflict] = field(default_factory=list)
    # (UPN, field): consent recorded here that the file now agrees with (mark cleared).
    settled: list[tuple[str, str]] = field(default_factory=list)
    applied: bool = False

    def to_dict(self) -> dict:
        return {
            "added": [r.fields() | {"key": _key(r)} for r in self.added],
            "updated": [
                {"key": _key(r), "changes": {k: [str(a), str(b)] for k, (a, b) in ch.items()}}
                for r, ch in self.updated
            ],
            "unchanged": self.unchanged,
            "leavers": [v.to_dict() for v in self.leavers],
            "problems": [{"line": p.line, "reason": p.reason} for p in self.problems],
            "notes": self.notes,
            "removed": self.removed,
            "conflicts": [c.to_dict() for c in self.conflicts],
            "accepted": [c.to_dict() for c in self.accepted],
            "applied": self.applied,
        }


def _key(row) -> str:
    return getattr(row, "upn", None) or row.ref


def _compare(plan: ImportPlan, rows, existing: dict) -> None:
    """Sort the file's rows into added, updated (with what changes) and unchanged."""
    for row in rows:
        current = existing.get(_key(row))
        if current is None:
            plan.added.append(row)
        elif changes := _changes(current, row.fields()):
            plan.updated.append((row, changes))
        else:
            plan.unchanged += 1


def _changes(obj, fields: dict) -> dict:
    return {k: (getattr(obj, k), v) for k, v in fields.items() if getattr(obj, k) != v}


class Register(AdminLogins):
    """The consent register, over a Database and a TemplateCipher."""

    def __init__(self, db: Database, cipher: TemplateCipher):
        self.db = db
        self.cipher = cipher
        event.listen(db.Session, "before_flush", _bump_version)

    # -- change notification (caches of names and templates watch this) --------------

    def version(self) -> int:
        """A number that changes whenever pupils, staff or templates change (any process)."""
        with self.db.engine.connect() as conn:
            return conn.execute(select(RegisterState.version)).scalar_one()

    # -- reading ---------------------------------------------------------------------

    def _pupil(self, session: Session, upn: str) -> Pupil:
        upn = normalise_upn(upn)
        pupil = session.scalar(select(Pupil).where(Pupil.upn == upn))
        if pupil is None:
            raise NotFound(
                f"No pupil with UPN {upn} in the register. "
                "`clearpost register list` shows the UPNs it holds."
            )
        return pupil

    def _staff(self, session: Session, ref: str) -> Staff:
        staff = session.scalar(select(Staff).where(Staff.ref == ref))
        if staff is None:
            staff = session.scalar(select(Staff).where(Staff.ref == ref.casefold()))
        if staff is None:
            raise NotFound(
                f"No staff member {ref!r} in the register. "
                "`clearpost register staff` lists them with their refs."
            )
        return staff

    def pupils(self, search: str = "") -> list[PupilView]:
        with self.db.session() as session:
            query = (
                select(Pupil)
                .options(selectinload(Pupil.templates))
                .order_by(Pupil.surname, Pupil.forename)
            )
            for word in search.split():
                like = f"%{word}%"
                query = query.where(
                    or_(
                        Pupil.forename.ilike(like),
                        Pupil.surname.ilike(like),
                        Pupil.preferred_forename.ilike(like),
                        Pupil.upn.ilike(like),
                        Pupil.class_name.ilike(like),
                        Pupil.year_group.ilike(like),
                    )
                )
            return [PupilView.of(p) for p in session.scalars(query)]

    def pupil(self, upn: str) -> PupilView:
        with self.db.session() as session:
            return PupilView.of(self._pupil(session, upn))

    def staff(self) -> list[StaffView]:
        with self.db.session() as session:
            query = select(Staff).options(selectinload(Staff.templates)).order_by(Staff.surname)
            return [StaffView.of(s) for s in session.scalars(query)]

    def staff_member(self, ref: str) -> StaffView:
        with self.db.session() as session:
            return StaffView.of(self._staff(session, ref))

    def counts(self) -> dict:
        with self.db.session() as session:
            return {
                "pupils": session.scalar(select(func.count(Pupil.id))),
                "staff": session.scalar(select(func.count(Staff.id))),
                "templates": session.scalar(select(func.count(FaceTemplate.id))),
            }

    def templates(self) -> list[tuple[str, str, np.ndarray]]:
        """Every template decrypted: (kind 'pupil'|'staff', UPN or staff ref, encoding)."""
        with self.db.session() as session:
            rows = session.execute(
                select(FaceTemplate.encrypted, Pupil.upn, Staff.ref)
                .outerjoin(Pupil, FaceTemplate.pupil_id == Pupil.id)
                .outerjoin(Staff, FaceTemplate.staff_id == Staff.id)
            ).all()
        return [
            (PersonKind.PUPIL if upn else PersonKind.STAFF, upn or ref, self.cipher.decrypt(blob))
            for blob, upn, ref in rows
        ]

    def audit(self, limit: int = 100, action: str | None = None, subject: str | None = None):
        with self.db.session() as session:
            return audit.entries(session, limit=limit, action=action, subject=subject)

    def record(self, actor: str, action: str, subject: str | None = None, **detail) -> None:
        """An audit entry for something done outside the register (a check, a login)."""
        with self.db.session() as session:
            audit.record(session, actor, action, subject, **detail)

    # -- importing pupils ------------------------------------------------------------

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

    # -- consent ---------------------------------------------------------------------

    def set_consent(self, upn: str, channel: str, value: bool, actor: str) -> PupilView:
        if channel not in CONSENT_CHANNELS:
            raise ClearpostError(
                f"Unknown consent channel {channel!r}; use one of {', '.join(CONSENT_CHANNELS)}."
            )
        with self.db.session() as session:
            pupil = self._pupil(session, upn)
            old = pupil.consent(channel)
            _mark(pupil, f"consent_{channel}", value, actor)
            if old != value:
                setattr(pupil, f"consent_{channel}", value)
                audit.record(
                    session, actor, "consent.changed", pupil.upn,
                    channel=channel, old=_yes_no(old), new=_yes_no(value),
                )  # fmt: skip
                self._drop_templates_if_not_allowed(session, pupil, actor)
            view = PupilView.of(pupil)
        return view

    def set_objection(self, upn: str, objects: bool, actor: str) -> PupilView:
        """Record the pupil's own objection to biometric processing (POFA 2012 s.26(5))."""
        with self.db.session() as session:
            pupil = self._pupil(session, upn)
            _mark(pupil, "pupil_objects_biometric", objects, actor)
            if pupil.pupil_objects_biometric != objects:
                pupil.pupil_objects_biometric = objects
                audit.record(
                    session, actor, "consent.changed", pupil.upn,
                    channel="pupil_objects_biometric", new=_yes_no(objects),
                )  # fmt: skip
                self._drop_templates_if_not_allowed(session, pupil, actor)
            view = PupilView.of(pupil)
        return view

    def set_staff_consent(self, ref: str, channel: str, value: bool, actor: str) -> StaffView:
        if channel not in STAFF_CONSENTS:
            raise ClearpostError(
                f"Unknown staff consent {channel!r}; use {' or '.join(STAFF_CONSENTS)}."
            )
        with self.db.session() as session:
            staff = self._staff(session, ref)
            setattr(staff, f"consent_{channel}", value)
            audit.record(
                session, actor, "staff.consent_changed", staff.ref, channel=channel,
                new=_yes_no(value),
            )  # fmt: skip
            if not staff.consent_biometric and staff.templates:
                staff.templates.clear()
                audit.record(session, actor, "templates.deleted", staff.ref, reason="consent")
            view = StaffView.of(staff)
        return view

    def _drop_templates_if_not_allowed(self, session: Session, pupil: Pupil, actor: str) -> None:
        """Templates go the moment biometric consent is withdrawn or the pupil objects."""
        if not pupil.may_hold_templates and pupil.templates:
            count = len(pupil.templates)
            pupil.templates.clear()
            session.flush()
            reason = "pupil objects" if pupil.pupil_objects_biometric else "no biometric consent"
            audit.record(session, actor, "templates.deleted", pupil.upn, count=count, reason=reason)

    # -- templates -------------------------------------------------------------------

    def refuse_templates_reason(self, upn: str) -> str | None:
        """Why this pupil may not be enrolled, in words for the admin, or None."""
        pupil = self.pupil(upn)
        if pupil.pupil_objects_biometric:
            return (
                f"{pupil.upn} objects to biometric processing: no face template may be "
                "stored, whatever the parents agreed (Protection of Freedoms Act 2012 s.26(5))."
            )
        if not pupil.consents[Channel.BIOMETRIC]:
            return (
                f"{pupil.upn} has no biometric consent from a parent: no face template may be "
                "stored (Protection of Freedoms Act 2012 ss.26-28). Record the written consent "
                "first: `clearpost register set-consent UPN biometric yes`."
            )
        return None

    def add_template(
        self, upn: str, encoding: np.ndarray, model: str, actor: str, quality=None
    ) -> None:
        """Store a pupil's template; `quality` (detect.face_quality.FaceQuality) is kept
        beside it for the admin."""
        blob = self.cipher.encrypt(encoding)
        measured = _quality_columns(quality)
        with self.db.session() as session:
            pupil = self._pupil(session, upn)
            if not pupil.may_hold_templates:
                raise ClearpostError(self.refuse_templates_reason(upn))
            pupil.templates.append(FaceTemplate(encrypted=blob, model=model, **measured))
            audit.record(session, actor, "template.enrolled", pupil.upn, model=model, **measured)

    def add_staff_template(
        self, ref: str, encoding: np.ndarray, model: str, actor: str, quality=None
    ) -> None:
        blob = self.cipher.encrypt(encoding)
        measured = _quality_columns(quality)
        with self.db.session() as session:
            staff = self._staff(session, ref)
            if not staff.consent_biometric:
                raise ClearpostError(
                    f"{staff.display} has not agreed to biometric processing: record it first "
                    "with `clearpost register set-staff-consent REF biometric yes`."
                )
            staff.templates.append(FaceTemplate(encrypted=blob, model=model, **measured))
            audit.record(session, actor, "template.enrolled", staff.ref, model=model, **measured)

    def delete_templates(self, upn: str, actor: str) -> int:
        with self.db.session() as session:
            pupil = self._pupil(session, upn)
            count = len(pupil.templates)
            pupil.templates.clear()
            audit.record(
                session, actor, "templates.deleted", pupil.upn, count=count, reason="admin"
            )
        self.db.compact(ERASED_TABLES)
        return count

    # -- erasure ---------------------------------------------------------------------

    def forget(
        self, upn: str, actor: str, reason: str = "erasure request", compact: bool = True
    ) -> str:
        """Erase a pupil: row, templates, their UPN in the log; then compact storage
        (`compact=False`: the caller does, after erasing the pupil elsewhere too)."""
        with self.db.session() as session:
            ref = self._erase(session, self._pupil(session, upn), actor, reason)
        if compact:
            self.db.compact(ERASED_TABLES)
        return ref

    def _erase(self, session: Session, pupil: Pupil, actor: str, reason: str) -> str:
        upn = pupil.upn
        names = _names_of(pupil)
        session.delete(pupil)
        session.flush()
        _scrub_log(session, upn, names)
        ref = f"E-{secrets.token_hex(4).upper()}"
        audit.record(session, actor, "pupil.erased", None, erasure_ref=ref, reason=reason)
        return ref

    def forget_staff(self, ref: str, actor: str, compact: bool = True) -> None:
        with self.db.session() as session:
            staff = self._staff(session, ref)
            key = staff.ref
            session.delete(staff)
            session.flush()
            session.execute(
                update(AuditEntry)
                .where(AuditEntry.subject == key)
                .values(subject=None, detail='{"erased": true}')
            )
            audit.record(session, actor, "staff.erased", None)
        if compact:
            self.db.compact(ERASED_TABLES)


ERASED_DETAIL = '{"erased": true}'
ERASED_TEXT = "[removed: erasure]"
# Detail keys that hold what a person typed (a reason for posting despite a warning, …).
TYPED_KEYS = ("reason", "note")


def _names_of(pupil: Pupil) -> list[str]:
    names = {pupil.forename, pupil.surname, pupil.preferred_forename}
    return sorted(n for n in names if n and len(n) >= 2)


def _stored_forms(word: str) -> set[str]:
    """How a word can sit in a detail column: as typed, and JSON-escaped (non-ASCII)."""
    return {word, json.dumps(word)[1:-1]}


def _mentions(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


def _scrub_log(session: Session, upn: str, names: list[str]) -> None:
    """Earlier audit entries keep what was done and when, but no longer say to whom.

    An entry about the pupil (their UPN as subject or anywhere in it, or their full name)
    is replaced by a bare "erased" entry; a name in text someone typed (a reason, a
    note on a "this is wrong" report) is removed from that text.
    """
    forms = {upn} | {f for n in names for f in _stored_forms(n)}
    candidates = session.scalars(
        select(AuditEntry).where(
            or_(AuditEntry.subject == upn, *(AuditEntry.detail.ilike(f"%{f}%") for f in forms))
        )
    ).all()
    for entry in candidates:
        detail = json.loads(entry.detail or "{}")
        flat = json.dumps(detail, ensure_ascii=False)
        whole_name = len(names) > 1 and sum(_mentions(flat, n) for n in names) >= 2
        if entry.subject == upn or upn.casefold() in flat.casefold() or whole_name:
            entry.subject, entry.detail = None, ERASED_DETAIL
            continue
        typed = {k: v for k, v in detail.items() if k in TYPED_KEYS and isinstance(v, str)}
        changed = {k: ERASED_TEXT for k, v in typed.items() if any(_mentions(v, n) for n in names)}
        if changed:
            entry.detail = json.dumps(detail | changed)
    for report in session.scalars(select(FalsePositiveReport)):
        if report.note and any(_mentions(report.note, n) or upn in report.note for n in names):
            report.note = ERASED_TEXT


def _mark(pupil: Pupil, field_name: str, value: bool, actor: str) -> None:
    """Remember a consent recorded here: the next import may not relax it silently."""
    local = _local(pupil)
    local[field_name] = {"value": value, "at": utcnow().isoformat(), "by": actor}
    pupil.local_consent = json.dumps(local, sort_keys=True)


def _unmark(pupil: Pupil, field_names) -> None:
    local = _local(pupil)
    if any(f in local for f in field_names):
        pupil.local_consent = json.dumps(
            {k: v for k, v in local.items() if k not in field_names}, sort_keys=True
        )


def _accept_key(text: str) -> str:
    """'a123…:Social_Media' -> 'A123…:social_media', as ConsentConflict.key."""
    upn, _, channel = text.strip().partition(":")
    return f"{normalise_upn(upn)}:{channel.strip().lower()}"


def _hold_local_consent(plan: ImportPlan, rows, existing: dict, accept: set[str]) -> None:
    """Take out of `plan.updated` each change that would relax a consent recorded here
    since the last import (a parent's withdrawal is their latest word, and the MIS may
    not have it yet): a conflict for the admin to confirm, unless already accepted."""
    updated = []
    for row, changes in plan.updated:
        local = _local(existing[row.upn])
        for name in [n for n in changes if n in local]:
            old, new = changes[name]
            if not _relaxes(name, old, new):
                continue
            conflict = ConsentConflict(
                row.line, row.upn, f"{row.forename} {row.surname}", name, bool(old), bool(new),
                local[name].get("at", ""), local[name].get("by", ""),
            )  # fmt: skip
            if conflict.key in accept:
                plan.accepted.append(conflict)
            else:
                plan.conflicts.append(conflict)
                del changes[name]
        if changes:
            updated.append((row, changes))
        else:
            plan.unchanged += 1
    plan.updated = updated
    for row in rows:
        pupil = existing.get(row.upn)
        if pupil is None:
            continue
        fields = row.fields()
        for name in _local(pupil):
            if name in fields and fields[name] == getattr(pupil, name):
                plan.settled.append((row.upn, name))  # the MIS caught up with it
    known = {c.key for c in plan.accepted}
    for key in sorted(accept - known):
        plan.notes.append(f"{key} was to be accepted, but the file raises no such conflict.")


def _quality_columns(quality) -> dict:
    """A FaceQuality as FaceTemplate's columns (none when not measured)."""
    if quality is None:
        return {}
    q = quality.to_dict()
    return {"face_px": q["face_px"], "sharpness": q["sharpness"], "turn": q["turn"]}


def _bump_version(session: Session, _context, _instances) -> None:
    watched = (Pupil, Staff, FaceTemplate, SchoolMark)
    touched = (*session.new, *session.dirty, *session.deleted)
    if any(isinstance(obj, watched) for obj in touched) and not session.info.get("bumped"):
        session.execute(update(RegisterState).values(version=RegisterState.version + 1))
        session.info["bumped"] = True  # once per flush cycle is enough
        event.listen(session, "after_commit", _reset_bumped, once=True)
        event.listen(session, "after_rollback", _reset_bumped, once=True)


def _reset_bumped(session: Session) -> None:
    session.info.pop("bumped", None)


def _yes_no(value: bool) -> str:
    return YesNo.of(value)


def _plain(value):
    if isinstance(value, bool):
        return _yes_no(value)
    return str(value) if value is not None else ""


def _consent_of(pupil: Pupil) -> dict:
    return {ch: _yes_no(bool(getattr(pupil, f"consent_{ch}"))) for ch in CONSENT_CHANNELS}
