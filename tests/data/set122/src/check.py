"""Own checks for set 122 (run after build.py):
- every register pupil forename/preferred + surname pair written in a post (any casing, accents
  folded, run together, hyphen/underscore/space/zero-width between, or "Surname, Forename")
  lies inside a full_name label, unless listed in TRAPS (explained in README);
- every hashtag containing a pupil's forename+surname is labelled full_name as the whole hashtag;
- no literal backslash-n; 220 posts; ids in order;
- then runs set2/validate.py.
`-v` also lists unlabelled register forenames per post for review.
Run: env -u PYTHONPATH /work/main/.venv/bin/python src/check.py [-v]
"""
import csv
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
# (post id, folded lower-case match) -> why it is not a pupil
TRAPS = {
    ("z122-017", "sorley maclean"): "the poet Sorley MacLean, not pupil Sorley Maclean",
}
EXTRA = {"ł": "l", "Ł": "L"}


def fold_char(c):
    c = EXTRA.get(c, c)
    base = "".join(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x))
    return (base.lower() or c)[:1] if base else c


def fold(s):
    return "".join(fold_char(c) for c in s)


def main():
    verbose = "-v" in sys.argv
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    pupils = list(csv.DictReader((OUT / "register_pupils.csv").open(encoding="utf-8")))
    errors = []
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts")
    for i, p in enumerate(posts, 1):
        if p["id"] != f"z122-{i:03d}":
            errors.append(f"post {i} has id {p['id']}")
    sep = r"[\s_\-\u200b\u200c\u200d\u2060\u00a0']*"
    pats = []
    for pu in pupils:
        sn = fold(pu["surname"])
        for fn in {pu["forename"], pu["preferred_forename"]} - {""}:
            f = fold(fn)
            fp = sep.join(re.escape(x) for x in re.split(r"[\s\-]", f))
            sp = sep.join(re.escape(x) for x in re.split(r"[\s\-]", sn))
            pats.append((f"{f} {sn}", re.compile(fp + sep + sp + r"(?![a-z])")))
            pats.append((f"{sn}, {f}", re.compile(r"(?<![a-z])" + sp + r",?\s+" + fp + r"(?![a-z])")))
    unused = set(TRAPS)
    for p in posts:
        text, ftext = p["text"], fold(p["text"])
        if "\\n" in text:
            errors.append(f"{p['id']}: literal backslash-n")
        spans, count = [], {}
        for l in p["expected"]:
            occ = [m.start() for m in re.finditer(re.escape(l["text"]), text)]
            n = count.get(l["text"], 0)
            count[l["text"]] = n + 1
            if n < len(occ) and l["kind"] == "full_name":
                spans.append((occ[n], occ[n] + len(l["text"])))
        for name, pat in pats:
            for m in pat.finditer(ftext):
                if any(a <= m.start() and m.end() <= b for a, b in spans):
                    continue
                key = (p["id"], re.sub(r"\s+", " ", m.group()).strip())
                if key in TRAPS:
                    unused.discard(key)
                    continue
                errors.append(f"{p['id']}: unlabelled pupil name {m.group()!r} ({name})")
        for m in re.finditer(r"#\w+", text):
            h = fold(m.group()).replace("_", "")
            for pu in pupils:
                for fn in {pu["forename"], pu["preferred_forename"]} - {""}:
                    full = re.sub(r"[\s\-]", "", fold(fn + pu["surname"]))
                    if full in re.sub(r"[\s\-]", "", h):
                        ok = any(l["text"] == m.group() and l["kind"] == "full_name"
                                 for l in p["expected"])
                        if not ok:
                            errors.append(f"{p['id']}: hashtag {m.group()} not labelled whole")
        if verbose:
            lab = " ".join(l["text"] for l in p["expected"])
            words = set()
            for pu in pupils:
                for fn in {pu["forename"], pu["preferred_forename"], pu["surname"]} - {""}:
                    for m in re.finditer(r"(?<!\w)" + re.escape(fold(fn)) + r"(?!\w)", ftext):
                        words.add(text[m.start():m.end()])
            loose = sorted(w for w in words if w not in lab)
            if loose:
                print(f"{p['id']}: unlabelled register words {loose}")
    for k in sorted(unused):
        errors.append(f"TRAPS entry not used: {k}")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s)")
    r = subprocess.run([sys.executable, str(OUT.parent / "set2" / "validate.py"), str(OUT)],
                       capture_output=True, text=True)
    print(r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.stderr)
    return 1 if errors or r.returncode else 0


if __name__ == "__main__":
    sys.exit(main())
