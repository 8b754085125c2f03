"""Own checks for set 110 (run after build.py; also runs set2/validate.py).

- every label text occurs in its post as the nth occurrence; verdicts (validate.py does these too);
- every register pupil forename/preferred + surname written in a post (any case, accents folded,
  any separators, run together in hashtags) lies inside a full_name label, unless listed in TRAPS;
- every hashtag containing a pupil's forename+surname is labelled whole as full_name;
- no literal backslash-n; no health/circumstance phrase used twice;
- -v: list every unlabelled whole-word occurrence of a register forename, for review.
"""
import json, re, subprocess, sys, unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import PUPILS

OUT = Path(__file__).parent.parent
TRAPS = set()  # (post id, matched text) pairs deliberately left unlabelled


def fold(s):
    out = []
    for c in s:
        base = unicodedata.normalize("NFKD", c)[0]
        base = {"ł": "l", "Ł": "L", "\u043e": "o", "\u0435": "e", "\u0430": "a"}.get(c, base)
        out.append(base.lower())
    return "".join(out)  # same length as s


def spans(post):
    res, seen = [], Counter()
    for l in post["expected"]:
        t = l["text"]
        seen[t] += 1
        occ = [m.start() for m in re.finditer(re.escape(t), post["text"])]
        if len(occ) >= seen[t]:
            res.append((occ[seen[t] - 1], occ[seen[t] - 1] + len(t), l["kind"], t))
    return res


def main():
    verbose = "-v" in sys.argv
    problems = []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(posts) == 220 and [p["id"] for p in posts] == [f"z110-{i:03d}" for i in range(1, 221)]
    phrases = Counter()
    pairs = []
    for f, s, pref, *_ in PUPILS:
        for first in {f, pref, f.split()[0]} - {""}:
            pairs.append((first, s))
    for p in posts:
        text, ft = p["text"], fold(p["text"])
        if "\\n" in text:
            problems.append(f"{p['id']}: literal backslash-n")
        sp = spans(p)
        for l in p["expected"]:
            if l["kind"] in ("health", "circumstance"):
                phrases[l["text"].lower()] += 1
        for first, sur in pairs:
            pat = r"[\W_]*".join(re.escape(fold(x)) for x in (first.split() + sur.split()))
            pats = [pat, r"[\W_]*".join(re.escape(fold(x)) for x in (sur.split() + first.split()))]
            for pt in pats:
                for m in re.finditer(r"(?<![a-z])" + pt + r"(?![a-z])", ft):
                    inside = any(a <= m.start() and m.end() <= b and k == "full_name" for a, b, k, _ in sp)
                    if not inside and (p["id"], text[m.start():m.end()]) not in TRAPS:
                        problems.append(f"{p['id']}: unlabelled pupil name {text[m.start():m.end()]!r}")
        for m in re.finditer(r"#\w+", text):
            h = fold(m.group())
            for first, sur in pairs:
                key = fold(first + sur).replace(" ", "").replace("-", "")
                if key in re.sub(r"[\W_]", "", h):
                    if not any(k == "full_name" and t == m.group() for _, _, k, t in sp):
                        problems.append(f"{p['id']}: hashtag {m.group()!r} not labelled whole")
        if verbose:
            for first, _ in set(pairs):
                for m in re.finditer(r"(?<!\w)" + re.escape(fold(first)) + r"(?!\w)", ft):
                    if not any(a <= m.start() < b for a, b, _, _ in sp):
                        print(f"  review {p['id']}: unlabelled {text[m.start():m.end()]!r}")
    for ph, n in phrases.items():
        if n > 1:
            problems.append(f"record phrase used {n}x: {ph!r}")
    for pr in problems:
        print("PROBLEM:", pr)
    r = subprocess.run([sys.executable, str(OUT.parent / "set2" / "validate.py"), str(OUT)],
                       capture_output=True, text=True)
    print(r.stdout.strip())
    print(f"check.py: {len(problems)} problem(s)")
    return 1 if problems or r.returncode else 0


if __name__ == "__main__":
    sys.exit(main())
