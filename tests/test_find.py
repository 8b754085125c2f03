"""`clearpost find UPN FOLDER`: every photo of one pupil, from their templates only.

Olivia (upn 1) is enrolled with obama.jpg; the folder holds two other photos of the
same man, one of Biden alone and the two of them together. Amira (upn 3) gave no
biometric consent: she cannot be searched for, and the tool says so.
"""

import io
import json
import os

import pytest
from click.testing import CliRunner
from test_batch import Report, school  # noqa: F401 - the same enrolled school

from clearpost.cli import main
from clearpost.detect.images import load_image

from conftest import face, upn


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "photos"
    (root / "sports day").mkdir(parents=True)
    for relative, name in (
        ("fr/examples/obama2.jpg", "obama2.jpg"),
        ("fr/examples/obama-480p.jpg", "sports day/obama-480p.jpg"),
        ("fr/examples/biden.jpg", "biden.jpg"),
        ("fr/examples/two_people.jpg", "two_people.jpg"),
    ):
        buf = io.BytesIO()
        load_image(face(relative).read_bytes()).save(buf, format="JPEG")
        (root / name).write_bytes(buf.getvalue())
    (root / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n broken")
    return root


def find(*args):
    return CliRunner().invoke(main, ["find", *map(str, args)])


def test_find_lists_the_pupils_photos_and_not_others(school, folder, tmp_path, home):  # noqa: F811
    result = find(upn(1), folder, "--json", tmp_path / "found.json")
    assert result.exit_code == 20, result.output
    body = json.loads((tmp_path / "found.json").read_text())
    listed = {r["path"]: r for r in body["photos"]}
    assert set(listed) == {"obama2.jpg", "sports day/obama-480p.jpg", "two_people.jpg",
                           "broken.png"}  # fmt: skip
    assert "biden.jpg" not in result.output
    assert listed["broken.png"]["verdict"] == "error"
    for path in ("obama2.jpg", "sports day/obama-480p.jpg", "two_people.jpg"):
        assert listed[path]["verdict"] == "match"
        [finding] = listed[path]["findings"]  # in the pair, only his face is boxed
        assert finding["words"].startswith("Olivia B. (Year 4): match (distance 0.")
    # Nearest first.
    assert body["photos"][0]["path"] == "sports day/obama-480p.jpg"
    assert "Olivia B. (Year 4): 3 match(es), 0 possible, in 5 photo(s)" in result.output

    [report] = (home / "reports").glob("find-*.html")
    assert os.stat(report).st_mode & 0o777 == 0o600
    page = Report(report.read_text(encoding="utf-8"))
    assert "children's faces" in page.warning
    assert page.counts == {"match": 3, "possible": 0, "error": 1, "skipped": 0}
    assert len(page.photos) == 4

    [entry] = school.register.audit(action="find")
    assert entry.subject == upn(1) and entry.detail["match"] == 3
    assert "obama" not in json.dumps(entry.detail)


def test_a_pupil_without_templates_cannot_be_searched_for(school, folder):  # noqa: F811
    result = find(upn(3), folder)
    assert result.exit_code == 1
    assert "Amira K. (Reception) cannot be searched for by face" in result.output
    assert "no biometric consent" in result.output


def test_an_unknown_upn_is_an_error(school, folder):  # noqa: F811
    result = find(upn(99), folder)
    assert result.exit_code == 1 and "No pupil with UPN" in result.output
