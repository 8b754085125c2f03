"""Own checks for set 56: build errors (label order, repeated phrases), validate.py, and a list of
register forenames / surnames that occur in a post outside any label (for review: all intended)."""
import csv, json, re, subprocess, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
PY = "/work/main/.venv/bin/python"


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def main():
    env = {"PATH": "/usr/bin:/bin"}
    rc = subprocess.call([PY, str(HERE / "build.py")], env=env)
    rc |= subprocess.call([PY, "/work/main/tests/data/set2/validate.py", str(OUT)], env=env)
    pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    words = set()
    for p in pupils:
        for k in ("forename", "preferred_forename", "surname"):
            if p[k]:
                words.add(fold(p[k]))
    n = 0
    for line in open(OUT / "posts.jsonl", encoding="utf-8"):
        post = json.loads(line)
        text = post["text"]
        mask = list(fold(text)) if len(fold(text)) == len(text) else None
        spans = []
        counts = {}
        for l in post["expected"]:
            t = l["text"]
            counts[t] = counts.get(t, 0) + 1
            starts = [m.start() for m in re.finditer(re.escape(t), text)]
            s = starts[counts[t] - 1]
            spans.append((s, s + len(t)))
        ft = fold(text)
        if len(ft) != len(text):
            continue
        for w in words:
            for m in re.finditer(r"(?<![\w])" + re.escape(w) + r"(?![\w])", ft):
                if not any(a <= m.start() < b for a, b in spans):
                    n += 1
                    print(f"review {post['id']}: unlabelled {text[m.start():m.end()]!r}")
    print(f"{n} unlabelled register words listed for review")
    return rc


if __name__ == "__main__":
    sys.exit(main())
