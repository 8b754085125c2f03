"""Own checks for set 91 (beyond set2/validate.py).

- every register pupil forename/preferred + surname written in a post (any casing, accents
  folded, spaces/line breaks/zero-width between, "Surname, Forename") lies inside a full_name label,
  except the deliberate traps in TRAPS;
- every hashtag containing a pupil's forename+surname run together is a full_name label of the
  whole hashtag;
- no literal backslash-n; label texts occur; verdicts recomputed by build.py.
-v lists every register word (forename, preferred forename, surname) left unlabelled, for review.
Run: env -u PYTHONPATH /work/main/.venv/bin/python src/check.py [-v]
"""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
TRAPS = {}  # post id -> reason, for deliberate unlabelled forename+surname pairs


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L")
    out = []
    for c in s:
        d = unicodedata.normalize("NFKD", c)
        d = "".join(x for x in d if not unicodedata.combining(x))
        out.append(d[0] if d else c)  # keep length
    return "".join(out).casefold()


def label_spans(post):
    spans, seen = [], {}
    for lab in post["expected"]:
        t = lab["text"]
        k = seen.get(t, 0)
        occ = [m.start() for m in re.finditer(re.escape(t), post["text"])]
        if len(occ) > k:
            spans.append((occ[k], occ[k] + len(t), lab))
        seen[t] = k + 1
    return spans


def main():
    verbose = "-v" in sys.argv
    pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    posts = [json.loads(l) for l in open(OUT / "posts.jsonl", encoding="utf-8") if l.strip()]
    errors = []
    gap = r"[\s\u200b\u200c\u200d\u2060\u00a0]*"
    for p in posts:
        text, ftext = p["text"], fold(p["text"])
        if "\\n" in text:
            errors.append(f"{p['id']}: literal backslash-n")
        spans = label_spans(p)
        if len(spans) != len(p["expected"]):
            errors.append(f"{p['id']}: a label text does not occur often enough")
        full = [(a, b) for a, b, l in spans if l["kind"] == "full_name"]
        for row in pupils:
            sn = fold(row["surname"])
            for fn in {fold(row["forename"]), fold(row["preferred_forename"])} - {""}:
                pats = [re.escape(fn) + gap + re.escape(sn), re.escape(sn) + r",?" + gap + re.escape(fn)]
                for pat in pats:
                    for m in re.finditer(r"(?<!\w)" + pat + r"(?!\w)", ftext):
                        if not any(a <= m.start() and m.end() <= b for a, b in full):
                            if p["id"] not in TRAPS:
                                errors.append(f"{p['id']}: unlabelled full name {text[m.start():m.end()]!r}")
                for m in re.finditer(r"#\w+", ftext):
                    tag = m.group().replace("_", "")
                    if fn + sn in tag or sn + fn in tag:
                        if not any(a == m.start() and b == m.end() for a, b in full):
                            errors.append(f"{p['id']}: hashtag {text[m.start():m.end()]!r} not labelled whole")
        if verbose:
            covered = [(a, b) for a, b, _l in spans]
            words = set()
            for row in pupils:
                for w in (row["forename"], row["preferred_forename"], row["surname"]):
                    if w:
                        words.add(fold(w))
            for w in words:
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", ftext):
                    if not any(a <= m.start() < b for a, b in covered):
                        ctx = text[max(0, m.start() - 25): m.end() + 25].replace("\n", " ")
                        print(f"{p['id']}: unlabelled {text[m.start():m.end()]!r}: ...{ctx}...")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
