"""Import edge cases: which rows are bad (line and name), exit codes that say what happened,
and a file whose letters cannot be read refused rather than imported with "?"."""

import html

from click.testing import CliRunner
from test_admin import log_in
from test_admin_uploads import upload

from clearpost.cli import main
from clearpost.register.mis_import import parse_pupils

from conftest import PUPILS_CSV, face, upn

HEADER = "upn,forename,surname,year_group,class,consent_social_media,biometric_consent\n"


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_two_rows_for_one_upn_name_both_rows(sqlite_services, tmp_path):
    text = (HEADER + f"{upn(5)},Ann,Lee,2,Ash,yes,no\n" + f"{upn(6)},Ben,Ode,2,Ash,yes,no\n"
            + f"{upn(5)},Anne,Leigh,2,Ash,no,no\n")  # fmt: skip
    problems = [str(p) for p in parse_pupils(text.encode()).problems]
    assert problems[0].startswith(f"line 2 (Ann Lee, UPN {upn(5)}): duplicate UPN {upn(5)}")
    assert "also on line 4 (Anne Leigh)" in problems[0]
    assert problems[1].startswith(f"line 4 (Anne Leigh, UPN {upn(5)})")
    assert "also on line 2 (Ann Lee)" in problems[1]
    path = tmp_path / "dupes.csv"
    path.write_text(text)
    result = cli("register", "import", path)
    assert result.exit_code == 1
    assert "line 2 (Ann Lee" in result.output and "line 4 (Anne Leigh" in result.output


def test_a_bad_row_is_named_by_line_and_name_not_by_upn_alone(sqlite_services, tmp_path):
    text = HEADER + f"{upn(5)},Ann,Lee,2,Ash,maybe,no\nX12345,Ben,Ode,2,Ash,yes,no\n"
    problems = [str(p) for p in parse_pupils(text.encode()).problems]
    assert problems[0].startswith(f"line 2 (Ann Lee, UPN {upn(5)}): unknown consent value")
    assert problems[1].startswith("line 3 (Ben Ode, UPN X12345): malformed UPN")


def test_the_dry_run_exits_as_the_import_would(sqlite_services, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(PUPILS_CSV + "X123,Bad,Row,4,Oak,yes,no,no,no,no\n")
    real = cli("register", "import", path)
    dry = cli("register", "import", path, "--dry-run")
    assert real.exit_code == dry.exit_code == 1, dry.output
    assert "would be refused" in dry.output and "line 5 (Bad Row" in dry.output
    assert sqlite_services.register.pupils() == []
    assert cli("register", "import", path, "--dry-run", "--skip-bad-rows").exit_code == 0
    staff = tmp_path / "staff.csv"
    staff.write_text("title,forename,surname,role\nMrs,,Smith,Head\n")
    assert cli("register", "import-staff", staff, "--dry-run").exit_code == 1


def test_enrol_folder_exits_1_when_a_photo_was_refused(sqlite_services, pupils_csv, tmp_path):
    assert cli("register", "import", pupils_csv).exit_code == 0
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / f"{upn(1)}.jpg").write_bytes(face("fr/examples/obama.jpg").read_bytes())
    assert cli("register", "enrol-folder", folder).exit_code == 0
    # Amira (upn 3) has no biometric consent: refused, and the exit code says so.
    (folder / f"{upn(3)}.jpg").write_bytes(face("fr/examples/biden.jpg").read_bytes())
    result = cli("register", "enrol-folder", folder)
    assert result.exit_code == 1 and "1 refused" in result.output
    helped = " ".join(cli("register", "enrol-folder", "--help").output.split())
    assert "1 when any photo was refused" in helped


def test_windows_1252_letters_are_read_and_undecodable_bytes_refused(sqlite_services, tmp_path):
    good = (HEADER + f"{upn(5)},Zoë,Brontë,2,Ash,yes,no\n").encode("cp1252")
    assert parse_pupils(good).rows[0].forename == "Zoë"
    # 0x81 is no letter in Windows-1252 (nor valid UTF-8): never a silent "?".
    bad = HEADER.encode() + f"{upn(5)},Ann,Lee,2,Ash,yes,no\n".encode() + (
        f"{upn(6)},Zo\x81e,Barker,2,Ash,yes,no\n".encode("latin-1"))  # fmt: skip
    path = tmp_path / "bad.csv"
    path.write_bytes(bad)
    for args in (("register", "import", path), ("register", "import", path, "--dry-run")):
        result = cli(*args)
        assert result.exit_code == 1
        assert "line 3, column 'forename' (byte 0x81)" in result.output
        assert "CSV UTF-8" in result.output
    assert sqlite_services.register.pupils() == []


def test_a_question_mark_where_excel_lost_a_letter_is_a_bad_row(sqlite_services):
    text = HEADER + f"{upn(5)},?ukasz,Nowak,2,Ash,yes,no\n"
    problems = [str(p) for p in parse_pupils(text.encode("cp1252")).problems]
    assert problems and problems[0].startswith(f"line 2 (?ukasz Nowak, UPN {upn(5)})")
    assert "letter was lost" in problems[0]


def test_the_admin_page_names_the_bad_rows_and_the_undecodable_byte(client, sqlite_services):
    sqlite_services.register.set_admin_password("admin", "correct horse battery", "t")
    assert log_in(client).status_code == 302
    text = HEADER + f"{upn(5)},Ann,Lee,2,Ash,yes,no\n{upn(5)},Anne,Leigh,2,Ash,no,no\n"
    page = html.unescape(upload(client, "/admin/import", text.encode(), full=True).get_data(
        as_text=True))  # fmt: skip
    assert f"<td>Ann Lee, UPN {upn(5)}</td>" in page and "also on line 3 (Anne Leigh)" in page
    bad = HEADER.encode() + f"{upn(6)},Zo\x81e,Barker,2,Ash,yes,no\n".encode("latin-1")
    refused = upload(client, "/admin/import", bad, full=True)
    assert refused.status_code == 400
    assert "line 2, column 'forename'" in html.unescape(refused.get_data(as_text=True))


def test_a_nul_byte_deep_in_the_file_is_refused_with_its_line():
    """Found by the hypothesis tests: a NUL after the first 4 KB went into a name."""
    import pytest

    from clearpost.errors import ClearpostError

    rows = [f"{upn(i)},Pupil{i},Surname{i},3,Elm,yes,yes\n" for i in range(200)]
    rows[150] = rows[150].replace("Pupil150", "Pu\x00pil150")
    data = (HEADER + "".join(rows)).encode()
    assert data.index(b"\x00") > 4096
    with pytest.raises(ClearpostError, match="Line 152"):
        parse_pupils(data)
