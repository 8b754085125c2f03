import re
from common import fold


def letters(s):
    return re.sub(r"[^a-z]", "", fold(s))


def resolve(label, rows):
    """register pupils a full_name / forename label can refer to"""
    t = label["text"]
    key = letters(t)
    out = []
    for r in rows:
        firsts = {letters(r["forename"])} | ({letters(r["preferred_forename"])} if r["preferred_forename"] else set())
        sur = letters(r["surname"])
        if label["kind"] == "full_name":
            if any(key in (f + sur, sur + f) or (t.startswith("#") and f + sur in key) for f in firsts):
                out.append(r)
        else:
            inits = {(f[0] + sur[0]) for f in firsts}
            if key in firsts or any(key == f + sur[0] for f in firsts):
                out.append(r)
            elif re.fullmatch(r"([A-Za-z]\.){2}|[A-Z]{2}", t.strip()) and key in inits:
                out.append(r)
    return out
