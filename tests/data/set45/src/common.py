"""Shared helpers: register loading, UPNs, name resolution."""
import re, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LA, ESTAB = "806", "4123"
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441"}
FOLD = {v: k for k, v in CYR.items()}
# transliteration variants a teacher might type for a register pupil (judgement call, see README)
VARIANTS = {"mohammedosman": "Mohamed Osman"}


def check_letter(body):
    from clearpost.register import upn
    return upn.check_letter(body)


def load_pupils():
    rows = []
    for n, line in enumerate(l for l in (HERE / "pupils.txt").read_text().splitlines()
                              if l.strip() and not l.startswith("#")):
        fn, sn, pref, year, yy = line.split("|")
        body = LA + ESTAB + yy + f"{101 + n:03d}"
        rows.append(dict(forename=fn, surname=sn, preferred=pref, year=int(year),
                         upn=check_letter(body) + body))
    return rows


def norm(s):
    s = "".join(FOLD.get(c, c) for c in s)
    s = s.replace("\u200b", "").replace("\u00a0", " ").replace("\u2019", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"'s$", "", s.strip())
    s = s.lstrip("#")
    s = re.sub(r"^(welldone|studentofthemonth)", "", s, flags=re.I)
    return re.sub(r"[^a-z]", "", s.lower())


def initials(first, surname):
    return "".join(p[0] for p in re.split(r"[-\s]", first) if p) + "".join(
        p[0] for p in re.split(r"[-\s]", surname) if p)


def keys(p):
    firsts = [p["forename"]] + ([p["preferred"]] if p["preferred"] else [])
    full, fore = set(), set()
    for f in firsts:
        full |= {norm(f + p["surname"]), norm(p["surname"] + f)}
        fore |= {norm(f), norm(f + p["surname"][0]), norm(initials(f, p["surname"]))}
    return full, fore


def resolve(text, kind, pupils):
    """Pupils a name label can refer to."""
    t = norm(text)
    if kind == "full_name" and t in VARIANTS:
        return [p for p in pupils if f'{p["forename"]} {p["surname"]}' == VARIANTS[t]]
    out = []
    for p in pupils:
        full, fore = keys(p)
        if (kind == "full_name" and t in full) or (kind == "forename" and t in fore):
            out.append(p)
    return out
