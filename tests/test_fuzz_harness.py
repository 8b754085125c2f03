"""`make fuzz` stays runnable: its harness (tests/fuzz/run.py) fuzzes each target briefly
with atheris, through the service's own functions, and reports how many inputs ran.

The long runs are `make fuzz` (60 s per target); what they found is in
tests/test_fuzz_regressions.py, each input built in the test.
"""

import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parent / "fuzz" / "run.py"


def test_each_fuzz_target_runs_and_finds_nothing_in_a_short_run(tmp_path):
    pytest.importorskip("atheris", reason="atheris is in the dev extras: make install")
    done = subprocess.run(
        [sys.executable, str(RUN), "--seconds", "2", "--artifacts", str(tmp_path)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    for target in ("images", "metadata", "icc"):
        line = next(line for line in done.stdout.splitlines() if line.startswith(target))
        assert " ok " in line, line
        assert int(line.split()[2]) > 0, line  # inputs that ran
    assert not list(tmp_path.iterdir())  # no crashing input written
