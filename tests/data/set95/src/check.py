"""Own checks for set 95 (run after build.py).

- every label text is found at its nth occurrence (non-overlapping spans);
- every register pupil forename/preferred + surname pair written in a post (any casing, accents
  folded, zero-width/homoglyph removed, any whitespace between, either order, comma optional)
  lies inside a full_name label;
- every hashtag containing a pupil's forename+surname run together is labelled whole as full_name;
- no literal backslash-n; circumstance phrases never repeat; verdicts follow the defaults;
- CSVs parse; UPN check letters.
With -v: list every register forename/surname word left unlabelled (to review as traps).
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register import upn as upn_rules

ALLOW = {("z95-161", "Demir can")}  # staff Mrs Demir + the word "can": deliberate trap
SET = Path(__file__).resolve().parent.parent
HOMO = str.maketrans({"\u0435": "e", "\u0430": "a", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0456": "i"})


def fold(s: str) -> str:
    s = s.translate(HOMO)
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = s.replace("ı", "i").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def folded_with_map(text: str):
    out, idx = [], []
    for i, ch in enumerate(text):
        for c in fold(ch):
            out.append(c)
            idx.append(i)
    return "".join(out), idx


def main() -> int:
    verbose = "-v" in sys.argv
    errors = []
    pupils = mis_import.parse_pupils((SET / "register_pupils.csv").read_bytes())
    staff = mis_import.parse_staff((SET / "register_staff.csv").read_bytes())
    errors += [str(p) for p in pupils.problems + staff.problems]
    for r in pupils.rows:
        if upn_rules.problem(r.upn):
            errors.append(f"register UPN {r.upn}: {upn_rules.problem(r.upn)}")
    posts = [json.loads(l) for l in (SET / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts, want 220")
    names = []
    for r in pupils.rows:
        for f in {r.forename, r.preferred_forename} - {""}:
            names.append((fold(f), fold(r.surname)))
    words = {}
    for r in pupils.rows:
        for w in (r.forename, r.preferred_forename, r.surname):
            if w:
                words[fold(w)] = w
    circ_seen = {}
    review = []
    for p in posts:
        text = p["text"]
        if "\\n" in text or "\\" in text:
            errors.append(f"{p['id']}: backslash in text")
        spans, count = [], {}
        for lab in p["expected"]:
            t = lab["text"]
            k = count.get(t, 0)
            count[t] = k + 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) <= k:
                errors.append(f"{p['id']}: {t!r} missing")
                continue
            s = occ[k]
            for a, b, _ in spans:
                if s < b and a < s + len(t):
                    errors.append(f"{p['id']}: {t!r} overlaps")
            spans.append((s, s + len(t), lab["kind"]))
            if lab["kind"] == "circumstance":
                key = fold(t)
                if key in circ_seen:
                    errors.append(f"{p['id']}: circumstance {t!r} repeats {circ_seen[key]}")
                circ_seen[key] = p["id"]
        full_spans = [(a, b) for a, b, k in spans if k == "full_name"]
        ftext, idx = folded_with_map(text)
        for f, s in names:
            pats = [rf"(?<!\w){re.escape(f)}[\s,]*{re.escape(s)}(?!\w)",
                    rf"(?<!\w){re.escape(s)}[\s,]*{re.escape(f)}(?!\w)"]
            for pat in pats:
                for m in re.finditer(pat, ftext):
                    a, b = idx[m.start()], idx[m.end() - 1] + 1
                    if (p["id"], text[a:b]) in ALLOW:
                        continue
                    if not any(x <= a and b <= y for x, y in full_spans):
                        errors.append(f"{p['id']}: unlabelled pupil name {text[a:b]!r}")
        for m in re.finditer(r"#\w+", text):
            h = fold(m.group()).replace("_", "")
            if any(f + s in h for f, s in names):
                if not any(x == m.start() and y == m.end() for x, y in full_spans):
                    errors.append(f"{p['id']}: hashtag {m.group()!r} not labelled whole as full_name")
        for m in re.finditer(r"[^\W\d_][\w'\-]*", text):
            w = m.group()
            base = fold(re.sub(r"'s$", "", w))
            if base in words and not any(a <= m.start() < b for a, b, _ in spans):
                review.append(f"{p['id']}: {w}")
    for e in errors:
        print("ERROR:", e)
    if verbose:
        print("\n".join(review))
    print(f"check: {len(posts)} posts, {len(errors)} error(s), {len(review)} unlabelled register words")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
