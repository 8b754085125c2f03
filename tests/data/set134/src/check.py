"""Own checks for set 134 (run after build.py; -v lists unlabelled forename words for review).

- every register pupil forename/preferred + surname pair in a post (any case, accents folded,
  separated by spaces, '_', nothing, or zero-width chars) lies inside a full_name label;
- every hashtag containing such a pair is labelled whole as full_name;
- no literal backslash-n; 220 posts; ids in order; counts per kind.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from pupils import P  # noqa: E402

HOMO = str.maketrans("аеорсхіАЕОРСХІ", "aeopcxiAEOPCXI")


def fold(s):
    s = s.translate(HOMO)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def main():
    verbose = "-v" in sys.argv
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    problems = []
    if len(posts) != 220:
        problems.append(f"{len(posts)} posts, want 220")
    for i, p in enumerate(posts, 1):
        if p["id"] != f"z134-{i:03d}":
            problems.append(f"bad id {p['id']}")
    pairs = []
    for fn, sn, pref, *_ in P:
        firsts = {fn, fn.split()[-1], fn.split()[0], pref} - {""}
        for f in firsts:
            pairs.append((fold(f), fold(sn), f"{fn} {sn}"))
    sep = r"(?:[\s_\u200b\u200c\u200d\u2060\ufeff]|,\s*)*"
    for p in posts:
        text = p["text"]
        if "\\n" in text:
            problems.append(f"{p['id']}: literal backslash-n")
        # map folded text positions back: fold char by char
        ftext, idx = "", []
        for k, c in enumerate(text):
            fc = fold(c)
            ftext += fc
            idx += [k] * len(fc)
        spans = []
        pos = Counter()
        for l in p["expected"]:
            t = l["text"]
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            pos[t] += 1
            s = occ[pos[t] - 1]
            spans.append((s, s + len(t), l["kind"]))
        for f, sn, name in pairs:
            for pat in (re.escape(f) + sep + re.escape(sn), re.escape(sn) + sep + re.escape(f)):
                for m in re.finditer(r"(?<![^\W_])" + pat + r"(?![^\W_])", ftext):
                    a, b = idx[m.start()], idx[m.end() - 1] + 1
                    if not any(x <= a and b <= y and k == "full_name" for x, y, k in spans):
                        problems.append(f"{p['id']}: unlabelled pair {text[a:b]!r} ({name})")
        for m in re.finditer(r"#\w+", text):
            h = fold(m.group())
            for f, sn, name in pairs:
                if re.sub(r"[\s_]", "", f) + sn in h.replace("_", ""):
                    if not any(x == m.start() and y == m.end() and k == "full_name" for x, y, k in spans):
                        problems.append(f"{p['id']}: hashtag {m.group()!r} not labelled whole ({name})")
        if verbose:
            words = {fold(w) for fn, sn, pref, *_ in P for w in fn.split() + [pref, sn] if w}
            for m in re.finditer(r"[^\W\d_][\w'-]*", text):
                if fold(m.group()) in words and not any(x <= m.start() < y for x, y, _ in spans):
                    print(f"  {p['id']}: unlabelled register word {m.group()!r}")
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    print("kinds:", dict(sorted(kinds.items())))
    print("clean:", sum(1 for p in posts if not p["expected"]), "photo:", sum(p["photo"] for p in posts),
          "personal:", sum(p["account"] == "personal" for p in posts))
    for x in problems:
        print("PROBLEM:", x)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
