"""Checks for set 144 beyond validate.py.

Usage (PYTHONPATH unset): /work/main/.venv/bin/python check.py [-v] [FOLDER]
FOLDER defaults to the folder holding posts.jsonl (this file's folder or its parent).

- ids are z144-001 ... z144-220 in order; no literal backslash-n in any text;
- every register forename/preferred + surname pair written in a post (any case, accent-folded,
  zero-width removed, Cyrillic look-alikes mapped, split by spaces/commas/line breaks, either
  order) lies inside a full_name label, unless listed in TRAPS;
- every hashtag holding a pupil's forename/preferred + surname is labelled whole as full_name;
- no pupil with consent_name_with_photo = yes is named (forename or preferred) in a photo post;
- the CSVs parse with clearpost.register.mis_import with no problems.
-v lists every unlabelled register forename / surname word for review.
"""

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

NN = "144"
# deliberate forename+surname pairs that are not the pupil (post id, pair as written, folded)
TRAPS = {
    ("z144-095", "dev patel"),  # the actor, in a film clip
}
ZW = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
HOMO = str.maketrans({
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x",
    "і": "i", "ј": "j", "ѕ": "s",
})


def fold(s: str):
    """Folded text and, for each folded char, its index in s."""
    out, idx = [], []
    for i, ch in enumerate(s):
        if ch in ZW:
            continue
        ch = ch.translate(HOMO)
        if ch == "\u00a0":
            ch = " "
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        for c in base.casefold():
            out.append(c)
            idx.append(i)
    return "".join(out), idx


def fold_plain(s: str) -> str:
    return fold(s)[0]


def label_spans(text: str, labels: list) -> list:
    spans, seen = [], {}
    for lab in labels:
        t = lab["text"]
        n = seen.get(t, 0)
        occ = [i for i in range(len(text)) if text.startswith(t, i)]
        if n < len(occ):
            spans.append((occ[n], occ[n] + len(t), lab["kind"], t))
        seen[t] = n + 1
    return spans


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv[1:]
    here = Path(__file__).resolve().parent
    folder = Path(args[0]) if args else (here if (here / "posts.jsonl").exists() else here.parent)
    errors = []
    posts = [json.loads(l) for l in (folder / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    rows = list(csv.DictReader((folder / "register_pupils.csv").open(encoding="utf-8")))
    staff = list(csv.DictReader((folder / "register_staff.csv").open(encoding="utf-8")))

    want = [f"z{NN}-{i:03d}" for i in range(1, len(posts) + 1)]
    if [p["id"] for p in posts] != want or len(posts) != 220:
        errors.append("ids are not z144-001 ... z144-220 in order")

    pairs = []  # (pupil, folded forename, folded surname)
    for r in rows:
        names = {r["forename"]} | ({r["preferred_forename"]} if r["preferred_forename"] else set())
        for n in names:
            pairs.append((f"{r['forename']} {r['surname']}", fold_plain(n), fold_plain(r["surname"])))
    photo_banned = set()
    for r in rows:
        if r["consent_name_with_photo"] == "yes":
            photo_banned.add(fold_plain(r["forename"]))
            if r["preferred_forename"]:
                photo_banned.add(fold_plain(r["preferred_forename"]))

    used_traps = set()
    for p in posts:
        pid, text = p["id"], p["text"]
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        spans = label_spans(text, p["expected"])
        full = [(a, b) for a, b, k, t in spans if k == "full_name"]
        ft, idx = fold(text)
        for who, fn, sn in pairs:
            for pat in (rf"(?<!\w){re.escape(fn)}[\s,]+{re.escape(sn)}(?!\w)",
                        rf"(?<!\w){re.escape(sn)}[\s,]+{re.escape(fn)}(?!\w)"):
                for m in re.finditer(pat, ft):
                    a, b = idx[m.start()], idx[m.end() - 1] + 1
                    if any(x <= a and b <= y for x, y in full):
                        continue
                    key = (pid, re.sub(r"[\s,]+", " ", m.group(0)))
                    if key in TRAPS:
                        used_traps.add(key)
                        continue
                    errors.append(f"{pid}: {text[a:b]!r} ({who}) not inside a full_name label")
        for m in re.finditer(r"#[\w\u200b\u200c\u200d]+", text):
            h = fold_plain(m.group(0)).replace("_", "")
            for who, fn, sn in pairs:
                key = (fn + sn).replace(" ", "").replace("-", "")
                key2 = (sn + fn).replace(" ", "").replace("-", "")
                if key in h or key2 in h:
                    if not any(a == m.start() and b == m.end() and k == "full_name" for a, b, k, t in spans):
                        errors.append(f"{pid}: hashtag {m.group(0)!r} ({who}) not labelled whole as full_name")
        if p["photo"]:
            for w in re.findall(r"[\w'-]+", ft):
                if w in photo_banned:
                    errors.append(f"{pid}: photo post names {w!r}, who has consent_name_with_photo = yes")
        if verbose:
            words = {fold_plain(r["forename"]) for r in rows} | {fold_plain(r["surname"]) for r in rows}
            words |= {fold_plain(r["preferred_forename"]) for r in rows if r["preferred_forename"]}
            words = {x for w in words for x in w.split()}
            for m in re.finditer(r"[\w'-]+", ft):
                w = m.group(0).strip("'-")
                w = re.sub(r"'s$", "", w)
                if w in words:
                    a = idx[m.start()]
                    if not any(x <= a < y for x, y, k, t in spans):
                        print(f"  {pid}: unlabelled {text[a:idx[m.end() - 1] + 1]!r}")
    for t in TRAPS - used_traps:
        errors.append(f"trap {t} not found")

    try:
        from clearpost.register import mis_import
    except ImportError:
        errors.append("cannot import clearpost (use /work/main/.venv/bin/python, PYTHONPATH unset)")
    else:
        pp = mis_import.parse_pupils((folder / "register_pupils.csv").read_bytes())
        ss = mis_import.parse_staff((folder / "register_staff.csv").read_bytes())
        for name, parsed, n in (("pupils", pp, len(rows)), ("staff", ss, len(staff))):
            errors += [f"register_{name}.csv: {x}" for x in parsed.problems]
            if parsed.ignored_columns:
                errors.append(f"register_{name}.csv: ignored columns {parsed.ignored_columns}")
            if len(parsed.rows) != n:
                errors.append(f"register_{name}.csv: parsed {len(parsed.rows)} of {n} rows")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
