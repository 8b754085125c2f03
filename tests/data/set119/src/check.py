"""Own checks for set 119 (run after build.py; PYTHONPATH unset, project venv).

- every register pupil forename/preferred + surname pair written in a post (any case, any
  whitespace incl. nbsp/line breaks, zero-width, Cyrillic homoglyphs, accents folded,
  surname-first with comma) is covered by a full_name label;
- every hashtag containing a pupil's forename+surname run together is labelled full_name whole;
- no literal backslash-n; circumstance/health phrases never repeated;
- the CSVs parse; UPN check letters; -v lists unlabelled register forenames/surnames (traps).
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register.upn import problem

OUT = Path(__file__).resolve().parent.parent
HOMO = str.maketrans({"\u0410": "A", "\u0430": "a", "\u0415": "E", "\u0435": "e", "\u041e": "O",
                      "\u043e": "o", "\u0421": "C", "\u0441": "c", "\u0440": "p", "\u0425": "X"})


def norm(s):
    s = s.translate(HOMO)
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("\u00a0", " ")
    return s.casefold()


def main():
    verbose = "-v" in sys.argv
    errors = []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    pupils = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
    staff = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
    errors += [f"pupils csv: {p}" for p in pupils.problems] + [f"staff csv: {p}" for p in staff.problems]
    import csv, io
    rows = list(csv.DictReader(io.StringIO((OUT / "register_pupils.csv").read_text(encoding="utf-8"))))
    pairs = []
    for r in rows:
        if problem(r["upn"]):
            errors.append(f"bad UPN {r['upn']}")
        for fn in {r["forename"], r["preferred_forename"]} - {""}:
            pairs.append((norm(fn), norm(r["surname"])))
    phrases = Counter()
    unl = Counter()
    for p in posts:
        t, pid = p["text"], p["id"]
        if "\\n" in t:
            errors.append(f"{pid}: literal backslash-n")
        labs = p["expected"]
        full = [norm(l["text"]) for l in labs if l["kind"] == "full_name"]
        nt = norm(t)
        for fn, sn in pairs:
            a = re.escape(fn).replace("\\ ", r"\s+")
            b = re.escape(sn).replace("'", r"'\s?")
            pats = [rf"(?<!\w){a}\s+{b}(?!\w)", rf"(?<!\w){b},?\s+{a}(?!\w)"]
            n = sum(len(re.findall(x, nt)) for x in pats)
            have = sum(1 for f in full for x in pats if re.search(x, f))
            if n > have:
                errors.append(f"{pid}: unlabelled pair {fn} {sn}")
        for h in re.findall(r"#\w+", t):
            hn = norm(h).replace("_", "")
            if any(fn.replace(" ", "").replace("-", "") + sn.replace("'", "").replace("-", "")
                   in hn.replace("-", "") for fn, sn in pairs):
                if not any(l["kind"] == "full_name" and l["text"] == h for l in labs):
                    errors.append(f"{pid}: hashtag {h} not labelled full_name")
        for l in labs:
            if l["kind"] in ("circumstance", "health"):
                phrases[l["text"].casefold()] += 1
        if verbose:
            labelled = " ".join(l["text"] for l in labs)
            for r in rows:
                for w in {r["forename"], r["preferred_forename"], r["surname"]} - {""}:
                    for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", t):
                        if w not in labelled:
                            unl[w] += 1
    for ph, n in phrases.items():
        if n > 1:
            errors.append(f"phrase used {n}x: {ph!r}")
    for e in errors:
        print("ERROR:", e)
    if verbose:
        print("unlabelled register words:", dict(unl.most_common()))
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
