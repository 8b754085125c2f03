"""Parsing the pupil and staff lists a school exports from its MIS.

Parsing only checks the file; `store.Register.plan_import` compares it with the
register and `apply_import` writes it, all or nothing unless bad rows are skipped.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from ..detect.text import upn as upn_rules
from ..vocab import Channel
from .csv_columns import decode, fold, parse_date, parse_yes_no, read_rows

PUPIL_COLUMNS: dict[str, tuple[str, ...]] = {
    "upn": ("UPN", "Unique Pupil Number", "Pupil UPN"),
    "forename": ("Forename", "Legal Forename", "First Name", "Legal First Name", "Given Name"),
    "surname": ("Surname", "Legal Surname", "Last Name", "Legal Last Name", "Family Name"),
    "preferred_forename": (
        "Preferred Forename", "Preferred First Name", "Preferred Name", "Known As", "Chosen Name",
    ),
    "year_group": ("Year Group", "Year", "NC Year", "National Curriculum Year", "Yr"),
    "class": (
        "Class", "Reg Group", "Registration Group", "Reg Form", "Registration Form", "Form",
        "Tutor Group", "Form Group",
    ),
    "consent_social_media": (
        "Consent Social Media", "Social Media Consent", "Social Media",
        "Photo Consent Social Media",
    ),
    "consent_website": ("Consent Website", "Website Consent", "Website", "Photo Consent Website"),
    "consent_press": ("Consent Press", "Press Consent", "Press", "Photo Consent Press"),
    "consent_name_with_photo": (
        "Consent Name With Photo", "Name With Photo", "Name With Photo Consent",
    ),
    "biometric_consent": ("Biometric Consent", "Consent Biometric", "Biometric"),
    "consent_date": ("Consent Date", "Date Of Consent", "Consent Given On"),
    "pupil_objects_biometric": (
        "Pupil Objects Biometric", "Pupil Objects", "Pupil Biometric Objection",
    ),
}  # fmt: skip

# CSV column -> register consent channel.
CONSENT_COLUMNS = {
    "consent_social_media": Channel.SOCIAL_MEDIA,
    "consent_website": Channel.WEBSITE,
    "consent_press": Channel.PRESS,
    "consent_name_with_photo": Channel.NAME_WITH_PHOTO,
    "biometric_consent": Channel.BIOMETRIC,
}

STAFF_COLUMNS: dict[str, tuple[str, ...]] = {
    "staff_id": ("Staff ID", "Staff Code", "Employee Number", "Staff Number"),
    "title": ("Title", "Salutation"),
    "forename": ("Forename", "First Name", "Legal Forename", "Given Name", "Preferred Forename"),
    "surname": ("Surname", "Last Name", "Legal Surname", "Family Name"),
    "role": ("Role", "Job Title", "Post", "Position", "Staff Role"),
    "consent_photo": ("Consent Photo", "Photo Consent", "Consent To Photo"),
    "biometric_consent": ("Biometric Consent", "Consent Biometric", "Biometric"),
}

MAX_NAME = 100


def year_group(value: str) -> str:
    """'4', 'Y4', 'Yr 4', 'Year 4' -> 'Year 4'; 'R', 'Rec' -> 'Reception'; 'N1' -> 'Nursery'."""
    folded = fold(value)
    match = re.fullmatch(r"(?:y|yr|year|nc year)? ?(\d{1,2})", folded)
    if match:
        return f"Year {int(match.group(1))}"
    if folded in {"r", "rec", "reception", "yr r", "year r", "fs2", "f2"}:
        return "Reception"
    if folded in {"n", "n1", "n2", "nursery", "fs1", "f1"}:
        return "Nursery"
    return value.strip()


@dataclass
class RowProblem:
    line: int
    reason: str
    upn: str | None = None
    name: str = ""  # as the row spells it, so the admin finds the row in the MIS

    @property
    def who(self) -> str:
        """'Ann Lee, UPN A801…' (what of it the row has)."""
        parts = [self.name] if self.name else []
        if self.upn:
            parts.append(f"UPN {self.upn}")
        return ", ".join(parts)

    def __str__(self) -> str:
        who = f" ({self.who})" if self.who else ""
        return f"line {self.line}{who}: {self.reason}"


@dataclass
class PupilRow:
    line: int
    upn: str
    forename: str
    surname: str
    preferred_forename: str = ""
    year_group: str = ""
    class_name: str = ""
    consents: dict[str, bool] = field(default_factory=dict)
    consent_date: date | None = None
    pupil_objects_biometric: bool | None = None

    def fields(self) -> dict:
        """The register fields this row sets (absent columns are not set)."""
        out = {
            "forename": self.forename,
            "surname": self.surname,
            "preferred_forename": self.preferred_forename,
            "year_group": self.year_group,
            "class_name": self.class_name,
        }
        out.update({f"consent_{ch}": v for ch, v in self.consents.items()})
        if self.consent_date is not None:
            out["consent_date"] = self.consent_date
        if self.pupil_objects_biometric is not None:
            out["pupil_objects_biometric"] = self.pupil_objects_biometric
        return out


@dataclass
class ParsedFile:
    """What a CSV holds: good rows, bad rows (by line), and notes about its columns."""

    rows: list
    problems: list[RowProblem]
    columns: list[str]
    ignored_columns: list[str]
    notes: list[str] = field(default_factory=list)


def _row_name(values: dict) -> str:
    """The name a row gives, however incomplete, for telling the admin which row."""
    words = (values.get(k, "") for k in ("forename", "surname"))
    return re.sub(r"\s+", " ", " ".join(words)).strip()[: 2 * MAX_NAME]


def _optional_name(values: dict, key: str) -> str:
    value = values.get(key, "")[:MAX_NAME]
    return _name({key: value}, key, key.replace("_", " ")) if value.strip() else value


def _name(values: dict, key: str, label: str) -> str:
    value = re.sub(r"\s+", " ", values.get(key, "")).strip()
    if not value:
        raise ValueError(f"missing {label}")
    if len(value) > MAX_NAME:
        raise ValueError(f"{label} is longer than {MAX_NAME} characters")
    if "?" in value or "\ufffd" in value:
        # What Excel writes for a letter its "CSV (Comma delimited)" cannot hold (Ł, ő, ğ…).
        raise ValueError(
            f"{label} {value!r} has '?' where a letter was lost when the file was saved: "
            'save it from the MIS or Excel as "CSV UTF-8" and import again'
        )
    return value


def parse_pupils(data: bytes) -> ParsedFile:
    columns, ignored, rows = read_rows(decode(data), PUPIL_COLUMNS, ("upn", "forename", "surname"))
    parsed = ParsedFile([], [], columns, ignored)
    blank_consents = 0
    for line, values, error in rows:
        if error:
            parsed.problems.append(RowProblem(line, error))
            continue
        upn = upn_rules.normalise(values.get("upn", ""))
        try:
            reason = upn_rules.problem(upn)
            if reason:
                raise ValueError(reason)
            row = PupilRow(
                line=line,
                upn=upn,
                forename=_name(values, "forename", "forename"),
                surname=_name(values, "surname", "surname"),
                preferred_forename=_optional_name(values, "preferred_forename"),
                year_group=year_group(values.get("year_group", "")),
                class_name=values.get("class", "")[:50],
            )
            for column, channel in CONSENT_COLUMNS.items():
                if column in values:
                    if not values[column]:
                        blank_consents += 1
                    row.consents[channel] = parse_yes_no(values[column], column)
            if "consent_date" in values:
                row.consent_date = parse_date(values["consent_date"], "consent_date")
            if "pupil_objects_biometric" in values:
                row.pupil_objects_biometric = parse_yes_no(
                    values["pupil_objects_biometric"], "pupil_objects_biometric"
                )
        except ValueError as exc:
            parsed.problems.append(RowProblem(line, str(exc), upn or None, _row_name(values)))
            continue
        parsed.rows.append(row)

    _flag_duplicates(parsed, key=lambda r: r.upn, what="UPN", upn=True)
    missing = [c for c in CONSENT_COLUMNS if c not in columns]
    if missing:
        parsed.notes.append(
            f"No column for {', '.join(missing)}: existing pupils keep what the register "
            "holds; new pupils get 'no'."
        )
    if blank_consents:
        parsed.notes.append(
            f"{blank_consents} blank consent cell(s) were read as 'no' (no recorded consent)."
        )
    if ignored:
        parsed.notes.append(f"Columns not used: {', '.join(ignored)}.")
    return parsed


def _flag_duplicates(parsed: ParsedFile, key, what: str, upn: bool = False) -> None:
    """A key twice in one file is ambiguous: both rows are bad, neither is guessed; each
    is reported with every row that shares its key, by line and name."""
    rows: dict[str, list] = {}
    for row in parsed.rows:
        rows.setdefault(key(row), []).append(row)
    dupes = {k for k, v in rows.items() if len(v) > 1}
    if not dupes:
        return
    keep = []
    for row in parsed.rows:
        k = key(row)
        if k in dupes:
            others = "; ".join(f"line {r.line} ({r.forename} {r.surname})"
                               for r in rows[k] if r is not row)  # fmt: skip
            parsed.problems.append(RowProblem(
                row.line,
                f"duplicate {what} {k}, also on {others}: neither row is imported. Keep the "
                "right one in the MIS and export again",
                k if upn else None, f"{row.forename} {row.surname}",
            ))  # fmt: skip
        else:
            keep.append(row)
    parsed.rows = keep
    parsed.problems.sort(key=lambda p: p.line)


@dataclass
class StaffRow:
    line: int
    ref: str
    title: str
    forename: str
    surname: str
    role: str = ""
    consent_photo: bool | None = None
    consent_biometric: bool | None = None

    def fields(self) -> dict:
        out = {
            "title": self.title,
            "forename": self.forename,
            "surname": self.surname,
            "role": self.role,
        }
        if self.consent_photo is not None:
            out["consent_photo"] = self.consent_photo
        if self.consent_biometric is not None:
            out["consent_biometric"] = self.consent_biometric
        return out


def staff_ref(staff_id: str, forename: str, surname: str) -> str:
    return staff_id.strip() or f"{forename} {surname}".casefold()


def parse_staff(data: bytes) -> ParsedFile:
    columns, ignored, rows = read_rows(decode(data), STAFF_COLUMNS, ("forename", "surname"))
    parsed = ParsedFile([], [], columns, ignored)
    for line, values, error in rows:
        if error:
            parsed.problems.append(RowProblem(line, error))
            continue
        try:
            forename = _name(values, "forename", "forename")
            surname = _name(values, "surname", "surname")
            row = StaffRow(
                line=line,
                ref=staff_ref(values.get("staff_id", ""), forename, surname),
                title=values.get("title", "").strip()[:20],
                forename=forename,
                surname=surname,
                role=values.get("role", "").strip()[:100],
            )
            if "consent_photo" in values:
                row.consent_photo = parse_yes_no(values["consent_photo"], "consent_photo")
            if "biometric_consent" in values:
                row.consent_biometric = parse_yes_no(
                    values["biometric_consent"], "biometric_consent"
                )
        except ValueError as exc:
            parsed.problems.append(RowProblem(line, str(exc), None, _row_name(values)))
            continue
        parsed.rows.append(row)
    _flag_duplicates(parsed, key=lambda r: r.ref, what="staff member")
    if "consent_photo" not in columns:
        parsed.notes.append(
            "No consent_photo column: existing staff keep what the register holds; "
            "new staff get 'no'."
        )
    if ignored:
        parsed.notes.append(f"Columns not used: {', '.join(ignored)}.")
    return parsed
