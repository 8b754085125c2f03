"""The register's operations: read, import, consent, templates, erasure (the admins'
log-ins: admins.py).

Every change is written in one transaction together with its audit entry, so
the log never misses a change and a failed change leaves nothing behind.
"""

import numpy as np
from sqlalchemy import event, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from ..db import Database
from ..detect.text.upn import normalise as normalise_upn
from ..errors import ClearpostError, NotFound
from ..vocab import STAFF_CONSENTS, Channel, PersonKind
from . import audit
from .admins import AdminLogins
from .crypto import TemplateCipher
from .forget import ERASED_TABLES, RegisterErasure
from .import_plan import _mark, _yes_no
from .imports import RegisterImports
from .models import (
    CONSENT_CHANNELS,
    FaceTemplate,
    Pupil,
    RegisterState,
    SchoolMark,
    Staff,
)
from .views import PupilView, StaffView


class Register(RegisterImports, RegisterErasure, AdminLogins):
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
