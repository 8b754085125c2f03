"""Own checks for set 136 (run after build.py): validator, full-name coverage, hashtags,
unique record phrases, photo-consent rule. -v lists unlabelled register words for review.
Run: env -u PYTHONPATH /work/main/.venv/bin/python check.py [-v]
"""
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import PUPILS  # noqa: E402

OUT = Path(__file__).parent.parent
HOMO = str.maketrans({"\u0405": "S", "\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p",
                      "\u0441": "c", "\u0410": "A", "\u0415": "E", "\u041e": "O", "\u2019": "'"})


def fold(s):
    s = s.translate(HOMO)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.replace("\u200b", "").replace("\u00a0", " ").casefold()


def spans(post):
    out, seen = [], Counter()
    for lab in post["expected"]:
        t = lab["text"]
        occ = [m.start() for m in re.finditer(re.escape(t), post["text"])]
        s = occ[seen[t]]
        seen[t] += 1
        out.append((s, s + len(t), lab))
    return out


def main():
    verbose = "-v" in sys.argv
    errors = []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(posts) == 220 and [p["id"] for p in posts] == [f"z136-{i:03d}" for i in range(1, 221)]
    names = []
    for p in PUPILS:
        for fn in {p[0], p[2]} - {""}:
            names.append((fn, p[1], p))
    for post in posts:
        text, sp = post["text"], spans(post)
        if "\\n" in text:
            errors.append(f"{post['id']}: literal backslash-n")
        # fold char by char so positions stay aligned (homoglyph/accents map 1:1, zero-width -> '\0')
        folded = "".join((fold(c) or "\0")[0] if c != "\u200b" else "\0" for c in text)
        for fn, sn, _ in names:
            f, s = fold(fn), fold(sn)
            sep = r"[\s\0_]*"
            for pat in (re.escape(f) + sep + re.escape(s), re.escape(s) + r",?" + sep + re.escape(f)):
                for m in re.finditer(r"(?<![a-z])" + pat.replace(r"\ ", sep) + r"(?![a-z])", folded):
                    a, b = m.start(), m.end()
                    if not any(x <= a and b <= y and l["kind"] == "full_name" for x, y, l in sp):
                        errors.append(f"{post['id']}: unlabelled full name {text[a:b]!r}")
        for m in re.finditer(r"#\w+", text):
            h = fold(m.group(0))
            for fn, sn, _ in names:
                if fold(fn).replace("-", "") + fold(sn) in h.replace("_", "").replace("-", ""):
                    if not any(l["kind"] == "full_name" and l["text"] == m.group(0) for l in post["expected"]):
                        errors.append(f"{post['id']}: hashtag {m.group(0)} not labelled whole")
        if post["photo"]:
            for lab in post["expected"]:
                if lab["kind"] in ("full_name", "forename"):
                    t = fold(lab["text"])
                    for fn, sn, p in names:
                        ini = (fold(fn)[0] + "." + fold(sn)[0] + ".")
                        if re.search(r"(?<![a-z])" + re.escape(fold(fn)) + r"(?![a-z])", t) or t == ini:
                            if p[10]:
                                errors.append(f"{post['id']}: {p[0]} {p[1]} named in photo post but nwp=yes")
    rec = Counter(fold(l["text"]) for p in posts for l in p["expected"] if l["kind"] in ("health", "circumstance"))
    errors += [f"record phrase used twice: {t!r}" for t, n in rec.items() if n > 1]
    if verbose:
        words = {w for p in PUPILS for w in (p[0], p[1], p[2]) if w}
        for post in posts:
            sp = spans(post)
            for w in words:
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", post["text"]):
                    if not any(x <= m.start() < y for x, y, _ in sp):
                        print(f"  {post['id']}: unlabelled {w!r}: ...{post['text'][max(0, m.start() - 30):m.end() + 30]!r}")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(errors)} error(s)")
    r = subprocess.run([sys.executable, str(OUT.parent / "set2" / "validate.py"), str(OUT)],
                       capture_output=True, text=True)
    print(r.stdout.strip())
    return 1 if errors or r.returncode else 0


if __name__ == "__main__":
    sys.exit(main())
