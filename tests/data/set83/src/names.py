"""Resolve a name label to the register pupil it refers to (accent/case/hashtag tolerant)."""
import re
import unicodedata

HOMO = str.maketrans({"\u0430": "a", "\u043e": "o", "\u0435": "e", "\u0456": "i"})


def fold(s: str) -> str:
    s = s.translate(HOMO).replace("\u200b", "").replace("\u00a0", " ")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


def squash(s: str) -> str:
    return re.sub(r"[^a-z]", "", fold(s))


def resolve(text, pupils, post):
    t = squash(text)
    hits = []
    firsts = lambda p: [p["forename"]] + ([p["preferred_forename"]] if p["preferred_forename"] else [])
    if re.fullmatch(r"\s*([A-Za-z]\.\s?){2,3}\s*", text):  # dotted initials
        letters = [c for c in text.upper() if c.isalpha()]
        for p in pupils:
            for f in firsts(p):
                ini = [w[0].upper() for w in re.split(r"[\s]+", fold(f))] + \
                      [w[0].upper() for w in re.split(r"[\s-]+", fold(p["surname"]))]
                if ini == letters or [ini[0], ini[-1]] == letters:
                    hits.append(p)
    else:
        for p in pupils:
            s = squash(p["surname"])
            for f in firsts(p):
                ff = squash(f)
                if (ff in t and s in t) or t == ff or \
                        (t.startswith(ff) and len(t) == len(ff) + 1 and t[-1] == s[0]):
                    hits.append(p)
                    break
    keys = []
    for p in hits:
        k = f"{p['forename']} {p['surname']}"
        if k not in keys:
            keys.append(k)
    if len(keys) != 1:
        return "?" + "/".join(keys)
    return keys[0]
