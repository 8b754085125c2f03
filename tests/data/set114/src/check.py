"""Own checks for set 114 (run after build.py).

- every label text occurs in its post at least as often as labelled; verdicts; no literal \\n;
- UPN check letters (register and labels); CSVs parse with clearpost's mis_import;
- every register pupil forename/preferred + surname pair written in a post (any casing, accents
  folded, zero-width removed, spaced, hyphenated, run together, hashtag, surname-first) lies inside
  a full_name label, unless listed in TRAPS below;
- every hashtag containing a pupil's forename+surname is itself a full_name label;
- -v: lists every unlabelled register forename word for review (all intended traps).
"""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register import upn as upn_rules

OUT = Path(__file__).resolve().parent.parent
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
HOMO = str.maketrans({"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "і": "i", "у": "y",
                      "х": "x", "А": "A", "Е": "E", "О": "O", "Р": "P", "С": "C", "М": "M",
                      "Т": "T", "Н": "H", "К": "K", "В": "B"})
ZW = re.compile(r"[\u200b-\u200f\u2060\ufeff]")
# deliberate unlabelled pairs: (post id, "forename surname")
TRAPS = {("z114-165", "Joaquim Da Costa")}  # the pupil's grandad, same name: other_person


def fold(s):
    s = ZW.sub("", s).translate(HOMO)
    out = []
    for ch in s:
        d = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in d if not unicodedata.combining(c)) or ch
        out.append(base[0] if len(base) >= 1 else ch)
    return "".join(out).casefold()


def squash(text):
    """folded alnum-only string and its map back to the original indices (zero-width kept out)."""
    chars, idx = [], []
    for i, ch in enumerate(text):
        if ZW.match(ch):
            continue
        f = fold(ch)
        if f and f[0].isalnum():
            chars.append(f[0])
            idx.append(i)
    return "".join(chars), idx


def label_spans(post):
    spans, seen = [], {}
    for l in post["expected"]:
        t = l["text"]
        n = seen.get(t, 0)
        occ = [m.start() for m in re.finditer(re.escape(t), post["text"])]
        if n < len(occ):
            spans.append((occ[n], occ[n] + len(t), l))
        seen[t] = n + 1
    return spans


def main():
    verbose = "-v" in sys.argv
    errors = []
    pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    for p in pupils:
        if upn_rules.problem(p["upn"]):
            errors.append(f"register UPN {p['upn']}: {upn_rules.problem(p['upn'])}")
    for name, fn in (("register_pupils.csv", mis_import.parse_pupils),
                     ("register_staff.csv", mis_import.parse_staff)):
        parsed = fn((OUT / name).read_bytes())
        errors += [f"{name}: {x}" for x in parsed.problems]
    posts = [json.loads(l) for l in open(OUT / "posts.jsonl", encoding="utf-8") if l.strip()]
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts, want 220")
    want_ids = [f"z114-{i:03d}" for i in range(1, len(posts) + 1)]
    if [p["id"] for p in posts] != want_ids:
        errors.append("ids not sequential")
    keys = []
    for p in pupils:
        for f in {p["forename"], p["preferred_forename"] or p["forename"]}:
            keys.append((f"{f} {p['surname']}", squash(f + p["surname"])[0],
                         squash(p["surname"] + f)[0]))
    forenames = sorted({fold(p[k]) for p in pupils for k in ("forename", "preferred_forename")
                        if p[k]}, key=len, reverse=True)
    review = []
    for post in posts:
        pid, text = post["id"], post["text"]
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        for l in post["expected"]:
            if l["kind"] == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", l["text"]).upper()):
                errors.append(f"{pid}: bad UPN {l['text']}")
        counts = {}
        for l in post["expected"]:
            counts[l["text"]] = counts.get(l["text"], 0) + 1
        for t, c in counts.items():
            if text.count(t) < c:
                errors.append(f"{pid}: {t!r} labelled {c}x, occurs {text.count(t)}x")
        worst = None
        for l in post["expected"]:
            sev = SEV[post["account"]].get(l["rule"], "block")
            if worst is None or RANK[sev] > RANK[worst]:
                worst = sev
        if post["verdict"] != ("allow" if worst in (None, "info") else worst):
            errors.append(f"{pid}: verdict")
        spans = label_spans(post)
        full = [(a, b) for a, b, l in spans if l["kind"] == "full_name"]
        sq, idx = squash(text)
        ftext = fold(ZW.sub("", text))
        for name, k1, k2 in keys:
            for k in (k1, k2):
                for m in re.finditer(re.escape(k), sq):
                    a, b = idx[m.start()], idx[m.end() - 1] + 1
                    if a > 0 and fold(text[a - 1])[:1].isalnum():
                        continue
                    if b < len(text) and fold(text[b])[:1].isalnum():
                        continue
                    if not any(x <= a and b <= y for x, y in full) and (pid, name) not in TRAPS:
                        errors.append(f"{pid}: unlabelled pair {text[a:b]!r} ({name})")
        for m in re.finditer(r"#\w+", text):
            hs = squash(m.group(0))[0]
            if any(k1 in hs or k2 in hs for _, k1, k2 in keys):
                if not any(l["text"] == m.group(0) and l["kind"] == "full_name"
                           for l in post["expected"]):
                    errors.append(f"{pid}: hashtag {m.group(0)} not labelled full_name")
        if verbose:
            covered = [(a, b) for a, b, _ in spans]
            for f in forenames:
                for m in re.finditer(r"(?<!\w)" + re.escape(f) + r"(?!\w)", fold(text)):
                    if not any(x <= m.start() < y for x, y in covered):
                        review.append(f"{pid}: unlabelled {text[m.start():m.end()]!r}")
    for r in review:
        print("review:", r)
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s), {len(review)} unlabelled forename words")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
