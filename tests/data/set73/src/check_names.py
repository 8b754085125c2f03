"""Which register pupils a photo post names (full names and forenames), for consent_name_with_photo."""
import json, re, unicodedata, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from register import pupils

fold = lambda s: "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def photo_named(path):
    ps = pupils()
    out = set()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        post = json.loads(line)
        if not post["photo"]:
            continue
        for l in post["expected"]:
            if l["kind"] not in ("full_name", "forename"):
                continue
            t = fold(re.sub(r"[\u200b\u00a0]", "", l["text"]).replace("А", "A"))
            toks = set(re.findall(r"[a-z]+", t))
            flat = re.sub(r"[^a-z]", "", t)
            for p in ps:
                names = [fold(x) for x in (p["forename"], p["preferred_forename"]) if x]
                s = re.sub(r"[^a-z]", "", fold(p["surname"]))
                for n in names:
                    nf = re.sub(r"[^a-z]", "", n)
                    if (nf + s) in flat or (s + nf) in flat or (l["kind"] == "forename" and (nf == flat or nf in toks or flat.startswith(nf))) \
                       or (l["kind"] == "forename" and re.fullmatch(r"[a-z]\.[a-z]\.", t) and t[0] == nf[0] and t[2] == s[0]):
                        out.add(p["forename"] + " " + p["surname"])
    return out
