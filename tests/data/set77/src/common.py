from pathlib import Path
import unicodedata

SRC = Path(__file__).resolve().parent
OUT = SRC.parent


def pupils():
    rows = []
    for line in (SRC / "pupils.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f, s, pref, yg, cls, sm, web, press, bio = line.split("|")
        rows.append(dict(forename=f, surname=s, preferred=pref, year_group=yg, cls=cls,
                         social=sm, website=web, press=press, biometric=bio))
    from upn import make
    for i, r in enumerate(rows):
        r["upn"] = make(r["year_group"], 101 + i)
    return rows


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()
