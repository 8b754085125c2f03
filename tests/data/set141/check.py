"""Check set 141 (run from anywhere; looks at the folder above src/ or beside this file).

- ids z141-001 ... z141-220, unique, in order; no literal backslash-n in any text;
- every register forename/preferred + surname pair written in a post (any case, accent-folded,
  zero-width/nbsp/Cyrillic-homoglyph normalised, split by whitespace, a line break or a comma,
  either order) lies inside a full_name label, unless listed in TRAPS;
- every hashtag holding such a pair (run together, CamelCase or with underscores) is labelled
  whole as full_name;
- no pupil with consent_name_with_photo = yes is named (a name label) in a photo post;
- the CSVs parse with clearpost.register.mis_import;
- -v lists every unlabelled register word (forename, preferred, surname) for review.
"""

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

from clearpost.register import mis_import

HERE = Path(__file__).resolve().parent
SET = HERE.parent if HERE.name == "src" else HERE
NN, TOTAL = 141, 220

# (post id, folded matched text): register pairs deliberately left unlabelled
TRAPS = {
    ("z141-140", "wight summer"),
}

HOMO = dict(zip("АВЕКМНОРСТХаеорсхіјѕ", "ABEKMHOPCTXaeopcxijs"))
ZW = set("\u200b\u200c\u200d\u2060\ufeff")


def fold(text):
    """Folded text and, for each folded char, the index of its source char."""
    out, idx = [], []
    for i, ch in enumerate(text):
        if ch in ZW:
            continue
        if ch == "\u00a0":
            ch = " "
        ch = HOMO.get(ch, ch)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        for c in base.casefold():
            out.append(c)
            idx.append(i)
    return "".join(out), idx


def f(s):
    return fold(s)[0]


def spans(post):
    res, seen = [], {}
    for l in post["expected"]:
        t = l["text"]
        n = seen.get(t, 0)
        seen[t] = n + 1
        occ = [m.start() for m in re.finditer(re.escape(t), post["text"])]
        if n < len(occ):
            res.append((occ[n], occ[n] + len(t), l))
    return res


def main():
    verbose = "-v" in sys.argv
    errors, notes = [], []
    posts = [json.loads(l) for l in (SET / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    want = [f"z{NN}-{i:03d}" for i in range(1, TOTAL + 1)]
    if [p["id"] for p in posts] != want:
        errors.append("ids are not z141-001 ... z141-220 in order")
    rows = list(csv.DictReader((SET / "register_pupils.csv").open(encoding="utf-8")))
    pairs, words, photo_ok = [], set(), []
    for r in rows:
        names = {r["forename"], r["preferred_forename"]} - {""}
        for n in list(names):
            if "-" in n:
                names.add(n.replace("-", " "))
        for n in names:
            pairs.append((f(n), f(r["surname"]), f"{r['forename']} {r['surname']}"))
            words.add(f(n))
        words.add(f(r["surname"]))
        if r["consent_name_with_photo"] == "yes":
            photo_ok.append((names, r["surname"]))
    used_traps = set()
    for p in posts:
        pid, text = p["id"], p["text"]
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        ft, idx = fold(text)
        sp = spans(p)
        full = [(a, b) for a, b, l in sp if l["kind"] == "full_name"]
        for fore, sur, who in pairs:
            for pat in (rf"(?<!\w){re.escape(fore)}[\s,]+{re.escape(sur)}(?!\w)",
                        rf"(?<!\w){re.escape(sur)}[\s,]+{re.escape(fore)}(?!\w)"):
                for m in re.finditer(pat, ft):
                    a, b = idx[m.start()], idx[m.end() - 1] + 1
                    if any(x <= a and b <= y for x, y in full):
                        continue
                    if (pid, m.group(0)) in TRAPS:
                        used_traps.add((pid, m.group(0)))
                        continue
                    errors.append(f"{pid}: {who} written as {text[a:b]!r} outside a full_name label")
        for m in re.finditer(r"#\w+", text):
            tag = f(m.group(0)).replace("_", "")
            for fore, sur, who in pairs:
                fo, su = fore.replace(" ", "").replace("-", ""), sur.replace(" ", "")
                if fo + su in tag or su + fo in tag:
                    ok = any(l["kind"] == "full_name" and a == m.start() and b == m.end()
                             for a, b, l in sp)
                    if not ok:
                        errors.append(f"{pid}: hashtag {m.group(0)!r} ({who}) not labelled whole")
        if p["photo"]:
            for names, sur in photo_ok:
                for a, b, l in sp:
                    if l["kind"] not in ("full_name", "forename"):
                        continue
                    lw = set(re.findall(r"\w+", f(l["text"])))
                    if any(set(re.findall(r"\w+", f(n))) <= lw for n in names):
                        errors.append(f"{pid}: photo post names {sorted(names)[0]} {sur} "
                                      f"(consent_name_with_photo = yes)")
        if verbose:
            for m in re.finditer(r"\w+", ft):
                if m.group(0) in words:
                    a = idx[m.start()]
                    if not any(x <= a < y for x, y, l in sp):
                        notes.append(f"{pid}: unlabelled {text[a:idx[m.end() - 1] + 1]!r}")
    for t in TRAPS - used_traps:
        errors.append(f"trap {t} not found")
    pupils = mis_import.parse_pupils((SET / "register_pupils.csv").read_bytes())
    staff = mis_import.parse_staff((SET / "register_staff.csv").read_bytes())
    for name, parsed in (("register_pupils.csv", pupils), ("register_staff.csv", staff)):
        errors += [f"{name}: {x}" for x in parsed.problems]
        if parsed.ignored_columns:
            errors.append(f"{name}: ignored columns {parsed.ignored_columns}")
    for n in notes:
        print("review:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"check: {len(posts)} posts, {len(pupils.rows)} pupils, {len(staff.rows)} staff; "
          f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
