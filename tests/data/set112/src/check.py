"""Own checks for set 112 (run after build.py). -v lists unlabelled register words for review."""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
VERBOSE = "-v" in sys.argv
# posts where a register pair is deliberately left unlabelled (explained in README)
TRAP_PAIRS = {}


def fold(s):
    s = s.replace("\u0430", "a").replace("\u0435", "e").replace("\u043e", "o")
    s = s.replace("\u200b", "").replace("\u00a0", " ")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def main():
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    pupils = list(csv.DictReader((OUT / "register_pupils.csv").open(encoding="utf-8")))
    errors, notes = [], []
    names = []
    for p in pupils:
        for fn in {p["forename"], p["preferred_forename"]} - {""}:
            names.append((fn, p["surname"], p))
    phrases = {}
    for post in posts:
        pid, text, labels = post["id"], post["text"], post["expected"]
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        ftext = fold(text)
        # spans covered by labels (nth label = nth occurrence)
        spans, seen = [], {}
        for l in labels:
            seen[l["text"]] = seen.get(l["text"], 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(l["text"]), text)]
            s = occ[seen[l["text"]] - 1]
            spans.append((s, s + len(l["text"]), l))
            if l["kind"] in ("health", "circumstance"):
                key = l["text"].casefold()
                if key in phrases:
                    errors.append(f"{pid}: phrase {l['text']!r} already used in {phrases[key]}")
                phrases[key] = pid
        # hashtags
        for m in re.finditer(r"#\w+", text):
            tag = fold(m.group()).replace("_", "")
            for fn, sn, _ in names:
                if fold(fn + sn).replace("-", "") in tag.replace("-", ""):
                    if not any(l["text"] == m.group() and l["kind"] == "full_name" for l in labels):
                        errors.append(f"{pid}: hashtag {m.group()!r} not labelled full_name")
        # pairs (text folded keeps the same length except removed zero-width: use original where possible)
        for fn, sn, _ in names:
            pats = [rf"\b{re.escape(fold(fn))}[\s\u200b]+{re.escape(fold(sn))}\b",
                    rf"\b{re.escape(fold(sn))},?\s+{re.escape(fold(fn))}\b"]
            for pat in pats:
                for m in re.finditer(pat, ftext):
                    frag = m.group()
                    covered = any(l["kind"] == "full_name" and fold(l["text"]).replace("\u200b", "")
                                  .find(frag.replace("\u200b", "")[:3]) >= 0 and
                                  fold(l["text"]).replace(" ", "").replace(",", "").find(
                                      frag.replace(" ", "").replace(",", "")) >= 0 for l in labels)
                    if not covered and pid not in TRAP_PAIRS:
                        errors.append(f"{pid}: pair {frag!r} not labelled")
        # name-with-photo consent: pupils with yes must not be named in photo posts
        if post["photo"]:
            for p in pupils:
                if p["consent_name_with_photo"] == "yes":
                    for w in {p["forename"], p["preferred_forename"]} - {""}:
                        if re.search(re.escape(fold(w)), ftext.replace(" ", "")):
                            errors.append(f"{pid}: {w} has name_with_photo=yes but is in a photo post")
        # unlabelled register words, for review
        if VERBOSE:
            words = {p[k] for p in pupils for k in ("forename", "surname", "preferred_forename")} - {""}
            for w in sorted(words):
                for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.I):
                    if not any(a <= m.start() < b for a, b, _ in spans):
                        notes.append(f"{pid}: unlabelled {m.group()!r}: ...{text[max(0, m.start()-30):m.end()+30]!r}")
    for n in notes:
        print("review:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s), {len(notes)} review note(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
