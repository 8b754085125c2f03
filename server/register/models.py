"""Tables of the consent register: pupils, staff, face templates, admins, audit."""

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..vocab import Channel

# Named constraints, so that Alembic migrations are the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CONSENT_CHANNELS = tuple(Channel)  # the consent_<channel> columns of Pupil


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Pupil(Base):
    __tablename__ = "pupils"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    upn: Mapped[str] = mapped_column(String(13), unique=True)
    forename: Mapped[str] = mapped_column(String(100))
    surname: Mapped[str] = mapped_column(String(100))
    preferred_forename: Mapped[str] = mapped_column(String(100), default="")
    year_group: Mapped[str] = mapped_column(String(20), default="")
    class_name: Mapped[str] = mapped_column(String(50), default="")
    consent_social_media: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_website: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_press: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_name_with_photo: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_biometric: Mapped[bool] = mapped_column(Boolean, default=False)
    # The pupil's own objection overrides the parents' biometric consent (POFA 2012 s.26(5)).
    pupil_objects_biometric: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Consent recorded here (admin page, CLI) and not yet confirmed by an import, as JSON
    # {"consent_social_media": {"value": false, "at": ISO time, "by": actor}, …}: an
    # import never relaxes these without the admin confirming (store.plan_import).
    local_consent: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    templates: Mapped[list["FaceTemplate"]] = relationship(
        back_populates="pupil", cascade="all, delete-orphan", passive_deletes=True
    )

    def consent(self, channel: str) -> bool:
        return bool(getattr(self, f"consent_{channel}"))

    @property
    def may_hold_templates(self) -> bool:
        """Templates only with the parents' biometric consent and no objection from the pupil."""
        return self.consent_biometric and not self.pupil_objects_biometric

    @property
    def known_as(self) -> str:
        return self.preferred_forename or self.forename

    @property
    def display(self) -> str:
        """How staff see a pupil: forename, surname initial and year ("Olivia B. (Year 4)")."""
        year = f" ({self.year_group})" if self.year_group else ""
        return f"{self.known_as} {self.surname[:1]}.{year}"


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The MIS staff id where the export has one, else "forename surname" folded to
    # lower case: what a re-import matches on.
    ref: Mapped[str] = mapped_column(String(120), unique=True)
    title: Mapped[str] = mapped_column(String(20), default="")
    forename: Mapped[str] = mapped_column(String(100))
    surname: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(100), default="")
    consent_photo: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_biometric: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    templates: Mapped[list["FaceTemplate"]] = relationship(
        back_populates="staff", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def display(self) -> str:
        name = f"{self.title} {self.surname}" if self.title else f"{self.forename} {self.surname}"
        return name.strip()


class FaceTemplate(Base):
    """One face encoding, encrypted (Fernet). Never the photo it came from."""

    __tablename__ = "face_templates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pupil_id: Mapped[int | None] = mapped_column(
        ForeignKey("pupils.id", ondelete="CASCADE"), nullable=True, index=True
    )
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="CASCADE"), nullable=True, index=True
    )
    encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    model: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # The enrolment photo's face, measured (detect/image/face_quality.py); NULL for templates
    # enrolled before Clearpost measured it (migration 0009).
    face_px: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sharpness: Mapped[float | None] = mapped_column(Float, nullable=True)
    turn: Mapped[float | None] = mapped_column(Float, nullable=True)

    pupil: Mapped[Pupil | None] = relationship(back_populates="templates")
    staff: Mapped[Staff | None] = relationship(back_populates="templates")


class AdminUser(Base):
    __tablename__ = "admin_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_login: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # Bumped by log-out: every session cookie issued before it stops working.
    session_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class AuditEntry(Base):
    """Who changed what, when. Names pupils by UPN only; never face data."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(60), index=True)
    # A pupil's UPN or a staff ref; erasure blanks it.
    subject: Mapped[str | None] = mapped_column(String(120), nullable=True, index=True)
    detail: Mapped[str] = mapped_column(Text, default="{}")


class RegisterState(Base):
    """One row: a counter bumped by every change to pupils, staff or templates.

    Caches in any process (the service, a batch run) compare it to know when the
    register changed, including changes made by the CLI in another process.
    """

    __tablename__ = "register_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


class SchoolMark(Base):
    """The school's logo (badge) or uniform, registered by the admin for the photo check.

    `data` is the detector's own serialised reference (features, colour profile), not
    an image of anyone; `preview` is a small PNG for the admin list (for a uniform, a
    swatch of its colours, never the photo it came from).
    """

    __tablename__ = "school_marks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)  # "logo" | "uniform"
    name: Mapped[str] = mapped_column(String(120))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    preview: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class FalsePositiveReport(Base):
    """A "this is wrong" from the person posting: which rule fired, never the content."""

    __tablename__ = "false_positive_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    reporter: Mapped[str] = mapped_column(String(120))
    rule: Mapped[str] = mapped_column(String(60), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="")
    score: Mapped[float | None] = mapped_column(nullable=True)
    site: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(String(300), default="")


class ProducedFix(Base):
    """A corrected copy of a photo that Clearpost made (by the SHA-256 of its bytes), with
    the boxes it blurred and covered: when exactly that copy is checked again, its own
    blurred faces are not warned about again. Never the photo itself."""

    __tablename__ = "produced_fixes"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    blurred: Mapped[str] = mapped_column(Text)  # JSON: [[x, y, w, h], …]
    covered: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True
    )


class ReportFile(Base):
    """A report Clearpost wrote (batch or find: HTML, JSON, CSV), by its absolute path.

    Reports hold children's names and faces and may be written anywhere (--report,
    --json, --csv): erasing a pupil rewrites each one that still exists.
    """

    __tablename__ = "report_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class StaffToken(Base):
    """An API token issued to one member of staff. Only the SHA-256 of the token is kept
    (the token is shown once, when issued); `hint` is its first characters, to tell
    tokens apart in the list. Revoked tokens stay, so the audit log can still be read.
    Issued as a one-time enrolment code instead, the row has the code's SHA-256 and no
    token until the extension exchanges the code for one."""

    __tablename__ = "staff_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    hint: Mapped[str] = mapped_column(String(16))
    enrol_code_hash: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    enrol_expires_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(120))
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revoked_by: Mapped[str] = mapped_column(String(120), default="")
