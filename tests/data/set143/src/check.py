"""Checks for set 143 (run from anywhere; works as src/check.py or as the copy ../check.py).

    env -u PYTHONPATH /work/main/.venv/bin/python check.py [-v]

Errors (exit 1):
- ids not exactly z143-001 .. z143-220, or duplicated;
- a literal backslash-n in a post;
- a register pupil's forename (or preferred forename) + surname, in either order, any case,
  accent-folded, with zero-width characters / Cyrillic homoglyphs / nbsp undone, separated by
  whitespace, line breaks, a comma or nothing, that does not lie inside a full_name label
  (unless listed in TRAPS below as a deliberate trap);
- a hashtag holding such a pair that is not labelled whole as full_name;
- a pupil with consent_name_with_photo = yes named (forename, preferred or label) in a photo post;
- a circumstance label text used twice in the set;
- a CSV that Clearpost's mis_import reports problems in.
-v also lists every unlabelled occurrence of a register forename / preferred name / surname
(the intended traps), for review by eye.
"""

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent if HERE.name == "src" else HERE
NN = 143
N_POSTS = 220

# (post id, exact text) of forename+surname pairs deliberately left unlabelled. None in this set.
TRAPS = set()

ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
HOMOGLYPHS = str.maketrans({
    "\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0445": "x",
    "\u0443": "y", "\u0456": "i", "\u0410": "A", "\u0415": "E", "\u041e": "O", "\u0420": "P",
    "\u0421": "C", "\u0425": "X", "\u0422": "T", "\u041d": "H", "\u041a": "K", "\u041c": "M",
    "\u0412": "B",
})


def fold_char(ch):
    ch = ch.translate(HOMOGLYPHS)
    if ch in ("\u00a0", "\u202f"):
        return " "
    base = unicodedata.normalize("NFD", ch)[0]
    low = base.lower()
    return low if len(low) == 1 else base
    

def fold(text):
    """Folded text and, for each folded character, its index in the original."""
    out, idx = [], []
    for i, ch in enumerate(text):
        if ch in ZERO_WIDTH:
            continue
        out.append(fold_char(ch))
        idx.append(i)
    return "".join(out), idx


def fold_name(name):
    return fold(name)[0]


def squash(s):
    return re.sub(r"[^a-z0-9]", "", fold_name(s))


def name_rx(name):
    parts = re.split(r"[\s\-'’]+", fold_name(name))
    return r"[\s\-'’]?".join(re.escape(p) for p in parts)


def label_spans(post):
    spans, seen = [], {}
    for lab in post["expected"]:
        t = lab["text"]
        occ = [m.start() for m in re.finditer(re.escape(t), post["text"])]
        n = seen.get(t, 0)
        seen[t] = n + 1
        if n < len(occ):
            spans.append((occ[n], occ[n] + len(t), lab))
    return spans


def main():
    verbose = "-v" in sys.argv
    errors, review = [], []
    posts = [json.loads(l) for l in (SET / "posts.jsonl").read_text(encoding="utf-8").splitlines()
             if l.strip()]
    want = [f"z{NN}-{i:03d}" for i in range(1, N_POSTS + 1)]
    if [p["id"] for p in posts] != want:
        errors.append("ids are not exactly z143-001 .. z143-220 in order")
    with open(SET / "register_pupils.csv", encoding="utf-8") as fh:
        pupils = list(csv.DictReader(fh))
    with open(SET / "register_staff.csv", encoding="utf-8") as fh:
        staff = list(csv.DictReader(fh))

    pairs = []  # (pupil, regex, squashed forms)
    nwp_yes = []
    words = {}
    for row in pupils:
        fns = [row["forename"]] + ([row["preferred_forename"]] if row["preferred_forename"] else [])
        sn = row["surname"]
        full = f"{row['forename']} {sn}"
        for f in fns:
            sep = r"[\s,]*"
            rx = re.compile(
                rf"(?<![a-z0-9])(?:{name_rx(f)}{sep}{name_rx(sn)}|{name_rx(sn)}{sep}{name_rx(f)})(?![a-z])"
            )
            pairs.append((full, rx, {squash(f) + squash(sn), squash(sn) + squash(f)}))
        if row["consent_name_with_photo"] == "yes":
            nwp_yes.append((full, [fold_name(f) for f in fns]))
        for w in fns + [sn]:
            words.setdefault(fold_name(w), set()).add(full)

    circ_seen = {}
    for post in posts:
        pid, text = post["id"], post["text"]
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        spans = label_spans(post)
        if len(spans) != len(post["expected"]):
            errors.append(f"{pid}: a label does not occur often enough")
        full_spans = [(a, b) for a, b, lab in spans if lab["kind"] == "full_name"]
        ftext, idx = fold(text)

        for full, rx, _sq in pairs:
            for m in rx.finditer(ftext):
                a, b = idx[m.start()], idx[m.end() - 1] + 1
                if any(a >= fa and b <= fb for fa, fb in full_spans):
                    continue
                if (pid, text[a:b]) in TRAPS:
                    continue
                errors.append(f"{pid}: {text[a:b]!r} ({full}) not inside a full_name label")

        for m in re.finditer(r"#[\w\u200b\u200c\u200d\u2060]+", text):
            tag = m.group(0)
            sq = squash(tag)
            hit = [full for full, _rx, sqs in pairs if any(s in sq for s in sqs)]
            if hit:
                ok = any(lab["kind"] == "full_name" and lab["text"] == tag
                         for _a, _b, lab in spans)
                if not ok:
                    errors.append(f"{pid}: hashtag {tag!r} ({hit[0]}) not labelled whole")

        if post["photo"]:
            for full, fnames in nwp_yes:
                for f in fnames:
                    if re.search(rf"(?<![a-z]){re.escape(f)}(?![a-z])", ftext):
                        errors.append(f"{pid}: photo post names {full} (name-with-photo consent yes)")

        for lab in post["expected"]:
            if lab["kind"] == "circumstance":
                key = lab["text"].casefold()
                if key in circ_seen:
                    errors.append(f"{pid}: circumstance {lab['text']!r} already used in {circ_seen[key]}")
                circ_seen[key] = pid

        if verbose:
            for w, who in sorted(words.items()):
                for m in re.finditer(rf"(?<![a-z0-9]){name_rx(w)}(?![a-z])", ftext):
                    a, b = idx[m.start()], idx[m.end() - 1] + 1
                    if not any(a >= sa and b <= sb for sa, sb, _l in spans):
                        ctx = text[max(0, a - 25):b + 25].replace("\n", " ")
                        review.append(f"{pid}: unlabelled {text[a:b]!r} [{', '.join(sorted(who))}] ...{ctx}...")

    try:
        from clearpost.register import mis_import
        for name, fn in (("register_pupils.csv", mis_import.parse_pupils),
                         ("register_staff.csv", mis_import.parse_staff)):
            parsed = fn((SET / name).read_bytes())
            errors += [f"{name}: {p}" for p in parsed.problems]
            if parsed.ignored_columns:
                errors.append(f"{name}: columns not used: {parsed.ignored_columns}")
            if not parsed.rows:
                errors.append(f"{name}: no rows parsed")
    except ImportError:
        errors.append("cannot import clearpost.register.mis_import (use the venv, PYTHONPATH unset)")

    for r in review:
        print("review:", r)
    for e in errors:
        print("ERROR:", e)
    n_lab = sum(len(p["expected"]) for p in posts)
    print(f"{SET.name}: {len(posts)} posts, {n_lab} labels, {len(pupils)} pupils, "
          f"{len(staff)} staff; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
