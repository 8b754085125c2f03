"""Own checks for set 96 (beyond set2/validate.py). Usage: check.py [-v]

- 220 posts, ids z96-001..z96-220, no literal backslash-n;
- every pupil_record health/circumstance phrase used once in the set (case-insensitive);
- every hashtag containing a register pupil's forename (or preferred) + surname is a full_name label;
- every forename+surname pair (either order, any casing/accents/spacing) is inside a full_name label,
  except the deliberate traps listed in TRAPS;
- -v lists every unlabelled register forename/surname word for review.
"""
import csv
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
TRAPS = {}  # post id -> reason (none needed so far)


def fold(s):
    s = s.replace("\u200b", "").replace("\u200c", "").replace("\u200d", "").replace("\u2060", "")
    s = s.replace("\u0435", "e").replace("\u0430", "a").replace("\u043e", "o").replace("\u0440", "p")
    s = s.replace("\u0441", "c").replace("\u0456", "i").replace("\u00a0", " ")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def main():
    verbose = "-v" in sys.argv
    posts = [json.loads(l) for l in (SET / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    pupils = list(csv.DictReader((SET / "register_pupils.csv").open(encoding="utf-8")))
    errs = []
    if len(posts) != 220:
        errs.append(f"{len(posts)} posts")
    for i, p in enumerate(posts, 1):
        if p["id"] != f"z96-{i:03d}":
            errs.append(f"bad id {p['id']}")
        if "\\n" in p["text"]:
            errs.append(f"{p['id']}: literal backslash-n")
    rec = Counter(fold(l["text"]) for p in posts for l in p["expected"] if l["kind"] in ("health", "circumstance"))
    errs += [f"record phrase used {n}x: {t!r}" for t, n in rec.items() if n > 1]
    names = []
    for r in pupils:
        for f in {r["forename"], r["preferred_forename"]} - {""}:
            names.append((fold(f), fold(r["surname"])))
    for p in posts:
        full = [fold(l["text"]) for l in p["expected"] if l["kind"] == "full_name"]
        fulltexts = {l["text"] for l in p["expected"] if l["kind"] == "full_name"}
        for tag in re.findall(r"#[\w\u200b-\u200d\u2060\u0400-\u04ff'-]+", p["text"]):
            t = re.sub(r"[^a-z]", "", fold(tag))
            for f, s in names:
                if re.sub(r"[^a-z]", "", f + s) in t and tag not in fulltexts:
                    errs.append(f"{p['id']}: hashtag {tag!r} has {f} {s} but is not a full_name label")
        ft = fold(p["text"])
        for f, s in names:
            sp = r"[\s'’]*"
            pats = [re.escape(f).replace(r"\ ", r"\s+") + r"\s+" + re.escape(s).replace(r"\ ", r"\s+"),
                    re.escape(s).replace(r"\ ", r"\s+") + r",?\s+" + re.escape(f).replace(r"\ ", r"\s+")]
            for pat in pats:
                for m in re.finditer(r"(?<![a-z])" + pat + r"(?![a-z])", ft):
                    hit = re.sub(r"\s+", " ", m.group(0))
                    if not any(hit in re.sub(r"\s+", " ", x) for x in full) and p["id"] not in TRAPS:
                        errs.append(f"{p['id']}: unlabelled pair {m.group(0)!r}")
    if verbose:
        words = set()
        for r in pupils:
            for w in (r["forename"], r["preferred_forename"], r["surname"]):
                if w:
                    words.add(w)
        for p in posts:
            spans = []
            for l in p["expected"]:
                for m in re.finditer(re.escape(l["text"]), p["text"]):
                    spans.append((m.start(), m.end()))
            for w in sorted(words):
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", p["text"], re.I):
                    if not any(a <= m.start() < b for a, b in spans):
                        print(f"  {p['id']}: unlabelled {m.group(0)!r}")
    for e in errs:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
