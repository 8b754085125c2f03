"""The `clearpost` command line, run as the admin would (click's CliRunner)."""

import json

import click
import pytest
from click.testing import CliRunner

from clearpost.cli import main

from conftest import PUPILS_CSV, face, upn


@pytest.fixture
def run(home):
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)

    return invoke


def all_commands(group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


@pytest.mark.parametrize("path, command", list(all_commands(main)), ids=lambda v: str(v))
def test_every_command_has_help(run, path, command):
    assert command.help, f"clearpost {' '.join(path)} has no help text"
    result = run(*path, "--help")
    assert result.exit_code == 0 and "Usage:" in result.output


def test_import_list_set_consent_forget(run, tmp_path):
    csv = tmp_path / "pupils.csv"
    csv.write_text(PUPILS_CSV)
    result = run("register", "import", csv)
    assert result.exit_code == 0, result.output
    assert "3 pupils added" in result.output

    listed = json.loads(run("register", "list", "--json").output)
    assert [p["upn"] for p in listed] == [upn(1), upn(2), upn(3)]
    assert listed[0]["consent"]["press"] is False and listed[0]["templates"] == 0

    table = run("register", "list").output
    assert "Olivia Barker" in table and "Reception" in table

    result = run("register", "set-consent", upn(1), "press", "yes")
    assert result.exit_code == 0 and "press consent is now yes" in result.output
    assert json.loads(run("register", "list", "--json").output)[0]["consent"]["press"] is True

    result = run("register", "set-consent", upn(1), "tv", "yes")
    assert result.exit_code == 2 and "social_media" in result.output  # names valid choices

    result = run("register", "forget", upn(2), input="n\n")
    assert result.exit_code == 1 and len(json.loads(run("register", "list", "--json").output)) == 3
    result = run("register", "forget", upn(2), "--yes")
    assert result.exit_code == 0 and "Erasure reference E-" in result.output
    assert len(json.loads(run("register", "list", "--json").output)) == 2

    audit = [json.loads(line) for line in run("audit", "--json").output.splitlines()]
    assert audit[0]["action"] == "pupil.erased" and audit[0]["actor"].startswith("cli")
    assert any(e["action"] == "consent.changed" and e["subject"] == upn(1) for e in audit)


def test_bad_csv_row_fails_with_the_line_and_imports_nothing(run, tmp_path):
    csv = tmp_path / "pupils.csv"
    csv.write_text(PUPILS_CSV + "A123,Ann,Lee,,3,Elm,yes,yes,yes,yes,no\n")
    result = run("register", "import", csv)
    assert result.exit_code == 1
    assert "line 5 (Ann Lee, UPN A123): malformed UPN" in result.output
    assert "nothing was imported" in result.output
    assert run("register", "list").output.startswith("No pupils")

    result = run("register", "import", csv, "--skip-bad-rows")
    assert result.exit_code == 0 and "3 pupils added" in result.output
    assert "line 5" in result.output


def test_reimport_lists_leavers_and_removes_them_when_asked(run, tmp_path):
    csv = tmp_path / "pupils.csv"
    csv.write_text(PUPILS_CSV)
    run("register", "import", csv)
    csv.write_text("\n".join(PUPILS_CSV.splitlines()[:3]) + "\n")
    result = run("register", "import", csv, "--dry-run")
    assert "1 pupils not in this file (leavers)" in result.output and upn(3) in result.output
    result = run("register", "import", csv, "--remove-leavers")
    assert "erased a leaver" in result.output
    assert upn(3) not in run("register", "list").output


def test_enrol_reports_each_photo(run, tmp_path):
    csv = tmp_path / "pupils.csv"
    csv.write_text(PUPILS_CSV)
    run("register", "import", csv)
    result = run("register", "enrol", upn(1), face("fr/examples/obama.jpg"),
                 face("fr/examples/two_people.jpg"))  # fmt: skip
    assert result.exit_code == 0
    assert "obama.jpg: enrolled" in result.output and "2 faces found" in result.output
    result = run("register", "enrol", upn(3), face("fr/examples/obama.jpg"))
    assert result.exit_code == 1 and "no biometric consent" in result.output
    result = run("register", "enrol", "Z000000000000", face("fr/examples/obama.jpg"))
    assert result.exit_code == 1 and "No pupil with UPN" in result.output


def test_enrol_folder_goes_on_past_refusals(run, tmp_path):
    csv = tmp_path / "pupils.csv"
    csv.write_text(PUPILS_CSV)
    run("register", "import", csv)
    photos = tmp_path / "photos"
    (photos / upn(1)).mkdir(parents=True)
    (photos / upn(1) / "1.jpg").write_bytes(face("fr/examples/obama.jpg").read_bytes())
    (photos / f"{upn(2)}.jpg").write_bytes(face("fr/examples/biden.jpg").read_bytes())
    (photos / f"{upn(3)}.jpg").write_bytes(face("fr/examples/biden.jpg").read_bytes())
    result = run("register", "enrol-folder", photos)
    assert result.exit_code == 1, result.output  # one was refused: the exit code says so
    assert "2 photo(s) enrolled, 1 refused" in result.output
    listed = {
        p["upn"]: p["templates"] for p in json.loads(run("register", "list", "--json").output)
    }
    assert listed == {upn(1): 1, upn(2): 1, upn(3): 0}


def test_staff_import_and_list(run, tmp_path):
    csv = tmp_path / "staff.csv"
    csv.write_text("title,forename,surname,role,consent_photo\nMrs,Sarah,Hughes,Head,yes\n")
    assert "1 staff added" in run("register", "import-staff", csv).output
    assert "Mrs Hughes" in run("register", "staff").output


def test_token_prints_and_rotates(run):
    first = run("token").output.strip()
    assert first == run("token").output.strip() and len(first) >= 40
    rotated = run("token", "--rotate").output.strip().splitlines()[0]
    assert rotated != first and run("token").output.strip() == rotated


def test_admin_password_from_stdin(run):
    assert run("admin", "set-password", "--password-stdin", input="short\n").exit_code == 1
    result = run("admin", "set-password", "--password-stdin", input="correct horse battery\n")
    assert result.exit_code == 0
    assert run("audit", "--action", "admin.password_set").output.count("admin.password_set") == 1


def test_info_says_where_the_data_lives(run, home):
    result = run("info")
    assert str(home) in result.output and "0 pupils" in result.output


def test_check_prints_findings_and_exits_by_verdict(run, tmp_path):
    csv = tmp_path / "pupils.csv"
    csv.write_text(PUPILS_CSV)
    run("register", "import", csv)
    result = run("check", "--text", "Well done Olivia Barker!")
    assert result.exit_code == 20
    assert "BLOCK" in result.output and "full name of Olivia B. (Year 4)" in result.output
    assert "001 App.1 (d)" in result.output and "Well done Olivia!" in result.output
    assert run("check", "--text", "Lovely sports day!").exit_code == 0
    result = run("check", "--text", "Thank you to Karen Whitfield for the cakes")
    assert result.exit_code == 10 and "WARN" in result.output
    post = tmp_path / "post.txt"
    post.write_text("Well done Amira!")
    result = run("check", "--text-file", post, "--account", "personal", "--json")
    assert result.exit_code == 10
    assert json.loads(result.output)["findings"][0]["rule"] == "text.pupil_forename"
    assert run("check", "--text", "x", "--text-file", post).exit_code == 2
    result = run("check", "--text", "")
    assert result.exit_code == 1 and "Nothing to check" in result.output
    result = run("check", "--text", "hi", face("dlib/training.xml"))
    assert result.exit_code == 1 and "not an image" in result.output


def test_school_logo_and_uniform_from_the_command_line(run, tmp_path):
    import numpy as np
    from PIL import Image, ImageDraw

    badge = Image.new("RGB", (300, 360), "white")
    draw = ImageDraw.Draw(badge)
    draw.polygon([(20, 20), (280, 20), (280, 220), (150, 340), (20, 220)], fill=(20, 60, 140))
    draw.ellipse((90, 60, 210, 180), fill=(240, 200, 40))
    draw.rectangle((60, 230, 240, 250), fill=(240, 200, 40))
    badge.save(tmp_path / "badge.png")
    rng = np.random.default_rng(0)
    knit = np.full((400, 400, 3), 255, np.uint8)
    knit[60:340, 50:350] = np.clip(np.array((20, 90, 50)) + rng.normal(0, 12, (280, 300, 3)),
                                   0, 255).astype(np.uint8)  # fmt: skip
    Image.fromarray(knit).save(tmp_path / "jumper.jpg")
    Image.new("RGB", (50, 50), "white").save(tmp_path / "blank.png")

    assert "Added logo 1" in run("school", "logo", "add", tmp_path / "badge.png").output
    result = run("school", "logo", "add", tmp_path / "blank.png")
    assert result.exit_code == 1 and "too little detail" in result.output
    result = run("school", "uniform", "add", tmp_path / "jumper.jpg", "--name", "jumper")
    assert result.exit_code == 0 and "Added uniform" in result.output
    assert "badge.png" in run("school", "logo", "list").output
    assert json.loads(run("school", "uniform", "list", "--json").output)[0]["name"] == "jumper"
    assert run("school", "logo", "remove", "1").exit_code == 0
    result = run("school", "logo", "remove", "1")
    assert result.exit_code == 1 and "school logo list" in result.output


def test_check_refuses_what_it_cannot_check_never_allows(run, tmp_path):
    """A file or a text the check cannot read is an error (exit 1), never an allow."""
    csv = tmp_path / "pupils.csv"
    csv.write_text(PUPILS_CSV)
    run("register", "import", csv)
    clip = tmp_path / "IMG_0001.MOV"
    clip.write_bytes(b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  " + b"\x00" * 64)
    result = run("check", "--text", "Sports day", clip)
    assert result.exit_code == 1 and "truncated or corrupt" in result.output
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    result = run("check", "--text", "Sports day", empty)
    assert result.exit_code == 1 and "is empty (0 bytes)" in result.output
    result = run("check", "--text", "Sports day", *[empty] * 11)
    assert result.exit_code == 1 and "at most 10" in result.output
    # A lone surrogate (what Python makes of bytes that are not UTF-8 on the command line).
    result = run("check", "--text", "Well done Ivy Marsh \udcff x")
    assert result.exit_code == 1 and "lone surrogate" in result.output
    # A text file that is not UTF-8 is refused, not read with its letters replaced.
    post = tmp_path / "post.txt"
    post.write_bytes("Well done Zoë Barker and Olivia Barker".encode("cp1252"))
    result = run("check", "--text-file", post)
    assert result.exit_code == 1 and "not UTF-8" in result.output
    post.write_bytes("\ufeffWell done Olivia Barker".encode())  # a BOM, as Notepad writes
    assert run("check", "--text-file", post).exit_code == 20
