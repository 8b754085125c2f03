"""Own checks for set 100, beyond set2/validate.py.

    env -u PYTHONPATH /work/main/.venv/bin/python src/check.py [-v]

- every register pupil forename (or preferred) + surname written in a post (any casing,
  accents folded, separated by spaces / line break / nbsp / zero-width / underscore / nothing,
  or surname-first with a comma) is covered by a full_name label, unless listed in TRAPS;
- every hashtag containing a pupil's forename+surname run together is labelled full_name whole;
- no literal backslash-n; ids z100-001..220; UPN check letters; verdicts;
- counts per kind, clean, photo, personal.
-v also lists every unlabelled register forename / surname word for review.
"""

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import PUPILS, SEVERITY, RANK, upns  # noqa: E402
from clearpost.register import upn as upn_rules  # noqa: E402
from clearpost.register import mis_import  # noqa: E402

OUT = Path(__file__).resolve().parent.parent
HOMO = str.maketrans("аеорсхіАЕОРСХІ", "aeopcxiAEOPCXI")

# deliberate unlabelled forename+surname pairs: (post id, folded pair) - explained in README
TRAPS = {
    ("z100-053", "fateh singh"),  # Sahibzada Fateh Singh, son of Guru Gobind Singh
}


def fold(s: str) -> str:
    s = s.translate(HOMO)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.casefold().replace("\u2019", "'")


def folded_with_map(text: str):
    """Fold char by char keeping a map back to original offsets."""
    out, idx = [], []
    for i, ch in enumerate(text):
        f = fold(ch)
        for c in f:
            out.append(c)
            idx.append(i)
    return "".join(out), idx


SEP = r"[\s\u00a0\u200b\u200c\u200d\u2060_]*"


def main() -> int:
    verbose = "-v" in sys.argv
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    errors, notes = [], []
    ids = [p["id"] for p in posts]
    if ids != [f"z100-{n:03d}" for n in range(1, 221)]:
        errors.append("ids are not z100-001..z100-220 in order")
    pairs = []
    for row in PUPILS:
        for first in {row[0], row[2]} - {""}:
            pairs.append((fold(first), fold(row[1])))
    for p in posts:
        text = p["text"]
        if "\\n" in text:
            errors.append(f"{p['id']}: literal backslash-n")
        # label spans
        spans, seen = [], Counter()
        for lab in p["expected"]:
            t = lab["text"]
            starts = [m.start() for m in re.finditer(re.escape(t), text)]
            k = seen[t]
            seen[t] += 1
            if k < len(starts):
                spans.append((starts[k], starts[k] + len(t), lab["kind"], t))
        ftext, fmap = folded_with_map(text)
        for first, sur in pairs:
            f_re = re.escape(first).replace("\\-", "[-\\s]?")
            s_re = re.escape(sur).replace("'", "['\u2019]\\s?")
            for rx in (
                rf"(?<![a-z]){f_re}{SEP}{s_re}(?![a-z])",
                rf"(?<![a-z]){s_re},?\s+{f_re}(?![a-z])",
            ):
                for m in re.finditer(rx, ftext):
                    a, b = fmap[m.start()], fmap[m.end() - 1] + 1
                    covered = any(s <= a and b <= e and k == "full_name" for s, e, k, _ in spans)
                    if not covered and (p["id"], f"{first} {sur}") not in TRAPS:
                        errors.append(f"{p['id']}: unlabelled pair {text[a:b]!r}")
        for m in re.finditer(r"#\w+", text):
            tag = fold(m.group()).replace("_", "")
            for first, sur in pairs:
                if (first.replace("-", "") + sur.replace("'", "")) in tag:
                    if not any(t == m.group() and k == "full_name" for _, _, k, t in spans):
                        errors.append(f"{p['id']}: hashtag {m.group()!r} not labelled full_name whole")
        for lab in p["expected"]:
            if lab["kind"] == "upn":
                why = upn_rules.problem(re.sub(r"[\s\-.]", "", lab["text"]).upper())
                if why:
                    errors.append(f"{p['id']}: {why}")
        worst = None
        for lab in p["expected"]:
            sev = SEVERITY[p["account"]].get(lab["rule"], "block")
            if worst is None or RANK[sev] > RANK[worst]:
                worst = sev
        want = "allow" if worst in (None, "info") else worst
        if p["verdict"] != want:
            errors.append(f"{p['id']}: verdict {p['verdict']} want {want}")
        if verbose:
            words = set()
            for row in PUPILS:
                words |= {row[0], row[1], row[2]} - {""}
            for w in words:
                for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text, flags=re.I):
                    if not any(s <= m.start() < e for s, e, _, _ in spans):
                        notes.append(f"{p['id']}: unlabelled {m.group()!r}: …{text[max(0, m.start() - 30):m.end() + 30]!r}")
    for u in upns().values():
        if upn_rules.problem(u):
            errors.append(f"register UPN {u} bad")
    pup = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
    stf = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
    errors += [f"pupils csv: {x}" for x in pup.problems] + [f"staff csv: {x}" for x in stf.problems]
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    print("kinds:", dict(sorted(kinds.items())))
    print(
        "posts", len(posts), "clean", sum(not p["expected"] for p in posts),
        "photo", sum(p["photo"] for p in posts), "personal", sum(p["account"] == "personal" for p in posts),
        "verdicts", dict(Counter(p["verdict"] for p in posts)),
    )
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
