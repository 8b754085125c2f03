"""Importing pupils from a MIS export: good files, each kind of bad row, MIS headers, re-import."""

import pytest

from clearpost.detect.text.upn import problem
from clearpost.errors import ClearpostError, ImportRefused
from clearpost.register.mis_import import parse_pupils, parse_staff, year_group

from conftest import PUPILS_CSV, upn

HEADER = (
    "upn,forename,surname,preferred_forename,year_group,class,consent_social_media,"
    "consent_website,consent_press,consent_name_with_photo,biometric_consent\n"
)


def test_good_file_imports_every_pupil(services):
    plan = services.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "test")
    assert len(plan.added) == 3 and not plan.updated and not plan.problems
    olivia = services.register.pupil(upn(1))
    assert (olivia.forename, olivia.surname, olivia.year_group, olivia.class_name) == (
        "Olivia", "Barker", "Year 4", "Oak",
    )  # fmt: skip
    assert olivia.consents == {
        "social_media": True, "website": True, "press": False,
        "name_with_photo": False, "biometric": True,
    }  # fmt: skip
    assert olivia.display == "Olivia B. (Year 4)"
    tom = services.register.pupil(upn(2))
    assert tom.preferred_forename == "Tom" and tom.display == "Tom H. (Year 4)"
    assert services.register.pupil(upn(3)).year_group == "Reception"


@pytest.mark.parametrize(
    "row, reason",
    [
        (",Ann,Lee,,3,Elm,yes,yes,yes,yes,no", "missing UPN"),
        ("X12345,Ann,Lee,,3,Elm,yes,yes,yes,yes,no", "malformed UPN"),
        ("8012000150011,Ann,Lee,,3,Elm,yes,yes,yes,yes,no", "malformed UPN"),
        ("A801200015001,Ann,Lee,,3,Elm,yes,yes,yes,yes,no", "wrong check letter (expected L)"),
        (f"{upn(9)},Ann,Lee,,3,Elm,maybe,yes,yes,yes,no", "unknown consent value 'maybe'"),
        (f"{upn(9)},,Lee,,3,Elm,yes,yes,yes,yes,no", "missing forename"),
        (f"{upn(9)},Ann,,,3,Elm,yes,yes,yes,yes,no", "missing surname"),
    ],
)
def test_each_kind_of_bad_row_is_reported_by_line_and_nothing_is_imported(services, row, reason):
    text = HEADER + f"{upn(5)},Good,Pupil,,2,Ash,yes,yes,yes,yes,no\n" + row + "\n"
    parsed = parse_pupils(text.encode())
    assert [(p.line, reason in p.reason) for p in parsed.problems] == [(3, True)]
    with pytest.raises(ImportRefused) as refused:
        services.register.apply_import(parsed, "test")
    assert "line 3" in str(refused.value) and "--skip-bad-rows" in str(refused.value)
    assert services.register.pupils() == []  # all or nothing


def test_duplicate_upn_in_the_file_flags_both_rows(services):
    text = (
        HEADER
        + f"{upn(5)},Ann,Lee,,2,Ash,yes,yes,yes,yes,no\n"
        + f"{upn(6)},Ben,Ode,,2,Ash,yes,yes,yes,yes,no\n"
        + f"{upn(5)},Anne,Leigh,,2,Ash,no,no,no,no,no\n"
    )
    parsed = parse_pupils(text.encode())
    assert [(p.line, "duplicate UPN" in p.reason) for p in parsed.problems] == [
        (2, True), (4, True),
    ]  # fmt: skip
    plan = services.register.apply_import(parsed, "test", skip_bad_rows=True)
    assert [r.upn for r in plan.added] == [upn(6)]
    assert [p.upn for p in services.register.pupils()] == [upn(6)]


def test_skip_bad_rows_imports_the_rest_and_reports_the_bad(services):
    text = PUPILS_CSV + "BAD,Ann,Lee,,3,Elm,yes,yes,yes,yes,no\n"
    plan = services.register.apply_import(parse_pupils(text.encode()), "test", skip_bad_rows=True)
    assert len(plan.added) == 3 and [p.line for p in plan.problems] == [5]
    entry = services.register.audit(action="register.import")[0]
    assert entry.detail["skipped_rows"] == [5]


def test_mis_header_spellings_are_understood_case_insensitively(services):
    text = (
        "UPN,Legal Forename,Legal Surname,Preferred Forename,Year,Reg Group,"
        "Social Media Consent,WEBSITE CONSENT,press consent,Name With Photo,Biometric Consent,"
        "Date of Birth\n"
        f"{upn(7)},Olivia,Barker,Liv,Y4,4B,Yes,No,No,No,Yes,2017-05-03\n"
    )
    parsed = parse_pupils(text.encode())
    assert not parsed.problems
    assert "Date of Birth" in parsed.ignored_columns  # never stored
    services.register.apply_import(parsed, "test")
    pupil = services.register.pupil(upn(7))
    assert (pupil.preferred_forename, pupil.year_group, pupil.class_name) == ("Liv", "Year 4", "4B")
    assert pupil.consents["social_media"] and not pupil.consents["website"]


def test_windows_1252_export_with_semicolons_is_read(services):
    text = "UPN;Forename;Surname;Social Media\n" + f"{upn(8)};Zoë;Ó Briain;yes\n"
    parsed = parse_pupils(text.encode("cp1252"))
    assert not parsed.problems
    services.register.apply_import(parsed, "test")
    assert services.register.pupil(upn(8)).forename == "Zoë"


def test_reimport_updates_by_upn_never_duplicates_and_lists_leavers(services):
    services.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "test")
    lines = PUPILS_CSV.splitlines()
    # Olivia's press consent now yes; Amira left; a new pupil joined.
    lines[1] = lines[1].replace("yes,yes,no,no,yes", "yes,yes,yes,no,yes")
    del lines[3]
    lines.append(f"{upn(4)},Noah,Smith,,1,Elm,yes,yes,yes,yes,yes")
    parsed = parse_pupils(("\n".join(lines) + "\n").encode())
    plan = services.register.plan_import(parsed)
    assert [r.upn for r in plan.added] == [upn(4)]
    assert [(r.upn, list(ch)) for r, ch in plan.updated] == [(upn(1), ["consent_press"])]
    assert plan.unchanged == 1
    assert [v.upn for v in plan.leavers] == [upn(3)]
    assert len(services.register.pupils()) == 3  # planning wrote nothing

    services.register.apply_import(parsed, "test")
    assert len(services.register.pupils()) == 4  # the leaver stays until asked
    assert services.register.pupil(upn(1)).consents["press"]
    changed = services.register.audit(action="pupil.updated")[0]
    assert changed.subject == upn(1) and changed.detail["changed"]["consent_press"] == ["no", "yes"]

    plan = services.register.apply_import(parsed, "test", remove_leavers=True)
    assert len(plan.removed) == 1
    assert {p.upn for p in services.register.pupils()} == {upn(1), upn(2), upn(4)}


def test_partial_file_has_no_leavers_and_keeps_columns_it_lacks(services):
    services.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "test")
    partial = f"upn,forename,surname,consent_press\n{upn(2)},Thomas,Hughes,yes\n"
    parsed = parse_pupils(partial.encode())
    assert any("existing pupils keep" in n for n in parsed.notes)
    plan = services.register.apply_import(parsed, "test", full=False)
    assert plan.leavers == []
    tom = services.register.pupil(upn(2))
    assert tom.consents["press"] and tom.consents["biometric"]  # biometric kept
    with pytest.raises(ClearpostError, match="full list"):
        services.register.apply_import(parsed, "test", full=False, remove_leavers=True)


def test_optional_consent_date_and_pupil_objection(services):
    text = (
        "upn,forename,surname,biometric_consent,consent_date,pupil_objects_biometric\n"
        f"{upn(10)},Ann,Lee,yes,03/09/2025,yes\n"
        f"{upn(11)},Bo,Ray,yes,2025-09-04,no\n"
        f"{upn(12)},Cy,Ng,yes,someday,no\n"
    )
    parsed = parse_pupils(text.encode())
    assert [(p.line, "unreadable date" in p.reason) for p in parsed.problems] == [(4, True)]
    services.register.apply_import(parsed, "test", skip_bad_rows=True)
    ann = services.register.pupil(upn(10))
    assert ann.consent_date.isoformat() == "2025-09-03" and ann.pupil_objects_biometric
    assert not ann.may_hold_templates


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (b"name,age\nAnn,7\n", "no column for upn"),
    ],
)
def test_files_that_are_not_pupil_lists_are_refused_with_a_reason(data, message):
    with pytest.raises(ClearpostError, match=message):
        parse_pupils(data)


def test_upn_check_letter_matches_the_dfe_rule():
    assert problem("B801200005001") is None  # the DfE's worked example
    assert "expected B" in problem("A801200005001")
    assert problem("P20700001604A") is None or "check letter" in problem("P20700001604A")


@pytest.mark.parametrize(
    "raw, expected",
    [("4", "Year 4"), ("Y4", "Year 4"), ("Yr 6", "Year 6"), ("Year 1", "Year 1"),
     ("R", "Reception"), ("Rec", "Reception"), ("N1", "Nursery"), ("", "")],
)  # fmt: skip
def test_year_groups_are_normalised(raw, expected):
    assert year_group(raw) == expected


def test_staff_import_updates_by_name_or_staff_id(services):
    text = (
        "Title,First Name,Last Name,Job Title,Photo Consent\n"
        "Mrs,Sarah,Hughes,Headteacher,yes\n"
        "Mr,David,Okafor,Year 4 teacher,no\n"
    )
    plan = services.register.apply_staff_import(parse_staff(text.encode()), "test")
    assert len(plan.added) == 2
    text2 = text.replace("Okafor,Year 4 teacher,no", "Okafor,Deputy head,yes")
    plan = services.register.apply_staff_import(parse_staff(text2.encode()), "test")
    assert len(plan.updated) == 1 and plan.unchanged == 1
    staff = {s.ref: s for s in services.register.staff()}
    assert staff["david okafor"].role == "Deputy head" and staff["david okafor"].consent_photo
    assert staff["sarah hughes"].display == "Mrs Hughes"


def test_staff_bad_rows_are_reported(services):
    text = "title,forename,surname,role,consent_photo\nMrs,,Hughes,Head,yes\nMr,Al,Bo,TA,perhaps\n"
    parsed = parse_staff(text.encode())
    assert [p.line for p in parsed.problems] == [2, 3]
    with pytest.raises(ImportRefused):
        services.register.apply_staff_import(parsed, "test")
    assert services.register.staff() == []
