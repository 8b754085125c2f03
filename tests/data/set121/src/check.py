"""Own checks for set 121 (run from anywhere): python src/check.py [-v]

- every label text occurs in its post at least as often as labelled; verdicts; ids z121-001..220;
- no literal backslash-n in any text;
- every register pupil forename (or preferred forename) + surname written in a post, in any
  casing, accent-folded, run together or split by spaces/line breaks/underscores, is covered by a
  full_name label (except the traps listed in TRAPS, explained in README);
- every hashtag containing a pupil's forename+surname is labelled full_name as the whole hashtag;
- -v: list every unlabelled register forename/surname word, for review as an intended trap.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import PUPILS  # noqa: E402

OUT = Path(__file__).parent.parent
TRAPS = set()  # (post id, folded pair) deliberately unlabelled


def fold_char(c):
    f = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)).casefold()
    return f if len(f) == 1 else c.lower()


def fold(s):
    return "".join(fold_char(c) for c in s)


def spans(post):
    out, seen = [], {}
    for l in post["expected"]:
        t = l["text"]
        seen[t] = seen.get(t, 0) + 1
        starts = [m.start() for m in re.finditer(re.escape(t), post["text"])]
        if len(starts) >= seen[t]:
            s = starts[seen[t] - 1]
            out.append((s, s + len(t), l))
    return out


def main():
    verbose = "-v" in sys.argv
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    errors = []
    if [p["id"] for p in posts] != [f"z121-{i:03d}" for i in range(1, len(posts) + 1)]:
        errors.append("ids not sequential")
    pairs = []
    for fn, sn, pref, *_ in PUPILS:
        for f in {fn, pref} - {""}:
            pairs.append((fold(f), fold(sn)))
    words = {fold(w) for fn, sn, pref, *_ in PUPILS for x in (fn, sn, pref) for w in re.split(r"[\s]", x) if w}
    for p in posts:
        text, ft = p["text"], fold(p["text"])
        if "\\n" in text:
            errors.append(f"{p['id']}: literal backslash-n")
        sp = spans(p)
        if len(sp) != len(p["expected"]):
            errors.append(f"{p['id']}: a label does not occur often enough")
        full = [(a, b) for a, b, l in sp if l["kind"] == "full_name"]
        for f, s in pairs:
            sep = r"[\s_.\-\u200b\u00a0]*"
            rx = re.escape(f) + sep + re.escape(s).replace(r"\ ", sep)
            for m in re.finditer(r"(?<![\w])" + rx + r"(?![\w])|(?<=#)\w*" + rx + r"\w*", ft):
                if not any(a <= m.start() and m.end() <= b for a, b in full):
                    if (p["id"], f + " " + s) not in TRAPS:
                        errors.append(f"{p['id']}: unlabelled pupil name {text[m.start():m.end()]!r}")
        for m in re.finditer(r"#\w+", text):
            h = fold(m.group())
            if any(f.replace("-", "") + s.replace(" ", "") in h.replace("_", "").replace("-", "") for f, s in pairs):
                if not any(l["kind"] == "full_name" and l["text"] == m.group() for l in p["expected"]):
                    errors.append(f"{p['id']}: hashtag {m.group()} not labelled whole as full_name")
        if verbose:
            for m in re.finditer(r"[\w\-]+", text):
                w = fold(m.group())
                if w in words and not any(a <= m.start() < b for a, b, _ in sp):
                    print(f"  {p['id']}: unlabelled register word {m.group()!r}")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
