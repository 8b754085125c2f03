"""Own checks for set 193 (run after build.py; PYTHONPATH unset, project venv).

- no literal backslash-n in any text; ids z193-001..z193-220;
- every hashtag containing a pupil's forename/preferred + surname (folded, run together) is
  labelled full_name with the whole hashtag text;
- every register forename/preferred + surname pair (any case, accents folded, whitespace
  between) is inside a full_name label, unless the post is listed in TRAP_PAIRS;
- pupils with consent_name_with_photo = yes are never named in a photo post;
- the CSVs parse with parse_pupils / parse_staff.
`-v` lists unlabelled capitalised register forenames / surnames for review (intended traps).
"""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

from clearpost.register import mis_import

OUT = Path(__file__).parent.parent
TRAP_PAIRS = {}  # id -> reason; none needed: every written pair is labelled

FOLD = str.maketrans({"ł": "l", "Ł": "L"})


def fold(s):
    s = s.translate(FOLD)
    out = []
    for ch in s:  # one char in, one char out, so positions are kept
        base = unicodedata.normalize("NFKD", ch)[0]
        out.append(base if base.isascii() or not ch.isascii() and len(base) == 1 else ch)
    return "".join(out).casefold()


def main():
    verbose = "-v" in sys.argv
    errs = []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    if [p["id"] for p in posts] != [f"z193-{i:03d}" for i in range(1, 221)]:
        errs.append("ids are not z193-001..z193-220")
    pairs = []
    for p in pupils:
        for fn in {p["forename"], p["preferred_forename"]} - {""}:
            pairs.append((fn, p["surname"], p))
    for post in posts:
        pid, text, labels = post["id"], post["text"], post["expected"]
        if "\\n" in text:
            errs.append(f"{pid}: literal backslash-n")
        full = [l["text"] for l in labels if l["kind"] == "full_name"]
        # spans of full_name labels (nth label = nth occurrence)
        spans, seen = [], {}
        for t in full:
            seen[t] = seen.get(t, 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            s = occ[seen[t] - 1]
            spans.append((s, s + len(t)))
        ftext = fold(text.replace("\u200b", "")) if False else fold(text)
        for m in re.finditer(r"#\w+", text):
            h = fold(m.group()).replace("_", "")
            for fn, sn, _ in pairs:
                key = re.sub(r"[\s\-']", "", fold(fn + sn))
                if key in h and m.group() not in full:
                    errs.append(f"{pid}: hashtag {m.group()} not labelled full_name")
        for fn, sn, _ in pairs:
            pat = re.escape(fold(fn)).replace(r"\ ", r"\s+") + r"\s+" + re.escape(fold(sn)).replace(r"\ ", r"\s+")
            for m in re.finditer(r"(?<!\w)" + pat + r"(?!\w)", ftext):
                if not any(a <= m.start() and m.end() <= b for a, b in spans) and pid not in TRAP_PAIRS:
                    errs.append(f"{pid}: pair {text[m.start():m.end()]!r} not labelled")
        if post["photo"]:
            for p in pupils:
                if p["consent_name_with_photo"] == "yes":
                    names = {p["forename"], p["preferred_forename"]} - {""}
                    for l in labels:
                        if l["kind"] in ("forename", "full_name") and any(
                                fold(n) in fold(l["text"]) for n in names):
                            errs.append(f"{pid}: {p['forename']} has name_with_photo=yes but is named")
        if verbose:
            words = {w for p in pupils for w in (p["forename"].split() + [p["preferred_forename"], p["surname"]]) if w}
            covered = "".join(l["text"] + " " for l in labels)
            for w in sorted(words):
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                    if w not in covered:
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
