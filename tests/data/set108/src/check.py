"""Own checks for set 108 (run after build.py; PYTHONPATH unset, project venv).

- 220 posts, ids z108-001..220; every label text occurs (nth label = nth occurrence);
- no literal backslash-n in any text;
- UPN check letters (register and labels);
- every hashtag containing a register pupil's forename/preferred + surname (any casing,
  run together, underscores) is labelled full_name as the whole hashtag;
- every register forename+surname pair in a text (any casing, accents folded, spaces,
  line breaks, underscores, surname-first, zero-width/homoglyph removed) lies inside a
  full_name label, unless listed in TRAPS;
- each circumstance/health phrase is used once in the set;
- consent_name_with_photo is 'no' for every pupil named in a photo post;
- CSVs parse with clearpost's mis_import;
- -v lists every unlabelled register forename/surname word for review.
"""
import csv
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register.upn import problem

OUT = Path(__file__).resolve().parent.parent
TRAPS = {}  # (post id, "forename surname"): reason - none needed


def fold(s):
    s = s.replace("\u0410", "A").replace("\u0430", "a").replace("\u0435", "e").replace("\u043e", "o")
    s = re.sub(r"[\u200b-\u200f\u2060\ufeff]", "", s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def main():
    verbose = "-v" in sys.argv
    errs = []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    if [p["id"] for p in posts] != [f"z108-{i:03d}" for i in range(1, 221)]:
        errs.append("ids not z108-001..220")
    pupils = list(csv.DictReader((OUT / "register_pupils.csv").open(encoding="utf-8")))
    staff = list(csv.DictReader((OUT / "register_staff.csv").open(encoding="utf-8")))
    for r in pupils:
        if problem(r["upn"]):
            errs.append(f"register UPN {r['upn']}: {problem(r['upn'])}")
    pp = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
    ps = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
    errs += [f"pupils csv: {x}" for x in pp.problems] + [f"staff csv: {x}" for x in ps.problems]
    names = []
    for r in pupils:
        fns = {r["forename"], r["forename"].split()[0]}
        if r["preferred_forename"]:
            fns.add(r["preferred_forename"])
        names.append((r, fns))
    phrases = Counter()
    named_photo = set()
    for p in posts:
        t, labels = p["text"], p["expected"]
        if "\\n" in t:
            errs.append(f"{p['id']}: literal backslash-n")
        want = Counter()
        spans = []
        for l in labels:
            want[l["text"]] += 1
            occ = [m.start() for m in re.finditer(re.escape(l["text"]), t)]
            if len(occ) < want[l["text"]]:
                errs.append(f"{p['id']}: label {l['text']!r} missing")
                continue
            s = occ[want[l["text"]] - 1]
            spans.append((s, s + len(l["text"]), l))
            if l["kind"] == "upn" and problem(re.sub(r"[\s\-.]", "", l["text"]).upper()):
                errs.append(f"{p['id']}: bad UPN label {l['text']}")
            if l["kind"] in ("circumstance", "health"):
                phrases[fold(l["text"])] += 1
        full_spans = [(a, b) for a, b, l in spans if l["kind"] == "full_name"]
        # hashtags
        for m in re.finditer(r"#\w+", t):
            h = fold(m.group(0)).replace("_", "")
            for r, fns in names:
                if any(fold(f).replace("-", "") + fold(r["surname"]) in h for f in fns):
                    if not any(a == m.start() and b == m.end() for a, b in full_spans):
                        errs.append(f"{p['id']}: hashtag {m.group(0)} not labelled whole")
        # pairs (forename then surname, or surname then forename), on folded text (same length?)
        ft = fold(t)
        same_len = len(ft) == len(t)
        for r, fns in names:
            for f in fns:
                for pat in (re.escape(fold(f)) + r"[\s_]*" + re.escape(fold(r["surname"])),
                            re.escape(fold(r["surname"])) + r",?[\s_]*" + re.escape(fold(f))):
                    for m in re.finditer(r"(?<!\w)" + pat + r"(?!\w)", re.sub(r"[\u200b-\u200f]", "", ft) if not same_len else ft):
                        key = (p["id"], f"{f} {r['surname']}")
                        if key in TRAPS:
                            continue
                        if same_len:
                            ok = any(a <= m.start() and m.end() <= b for a, b in full_spans)
                        else:
                            ok = bool(full_spans)
                        if not ok:
                            errs.append(f"{p['id']}: unlabelled pair {m.group(0)!r}")
        if p["photo"]:
            for l in labels:
                if l["kind"] in ("full_name", "forename"):
                    named_photo.add(fold(l["text"]))
        if verbose:
            covered = [(a, b) for a, b, l in spans]
            for r, fns in names:
                for w in list(fns) + [r["surname"]]:
                    for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", t, flags=re.I):
                        if not any(a <= m.start() < b for a, b in covered):
                            print(f"  {p['id']}: unlabelled {m.group(0)!r}")
    for ph, n in phrases.items():
        if n > 1:
            errs.append(f"phrase used {n}x: {ph!r}")
    for r, fns in names:
        if r["consent_name_with_photo"] == "yes":
            for lt in named_photo:
                if any(fold(f) in lt.split() or fold(f) in lt.replace("#", "").split("_") for f in fns):
                    errs.append(f"{r['forename']} {r['surname']}: name_with_photo yes but named in a photo post ({lt})")
    for e in errs:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {sum(len(p['expected']) for p in posts)} labels, {len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
