"""Text checks batched and in worker processes (server/serving/text_workers.py) find exactly what
one check at a time in the service's own process finds.

Every third labelled post of tests/data and of each set is checked one at a time
(TextDetector.find, the path before batching) and in batches of 16 through spaCy's nlp.pipe
(find_many, what a worker runs), and every finding is compared field by field: entity,
offsets, text, score, people, detail. Then the same through two real worker processes,
posted from 16 threads at once, with a register change on the way.
"""

import dataclasses
import sys
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "detect"))

from text_eval import DATA, load_posts, services_for  # noqa: E402

from clearpost.detect.text.text_pii import shared_text_detector  # noqa: E402
from clearpost.detect.text.upn import check_letter  # noqa: E402
from clearpost.register.mis_import import parse_pupils  # noqa: E402
from clearpost.serving.text_workers import TextWorkers  # noqa: E402

SETS = [DATA, *sorted(p.parent for p in DATA.glob("*/posts.jsonl"))]
SETS += sorted(p.parent for p in DATA.glob("*/*/posts.jsonl"))


def labelled(folder: Path, home: Path):
    """A data folder with the set's register and school; its posts."""
    return services_for(folder, home), [p["text"] for p in load_posts(folder)]


def plain(findings) -> list[dict]:
    return [dataclasses.asdict(f) for f in findings]


def test_the_sets_are_all_there():
    names = {str(p.relative_to(DATA)) for p in SETS}
    assert {".", "holdout", "set2/dev", "set2/test", "set3", "set6"} <= names
    assert sum(len(load_posts(p)) for p in SETS) >= 1800


@pytest.fixture
def one_blas_thread():
    """As in the service (blas_threads.py): two BLAS threads spin on a busy machine and
    made the sentence model ten times slower here."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        yield


# Every third post of each set: all of a set's kinds of post, its register and its school,
# at a third of the time (every post of 100+ sets took 19 of CI's 90 minutes, and
# test_text_dataset.py checks every post one at a time through the service).
STRIDE = 3


@pytest.mark.parametrize("folder", SETS, ids=lambda p: str(p.relative_to(DATA)))
def test_batched_findings_are_the_same_as_one_at_a_time(folder, tmp_path, one_blas_thread):
    svc, texts = labelled(folder, tmp_path / "data")
    texts = texts[::STRIDE]
    detector = shared_text_detector()
    register = svc.register
    detector.use_register(
        (register.db.url, register.version()), lambda: (register.pupils(), register.staff())
    )
    school = svc.settings.data["school"]
    alone = [plain(detector.find(text, school)) for text in texts]
    batched = []
    for start in range(0, len(texts), 16):
        posts = [(text, school) for text in texts[start : start + 16]]
        batched += [plain(found) for found in detector.find_many(posts)]
    differ = [i for i, (a, b) in enumerate(zip(alone, batched, strict=True)) if a != b]
    assert not differ, f"posts {differ[:10]} differ: {alone[differ[0]]} != {batched[differ[0]]}"
    assert sum(map(len, alone)) > len(texts) // 2  # the sets do have findings to compare
    svc.close()


def test_worker_processes_find_the_same_under_concurrent_checks(tmp_path, one_blas_thread):
    svc, texts = labelled(DATA, tmp_path / "data")
    register = svc.register
    school = svc.settings.data["school"]
    detector = shared_text_detector()

    def key():
        return (register.db.url, register.version())

    def people():
        return register.pupils(), register.staff()

    detector.use_register(key(), people)
    alone = [plain(detector.find(text, school)) for text in texts]
    workers = TextWorkers(2)
    workers.start()
    got: dict[int, list] = {}

    def client(offset: int) -> None:
        for i in range(offset, len(texts), 16):
            got[i] = plain(workers.find(texts[i], school, key(), people))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert [got.get(i) for i in range(len(texts))] == alone
    assert len({pid for pid in workers.pids}) == 2 and None not in workers.pids

    # A pupil added to the register is known to the workers at the next check.
    post = "Well done Zephyrine Quillfeather for the best poem!"
    before = workers.find(post, school, key(), people)
    assert not any(f.entity.startswith("PUPIL") for f in before)
    csv = (DATA / "register_pupils.csv").read_text(encoding="utf-8")
    header = csv.splitlines()[0].split(",")
    row = dict.fromkeys(header, "")
    serial = "801200001999"
    row.update(upn=check_letter(serial) + serial, forename="Zephyrine", surname="Quillfeather",
               year_group="3", **{"class": "Birch"})  # fmt: skip
    for c in header:
        if c.startswith("consent_") or c == "biometric_consent":
            row[c] = "no"
    csv = csv.rstrip("\n") + "\n" + ",".join(row[c] for c in header) + "\n"
    register.apply_import(parse_pupils(csv.encode()), "t")
    after = []  # from 8 threads at once: both workers take some
    threads = [
        threading.Thread(target=lambda: after.append(workers.find(post, school, key(), people)))
        for _ in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert len(after) == 8
    for found in after:
        assert [f.entity for f in found] == ["PUPIL_FULL_NAME"]
        assert found[0].people[0].display.startswith("Zephyrine")

    # An erasure hands every worker the register at once (sync), not at its next check:
    # each forgets the sentences it kept (text_pii.use_register).
    asked = []

    def counted():
        asked.append(1)
        return people()

    workers.sync(("after an erasure", 1), counted)
    deadline = time.monotonic() + 60
    while len(asked) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(asked) == 2
    workers.close()
    svc.close()


def test_a_worker_whose_service_has_gone_ends_quietly():
    """The service stopped while a worker loaded its models: the worker's "ready" meets a
    closed pipe. It ends with exit code 0 and no traceback (it printed a BrokenPipeError
    traceback into the service's log when a test stopped the service early)."""
    import subprocess

    script = (
        "import multiprocessing\n"
        "from clearpost.serving.text_workers import worker_main\n"
        "if __name__ == '__main__':\n"
        "    ctx = multiprocessing.get_context('spawn')\n"
        "    ours, theirs = ctx.Pipe()\n"
        "    p = ctx.Process(target=worker_main, args=(theirs,))\n"
        "    p.start(); theirs.close(); ours.close(); p.join()\n"
        "    print('exit', p.exitcode)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300)  # fmt: skip
    assert "exit 0" in done.stdout, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
