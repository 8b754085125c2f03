"""Own checks for set 118 (run after build.py, with the project venv, PYTHONPATH unset).

- every label text occurs in its post at least as often as labelled; verdicts; UPN check letters;
- no literal backslash-n (or any backslash) in a text;
- every hashtag containing a register pupil's forename (or preferred) + surname, run together in
  any casing, is labelled `full_name` with the whole hashtag text;
- every register forename/preferred + surname pair written in a post (any casing, accents folded,
  zero-width / nbsp / homoglyphs normalised, spaced letters, double space, surname-first) is
  covered by a `full_name` label, unless listed in TRAPS;
- `-v` lists every unlabelled register forename / surname word for review.
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
from clearpost.register.upn import problem  # noqa: E402

TRAPS = {}  # post id -> pair deliberately unlabelled (none in this set)
HOMO = str.maketrans({"\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c"})
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def fold(s):
    s = s.translate(HOMO).replace("\u200b", "").replace("\u00a0", " ")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def squash(s):
    return re.sub(r"[^a-z0-9]", "", fold(s))


def main():
    verbose = "-v" in sys.argv
    errors, review = [], Counter()
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts, want 220")
    for i, p in enumerate(posts, 1):
        if p["id"] != f"z118-{i:03d}":
            errors.append(f"bad id {p['id']}")
    names = []
    for f, s, pref, *_ in PUPILS:
        for fn in {f, pref} - {""}:
            names.append((fn, s))
    for p in posts:
        pid, text, labels = p["id"], p["text"], p["expected"]
        if "\\" in text:
            errors.append(f"{pid}: backslash in text")
        c = Counter(l["text"] for l in labels)
        for t, n in c.items():
            if text.count(t) < n:
                errors.append(f"{pid}: {t!r} labelled {n}x, occurs {text.count(t)}x")
        worst = None
        for l in labels:
            sev = SEV[p["account"]].get(l["rule"], "block")
            if worst is None or RANK[sev] > RANK[worst]:
                worst = sev
        want = "allow" if worst in (None, "info") else worst
        if p["verdict"] != want:
            errors.append(f"{pid}: verdict {p['verdict']} want {want}")
        for l in labels:
            if l["kind"] == "upn":
                v = re.sub(r"[\s\-.]", "", l["text"]).upper()
                if problem(v):
                    errors.append(f"{pid}: bad UPN {l['text']}")
        full = [squash(l["text"]) for l in labels if l["kind"] == "full_name"]
        # hashtags
        for h in re.findall(r"#\w+", text):
            for fn, sn in names:
                if squash(fn + sn) in squash(h) or squash(sn + fn) in squash(h):
                    if not any(l["kind"] == "full_name" and l["text"] == h for l in labels):
                        errors.append(f"{pid}: hashtag {h} not labelled whole as full_name")
        # forename + surname pairs anywhere
        flat = squash(text)
        for fn, sn in names:
            for pair in (squash(fn + sn), squash(sn + fn)):
                k = flat.count(pair)
                if not k:
                    continue
                covered = sum(1 for f in full if pair in f)
                if covered < k and (pid, fn + " " + sn) not in TRAPS.items():
                    errors.append(f"{pid}: {fn} {sn} written {k}x, full_name covers {covered}")
        # review: unlabelled register words
        labelled = " ".join(l["text"] for l in labels)
        for f, s, pref, *_ in PUPILS:
            for w in {f, pref, s} - {""}:
                if re.search(r"(?<!\w)" + re.escape(fold(w)) + r"(?!\w)", fold(text)) and not re.search(
                        r"(?<!\w)" + re.escape(fold(w)) + r"(?!\w)", fold(labelled)):
                    review[(pid, w)] += 1
    for e in errors:
        print("ERROR:", e)
    if verbose:
        for (pid, w), n in sorted(review.items()):
            print(f"review: {pid} unlabelled register word {w!r}")
    print(f"check: {len(posts)} posts, {len(errors)} error(s), {len(review)} unlabelled register words to review")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
