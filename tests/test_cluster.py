"""`clearpost batch|find --scheduler`: the same per-photo work on a Dask cluster (a real
LocalCluster of two worker processes, each loading the models once) gives the same report
as the local run."""

import io
import json

import pytest
from click.testing import CliRunner

from clearpost.cli import main
from clearpost.detect.images import load_image
from clearpost.register.enrol import enrol_photos
from clearpost.register.mis_import import parse_pupils

from conftest import PUPILS_CSV, face, upn


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as running:  # fmt: skip
        yield running.scheduler_address


@pytest.fixture
def archive(sqlite_services, tmp_path):
    """Olivia enrolled; an archive with two photos of her (one in a subfolder), a
    stranger, a text file and a broken photo."""
    svc = sqlite_services
    svc.register.apply_import(parse_pupils(PUPILS_CSV.encode()), "t")
    path = face("fr/examples/obama.jpg")
    enrol_photos(svc.register, svc.faces, upn(1), [(path.name, path.read_bytes())], "t")
    folder = tmp_path / "archive"
    (folder / "day1").mkdir(parents=True)
    for name, where in (("obama2.jpg", "day1/obama2.jpg"), ("biden.jpg", "biden.jpg"),
                        ("obama.jpg", "assembly.jpg")):  # fmt: skip
        buf = io.BytesIO()
        load_image(face(f"fr/examples/{name}").read_bytes()).save(buf, "JPEG")
        (folder / where).write_bytes(buf.getvalue())
    (folder / "notes.txt").write_text("not a photo")
    (folder / "broken.jpg").write_bytes(b"\xff\xd8 not really")
    return svc, folder


def run(args: list[str]) -> dict:
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code in (0, 20), result.output
    return result


def test_a_batch_on_the_cluster_gives_the_local_report(archive, cluster, tmp_path):
    _, folder = archive
    here, there = tmp_path / "here.json", tmp_path / "there.json"
    run(["batch", str(folder), "--json", str(here)])
    run(["batch", str(folder), "--json", str(there), "--scheduler", cluster])
    local, remote = json.loads(here.read_text()), json.loads(there.read_text())
    rows = local["photos"]
    assert [r["path"] for r in rows] == ["assembly.jpg", "biden.jpg", "broken.jpg",
                                         "day1/obama2.jpg"]  # fmt: skip
    assert remote == local  # every row: verdicts, findings, boxes, reasons
    assert any(f["rule"].startswith("face.") for r in rows for f in r["findings"])


def test_find_on_the_cluster_gives_the_local_list(archive, cluster, tmp_path):
    svc, folder = archive
    here, there = tmp_path / "here.json", tmp_path / "there.json"
    run(["find", upn(1), str(folder), "--json", str(here)])
    run(["find", upn(1), str(folder), "--json", str(there), "--scheduler", cluster])
    local, remote = json.loads(here.read_text()), json.loads(there.read_text())
    assert remote == local
    found = [r["path"] for r in local["photos"] if r["verdict"] == "match"]
    assert sorted(found) == ["assembly.jpg", "day1/obama2.jpg"]


def test_a_scheduler_that_does_not_answer_is_one_clear_line(archive, tmp_path):
    _, folder = archive
    result = CliRunner().invoke(main, ["batch", str(folder), "--scheduler",
                                       "tcp://127.0.0.1:9"])  # fmt: skip
    assert result.exit_code == 1
    assert "No Dask scheduler answers at tcp://127.0.0.1:9" in result.output
    assert "leave out --scheduler" in result.output and "Traceback" not in result.output
