"""Own checks for set 186 (run after build.py; PYTHONPATH unset, project venv).

- no literal backslash-n in any text; ids z186-001..z186-220;
- every hashtag containing a pupil's forename/preferred + surname (or + first surname of a
  Spanish double surname; folded, run together) is labelled full_name with the whole hashtag;
- every register forename/preferred + surname (or first surname) pair, also surname first with or
  without a comma (any case, accents folded, whitespace between) is inside a full_name label, unless the post is listed in TRAP_PAIRS;
- pupils with consent_name_with_photo = yes are never named in a photo post;
- the CSVs parse with parse_pupils / parse_staff.
`-v` lists every occurrence of a register forename / preferred name / surname word that lies
outside every label span (nth label = nth occurrence), for review: all must be intended traps.
"""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

from clearpost.register import mis_import

OUT = Path(__file__).parent.parent
NN = "186"
TRAP_PAIRS = {}  # id -> reason; none needed: every written pair is labelled


def fold(s):
    out = []
    for ch in s:  # one char in, one char out, so positions are kept
        base = unicodedata.normalize("NFKD", ch)[0]
        out.append(base if base.isascii() or not ch.isascii() and len(base) == 1 else ch)
    return "".join(out).casefold()


def label_spans(text, labels):
    spans, seen = [], {}
    for l in labels:
        t = l["text"]
        seen[t] = seen.get(t, 0) + 1
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        s = occ[seen[t] - 1]
        spans.append((s, s + len(t), l["kind"]))
    return spans


def main():
    verbose = "-v" in sys.argv
    errs = []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    if [p["id"] for p in posts] != [f"z{NN}-{i:03d}" for i in range(1, 221)]:
        errs.append(f"ids are not z{NN}-001..z{NN}-220")
    pairs = []
    for p in pupils:
        surnames = {p["surname"], p["surname"].split()[0]}
        if p["surname"].startswith("El "):
            surnames = {p["surname"]}
        for fn in {p["forename"], p["preferred_forename"]} - {""}:
            for sn in surnames:
                pairs.append((fn, sn, p))
    words = set()
    for p in pupils:
        words.update(p["forename"].split())
        words.update(p["surname"].split())
        if p["preferred_forename"]:
            words.add(p["preferred_forename"])
    words -= {"del", "El"}
    for post in posts:
        pid, text, labels = post["id"], post["text"], post["expected"]
        if "\\n" in text:
            errs.append(f"{pid}: literal backslash-n")
        spans = label_spans(text, labels)
        full_spans = [(a, b) for a, b, k in spans if k == "full_name"]
        full = [l["text"] for l in labels if l["kind"] == "full_name"]
        ftext = fold(text)
        for m in re.finditer(r"#\w+", text):
            h = fold(m.group()).replace("_", "")
            for fn, sn, _ in pairs:
                key = re.sub(r"[\s\-']", "", fold(fn + sn))
                if key in h and m.group() not in full:
                    errs.append(f"{pid}: hashtag {m.group()} not labelled full_name")
        for fn, sn, _ in pairs:
            pat = re.escape(fold(fn)).replace(r"\ ", r"\s+") + r"\s+" + re.escape(fold(sn)).replace(r"\ ", r"\s+")
            for m in re.finditer(r"(?<!\w)" + pat + r"(?!\w)", ftext):
                if not any(a <= m.start() and m.end() <= b for a, b in full_spans) and pid not in TRAP_PAIRS:
                    errs.append(f"{pid}: pair {text[m.start():m.end()]!r} not labelled")
        for fn, sn, _ in pairs:  # surname first: "VICTORY Liam", "Price, Megan"
            pat = re.escape(fold(sn)).replace(r"\ ", r"\s+") + r",?\s+" + re.escape(fold(fn)).replace(r"\ ", r"\s+")
            for m in re.finditer(r"(?<!\w)" + pat + r"(?!\w)", ftext):
                if not any(a <= m.start() and m.end() <= b for a, b in full_spans) and pid not in TRAP_PAIRS:
                    errs.append(f"{pid}: surname-first pair {text[m.start():m.end()]!r} not labelled")
        if post["photo"]:
            for p in pupils:
                if p["consent_name_with_photo"] == "yes":
                    names = {p["forename"], p["preferred_forename"]} - {""}
                    for l in labels:
                        if l["kind"] in ("forename", "full_name") and any(
                                fold(n) in fold(l["text"]) for n in names):
                            errs.append(f"{pid}: {p['forename']} has name_with_photo=yes but is named")
        if verbose:
            for w in sorted(words):
                for m in re.finditer(r"(?<!\w)" + re.escape(fold(w)) + r"(?!\w)", ftext):
                    if not any(a <= m.start() < b for a, b, _ in spans):
                        print(f"  review {pid}: {w!r} unlabelled: ...{text[max(0, m.start()-30):m.end()+30]!r}")
    for name, parse in (("register_pupils.csv", mis_import.parse_pupils),
                        ("register_staff.csv", mis_import.parse_staff)):
        r = parse((OUT / name).read_bytes())
        errs += [f"{name}: {x}" for x in r.problems]
    for e in errs:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
