"""Own checks for set 101 (run after build.py; PYTHONPATH unset, project venv).

- no literal backslash-n in any text; 220 posts; ids z101-001..220;
- every hashtag containing a register pupil's forename/preferred name + surname (folded, run
  together) is labelled full_name with the whole hashtag text;
- every register forename+surname pair (any casing/accents, separated by spaces, nbsp, line break,
  zero-width or nothing; also surname-first) inside a post lies in a full_name label;
- circumstance and health label texts are unique across the set;
- CSVs parse; UPN check letters; validator-style verdicts.
-v also lists every unlabelled register forename/surname word for review (intended traps).
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register.upn import problem

SET = Path(__file__).resolve().parent.parent
posts = [json.loads(l) for l in (SET / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
pupils = mis_import.parse_pupils((SET / "register_pupils.csv").read_bytes())
staff = mis_import.parse_staff((SET / "register_staff.csv").read_bytes())
errors = list(pupils.problems) + list(staff.problems)
HOMO = str.maketrans("аеорсхуіОАЕ", "aeopcxyiOAE")


def fold(s):
    s = s.translate(HOMO).replace("\u200b", "").replace("\u00a0", " ")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


names = []
for r in pupils.rows:
    if problem(r.upn):
        errors.append(f"bad UPN {r.upn}")
    for fn in {r.forename, r.preferred_forename} - {""}:
        names.append((fn, r.surname))
if [p["id"] for p in posts] != [f"z101-{i:03d}" for i in range(1, 221)]:
    errors.append("ids not z101-001..220")

seen_phrases = {}
for p in posts:
    t = p["text"]
    if "\\n" in t:
        errors.append(f"{p['id']}: literal backslash-n")
    full_spans = []
    for l in p["expected"]:
        if l["kind"] == "full_name":
            idx = [m.start() for m in re.finditer(re.escape(l["text"]), t)]
            for i in idx:
                full_spans.append((i, i + len(l["text"])))
        if l["kind"] in ("circumstance", "health"):
            k = l["text"].casefold()
            if k in seen_phrases:
                errors.append(f"{p['id']}: phrase {l['text']!r} also in {seen_phrases[k]}")
            seen_phrases[k] = p["id"]
    labelled = {l["text"] for l in p["expected"] if l["kind"] == "full_name"}
    for h in re.findall(r"#\w+", t):
        hf = re.sub(r"[\W_]", "", fold(h))
        for fn, sn in names:
            if re.sub(r"[\W_]", "", fold(fn + sn)) in hf and h not in labelled:
                errors.append(f"{p['id']}: hashtag {h} not labelled full_name")
    ft = fold(t)
    for fn, sn in names:
        a, b = re.escape(fold(fn)), re.escape(fold(sn))
        for pat in (rf"\b{a}[\s\u200b]*{b}\b", rf"\b{b},?\s*{a}\b"):
            for m in re.finditer(pat, ft):
                # map folded offsets back approximately: fold keeps length except removed chars
                ok = any(fold(t[s:e]).strip("#") and re.search(pat, fold(t[s:e])) for s, e in full_spans)
                if not ok:
                    errors.append(f"{p['id']}: {fn} {sn} written but not labelled full_name ({m.group()!r})")

if "-v" in sys.argv:
    words = set()
    for r in pupils.rows:
        for w in re.split(r"[\s-]", f"{r.forename} {r.preferred_forename} {r.surname}"):
            if w:
                words.add(w)
    for p in posts:
        t = p["text"]
        spans = []
        for l in p["expected"]:
            for m in re.finditer(re.escape(l["text"]), t):
                spans.append((m.start(), m.end()))
        for w in sorted(words):
            for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", t, flags=re.I):
                if not any(s <= m.start() < e for s, e in spans):
                    print(f"  {p['id']}: unlabelled {m.group()!r}: ...{t[max(0, m.start()-30):m.end()+30]!r}")

for e in errors:
    print("ERROR:", e)
print(f"check.py: {len(posts)} posts, {len(errors)} error(s)")
sys.exit(1 if errors else 0)
