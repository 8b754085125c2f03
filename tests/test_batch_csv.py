"""`clearpost batch --csv`: file names are outside input, and never become formulas.

Issue 17, item 11: a photo named `=1+2.jpg` was written as the cell `=1+2.jpg`, which a
spreadsheet evaluates. Real batch run (real models) over real photos so named.
"""

import csv

from click.testing import CliRunner
from PIL import Image

from clearpost.cli import main
from clearpost.runs.spreadsheet_cells import safe_cell

HOSTILE_NAMES = [
    "=1+2.jpg",
    '=HYPERLINK("http:x")a.jpg',
    "+44 trip.jpg",
    "-2+3.jpg",
    "@SUM(A1).jpg",
    "\t=1+2.jpg",
    "\r=1+2.jpg",
]


def test_batch_csv_cells_never_start_a_formula(home, tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    for name in [*HOSTILE_NAMES, "plain.jpg"]:
        Image.new("RGB", (64, 48), "green").save(folder / name, "JPEG")
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(main, ["batch", str(folder), "--csv", str(out)])
    assert result.exit_code == 0, result.output

    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    paths = sorted(r["path"] for r in rows)
    # Each hostile name is there, readable, behind the quote spreadsheets hide.
    assert paths == sorted(["'" + n for n in HOSTILE_NAMES] + ["plain.jpg"])
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row
        assert row["verdict"] == "allow"


def test_safe_cell_leaves_ordinary_text_alone():
    assert safe_cell("day1/=odd.jpg") == "day1/=odd.jpg"  # only the first character counts
    assert safe_cell("face.no_consent;image.location_metadata") == (
        "face.no_consent;image.location_metadata"
    )
    assert safe_cell("") == "" and safe_cell(None) == ""
    assert safe_cell("-") == "'-"
