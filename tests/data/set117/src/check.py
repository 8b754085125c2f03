"""Own checks for set 117 (run after build.py; PYTHONPATH unset, project venv).

- every register pupil's forename/preferred + surname written in a post (any casing, accents folded,
  run together, underscore, surname-first, hashtag) lies inside a full_name label, except the
  deliberate traps in ALLOWED;
- every hashtag containing a pupil's forename+surname is labelled whole as full_name;
- no literal backslash-n; ids z117-001..220; pupils named in a photo post have
  consent_name_with_photo = no;
- -v: list unlabelled register forenames/surnames (word-boundary, case-sensitive) for review.
"""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).parent.parent
ALLOWED = {}  # post id -> reason (none needed)


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("\u200b", "").replace("\u00a0", " ").casefold()


def main() -> int:
    verbose = "-v" in sys.argv
    pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    posts = [json.loads(l) for l in open(OUT / "posts.jsonl", encoding="utf-8")]
    errors = []
    ids = [p["id"] for p in posts]
    if ids != [f"z117-{n:03d}" for n in range(1, len(posts) + 1)]:
        errors.append("ids not consecutive")
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts, not 220")
    photo_named = set()
    for p in posts:
        text = p["text"]
        if "\\n" in text:
            errors.append(f"{p['id']}: literal backslash-n")
        spans = []
        for j, lab in enumerate(p["expected"]):
            occ = [m.start() for m in re.finditer(re.escape(lab["text"]), text)]
            k = sum(1 for l in p["expected"][: j + 1] if l["text"] == lab["text"])
            s = occ[k - 1]
            spans.append((s, s + len(lab["text"]), lab["kind"]))
        ftext = fold(text)
        # folding keeps length for these scripts except combining marks; map via per-char fold
        idx = []
        for i, ch in enumerate(text):
            f = fold(ch)
            idx += [i] * len(f)
        assert len(idx) == len(ftext), p["id"]
        for pu in pupils:
            sn = fold(pu["surname"])
            for fn in {pu["forename"], pu["preferred_forename"]} - {""}:
                f = fold(fn)
                pats = [re.escape(f) + r"[\s_]*" + re.escape(sn), re.escape(sn) + r",?\s+" + re.escape(f)]
                for pat in pats:
                    for m in re.finditer(r"(?<!\w)" + pat + r"(?!\w)", ftext):
                        a, b = idx[m.start()], idx[m.end() - 1] + 1
                        ok = any(x <= a and b <= y and k == "full_name" for x, y, k in spans)
                        if not ok and p["id"] not in ALLOWED:
                            errors.append(f"{p['id']}: unlabelled pair {text[a:b]!r}")
                for m in re.finditer(r"#\w+", text):
                    if re.sub(r"_", "", f) .replace("-", "") + sn.replace("'", "") in fold(m.group()).replace("_", "").replace("-", "").replace("'", ""):
                        if not any(l["text"] == m.group() and l["kind"] == "full_name" for l in p["expected"]):
                            errors.append(f"{p['id']}: hashtag {m.group()} not labelled whole")
        if p["photo"]:
            for lab in p["expected"]:
                if lab["kind"] in ("full_name", "forename"):
                    photo_named.add(fold(lab["text"]))
    for pu in pupils:
        if pu["consent_name_with_photo"] == "yes":
            for fn in {pu["forename"], pu["preferred_forename"]} - {""}:
                for t in photo_named:
                    if re.search(r"(?<!\w)" + re.escape(fold(fn)) + r"(?!\w)", t):
                        errors.append(f"{pu['forename']} {pu['surname']} named in a photo post ({t}) but consent_name_with_photo=yes")
    if verbose:
        for p in posts:
            lab = " ".join(l["text"] for l in p["expected"])
            for pu in pupils:
                for w in {pu["forename"], pu["preferred_forename"], pu["surname"]} - {""}:
                    for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", p["text"]):
                        if not any(w in l["text"] for l in p["expected"]):
                            print(f"review {p['id']}: {w!r} unlabelled")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
