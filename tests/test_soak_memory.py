"""Memory under load (issue 17, item 5): a short `make soak` against a real `clearpost serve`.

16 text clients and 2 photo clients for 40 seconds, with a register import half-way
(bench/soak.py). Without the bound (server/serving/memory.py) the service rose 1,157 MB over its
idle size within seconds and kept it: a malloc arena per request thread, each keeping the
high-water mark of the photo checks it ran, and two photo checks of ~500 MB at once. With
it the rise is one photo check's working set (measured +532 MB), given back after it.

Stated margins: under load RSS rises at most RISE_MB over the idle service, and after the
warm-up the peak of the later half of the run is at most GROWTH_MB above the peak of the
earlier half (flat: measured -6 MB). Every answer is also checked: no non-2xx, none
wrong, the audit matches.
"""

import json
import sys
from pathlib import Path

from conftest import face

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import soak  # noqa: E402

RISE_MB = 700
GROWTH_MB = 120


def test_memory_is_bounded_and_flat_under_load(tmp_path, capsys):
    face("fr/examples/obama.jpg")  # skips, saying why, without ../shared
    out = tmp_path / "figures.json"
    code = soak.main([
        "--minutes", "0.67", "--sample-seconds", "1", "--warmup", "10", "--posts", "60",
        "--max-rss-rise", str(RISE_MB), "--max-rss-growth", str(GROWTH_MB),
        "--json", str(out),
    ])  # fmt: skip
    printed = capsys.readouterr().out
    figures = json.loads(out.read_text())
    assert figures["kinds"]["photo"]["requests"] > 0 and figures["kinds"]["text"]["requests"]
    assert code == 0, printed
