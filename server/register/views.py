"""Plain read-only views of register rows, for the CLI, the API and the pages."""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from . import template_quality
from .models import CONSENT_CHANNELS, Pupil, Staff

# Children's faces change: a template older than this should be re-enrolled.
STALE_AFTER = timedelta(days=365)


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; every datetime we store is UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass
class PupilView:
    upn: str
    forename: str
    surname: str
    preferred_forename: str
    year_group: str
    class_name: str
    display: str
    consents: dict[str, bool]
    pupil_objects_biometric: bool
    consent_date: date | None
    templates: int
    enrolled_at: datetime | None
    oldest_template: datetime | None
    stale: bool
    may_hold_templates: bool
    # Per template, oldest first: {enrolled_at, grade, weak, face_px, sharpness, turn}.
    template_quality: list = field(default_factory=list)

    @property
    def only_poor_templates(self) -> bool:
        """Templates, all poor: Clearpost may miss this pupil or mistake others for them."""
        return bool(self.template_quality) and all(
            t["grade"] == "poor" for t in self.template_quality
        )

    @classmethod
    def of(cls, pupil: Pupil, now: datetime | None = None) -> "PupilView":
        now = now or datetime.now(UTC)
        times = sorted(_aware(t.created_at) for t in pupil.templates)
        return cls(
            upn=pupil.upn,
            forename=pupil.forename,
            surname=pupil.surname,
            preferred_forename=pupil.preferred_forename,
            year_group=pupil.year_group,
            class_name=pupil.class_name,
            display=pupil.display,
            consents={ch: pupil.consent(ch) for ch in CONSENT_CHANNELS},
            pupil_objects_biometric=pupil.pupil_objects_biometric,
            consent_date=pupil.consent_date,
            templates=len(times),
            enrolled_at=times[-1] if times else None,
            oldest_template=times[0] if times else None,
            stale=bool(times) and now - times[0] > STALE_AFTER,
            may_hold_templates=pupil.may_hold_templates,
            template_quality=_qualities(pupil.templates),
        )

    @property
    def full_name(self) -> str:
        return f"{self.forename} {self.surname}"

    def to_dict(self) -> dict:
        return {
            "upn": self.upn,
            "forename": self.forename,
            "surname": self.surname,
            "preferred_forename": self.preferred_forename,
            "year_group": self.year_group,
            "class": self.class_name,
            "display": self.display,
            "consent": self.consents,
            "pupil_objects_biometric": self.pupil_objects_biometric,
            "consent_date": self.consent_date.isoformat() if self.consent_date else None,
            "templates": self.templates,
            "enrolled_at": self.enrolled_at.isoformat() if self.enrolled_at else None,
            "templates_stale": self.stale,
            "template_quality": [
                {**t, "enrolled_at": t["enrolled_at"].isoformat()} for t in self.template_quality
            ],
            "only_poor_templates": self.only_poor_templates,
        }


def _qualities(templates) -> list[dict]:
    out = []
    for t in sorted(templates, key=lambda t: _aware(t.created_at)):
        grade, weak = template_quality.grade(t.face_px, t.sharpness, t.turn)
        out.append({"enrolled_at": _aware(t.created_at), "grade": grade, "weak": weak,
                    "face_px": t.face_px, "sharpness": t.sharpness, "turn": t.turn})  # fmt: skip
    return out


@dataclass
class StaffView:
    ref: str
    title: str
    forename: str
    surname: str
    role: str
    display: str
    consent_photo: bool
    consent_biometric: bool
    templates: int = 0
    extra: dict = field(default_factory=dict)

    @classmethod
    def of(cls, staff: Staff) -> "StaffView":
        return cls(
            ref=staff.ref,
            title=staff.title,
            forename=staff.forename,
            surname=staff.surname,
            role=staff.role,
            display=staff.display,
            consent_photo=staff.consent_photo,
            consent_biometric=staff.consent_biometric,
            templates=len(staff.templates),
        )

    def to_dict(self) -> dict:
        return {
            "ref": self.ref,
            "title": self.title,
            "forename": self.forename,
            "surname": self.surname,
            "role": self.role,
            "consent_photo": self.consent_photo,
            "biometric_consent": self.consent_biometric,
            "templates": self.templates,
        }
