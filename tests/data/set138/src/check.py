"""Check set 138 (posts.jsonl + register CSVs) beyond set2/validate.py.

Run from anywhere:  env -u PYTHONPATH /work/main/.venv/bin/python check.py [-v]
(this file lives both in src/ and, copied, in the set's folder).

Checks:
- ids z138-001 ... z138-220 in order; no literal backslash-n in any text;
- every register forename / preferred forename + surname pair, in any case, accent-folded
  (also dotless i, Cyrillic look-alikes, zero-width characters dropped), split by whitespace or a
  line break (or a comma), in either order, lies inside a full_name label - unless listed in TRAPS;
- every hashtag containing such a pair run together (either order, underscores dropped) is
  labelled whole as full_name;
- no pupil with consent_name_with_photo = yes is named (forename, preferred name or full name
  label) in a photo post;
- every label text is found at its nth occurrence;
- the CSVs parse with clearpost.register.mis_import without problems.
-v lists every unlabelled occurrence of a register forename or surname word for review.
"""

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDER = HERE.parent if HERE.name == "src" else HERE
SET = "138"

# (post id, text as written) of a register pair deliberately left unlabelled
TRAPS: set = set()

HOMO = {
    "\u0410": "A", "\u0412": "B", "\u0415": "E", "\u041a": "K", "\u041c": "M", "\u041d": "H",
    "\u041e": "O", "\u0420": "P", "\u0421": "C", "\u0422": "T", "\u0425": "X", "\u0430": "a",
    "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0443": "y", "\u0445": "x",
    "\u0456": "i", "\u0406": "I", "\u0131": "i",
}
INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}


def fold_char(ch: str) -> str:
    ch = HOMO.get(ch, ch)
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    base = base or ch
    low = base.lower()
    return low if len(low) == 1 else base[0].lower()


def fold(text: str):
    """Folded text and, for each folded char, its index in the original."""
    out, idx = [], []
    for i, ch in enumerate(text):
        if ch in INVISIBLE:
            continue
        out.append(" " if ch.isspace() else fold_char(ch))
        idx.append(i)
    return "".join(out), idx


def fold_word(w: str) -> str:
    return fold(w)[0]


def label_spans(post: dict, kinds=None) -> list:
    spans, seen = [], {}
    for lab in post["expected"]:
        t = lab["text"]
        n = seen.get(t, 0)
        starts = [m.start() for m in re.finditer(re.escape(t), post["text"])]
        if n >= len(starts):
            raise SystemExit(f"{post['id']}: label {t!r} occurrence {n + 1} missing")
        seen[t] = n + 1
        if kinds is None or lab["kind"] in kinds:
            spans.append((starts[n], starts[n] + len(t), lab))
    return spans


def main() -> int:
    verbose = "-v" in sys.argv
    errors = []
    posts = [json.loads(l) for l in (FOLDER / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    want = [f"z{SET}-{i:03d}" for i in range(1, 221)]
    if [p["id"] for p in posts] != want:
        errors.append("ids are not z138-001 ... z138-220 in order")
    with open(FOLDER / "register_pupils.csv", encoding="utf-8") as f:
        pupils = list(csv.DictReader(f))
    for p in posts:
        if "\\n" in p["text"]:
            errors.append(f"{p['id']}: literal backslash-n")

    pairs = []  # (firsts, surname, pupil)
    for r in pupils:
        firsts = {r["forename"]}
        if r["preferred_forename"]:
            firsts.add(r["preferred_forename"])
        pairs.append(([fold_word(x) for x in firsts], fold_word(r["surname"]), r))

    used_traps = set()
    for p in posts:
        text = p["text"]
        ftext, idx = fold(text)
        full = label_spans(p, {"full_name"})
        for firsts, sur, r in pairs:
            for first in firsts:
                pats = [
                    re.escape(first).replace("\\ ", r"\s+") + r"[\s,]+" + re.escape(sur),
                    re.escape(sur) + r"[\s,]+" + re.escape(first).replace("\\ ", r"\s+"),
                ]
                for pat in pats:
                    for m in re.finditer(r"(?<![\w])" + pat + r"(?![\w])", ftext):
                        a, b = idx[m.start()], idx[m.end() - 1] + 1
                        written = text[a:b]
                        if any(s <= a and b <= e for s, e, _ in full):
                            continue
                        if (p["id"], written) in TRAPS:
                            used_traps.add((p["id"], written))
                            continue
                        errors.append(f"{p['id']}: unlabelled pair {written!r}")
        # hashtags
        for m in re.finditer(r"#[\w\u200b]+", text):
            tag = m.group(0)
            ft = fold_word(tag).replace("_", "")
            for firsts, sur, r in pairs:
                for first in firsts:
                    f1 = first.replace(" ", "").replace("-", "")
                    s1 = sur.replace(" ", "").replace("-", "").replace("'", "")
                    if f1 + s1 in ft or s1 + f1 in ft:
                        ok = any(l["text"] == tag and l["kind"] == "full_name" for l in p["expected"])
                        if not ok:
                            errors.append(f"{p['id']}: hashtag {tag!r} holds {first} {sur} but is not a whole full_name label")
        # consent_name_with_photo
        if p["photo"]:
            for s, e, lab in label_spans(p, {"forename", "full_name"}):
                fl = fold_word(lab["text"])
                for r in pupils:
                    if r["consent_name_with_photo"] != "yes":
                        continue
                    names = {r["forename"], r["preferred_forename"]} - {""}
                    for nm in names:
                        if re.search(r"(?<!\w)" + re.escape(fold_word(nm)) + r"(?!\w)", fl):
                            errors.append(f"{p['id']}: photo post names {nm} {r['surname']} (name_with_photo = yes)")
    for t in TRAPS - used_traps:
        errors.append(f"trap {t} not found")

    # CSVs parse
    try:
        from clearpost.register import mis_import
        for name, fn in (("register_pupils.csv", mis_import.parse_pupils), ("register_staff.csv", mis_import.parse_staff)):
            parsed = fn((FOLDER / name).read_bytes())
            errors += [f"{name}: {x}" for x in parsed.problems]
            if parsed.ignored_columns:
                errors.append(f"{name}: ignored columns {parsed.ignored_columns}")
    except ImportError:
        errors.append("cannot import clearpost (use the venv, PYTHONPATH unset)")

    if verbose:
        words = set()
        for r in pupils:
            for w in (r["forename"], r["preferred_forename"], r["surname"]):
                if w:
                    words.add(fold_word(w))
        for p in posts:
            ftext, idx = fold(p["text"])
            spans = label_spans(p)
            for w in sorted(words):
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", ftext):
                    a = idx[m.start()]
                    if not any(s <= a < e for s, e, _ in spans):
                        ctx = p["text"][max(0, a - 25): a + 35].replace("\n", " / ")
                        print(f"  {p['id']} unlabelled {w!r}: ...{ctx}...")

    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
