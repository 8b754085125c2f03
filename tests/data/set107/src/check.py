"""Set 107's own checks (run after build.py; /work/main/.venv/bin/python, PYTHONPATH unset).

- every label is the nth occurrence of its text, and the verdict follows POLICY.md defaults;
- every register pupil's forename/preferred + surname (any casing, accents folded, any
  whitespace, surname-first with or without comma) lies inside a full_name label;
- every hashtag containing a pupil's forename+surname run together is labelled whole as full_name;
- no literal backslash-n in any text; health/circumstance phrases never repeated;
- pupils with consent_name_with_photo = yes are never named in a photo post;
- CSVs parse with clearpost's mis_import, UPN check letters valid.
`-v` lists every unlabelled occurrence of a register forename or surname for review.
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
from build import NAME_WITH_PHOTO_YES, verdict  # noqa: E402
from pupils import PUPILS  # noqa: E402
from clearpost.register import mis_import, upn as upn_rules  # noqa: E402

ALLOWED_UNLABELLED_PAIRS = {}  # post id -> reason (none needed)


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def spans(post):
    text, seen, out = post["text"], Counter(), []
    for l in post["expected"]:
        t = l["text"]
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        n = seen[t]
        seen[t] += 1
        if n >= len(occ):
            yield None, l
            continue
        yield (occ[n], occ[n] + len(t)), l


def main():
    verbose = "-v" in sys.argv
    errors = []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts, want 220")
    for i, p in enumerate(posts, 1):
        if p["id"] != f"z107-{i:03d}":
            errors.append(f"bad id {p['id']}")
    phrases = Counter()
    for p in posts:
        pid, text = p["id"], p["text"]
        if "\\n" in text or "\\" in text:
            errors.append(f"{pid}: backslash in text")
        sp = list(spans(p))
        for s, l in sp:
            if s is None:
                errors.append(f"{pid}: label {l['text']!r} not found")
            if l["kind"] in ("health", "circumstance"):
                phrases[l["text"].casefold()] += 1
        if p["verdict"] != verdict(p["account"], p["expected"]):
            errors.append(f"{pid}: verdict")
        full_spans = [s for s, l in sp if s and l["kind"] == "full_name"]
        name_spans = [s for s, l in sp if s and l["kind"] in ("full_name", "forename")]
        ftext = fold(text)
        for f, sur, pref, *_ in PUPILS:
            for fn in filter(None, {f, pref}):
                a, b = re.escape(fold(fn)), re.escape(fold(sur))
                sepb = r"(?:\s|\u200b|\u00a0)*"
                for pat in (rf"\b{a}{sepb}{b}\b", rf"\b{b},?\s+{a}\b"):
                    for m in re.finditer(pat, ftext, flags=re.I):
                        if not any(x <= m.start() and m.end() <= y for x, y in full_spans):
                            if pid not in ALLOWED_UNLABELLED_PAIRS:
                                errors.append(f"{pid}: unlabelled pair {m.group(0)!r}")
        for m in re.finditer(r"#\w+", text):
            h = re.sub(r"[\W_]", "", fold(m.group(0))).casefold()
            for f, sur, pref, *_ in PUPILS:
                for fn in filter(None, {f, pref}):
                    key = re.sub(r"[\W_]", "", fold(fn + sur)).casefold()
                    if key in h and not any(
                        l["kind"] == "full_name" and l["text"] == m.group(0) for l in p["expected"]
                    ):
                        errors.append(f"{pid}: hashtag {m.group(0)} not labelled whole")
        if p["photo"]:
            for f, sur, pref, *_ in PUPILS:
                if f"{f} {sur}" in NAME_WITH_PHOTO_YES:
                    for fn in filter(None, {f, pref}):
                        if re.search(rf"\b{re.escape(fn)}\b", text):
                            errors.append(f"{pid}: {fn} named in photo post but name_with_photo=yes")
        if verbose:
            for f, sur, pref, *_ in PUPILS:
                for w in filter(None, {f, pref, sur}):
                    for m in re.finditer(rf"\b{re.escape(w)}\b", text, flags=re.I):
                        if not any(x <= m.start() < y for x, y in name_spans):
                            print(f"  {pid}: unlabelled {m.group(0)!r}: ...{text[max(0, m.start()-30):m.end()+30]!r}")
    for t, n in phrases.items():
        if n > 1:
            errors.append(f"record phrase used {n}x: {t!r}")
    pupils = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
    staff = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
    for name, parsed in (("pupils", pupils), ("staff", staff)):
        errors += [f"{name}: {x}" for x in parsed.problems]
        if parsed.ignored_columns:
            errors.append(f"{name}: ignored columns {parsed.ignored_columns}")
    for u in json.loads((HERE / "upns.json").read_text()).values():
        if upn_rules.problem(u):
            errors.append(f"bad UPN {u}")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
