"""Check set 139 (run from anywhere; -v lists every unlabelled register word for review).

    env -u PYTHONPATH /work/main/.venv/bin/python check.py [-v]

Checks: ids z139-001..z139-220 in order; no literal backslash-n; every label's text occurs
(nth label = nth occurrence, at word boundaries); every register pupil's forename or
preferred forename + surname pair written in a post (any case, accents folded, zero-width
characters and Cyrillic homoglyphs undone, split by spaces, a comma or a line break, either
order, apostrophe optional) lies inside a full_name label unless listed in TRAPS; every
hashtag holding such a pair is labelled whole as full_name; no pupil with
consent_name_with_photo = yes is named in a photo post; the CSVs parse with
clearpost.register.mis_import.
"""

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET_DIR = HERE if (HERE / "posts.jsonl").exists() else HERE.parent
TRAPS = set()  # (post id, matched text) of deliberately unlabelled pairs: none in this set

ZW = "\u200b\u200c\u200d\u2060\ufeff"
HOMO = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i",
        "А": "A", "Е": "E", "О": "O", "Р": "P", "С": "C", "Х": "X", "Т": "T", "Н": "H",
        "К": "K", "М": "M", "В": "B"}


def fold_char(c: str) -> str:
    if c in ZW:
        return ""
    c = HOMO.get(c, c)
    if c in "\u00a0\u202f":
        return " "
    if c in "\u2019\u2018`´":
        return "'"
    return "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)).lower()


def fold(s: str) -> tuple:
    out, idx = [], []
    for i, c in enumerate(s):
        f = fold_char(c)
        out.append(f)
        idx.extend([i] * len(f))
    return "".join(out), idx


def fold_s(s: str) -> str:
    return fold(s)[0]


def name_re(name: str) -> str:
    parts = []
    for ch in fold_s(name):
        if ch in "- ":
            parts.append(r"[-\s]?")
        elif ch == "'":
            parts.append(r"'?\s?")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def label_spans(post: dict, errors: list) -> list:
    text, seen, spans = post["text"], {}, []
    for lab in post["expected"]:
        t = lab["text"]
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        k = seen.get(t, 0)
        seen[t] = k + 1
        if k >= len(occ):
            errors.append(f"{post['id']}: label {t!r} not found {k + 1} times")
            continue
        a = occ[k]
        spans.append((a, a + len(t), lab["kind"], t))
    return spans


def main() -> int:
    verbose = "-v" in sys.argv
    errors, review = [], []
    posts = [json.loads(l) for l in (SET_DIR / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    pupils = list(csv.DictReader((SET_DIR / "register_pupils.csv").open(encoding="utf-8")))
    staff = list(csv.DictReader((SET_DIR / "register_staff.csv").open(encoding="utf-8")))

    want = [f"z139-{i:03d}" for i in range(1, 221)]
    if [p["id"] for p in posts] != want:
        errors.append("ids are not z139-001 ... z139-220 in order")

    pairs = []  # (pupil, regex)
    for p in pupils:
        fns = {p["forename"]} | ({p["preferred_forename"]} if p["preferred_forename"] else set())
        sn = name_re(p["surname"])
        for fn in fns:
            f = name_re(fn)
            pat = rf"(?<![a-z0-9])(?:{f}[\s,]+{sn}|{sn}[\s,]+{f})(?![a-z0-9])"
            pairs.append((p, re.compile(pat)))
    hash_keys = []
    for p in pupils:
        fns = {p["forename"]} | ({p["preferred_forename"]} if p["preferred_forename"] else set())
        s = re.sub(r"[^a-z0-9]", "", fold_s(p["surname"]))
        for fn in fns:
            f = re.sub(r"[^a-z0-9]", "", fold_s(fn))
            hash_keys.append((p, f + s, s + f))

    for post in posts:
        pid, text = post["id"], post["text"]
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n in text")
        spans = label_spans(post, errors)
        for a, b, kind, t in spans:
            if a > 0 and (text[a - 1].isalnum()) and text[a].isalnum():
                errors.append(f"{pid}: label {t!r} starts inside a word")
            if b < len(text) and text[b].isalnum() and text[b - 1].isalnum():
                errors.append(f"{pid}: label {t!r} ends inside a word")
        full_spans = [(a, b) for a, b, k, _ in spans if k == "full_name"]
        ftext, idx = fold(text)
        for pupil, rx in pairs:
            for m in rx.finditer(ftext):
                a, b = idx[m.start()], idx[m.end() - 1] + 1
                if (pid, text[a:b]) in TRAPS:
                    continue
                if not any(x <= a and b <= y for x, y in full_spans):
                    errors.append(f"{pid}: register pair {text[a:b]!r} not inside a full_name label")
        for m in re.finditer(r"#\w+", text):
            body = re.sub(r"[^a-z0-9]", "", fold_s(m.group(0)))
            for pupil, k1, k2 in hash_keys:
                if k1 in body or k2 in body:
                    if not any(a == m.start() and b == m.end() and k == "full_name" for a, b, k, _ in spans):
                        errors.append(f"{pid}: hashtag {m.group(0)!r} holds {pupil['forename']} {pupil['surname']} but is not labelled whole")
        # consent_name_with_photo
        if post["photo"]:
            for a, b, kind, t in spans:
                if kind not in ("forename", "full_name"):
                    continue
                ft = fold_s(t)
                for p in pupils:
                    if p["consent_name_with_photo"] != "yes":
                        continue
                    names = [p["forename"]] + ([p["preferred_forename"]] if p["preferred_forename"] else [])
                    inits = {fold_s(n[0] + p["surname"][0]) for n in names}
                    hit = any(re.search(rf"(?<![a-z]){name_re(n)}(?![a-z])", ft) for n in names)
                    hit = hit or re.sub(r"[^a-z]", "", ft) in inits
                    if hit:
                        errors.append(f"{pid}: photo post names {p['forename']} {p['surname']} (name-with-photo consent yes)")
            for p in pupils:
                if p["consent_name_with_photo"] == "yes":
                    for n in [p["forename"], p["preferred_forename"]]:
                        if n and re.search(rf"(?<![a-z]){name_re(n)}(?![a-z])", ftext):
                            review.append(f"{pid}: photo post contains the word {n!r} (consent-yes pupil) - check")
        # review list: register words outside labels
        if verbose:
            words = set()
            for p in pupils:
                words |= {p["forename"], p["surname"]} | ({p["preferred_forename"]} if p["preferred_forename"] else set())
            for w in sorted(words):
                for m in re.finditer(rf"(?<![a-z0-9]){name_re(w)}(?![a-z0-9])", ftext):
                    a = idx[m.start()]
                    if not any(x <= a < y for x, y, _, _ in spans):
                        review.append(f"{pid}: unlabelled {text[a:idx[m.end() - 1] + 1]!r}")

    try:
        from clearpost.register import mis_import
        pp = mis_import.parse_pupils((SET_DIR / "register_pupils.csv").read_bytes())
        ps = mis_import.parse_staff((SET_DIR / "register_staff.csv").read_bytes())
        for name, parsed, n in (("pupils", pp, len(pupils)), ("staff", ps, len(staff))):
            errors += [f"register_{name}.csv: {x}" for x in parsed.problems]
            if parsed.ignored_columns:
                errors.append(f"register_{name}.csv: ignored columns {parsed.ignored_columns}")
            if len(parsed.rows) != n:
                errors.append(f"register_{name}.csv: parsed {len(parsed.rows)} rows of {n}")
    except ImportError:
        errors.append("cannot import clearpost (use /work/main/.venv/bin/python, PYTHONPATH unset)")

    for r in review:
        print("review:", r)
    for e in errors:
        print("ERROR:", e)
    print(f"check: {len(posts)} posts, {len(pupils)} pupils, {len(staff)} staff; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
