"""Checks for set 145 (run from anywhere; -v lists unlabelled register words for review).

- ids z145-001 ... z145-220, in order, no duplicates; no literal backslash-n in any text;
- every register forename/preferred + surname pair written in a post (any case, accents folded,
  split by whitespace or a line break, either order: "Ava Scott", "SCOTT Ava", "Scott, Ava")
  lies inside a full_name label, unless it is inside a deliberate trap listed in TRAPS;
- every hashtag holding such a pair (run together, any case, underscores ignored) is labelled
  whole as full_name;
- no pupil with consent_name_with_photo = yes is named (forename/preferred) in a photo post;
- the CSVs parse with clearpost.register.mis_import (no problems, no ignored columns).
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

from clearpost.register import mis_import

HERE = Path(__file__).resolve().parent
SET_DIR = HERE.parent if HERE.name == "src" else HERE
SET = 145
# deliberate hard negatives: a register pair written where it is not the pupil
TRAPS = ["Hope Common Riding", "Summer Hall bookings for the Fringe"]
MANUAL = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "s", "æ": "a", "œ": "o"}


def fold(s):
    out = []
    for ch in s:
        if ch in MANUAL:
            out.append(MANUAL[ch])
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        out.append(base[0] if base else ch)
    return "".join(out).lower()


def label_spans(post):
    spans, seen = [], {}
    for lab in post["expected"]:
        t = lab["text"]
        k = seen.get(t, 0)
        occ = [m.start() for m in re.finditer(re.escape(t), post["text"])]
        seen[t] = k + 1
        if k < len(occ):
            spans.append((occ[k], occ[k] + len(t), lab["kind"]))
    return spans


def main():
    verbose = "-v" in sys.argv
    errors = []
    posts = [json.loads(l) for l in (SET_DIR / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    want = [f"z{SET}-{i:03d}" for i in range(1, 221)]
    if [p["id"] for p in posts] != want:
        errors.append("ids are not z145-001 ... z145-220 in order")
    pupils_raw = (SET_DIR / "register_pupils.csv").read_bytes()
    staff_raw = (SET_DIR / "register_staff.csv").read_bytes()
    pp = mis_import.parse_pupils(pupils_raw)
    sp = mis_import.parse_staff(staff_raw)
    for name, parsed in (("pupils", pp), ("staff", sp)):
        if parsed.problems or parsed.ignored_columns:
            errors.append(f"{name} CSV: {parsed.problems} {parsed.ignored_columns}")
    import csv
    rows = list(csv.DictReader(pupils_raw.decode("utf-8").splitlines()))
    pairs, photo_yes, words = [], [], set()
    for r in rows:
        names = [r["forename"]] + ([r["preferred_forename"]] if r["preferred_forename"] else [])
        for n in names:
            pairs.append((n, r["surname"]))
            words.add(n)
            if r["consent_name_with_photo"] == "yes":
                photo_yes.append(n)
        words.add(r["surname"])

    def name_re(n):
        return re.escape(fold(n)).replace("\\-", "[-\\s]")

    pair_res = []
    for fn, sn in pairs:
        f, s = name_re(fn), name_re(sn)
        pair_res.append((f"{fn} {sn}", re.compile(rf"(?<!\w){f}\s+{s}(?!\w)|(?<!\w){s},?\s+{f}(?!\w)")))
    glued = [(f"{fn} {sn}", fold(fn).replace("-", "") + fold(sn).replace("-", ""),
              fold(sn).replace("-", "") + fold(fn).replace("-", "")) for fn, sn in pairs]

    for p in posts:
        pid, text = p["id"], p["text"]
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        ftext = fold(text)
        spans = label_spans(p)
        full = [(a, b) for a, b, k in spans if k == "full_name"]
        trap_spans = [(m.start(), m.end()) for t in TRAPS for m in re.finditer(re.escape(t), text)]
        for name, rx in pair_res:
            for m in rx.finditer(ftext):
                inside = any(a <= m.start() and m.end() <= b for a, b in full)
                trap = any(a <= m.start() and m.end() <= b for a, b in trap_spans)
                if not inside and not trap:
                    errors.append(f"{pid}: pair {name!r} at {m.start()} ({text[m.start():m.end()]!r}) not inside a full_name label")
        for m in re.finditer(r"#[\w\u200b-\u200d]+", text):
            tag = fold(m.group(0)).replace("_", "").replace("\u200b", "")
            for name, g1, g2 in glued:
                if g1 in tag or g2 in tag:
                    if (m.start(), m.end()) not in full:
                        errors.append(f"{pid}: hashtag {m.group(0)!r} holds {name!r} but is not labelled whole")
        if p["photo"]:
            for n in photo_yes:
                if re.search(rf"(?<!\w){name_re(n)}(?!\w)", ftext):
                    errors.append(f"{pid}: photo post names {n!r}, whose consent_name_with_photo is yes")
        if verbose:
            covered = [(a, b) for a, b, _ in spans]
            for w in sorted(words):
                for m in re.finditer(rf"(?<!\w){name_re(w)}(?!\w)", ftext):
                    if not any(a <= m.start() < b for a, b in covered):
                        print(f"  {pid}: unlabelled {text[m.start():m.end()]!r}: ...{text[max(0, m.start() - 30):m.end() + 30]!r}...")
    for e in errors:
        print("ERROR:", e)
    print(f"check: {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
