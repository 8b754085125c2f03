"""Own checks for set 127: labels occur in order, verdicts, UPNs, CSVs parse, hashtags, no literal \\n.

Run: env -u PYTHONPATH /work/main/.venv/bin/python src/check.py [-v]
-v lists every unlabelled register forename / preferred name / surname in the posts for review.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register import upn as upn_rules

OUT = Path(__file__).resolve().parent.parent
RANK = {"info": 0, "warn": 1, "block": 2}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def main():
    verbose = "-v" in sys.argv
    errors = []
    pupils = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
    staff = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
    errors += [f"pupils: {p}" for p in pupils.problems] + [f"staff: {p}" for p in staff.problems]
    import csv
    rows = list(csv.DictReader((OUT / "register_pupils.csv").open(encoding="utf-8")))
    for r in rows:
        if upn_rules.problem(r["upn"]):
            errors.append(f"bad register UPN {r['upn']}")
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    if len(posts) != 220 or [p["id"] for p in posts] != [f"z127-{i:03d}" for i in range(1, 221)]:
        errors.append("ids / count wrong")
    words = {}
    for r in rows:
        for w in (r["forename"], r["preferred_forename"], r["surname"]):
            if w:
                words[w] = r
    for p in posts:
        t = p["text"]
        if "\\n" in t:
            errors.append(f"{p['id']}: literal backslash-n")
        worst = None
        spans, seen = [], {}
        for l in p["expected"]:
            seen[l["text"]] = seen.get(l["text"], 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(l["text"]), t)]
            if len(occ) < seen[l["text"]]:
                errors.append(f"{p['id']}: {l['text']!r} missing")
                continue
            s = occ[seen[l["text"]] - 1]
            spans.append((s, s + len(l["text"])))
            sev = SEV[p["account"]].get(l["rule"], "block")
            worst = sev if worst is None or RANK[sev] > RANK[worst] else worst
        verdict = "allow" if worst in (None, "info") else worst
        if verdict != p["verdict"]:
            errors.append(f"{p['id']}: verdict")
        for m in re.finditer(r"#\w+", t):
            h = fold(m.group()).replace("_", "")
            for r in rows:
                for f in filter(None, (r["forename"], r["preferred_forename"])):
                    if fold(f).replace("-", "") + fold(r["surname"]) in h and not any(
                            l["text"] == m.group() and l["kind"] == "full_name" for l in p["expected"]):
                        errors.append(f"{p['id']}: hashtag {m.group()}")
        if verbose:
            for w in words:
                for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", t):
                    if not any(a <= m.start() < b for a, b in spans):
                        print(f"{p['id']}: unlabelled {w!r}: …{t[max(0, m.start()-30):m.end()+30]!r}")
    for e in errors:
        print("ERROR:", e)
    print(f"check: {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
