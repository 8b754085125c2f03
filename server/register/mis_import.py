"""Parsing the pupil and staff lists a school exports from its MIS.

Parsing only checks the file; `store.Register.plan_import` compares it with the
register and `apply_import` writes it, all or nothing unless bad rows are skipped.
The columns it knows are mis_columns.py's; the rows and problems it returns, mis_rows.py's.
"""

from ..detect.text import upn as upn_rules
from .csv_columns import decode, parse_date, parse_yes_no, read_rows
from .mis_columns import CONSENT_COLUMNS, PUPIL_COLUMNS, STAFF_COLUMNS
from .mis_rows import (
    ParsedFile,
    PupilRow,
    RowProblem,
    StaffRow,
    flag_duplicates,
    optional_name,
    required_name,
    row_name,
    staff_ref,
    year_group,
)


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
                forename=required_name(values, "forename", "forename"),
                surname=required_name(values, "surname", "surname"),
                preferred_forename=optional_name(values, "preferred_forename"),
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
            parsed.problems.append(RowProblem(line, str(exc), upn or None, row_name(values)))
            continue
        parsed.rows.append(row)

    flag_duplicates(parsed, key=lambda r: r.upn, what="UPN", upn=True)
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


def parse_staff(data: bytes) -> ParsedFile:
    columns, ignored, rows = read_rows(decode(data), STAFF_COLUMNS, ("forename", "surname"))
    parsed = ParsedFile([], [], columns, ignored)
    for line, values, error in rows:
        if error:
            parsed.problems.append(RowProblem(line, error))
            continue
        try:
            forename = required_name(values, "forename", "forename")
            surname = required_name(values, "surname", "surname")
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
            parsed.problems.append(RowProblem(line, str(exc), None, row_name(values)))
            continue
        parsed.rows.append(row)
    flag_duplicates(parsed, key=lambda r: r.ref, what="staff member")
    if "consent_photo" not in columns:
        parsed.notes.append(
            "No consent_photo column: existing staff keep what the register holds; "
            "new staff get 'no'."
        )
    if ignored:
        parsed.notes.append(f"Columns not used: {', '.join(ignored)}.")
    return parsed
