"""Own checks for set 92 (beyond set2/validate.py).

- 220 posts, ids z92-001..z92-220, no literal backslash-n in any text;
- every label text occurs at word boundaries (checked at build) and the CSVs parse;
- every register pupil forename/preferred + surname pair in a post (any casing, spaces,
  underscores, hyphens, line break, run together, accents folded, or "Surname, Forename") lies
  inside a full_name label, unless the post carries the tag `pair-trap` (explained in README);
- every hashtag containing a pupil's forename+surname run together is labelled full_name whole;
- counts per kind against the brief's minimums.
With -v: lists every unlabelled register forename/surname word, for review (all are traps).
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from pupils import PUPILS, STAFF  # noqa: E402


def fold(s: str) -> str:
    """Accent-fold and casefold, one character out for one in (so offsets stay valid)."""
    out = []
    for c in s:
        base = "".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d))
        base = base.casefold()
        out.append(base if len(base) == 1 else (c.lower() if len(c.lower()) == 1 else c))
    return "".join(out)


def main() -> int:
    verbose = "-v" in sys.argv
    errors = []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts, not 220")
    for i, p in enumerate(posts, 1):
        if p["id"] != f"z92-{i:03d}":
            errors.append(f"post {i} has id {p['id']}")
        if "\\n" in p["text"]:
            errors.append(f"{p['id']}: literal backslash-n")
    for p in posts:
        text, ftext = p["text"], fold(p["text"])
        spans, cursor = [], {}
        for l in p["expected"]:
            occ = [m.start() for m in re.finditer(re.escape(l["text"]), text)]
            n = cursor.get(l["text"], 0)
            cursor[l["text"]] = n + 1
            if n >= len(occ):
                errors.append(f"{p['id']}: {l['text']!r} missing")
                continue
            spans.append((occ[n], occ[n] + len(l["text"]), l["kind"], l["text"]))
        full_spans = [(a, b) for a, b, k, _ in spans if k == "full_name"]
        if len(ftext) != len(text):
            errors.append(f"{p['id']}: folding changed length; check by hand")
            continue
        for fn, sn, pref, _ in PUPILS:
            for first in filter(None, (fn, pref)):
                f1, s1 = re.escape(fold(first)), re.escape(fold(sn))
                sep = r"[\s_\-\u200b\u200c\u200d\u2060]*"
                pats = [rf"(?<!\w){f1}{sep}{s1}(?!\w)", rf"(?<!\w){s1},?\s+{f1}(?!\w)"]
                for pat in pats:
                    for m in re.finditer(pat, ftext):
                        if "pair-trap" in p["tags"]:
                            continue
                        if not any(a <= m.start() and m.end() <= b for a, b in full_spans):
                            errors.append(f"{p['id']}: unlabelled pair {text[m.start():m.end()]!r}")
                flat = re.sub(r"\W", "", fold(first) + fold(sn))
                for m in re.finditer(r"#[\w\u200b-\u200d\u2060]+", ftext):
                    if flat in re.sub(r"[\W_]", "", m.group()):
                        tag = text[m.start():m.end()]
                        if not any(l["kind"] == "full_name" and l["text"] == tag for l in p["expected"]):
                            errors.append(f"{p['id']}: hashtag {tag!r} not labelled whole")
        if verbose:
            words = {w for fn, sn, pref, _ in PUPILS for w in (fn, sn, pref) if w}
            for w in sorted(words):
                for m in re.finditer(rf"(?<!\w){re.escape(fold(w))}(?!\w)", ftext):
                    if not any(a <= m.start() < b for a, b, _, _ in spans):
                        print(f"  {p['id']}: unlabelled {text[m.start():m.end()]!r}: "
                              f"...{text[max(0, m.start()-30):m.end()+30]!r}")
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    for k in ("other_person", "email", "phone", "address", "dob", "upn", "health", "circumstance"):
        if kinds[k] < 12:
            errors.append(f"only {kinds[k]} {k} labels")
    for k in ("full_name", "forename"):
        if kinds[k] < 40:
            errors.append(f"only {kinds[k]} {k} labels")
    clean = sum(1 for p in posts if not p["expected"])
    if clean < 80:
        errors.append(f"only {clean} clean posts")
    photo = sum(p["photo"] for p in posts)
    personal = sum(p["account"] == "personal" for p in posts)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {clean} clean, {photo} photo, {personal} personal; kinds "
          + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + f"; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
