"""Own checks of set 128 (run after build.py).

- every hashtag containing a register pupil's forename (or preferred) + surname, folded and run
  together, is labelled full_name with the whole hashtag text;
- every register forename+surname pair written in a post (any casing, accents folded, one space,
  double space or line break between) lies inside a full_name label, unless listed in TRAPS;
- CSVs parse with clearpost's mis_import; UPN labels have valid check letters;
- no literal backslash-n; photo posts never name a pupil with consent_name_with_photo = yes.
-v lists every unlabelled whole-word occurrence of a register forename/surname for review.
"""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from pupils import PUPILS  # noqa: E402
from clearpost.register import mis_import, upn as upn_rules  # noqa: E402

TRAPS = set()  # (post id, pair) written deliberately unlabelled: none


def fold(s):
    s = re.sub(r"[\u200b-\u200d\u2060]", "", s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def main():
    verbose = "-v" in sys.argv
    errors = []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    names = []
    for fn, sn, pref, *_ in PUPILS:
        for f in {fn, pref} - {""}:
            names.append((f, sn))
    for p in posts:
        text, labs = p["text"], p["expected"]
        if "\\n" in text:
            errors.append(f"{p['id']}: literal backslash-n")
        full = [l["text"] for l in labs if l["kind"] == "full_name"]
        for tag in re.findall(r"#[\w\-]+", text):
            ft = re.sub(r"[\W_]", "", fold(tag))
            for f, s in names:
                pair = re.sub(r"[\W_]", "", fold(f + s))
                if pair in ft and tag not in full:
                    errors.append(f"{p['id']}: hashtag {tag!r} not labelled full_name")
        # spans of full_name labels
        spans, used = [], {}
        for l in labs:
            k = used.get(l["text"], 0)
            occ = [m.start() for m in re.finditer(re.escape(l["text"]), text)]
            s = occ[k]
            used[l["text"]] = k + 1
            spans.append((s, s + len(l["text"]), l["kind"]))
        ftext = fold(text)
        if len(ftext) != len(re.sub(r"[\u200b-\u200d\u2060]", "", text)):
            pass
        for f, s in names:
            pat = re.escape(fold(f)) + r"(?:\s{1,2}|\n)" + re.escape(fold(s))
            # search in text with accents folded char by char (same length)
            flat = "".join(fold(c)[:1] if fold(c) else c for c in text)
            for m in re.finditer(r"(?<!\w)" + pat + r"(?!\w)", flat):
                inside = any(a <= m.start() and m.end() <= b and k == "full_name" for a, b, k in spans)
                if not inside and (p["id"], f"{f} {s}") not in TRAPS:
                    errors.append(f"{p['id']}: {f} {s} written but not labelled")
        for l in labs:
            if l["kind"] == "upn":
                v = re.sub(r"[\s\-.]", "", l["text"]).upper()
                if upn_rules.problem(v):
                    errors.append(f"{p['id']}: bad upn {l['text']}")
        if verbose:
            words = set()
            for fn, sn, pref, *_ in PUPILS:
                words |= {fn, sn, pref} - {""}
            for w in sorted(words):
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                    if not any(a <= m.start() < b for a, b, _k in spans):
                        ctx = text[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")
                        print(f"  {p['id']} unlabelled {w!r}: …{ctx}…")
    pupils = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
    staff = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
    errors += [f"pupils csv: {x}" for x in pupils.problems] + [f"staff csv: {x}" for x in staff.problems]
    for row in csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")):
        if upn_rules.problem(row["upn"]):
            errors.append(f"register upn {row['upn']}")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
