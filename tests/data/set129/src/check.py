"""Own checks for set 129 (run after build.py), with /work/main/.venv/bin/python, PYTHONPATH unset.

- labels occur in text; verdicts; UPN letters (via set2/validate.py as well);
- every register forename+surname pair (any casing, accents folded, run together, hashtag,
  surname-first) is covered by a full_name label; every hashtag containing one is labelled whole;
- no literal backslash-n; health/circumstance phrases never repeated;
- -v: list register forenames/preferred names/surnames in text not covered by a label (review).
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import PUPILS, STAFF  # noqa: E402

OUT = Path(__file__).parent.parent
TRAPS = set()  # deliberate unlabelled forename+surname pairs: none


def fold(s):
    s = s.replace("\u0422", "T").replace("\u0435", "e").replace("\u0430", "a").replace("\u043e", "o")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.replace("\u200b", "").replace("\u00a0", " ").casefold()


def main(verbose):
    errors = []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text().splitlines() if l.strip()]
    if len(posts) != 220 or [p["id"] for p in posts] != [f"z129-{i:03d}" for i in range(1, 221)]:
        errors.append("ids are not z129-001..220")
    phrases = Counter()
    for p in posts:
        text = p["text"]
        if "\\n" in text:
            errors.append(f"{p['id']}: literal backslash-n")
        spans, seen = [], Counter()
        for lab in p["expected"]:
            t = lab["text"]
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            k = seen[t]
            seen[t] += 1
            if k >= len(occ):
                errors.append(f"{p['id']}: {t!r} missing")
                continue
            spans.append((occ[k], occ[k] + len(t), lab["kind"]))
            if lab["kind"] in ("health", "circumstance"):
                phrases[fold(t)] += 1
        # full-name pairs
        ft = fold(text)
        for f, s, pref, y, c in PUPILS:
            for first in {f, pref} - {""}:
                a, b = re.escape(fold(first)), re.escape(fold(s))
                pats = [rf"(?<!\w){a}[\s_]*{b}", rf"(?<!\w){b},?[\s_]*{a}(?!\w)"]
                for pat in pats:
                    for m in re.finditer(pat, ft):
                        # map folded offsets roughly: require a full_name span overlapping m
                        hit = any(k == "full_name" and abs(sa - m.start()) <= 2
                                  for sa, sb, k in spans)
                        if not hit and f"{first} {s}" not in TRAPS:
                            errors.append(f"{p['id']}: {first} {s} pair unlabelled ({m.group(0)!r})")
        for m in re.finditer(r"#\w+", text):
            h = fold(m.group(0))
            for f, s, pref, y, c in PUPILS:
                for first in {f, pref} - {""}:
                    if fold(first).replace("-", "") + fold(s).replace("'", "") in h.replace("_", ""):
                        if not any(l["text"] == m.group(0) and l["kind"] == "full_name"
                                   for l in p["expected"]):
                            errors.append(f"{p['id']}: hashtag {m.group(0)} not labelled whole")
        if verbose:
            names = {f for f, *_ in PUPILS} | {r[2] for r in PUPILS if r[2]}
            for n in sorted(names):
                for m in re.finditer(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text):
                    if not any(sa <= m.start() < sb for sa, sb, k in spans):
                        print(f"  {p['id']}: unlabelled {n!r}: ...{text[max(0, m.start() - 30):m.end() + 30]!r}")
    for t, n in phrases.items():
        if n > 1:
            errors.append(f"record phrase used {n}x: {t!r}")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv))
