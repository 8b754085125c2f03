"""Own checks for set 98 (run after build.py, with /work/main/.venv/bin/python, PYTHONPATH unset).

- every label text occurs as the nth occurrence; no literal backslash-n in any text;
- every register pupil forename/preferred + surname pair written in a post (any casing, accents
  folded, Cyrillic look-alikes folded, zero-width/space/underscore/line-break separated, run together,
  or surname-first) lies inside a full_name label, unless listed in ALLOWED below;
- every hashtag containing a pupil's forename+surname run together is labelled whole as full_name;
- no health/circumstance phrase is used twice; UPNs valid; verdicts as POLICY.md defaults;
- -v: list every unlabelled register forename / surname word for review (the intended traps).
"""
import json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import PUPILS, STAFF  # noqa: E402
from clearpost.register import upn as upn_rules  # noqa: E402

OUT = Path(__file__).parent.parent
CYR = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "і": "i", "у": "y", "А": "a", "Е": "e", "О": "o", "Р": "p", "С": "c"}
ZW = "\u200b\u200c\u200d\u2060\ufeff"
ALLOWED = set()  # (post id, pair) deliberately unlabelled: none


def fold(text):
    out = []
    for ch in text:
        if ch in ZW:
            out.append("\x00")
            continue
        ch = CYR.get(ch, ch)
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base.lower() if len(base.lower()) == 1 else base)
    return "".join(out)


def spans(post):
    seen, res = Counter(), []
    for l in post["expected"]:
        t = l["text"]
        seen[t] += 1
        occ = [m.start() for m in re.finditer(re.escape(t), post["text"])]
        if len(occ) < seen[t]:
            res.append((None, None, l))
            continue
        s = occ[seen[t] - 1]
        res.append((s, s + len(t), l))
    return res


def main():
    verbose = "-v" in sys.argv
    errors = []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts")
    sep = r"[\s_\x00'’\-]*"
    pats = []
    for p in PUPILS:
        sn = fold(p[1]).replace(" ", sep)
        for fn in {p[0], p[2]} - {""}:
            f = fold(fn).replace(" ", sep)
            pats.append((f"{fn} {p[1]}", re.compile(rf"(?<![a-z]){f}{sep}{sn}(?![a-z])")))
            pats.append((f"{p[1]}, {fn}", re.compile(rf"(?<![a-z]){sn},?{sep}{f}(?![a-z])")))
    phrases = Counter()
    words = {fold(w) for p in PUPILS for x in (p[0], p[1], p[2]) for w in x.split() if x}
    for post in posts:
        pid, text = post["id"], post["text"]
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        sp = spans(post)
        for a, b, l in sp:
            if a is None:
                errors.append(f"{pid}: label {l['text']!r} not found")
            if l["kind"] in ("health", "circumstance"):
                phrases[l["text"].casefold()] += 1
            if l["kind"] == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", l["text"]).upper()):
                errors.append(f"{pid}: bad upn {l['text']}")
        full = [(a, b) for a, b, l in sp if l["kind"] == "full_name" and a is not None]
        ft = fold(text)
        for pair, rx in pats:
            for m in rx.finditer(ft):
                if not any(a <= m.start() and m.end() <= b for a, b in full) and (pid, pair) not in ALLOWED:
                    errors.append(f"{pid}: unlabelled pupil name {text[m.start():m.end()]!r} ({pair})")
        for m in re.finditer(r"#\w+", text):
            h = re.sub(r"[^a-z]", "", fold(m.group()))
            for p in PUPILS:
                for fn in {p[0], p[2]} - {""}:
                    if re.sub(r"[^a-z]", "", fold(fn + p[1])) in h:
                        if not any(l["kind"] == "full_name" and l["text"] == m.group() for _, _, l in sp):
                            errors.append(f"{pid}: hashtag {m.group()} not labelled whole as full_name")
        if verbose:
            covered = [(a, b) for a, b, _ in sp if a is not None]
            for m in re.finditer(r"[^\W\d_][\w\-’']*", text):
                w = fold(m.group()).strip("'’")
                w = re.sub(r"['’]s$", "", w)
                if w in words and not any(a <= m.start() < b for a, b in covered):
                    print(f"  {pid}: unlabelled register word {m.group()!r}")
    for ph, n in phrases.items():
        if n > 1:
            errors.append(f"record phrase used {n}x: {ph!r}")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
