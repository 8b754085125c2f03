"""Own checks for set 113: labels vs text, register pairs and hashtags labelled, name-with-photo
consent, backslash-n; -v lists every unlabelled register forename/surname word for review."""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pupils import PUPILS, NAME_WITH_PHOTO_YES  # noqa: E402

OUT = HERE.parent
# Deliberate unlabelled pairs (explained in README): none expected.
TRAP_PAIRS = set()


def fold(s):
    s = s.replace("\u200b", "").replace("\u00a0", " ").replace("\u043e", "o").replace("\u0435", "e")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def main():
    verbose = "-v" in sys.argv
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    errs, notes = [], []
    names = []
    for fn, sn, pref, *_ in PUPILS:
        for f in {fn, pref} - {""}:
            names.append((f, sn, f"{fn} {sn}"))
    for p in posts:
        t, labs = p["text"], p["expected"]
        if "\\n" in t:
            errs.append(f"{p['id']}: literal backslash-n")
        full = [fold(l["text"]) for l in labs if l["kind"] == "full_name"]
        ft = fold(t)
        # pairs: forename + surname in any spacing/order, also run together
        for f, sn, key in names:
            f_, s_ = fold(f), fold(sn)
            pats = [re.escape(f_) + r"[\s_]*" + re.escape(s_), re.escape(s_) + r",?\s*" + re.escape(f_)]
            for pat in pats:
                for m in re.finditer(pat, ft):
                    if not any(re.search(pat, x) for x in full) and key not in TRAP_PAIRS:
                        errs.append(f"{p['id']}: pair {m.group(0)!r} ({key}) not labelled full_name")
        for h in re.findall(r"#\w+", t):
            fh = fold(h)
            for f, sn, key in names:
                if fold(f).replace("-", "") + fold(sn).replace("-", "") in fh.replace("_", "").replace("-", ""):
                    if not any(l["text"] == h and l["kind"] == "full_name" for l in labs):
                        errs.append(f"{p['id']}: hashtag {h} not labelled full_name")
        if p["photo"]:
            for key in NAME_WITH_PHOTO_YES:
                f = key.split()[0]
                if re.search(r"\b" + re.escape(fold(f)) + r"\b", ft):
                    errs.append(f"{p['id']}: {key} (name_with_photo yes) named in a photo post")
        # review list: unlabelled name words
        spans = []
        for l in labs:
            start = 0
            for m in re.finditer(re.escape(l["text"]), t):
                if (m.start(), m.end()) not in spans:
                    spans.append((m.start(), m.end()))
                    break
        for f, sn, key in names:
            for w in (f, sn):
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", t):
                    if not any(a <= m.start() < b for a, b in spans):
                        notes.append(f"{p['id']}: unlabelled {w!r}: ...{t[max(0, m.start()-40):m.end()+30]!r}")
    for e in sorted(set(errs)):
        print("ERROR:", e)
    if verbose:
        for n in sorted(set(notes)):
            print("review:", n)
    print(f"check.py: {len(posts)} posts, {len(set(errs))} error(s), {len(set(notes))} unlabelled name word(s) to review")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
