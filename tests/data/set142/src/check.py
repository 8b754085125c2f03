"""Checks for set 142 (run from the set folder or anywhere): see README.md.

- ids z142-001 ... z142-220, unique, in order; no literal backslash-n in any text;
- every register forename/preferred + surname pair written in a post (any case, accents folded,
  curly or spaced apostrophe, separated by spaces or a line break, either order, optional comma)
  lies inside a full_name label, unless listed in TRAPS;
- every hashtag holding such a pair is labelled whole as full_name;
- no pupil with consent_name_with_photo = yes is named in a photo post;
- the CSVs parse with clearpost.register.mis_import;
- -v: lists every register word (forename, preferred, surname) written outside a label, for review.
"""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

from clearpost.register import mis_import

SET = Path(__file__).resolve().parent
if SET.name == "src":
    SET = SET.parent
NN = 142
# (post id, folded pair text) written deliberately without a label
TRAPS = set()
DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}


def fold_char(c):
    if c in DROP:
        return ""
    if c in "\u2019\u2018\u02bc`":
        return "'"
    if c == "\u00a0":
        return " "
    d = unicodedata.normalize("NFKD", c)
    return "".join(x for x in d if not unicodedata.combining(x)).casefold()


def fold_map(text):
    out, idx = [], []
    for i, c in enumerate(text):
        f = fold_char(c)
        for ch in f:
            out.append(ch)
            idx.append(i)
    idx.append(len(text))
    return "".join(out), idx


def fold(s):
    return fold_map(s)[0]


def part_pattern(name):
    f = fold(name)
    pieces = []
    for ch in f:
        if ch == " ":
            pieces.append(r"\s+")
        elif ch == "'":
            pieces.append(r"'?\s?")
        elif ch == "-":
            pieces.append(r"[-\s]?")
        else:
            pieces.append(re.escape(ch))
    return "".join(pieces)


def alnum(s):
    return re.sub(r"[^0-9a-z]", "", fold(s))


def label_spans(post):
    spans, seen = [], {}
    for l in post["expected"]:
        t = l["text"]
        seen[t] = seen.get(t, 0) + 1
        occ = [m.start() for m in re.finditer(re.escape(t), post["text"])]
        if len(occ) < seen[t]:
            continue
        s = occ[seen[t] - 1]
        spans.append((s, s + len(t), l["kind"], t))
    return spans


def main():
    verbose = "-v" in sys.argv
    errors = []
    rows = list(csv.DictReader((SET / "register_pupils.csv").open(encoding="utf-8")))
    posts = [json.loads(l) for l in (SET / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    want = [f"z{NN}-{i:03d}" for i in range(1, len(posts) + 1)]
    if [p["id"] for p in posts] != want or len(posts) != 220:
        errors.append("ids are not z142-001 ... z142-220 in order")
    pairs = []  # (pupil key, forename-ish, surname, consent_photo)
    for r in rows:
        key = f"{r['forename']} {r['surname']}"
        for fn in {r["forename"], r["preferred_forename"]} - {""}:
            pairs.append((key, fn, r["surname"], r["consent_name_with_photo"] == "yes"))
    for p in posts:
        pid, text = p["id"], p["text"]
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        spans = label_spans(p)
        full = [(a, b) for a, b, k, _ in spans if k == "full_name"]
        ftext, idx = fold_map(text)
        for key, fn, sn, photo_ok in pairs:
            F, S = part_pattern(fn), part_pattern(sn)
            pat = re.compile(rf"(?<![\w#])(?:{F}\s+{S}|{S},?\s+{F})(?!\w)")
            for m in pat.finditer(ftext):
                a, b = idx[m.start()], idx[m.end()]
                inside = any(x <= a and b <= y for x, y in full)
                if not inside and (pid, m.group(0)) not in TRAPS:
                    errors.append(f"{pid}: register pair {text[a:b]!r} ({key}) not inside a full_name label")
        for m in re.finditer(r"#[\w\u200b]+", text):
            h = alnum(m.group(0))
            for key, fn, sn, _ in pairs:
                if alnum(fn + sn) in h or alnum(sn + fn) in h:
                    ok = any(a == m.start() and b == m.end() and k == "full_name" for a, b, k, _ in spans)
                    if not ok:
                        errors.append(f"{pid}: hashtag {m.group(0)!r} holds {key} but is not labelled whole")
        if p["photo"]:
            for key, fn, sn, photo_ok in pairs:
                if not photo_ok:
                    continue
                w = re.compile(rf"(?<!\w){part_pattern(fn)}(?!\w)")
                for a, b, k, t in spans:
                    if k in ("forename", "full_name") and w.search(fold(t)):
                        errors.append(f"{pid}: photo post names {key}, who has consent_name_with_photo = yes")
    for name, parser in (("register_pupils.csv", mis_import.parse_pupils),
                         ("register_staff.csv", mis_import.parse_staff)):
        parsed = parser((SET / name).read_bytes())
        errors += [f"{name}: {x}" for x in parsed.problems]
        if parsed.ignored_columns:
            errors.append(f"{name}: ignored columns {parsed.ignored_columns}")
    if verbose:
        words = set()
        for r in rows:
            for w in (r["forename"], r["preferred_forename"], r["surname"]):
                if w:
                    words.add(w)
        for p in posts:
            spans = label_spans(p)
            ftext, idx = fold_map(p["text"])
            hits = []
            for w in sorted(words):
                for m in re.finditer(rf"(?<!\w){part_pattern(w)}(?!\w)", ftext):
                    a, b = idx[m.start()], idx[m.end()]
                    if not any(x <= a and b <= y for x, y, _, _ in spans):
                        hits.append((a, p["text"][a:b]))
            if hits:
                hits.sort()
                print(f"  {p['id']} unlabelled register words: {', '.join(h for _, h in hits)}")
    for e in errors:
        print("ERROR:", e)
    print(f"check: {len(posts)} posts, {len(rows)} pupils; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
