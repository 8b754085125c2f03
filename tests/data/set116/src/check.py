"""Own checks for set 116 beyond set2/validate.py. Usage: python src/check.py [-v]

- labels occur in the text, nth label = nth occurrence, verdict matches (as validate.py);
- no literal backslash-n in any text;
- every hashtag containing a register pupil's forename (or preferred) + surname, run together
  in any casing or accent folding, is labelled full_name as the whole hashtag;
- every register forename/preferred + surname pair written in a post (any casing, accents folded,
  any whitespace or zero-width between, also surname-first) lies inside a full_name label;
- UPN check letters; CSVs parse.
With -v, lists every unlabelled register forename/surname word for review (intended traps).
"""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

from clearpost.register import mis_import, upn as upn_rules

ROOT = Path(__file__).resolve().parent.parent
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
HOMO = str.maketrans({"\u0435": "e", "\u0430": "a", "\u043e": "o", "\u0441": "c", "\u0440": "p"})


def fold(s):
    s = s.translate(HOMO)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ł", "l").replace("Ł", "L").replace("’", "'").casefold()


def main(verbose):
    errors = []
    pupils = list(csv.DictReader(open(ROOT / "register_pupils.csv", encoding="utf-8")))
    for name, fn in (("register_pupils.csv", mis_import.parse_pupils),
                     ("register_staff.csv", mis_import.parse_staff)):
        parsed = fn((ROOT / name).read_bytes())
        errors += [f"{name}: {p}" for p in parsed.problems]
    for p in pupils:
        if upn_rules.problem(p["upn"]):
            errors.append(f"bad UPN {p['upn']}")
    pairs = []
    for p in pupils:
        for f in {p["forename"], p["preferred_forename"]} - {""}:
            pairs.append((f, p["surname"]))
    posts = [json.loads(l) for l in open(ROOT / "posts.jsonl", encoding="utf-8")]
    review = []
    for post in posts:
        pid, text, labels = post["id"], post["text"], post["expected"]
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        worst = None
        spans, seen = [], {}
        for lab in labels:
            t = lab["text"]
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            k = seen.get(t, 0)
            seen[t] = k + 1
            if k >= len(occ):
                errors.append(f"{pid}: {t!r} labelled more often than it occurs")
                continue
            spans.append((occ[k], occ[k] + len(t), lab["kind"]))
            s = SEV[post["account"]].get(lab["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        if post["verdict"] != ("allow" if worst in (None, "info") else worst):
            errors.append(f"{pid}: verdict")
        full = [(a, b) for a, b, k in spans if k == "full_name"]
        # hashtags
        for m in re.finditer(r"#[\w\u200b]+", text):
            h = re.sub(r"[\W_]", "", fold(m.group()))
            for f, sn in pairs:
                if re.sub(r"[\W_]", "", fold(f + sn)) in h:
                    if not any(a == m.start() and b == m.end() for a, b in full):
                        errors.append(f"{pid}: hashtag {m.group()!r} not labelled whole")
        # name pairs: build a folded copy with a position map (zero-width chars dropped)
        chars, pos = [], []
        for i, c in enumerate(text):
            if c in "\u200b\u200c\u200d\u2060\ufeff":
                continue
            fc = fold(c)
            for x in fc:
                chars.append(x)
                pos.append(i)
        ft = "".join(chars)
        for f, sn in pairs:
            ff, fs = re.escape(fold(f)), re.escape(fold(sn))
            fs = fs.replace("'", "'\\s*")
            for rx in (rf"(?<!\w){ff}\s+{fs}(?!\w)", rf"(?<!\w){fs},?\s+{ff}(?!\w)"):
                for m in re.finditer(rx, ft):
                    a, b = pos[m.start()], pos[m.end() - 1] + 1
                    if not any(x <= a and b <= y for x, y in full):
                        errors.append(f"{pid}: {text[a:b]!r} ({f} {sn}) not inside a full_name label")
        if verbose:
            words = {w for p in pupils for w in (p["forename"], p["surname"], p["preferred_forename"]) if w}
            for w in words:
                for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text, flags=re.I):
                    if not any(a <= m.start() < b for a, b, k in spans):
                        review.append(f"{pid}: {m.group()!r} unlabelled")
    for r in review:
        print("review:", r)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv))
