"""Own checks for set 131 (run after build.py).

- every label text occurs in its post as often as labelled; verdicts; no literal backslash-n;
- every register pupil forename/preferred + surname pair (any casing, accents folded, Cyrillic
  homoglyphs folded, zero-width/nbsp/line break/underscore/hyphen/nothing between, or
  surname-first with optional comma) lies inside a full_name label, unless listed in TRAPS;
- every hashtag containing a pupil's forename+surname run together is labelled full_name whole;
- the CSVs parse with clearpost.register.mis_import; UPN check letters.
-v lists every unlabelled register forename/surname word for review.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register import upn as upn_rules

HERE = Path(__file__).parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from pupils import PUPILS  # noqa: E402

TRAPS = set()  # (post id, matched text) deliberately unlabelled
HOMO = str.maketrans({"\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c",
                      "\u0456": "i", "\u0410": "A", "\u0415": "E", "\u041e": "O"})
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def fold(s):
    s = s.translate(HOMO)
    out = []
    for ch in s:
        if ch in "\u200b\u200c\u200d\u2060\ufeff":
            out.append("\x00")  # keep length: mark as removable
            continue
        d = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in d if not unicodedata.combining(c)) or ch
        out.append(base[0] if base else ch)
    return "".join(out).casefold().replace("ł", "l")


def spans_of(post):
    seen, spans = Counter(), []
    for l in post["expected"]:
        t = l["text"]
        seen[t] += 1
        occ = [m.start() for m in re.finditer(re.escape(t), post["text"])]
        if len(occ) >= seen[t]:
            spans.append((occ[seen[t] - 1], occ[seen[t] - 1] + len(t), l["kind"]))
    return spans


def main():
    verbose = "-v" in sys.argv
    errors = []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(posts) == 220 and [p["id"] for p in posts] == [f"z131-{i:03d}" for i in range(1, 221)]
    sep = r"(?:[\s_\-\x00]|\x00)*"
    pairs = []
    for fn, sn, pref, *_ in PUPILS:
        for f in {fn, pref, fn.split()[-1]} - {""}:
            pairs.append((fold(f), fold(sn)))
    for p in posts:
        text = p["text"]
        if "\\n" in text:
            errors.append(f"{p['id']}: literal backslash-n")
        for l in p["expected"]:
            if text.count(l["text"]) < 1:
                errors.append(f"{p['id']}: {l['text']!r} missing")
        worst = None
        for l in p["expected"]:
            s = SEV[p["account"]].get(l["rule"], "block")
            worst = s if worst is None or RANK[s] > RANK[worst] else worst
        if p["verdict"] != ("allow" if worst in (None, "info") else worst):
            errors.append(f"{p['id']}: verdict")
        ftext = fold(text)
        assert len(ftext) == len(text), p["id"]
        spans = spans_of(p)
        full = [(a, b) for a, b, k in spans if k == "full_name"]
        for f, s in pairs:
            fs = re.escape(f).replace(r"\ ", sep)
            ss = re.escape(s).replace(r"\ ", sep)
            for rx in (rf"(?<![\w]){fs}{sep}{ss}(?![\w])", rf"(?<![\w]){ss},?{sep}{fs}(?![\w])"):
                for m in re.finditer(rx, ftext):
                    if not any(a <= m.start() and m.end() <= b for a, b in full):
                        if (p["id"], text[m.start():m.end()]) not in TRAPS:
                            errors.append(f"{p['id']}: unlabelled pair {text[m.start():m.end()]!r}")
        for m in re.finditer(r"#\w+", text):
            h = re.sub(r"[_\W]", "", fold(m.group()))
            for f, s in pairs:
                if f.replace(" ", "") + s.replace(" ", "").replace("-", "") in h.replace("-", ""):
                    if not any(l["text"] == m.group() and l["kind"] == "full_name" for l in p["expected"]):
                        errors.append(f"{p['id']}: hashtag {m.group()} not labelled full_name")
        if verbose:
            words = {fold(w) for fn, sn, pref, *_ in PUPILS for w in re.split(r"[\s]", f"{fn} {sn} {pref}") if w}
            for m in re.finditer(r"[\w\u0400-\u04ff'-]+", text):
                if fold(m.group()) in words and not any(a <= m.start() and m.end() <= b for a, b, _ in spans):
                    print(f"  review {p['id']}: {m.group()!r}")
    pu = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
    st = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
    errors += [f"pupils: {x}" for x in pu.problems] + [f"staff: {x}" for x in st.problems]
    for row in (OUT / "register_pupils.csv").read_text(encoding="utf-8").splitlines()[1:]:
        u = row.split(",")[0]
        if upn_rules.problem(u):
            errors.append(f"upn {u}: {upn_rules.problem(u)}")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(pu.rows)} pupils, {len(st.rows)} staff, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
