"""Own checks for set 130 (run with the project venv, PYTHONPATH unset).

- every label text occurs (nth label = nth occurrence), verdicts, UPN check letters, CSVs parse;
- no literal backslash-n in any text;
- every hashtag containing a register pupil's forename/preferred name + surname (any casing,
  run together, accents folded, underscores/hyphens ignored) is labelled full_name as a whole;
- every register pupil's forename/preferred + surname pair in a post (also with Singh/Kaur
  between, surname-first with a comma, folded accents) lies inside a full_name label, unless it is
  a deliberate trap listed in TRAPS;
- `-v` lists every unlabelled register forename/surname word for review.
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register import upn as upn_rules

HERE = Path(__file__).parent
SET = HERE.parent
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
# deliberate register-pair traps (post id, matched text): explained in README
TRAPS = {("z130-007", "Fateh Singh")}


def fold(s):
    return "".join(unicodedata.normalize("NFKD", c)[0] for c in s).casefold()


def squash(s):
    return re.sub(r"[^a-z]", "", fold(s))


def main():
    verbose = "-v" in sys.argv
    errors = []
    pupils = mis_import.parse_pupils((SET / "register_pupils.csv").read_bytes())
    staff = mis_import.parse_staff((SET / "register_staff.csv").read_bytes())
    errors += [f"pupils csv: {p}" for p in pupils.problems]
    errors += [f"staff csv: {p}" for p in staff.problems]
    import csv
    rows = list(csv.DictReader(open(SET / "register_pupils.csv", encoding="utf-8")))
    for r in rows:
        if upn_rules.problem(r["upn"]):
            errors.append(f"bad UPN {r['upn']}")
    names = []
    for r in rows:
        for fn in {r["forename"], r["preferred_forename"]} - {""}:
            names.append((fn, r["surname"]))
    words = {fold(w) for r in rows for k in ("forename", "surname", "preferred_forename")
             for w in re.split(r"[\s]+", r[k]) if w}
    posts = [json.loads(l) for l in open(SET / "posts.jsonl", encoding="utf-8")]
    for p in posts:
        pid, text, labels = p["id"], p["text"], p["expected"]
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        spans, seen = [], {}
        for l in labels:
            t = l["text"]
            starts = [m.start() for m in re.finditer(re.escape(t), text)]
            n = seen.get(t, 0)
            if n >= len(starts):
                errors.append(f"{pid}: {t!r} missing")
                continue
            seen[t] = n + 1
            spans.append((starts[n], starts[n] + len(t), l["kind"]))
        worst = None
        for l in labels:
            s = SEV[p["account"]].get(l["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        if p["verdict"] != ("allow" if worst in (None, "info") else worst):
            errors.append(f"{pid}: verdict")
        ft = fold(text)
        assert len(ft) == len(text)
        full = [(a, b) for a, b, k in spans if k == "full_name"]
        for m in re.finditer(r"#[\w\u200b]+", text):
            tag = squash(m.group(0))
            for fn, sn in names:
                if squash(fn) + squash(sn) in tag:
                    if not any(l["text"] == m.group(0) and l["kind"] == "full_name" for l in labels):
                        errors.append(f"{pid}: hashtag {m.group(0)} not labelled full_name")
        for fn, sn in names:
            f, s = re.escape(fold(fn)), re.escape(fold(sn))
            for pat in (rf"\b{f}\s+(?:(?:singh|kaur)\s+)?{s}\b", rf"\b{s},?\s+{f}\b"):
                for m in re.finditer(pat, ft):
                    inside = any(a <= m.start() and m.end() <= b for a, b in full)
                    if not inside and (pid, text[m.start():m.end()]) not in TRAPS:
                        errors.append(f"{pid}: pair {text[m.start():m.end()]!r} not labelled")
        if verbose:
            for m in re.finditer(r"[^\W\d_]+", ft):
                if m.group(0) in words and not any(a <= m.start() < b for a, b, k in spans):
                    print(f"  {pid}: unlabelled register word {text[m.start():m.end()]!r}")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
