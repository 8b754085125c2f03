"""Own checks for set 99: run build.py first. Prints stats, and review lists.

- every label text occurs in its post (nth label = nth occurrence: build.py enforces it);
- every hashtag containing a register pupil's forename+surname (any casing, run together)
  is labelled full_name with the whole hashtag;
- every register forename/preferred + surname pair written in a post (case-insensitive,
  accents folded, one or more spaces/line breaks) is inside a full_name label, unless listed
  in TRAPS;
- no literal backslash-n in a text; verdicts; UPN check letters;
- -v: lists unlabelled register forenames in each post for review.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pupils import PUPILS  # noqa: E402

OUT = HERE.parent
TRAPS = set()  # (post id, pair) deliberately unlabelled


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def main():
    verbose = "-v" in sys.argv
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    errors = []
    from clearpost.register.upn import problem
    ids = [p["id"] for p in posts]
    if ids != [f"z99-{i:03d}" for i in range(1, 221)]:
        errors.append(f"ids not z99-001..z99-220 ({len(ids)} posts)")
    for p in posts:
        t = p["text"]
        if "\\n" in t:
            errors.append(f"{p['id']}: literal backslash-n")
        spans = []
        seen = Counter()
        for lab in p["expected"]:
            occ = [m.start() for m in re.finditer(re.escape(lab["text"]), t)]
            k = seen[lab["text"]]
            seen[lab["text"]] += 1
            if len(occ) <= k:
                errors.append(f"{p['id']}: {lab['text']!r} missing")
                continue
            spans.append((occ[k], occ[k] + len(lab["text"]), lab))
            if lab["kind"] == "upn" and problem(re.sub(r"[\s\-.]", "", lab["text"]).upper()):
                errors.append(f"{p['id']}: bad UPN {lab['text']}")
        full_spans = [(a, b) for a, b, l in spans if l["kind"] == "full_name"]
        # hashtags
        for m in re.finditer(r"#\w+", t):
            h = fold(m.group().replace("_", ""))
            for q in PUPILS:
                for fn in {q[0], q[2]} - {""}:
                    pair = fold((fn + q[1]).replace(" ", "").replace("-", ""))
                    if pair in h.replace("-", ""):
                        ok = any(l["kind"] == "full_name" and l["text"] == m.group()
                                 for _, _, l in spans)
                        if not ok:
                            errors.append(f"{p['id']}: hashtag {m.group()} not labelled whole")
        # forename + surname pairs anywhere
        ft = fold(t)
        ft = re.sub("[\u200b\u200c\u200d\u2060]", "", ft)
        for q in PUPILS:
            for fn in {q[0], q[2]} - {""}:
                for a, b in ((fn, q[1]), (q[1], fn)):
                    pat = re.escape(fold(a)) + r"[\s,]+" + re.escape(fold(b)) + r"\b"
                    for m in re.finditer(r"\b" + pat, ft):
                        inside = any(x <= m.start() + 1 and m.end() <= y + 2 for x, y in full_spans)
                        if not inside and (p["id"], f"{a} {b}") not in TRAPS:
                            errors.append(f"{p['id']}: unlabelled pair {a} {b}")
        if verbose:
            for q in PUPILS:
                for fn in {q[0], q[2], q[1]} - {""}:
                    for m in re.finditer(r"\b" + re.escape(fold(fn)) + r"\b", ft):
                        if not any(x <= m.start() < y for x, y, _ in spans):
                            print(f"  review {p['id']}: {t[m.start():m.end()]!r} ...{t[max(0,m.start()-30):m.end()+30]!r}".replace("\n", " "))
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    print("posts", len(posts), "clean", sum(not p["expected"] for p in posts),
          "photo", sum(p["photo"] for p in posts),
          "personal", sum(p["account"] == "personal" for p in posts))
    print(dict(sorted(kinds.items())))
    print(Counter(p["verdict"] for p in posts))
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
