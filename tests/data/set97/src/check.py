"""Own checks for set 97 (run after build.py; PYTHONPATH unset, project venv).

- every register pupil forename/preferred + surname pair written in a post (any case, folded
  accents, run together or with _ / - / spaces, or "Surname, Forename") is covered by a
  full_name label; every hashtag containing such a pair is labelled whole;
- no literal backslash-n; 220 posts; ids z97-001..z97-220;
- no health/circumstance phrase used twice;
- pupils with consent_name_with_photo = yes are never named in a photo post;
- `-v`: list every unlabelled capitalised register forename / surname for review (traps).
"""

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from pupils import PUPILS, STAFF  # noqa: E402


def fold(s):
    """Accent-fold character by character, keeping the length (so offsets still match)."""
    out = []
    for c in s:
        d = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
        out.append(d if len(d) == 1 else {"ł": "l", "Ł": "L"}.get(c, c))
    return "".join(out)


def spans(post):
    out, seen = [], Counter()
    for lab in post["expected"]:
        t = lab["text"]
        seen[t] += 1
        occ = [m.start() for m in re.finditer(re.escape(t), post["text"])]
        s = occ[seen[t] - 1]
        out.append((s, s + len(t), lab))
    return out


def main():
    verbose = "-v" in sys.argv
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    errors = []
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts, want 220")
    for i, p in enumerate(posts, 1):
        if p["id"] != f"z97-{i:03d}":
            errors.append(f"bad id {p['id']}")
        if "\\n" in p["text"]:
            errors.append(f"{p['id']}: literal backslash-n")
    names = []
    for fn, sn, pref, *_ in PUPILS:
        for f in {fn, pref} - {""}:
            names.append((f, sn))
    phrase = Counter()
    yes_photo = {(r[0], r[2]) for r in PUPILS if r[9] == "yes"}
    for p in posts:
        text = fold(p["text"])
        sp = spans(p)
        full = [(a, b) for a, b, l in sp if l["kind"] == "full_name"]
        for f, sn in names:
            f2, s2 = fold(f), fold(sn)
            pats = [re.escape(f2) + r"[\s_\-]*" + re.escape(s2), re.escape(s2) + r",?\s+" + re.escape(f2)]
            for pat in pats:
                for m in re.finditer(r"(?<![^\W_])" + pat + r"(?![^\W_])", text, re.I):
                    if not any(a <= m.start() and m.end() <= b for a, b in full):
                        errors.append(f"{p['id']}: unlabelled full name {p['text'][m.start():m.end()]!r}")
        for m in re.finditer(r"#\w+", p["text"]):
            h = fold(m.group()).lower().replace("_", "")
            for f, sn in names:
                if (fold(f) + fold(sn)).lower().replace("-", "") in h.replace("-", ""):
                    if not any(l["kind"] == "full_name" and l["text"] == m.group() for l in p["expected"]):
                        errors.append(f"{p['id']}: hashtag {m.group()} not labelled whole")
        for l in p["expected"]:
            if l["kind"] in ("health", "circumstance"):
                phrase[l["text"].lower()] += 1
            if p["photo"] and l["kind"] in ("forename", "full_name"):
                first = l["text"].split()[0].strip(".,'’s").lower()
                for fn, pref in yes_photo:
                    if first in (fn.lower(), pref.lower()) or l["text"].lower().startswith(fn[0].lower() + "."):
                        if not ("." in l["text"] and not l["text"].lower().startswith(fn[0].lower() + ".")):
                            errors.append(f"{p['id']}: {l['text']!r} in a photo post but {fn} has name_with_photo yes")
        if verbose:
            words = set()
            for fn, sn, pref, *_ in PUPILS:
                words |= {fn, sn, pref} - {""}
            for w in sorted(words):
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", p["text"]):
                    if not any(a <= m.start() < b for a, b, _ in sp):
                        print(f"  review {p['id']}: {w!r} unlabelled: ...{p['text'][max(0, m.start() - 30):m.end() + 30]!r}".replace("\n", " "))
    errors += [f"phrase used twice: {t!r}" for t, c in phrase.items() if c > 1]
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    print("posts", len(posts), "clean", sum(1 for p in posts if not p["expected"]),
          "photo", sum(p["photo"] for p in posts), "personal", sum(p["account"] == "personal" for p in posts))
    print("kinds", dict(sorted(kinds.items())))
    print("verdicts", dict(Counter(p["verdict"] for p in posts)))
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
