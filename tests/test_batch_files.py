"""Hostile folders for `clearpost batch` and `clearpost find` (issue 17, item 6), with real
files in tmp_path: a symlink named key.jpg to the data folder's template.key (which
`--sort` copied out), a symlink to /dev/zero (which grew memory past 2.5 GB), a named pipe
fifo.jpg (which hung the run for ever), and folders holding the data folder.
"""

import io
import json
import os
import threading

import pytest
from click.testing import CliRunner
from PIL import Image
from test_batch import school  # noqa: F401 - the same enrolled school

from clearpost.cli import main
from clearpost.detect.images import MAX_BYTES
from clearpost.runs.folders import FileRefused, read_photo

from conftest import upn

RUN_SECONDS = 600  # the models load on the first photo; a hang is far longer


def plain_photo() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (320, 240), (40, 140, 60)).save(buf, "JPEG")
    return buf.getvalue()


@pytest.fixture
def hostile(tmp_path, school):  # noqa: F811
    """photos/ with one real photo, a link to it inside the folder, and the traps."""
    root = tmp_path / "photos"
    root.mkdir()
    (root / "field.jpg").write_bytes(plain_photo())
    os.symlink(root / "field.jpg", root / "same-field.jpg")  # stays inside: read
    key = school.home / "template.key"
    assert key.is_file()
    os.symlink(key, root / "key.jpg")
    os.symlink("/dev/zero", root / "zero.jpg")
    os.mkfifo(root / "fifo.jpg")
    return root, key


def invoke(*args) -> tuple:
    """Run the CLI in a daemon thread, so that a hang fails the test instead of the suite."""
    out = {}

    def target():
        out["result"] = CliRunner().invoke(main, [*map(str, args)])

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(RUN_SECONDS)
    assert not thread.is_alive(), f"clearpost {args[0]} hung (a named pipe read for ever?)"
    result = out["result"]
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def test_batch_reads_only_regular_files_inside_the_folder_and_sort_copies_no_secret(
    hostile, tmp_path
):
    root, key = hostile
    secret = key.read_bytes()
    result = invoke("batch", root, "--sort", tmp_path / "sorted", "--json", tmp_path / "o.json")
    assert result.exit_code == 0, result.output
    rows = {r["path"]: r for r in json.loads((tmp_path / "o.json").read_text())["photos"]}
    assert rows["field.jpg"]["verdict"] == rows["same-field.jpg"]["verdict"] == "allow"
    assert "outside the folder" in rows["key.jpg"]["error"]
    assert "outside the folder" in rows["zero.jpg"]["error"]
    assert "not a regular file" in rows["fifo.jpg"]["error"]
    copied = [p for p in (tmp_path / "sorted").rglob("*") if p.is_file()]
    assert sorted(p.name for p in copied) == ["field.jpg", "same-field.jpg"]
    assert all(secret not in p.read_bytes() for p in copied)
    assert not any(p.is_symlink() for p in (tmp_path / "sorted").rglob("*"))


def test_sort_never_copies_through_a_link_swapped_in_after_the_check(hostile, tmp_path):
    """The copy re-reads the photo the safe way: a link put where a checked photo was is
    refused, not followed (shutil.copy2 followed it to the key)."""
    from clearpost.runs.copies import sort_copies

    root, key = hostile
    (root / "late.jpg").write_bytes(plain_photo())
    rows = [{"path": "late.jpg", "verdict": "allow"}]
    (root / "late.jpg").unlink()
    os.symlink(key, root / "late.jpg")
    home = key.parent
    copied = sort_copies(root, rows, tmp_path / "sorted", home)
    assert not copied and "outside the folder" in rows[0]["sorted_to"]
    assert not (tmp_path / "sorted" / "ok" / "late.jpg").exists()


def test_find_reads_only_regular_files_inside_the_folder(hostile, tmp_path):
    root, _ = hostile
    result = invoke("find", upn(1), root, "--json", tmp_path / "found.json")
    assert result.exit_code == 0, result.output
    rows = {r["path"]: r for r in json.loads((tmp_path / "found.json").read_text())["photos"]}
    assert set(rows) == {"key.jpg", "zero.jpg", "fifo.jpg"}  # listed as unreadable, not read
    assert "outside the folder" in rows["zero.jpg"]["error"]
    assert "not a regular file" in rows["fifo.jpg"]["error"]


def test_a_device_is_never_read_past_the_limit(tmp_path):
    """/dev/zero says its size is 0 and never ends: at most the limit + 1 byte is read."""
    os.symlink("/dev/zero", tmp_path / "zero.jpg")
    with pytest.raises(FileRefused, match="outside the folder"):
        read_photo(tmp_path / "zero.jpg", tmp_path, tmp_path / "data", MAX_BYTES)
    # Even checked from / (so the link is inside the folder): not a regular file, not read.
    with pytest.raises(FileRefused, match="not a regular file"):
        read_photo(tmp_path / "zero.jpg", "/", tmp_path / "data", MAX_BYTES)


def test_a_file_is_read_up_to_the_limit_and_refused_past_it(tmp_path):
    path = tmp_path / "big.jpg"
    path.write_bytes(b"\xff\xd8" + b"\x00" * 98)
    data, st = read_photo(path, tmp_path, tmp_path / "data", 100)
    assert len(data) == 100 and st.st_size == 100
    with pytest.raises(FileRefused, match="the limit is"):
        read_photo(path, tmp_path, tmp_path / "data", 99)


def test_the_data_folder_is_never_checked_or_listed(school, tmp_path):  # noqa: F811
    home = school.home
    result = invoke("batch", home)
    assert result.exit_code == 1 and "data folder" in result.output
    (home / "reports").mkdir(exist_ok=True)
    result = invoke("find", upn(1), home / "reports")
    assert result.exit_code == 1 and "data folder" in result.output
    result = invoke("batch", "/")
    assert result.exit_code == 1 and "whole disk" in result.output
    # A folder that holds the data folder: checked, but the data folder is not entered.
    (tmp_path / "field.jpg").write_bytes(plain_photo())
    result = invoke("batch", tmp_path, "--json", tmp_path / "o.json")
    body = json.loads((tmp_path / "o.json").read_text())
    listed = [r["path"] for r in body["photos"]] + [s["path"] for s in body["skipped"]]
    assert "field.jpg" in listed and not any(p.startswith("data/") for p in listed), listed
