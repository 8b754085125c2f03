"""Which register pupils a name label can refer to (for consent_name_with_photo and checks)."""
import re, unicodedata
from common import pupils

ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def fold(s):
    s = s.translate(ZW).replace("\u00a0", " ").replace("’", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.casefold())


CHINESE = {"陳子妍": "Tsz Yin Chan"}


def pupils_in_label(text):
    """UPNs of pupils this label may name."""
    out = set()
    t = CHINESE.get(text, text)
    ft = fold(t.lstrip("#"))
    letters = re.fullmatch(r"([A-Za-z])\.?\s*([A-Za-z])\.?", t.strip())
    for p in pupils():
        fns = [p["forename"]] + ([p["preferred"]] if p["preferred"] else [])
        sn = fold(p["surname"])
        for f in fns:
            ff = fold(f)
            if ft.endswith(ff + sn) or ft.startswith(sn + ff) or ft == ff or ft.startswith(ff) and len(ft) <= len(ff) + 1 \
                    or (ft.startswith(ff) and sn in ft) or (ft.startswith(sn) and ff in ft):
                out.add(p["upn"])
            if letters and (letters.group(1).upper(), letters.group(2).upper()) == (f[0].upper(), p["surname"][0].upper()):
                out.add(p["upn"])
    return out
