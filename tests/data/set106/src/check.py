"""Own checks for set 106 (beyond set2/validate.py).

- every register pupil forename/preferred + surname written in a post (any case, accents folded,
  separated by nothing, spaces, a line break, '_' or '-', either order with a comma) is inside a
  full_name label; every hashtag containing forename+surname run together is labelled whole;
- no literal backslash-n in a text; every label text occurs (nth label = nth occurrence);
- health and circumstance label phrases are never repeated;
- the CSVs parse with clearpost's mis_import; UPN check letters;
- -v: list every unlabelled register forename/surname word, for review (all intended traps).
Run: env -u PYTHONPATH /work/main/.venv/bin/python src/check.py [-v]
"""

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register import upn as upn_rules

HERE = Path(__file__).parent
SET = HERE.parent


def fold(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\u200b\u200c\u200d\u2060":
            out.append("\x00")
            continue
        base = unicodedata.normalize("NFKD", ch)[0]
        base = {"ł": "l", "Ł": "L", "\u00a0": " "}.get(ch, base)
        # Cyrillic homoglyphs
        base = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "М": "M", "А": "A", "Е": "E",
                "О": "O", "Р": "P", "С": "C", "і": "i"}.get(ch, base)
        out.append(base.casefold()[0] if base.casefold() else base)
    return "".join(out)


def main() -> int:
    verbose = "-v" in sys.argv
    errors = []
    posts = [json.loads(l) for l in (SET / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    pupils = mis_import.parse_pupils((SET / "register_pupils.csv").read_bytes())
    staff = mis_import.parse_staff((SET / "register_staff.csv").read_bytes())
    for name, parsed in (("pupils", pupils), ("staff", staff)):
        errors += [f"{name}: {p}" for p in parsed.problems]
    import csv
    rows = list(csv.DictReader(open(SET / "register_pupils.csv", encoding="utf-8")))
    for r in rows:
        if upn_rules.problem(r["upn"]):
            errors.append(f"bad UPN {r['upn']}")
    names = []
    for r in rows:
        for fn in {r["forename"], r["preferred_forename"]} - {""}:
            names.append((fold(fn), fold(r["surname"]), f"{fn} {r['surname']}"))
    words = Counter()
    phrases = Counter()
    for p in posts:
        t = p["text"]
        if "\\n" in t:
            errors.append(f"{p['id']}: literal backslash-n")
        ft = fold(t)
        assert len(ft) == len(t)
        spans, seen = [], Counter()
        for lab in p["expected"]:
            seen[lab["text"]] += 1
            occ = [m.start() for m in re.finditer(re.escape(lab["text"]), t)]
            if len(occ) < seen[lab["text"]]:
                errors.append(f"{p['id']}: label {lab['text']!r} missing")
                continue
            s = occ[seen[lab["text"]] - 1]
            spans.append((s, s + len(lab["text"]), lab["kind"]))
            if lab["kind"] in ("health", "circumstance"):
                phrases[lab["text"].casefold()] += 1

        def covered(a, b, kind="full_name"):
            return any(x <= a and b <= y and k == kind for x, y, k in spans)

        for fn, sn, full in names:
            sep = r"[\s_\-\x00]*"
            pats = [re.escape(fn) + sep + re.escape(sn), re.escape(sn) + r",?" + sep + re.escape(fn)]
            for pat in pats:
                for m in re.finditer(r"(?<![a-z])" + pat + r"(?![a-z])", ft):
                    if not covered(m.start(), m.end()):
                        errors.append(f"{p['id']}: unlabelled full name {t[m.start():m.end()]!r} ({full})")
        for m in re.finditer(r"#\w+", t):
            h = fold(m.group()).replace("_", "")
            for fn, sn, full in names:
                if (fn + sn).replace("-", "") in h.replace("-", "") and not covered(m.start(), m.end()):
                    errors.append(f"{p['id']}: hashtag {m.group()!r} has {full} but is not labelled whole")
        if verbose:
            labelled = [(a, b) for a, b, _ in spans]
            regwords = {w for fn, sn, _ in names for w in (fn, sn)}
            for m in re.finditer(r"[\w'-]+", ft):
                w = m.group().strip("'-").removesuffix("'s")
                if w in regwords and not any(a <= m.start() < b for a, b in labelled):
                    print(f"  {p['id']}: unlabelled register word {t[m.start():m.end()]!r}")
    for ph, n in phrases.items():
        if n > 1:
            errors.append(f"record phrase used {n}x: {ph!r}")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
