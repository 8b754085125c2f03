"""What a parsed MIS export holds: its pupil and staff rows, its bad rows (line, reason,
who) and the checks every row's names pass. A row that fails is reported, never guessed."""

import re
from dataclasses import dataclass, field
from datetime import date

from .csv_columns import fold

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


def row_name(values: dict) -> str:
    """The name a row gives, however incomplete, for telling the admin which row."""
    words = (values.get(k, "") for k in ("forename", "surname"))
    return re.sub(r"\s+", " ", " ".join(words)).strip()[: 2 * MAX_NAME]


def optional_name(values: dict, key: str) -> str:
    value = values.get(key, "")[:MAX_NAME]
    return required_name({key: value}, key, key.replace("_", " ")) if value.strip() else value


def required_name(values: dict, key: str, label: str) -> str:
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


def flag_duplicates(parsed: ParsedFile, key, what: str, upn: bool = False) -> None:
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
