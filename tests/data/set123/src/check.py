"""Own checks for set 123 (run with /work/main/.venv/bin/python, PYTHONPATH unset).

- every label occurs in its post (nth label = nth occurrence), verdicts follow POLICY.md defaults;
- UPNs (register and labels) have valid check letters; CSVs parse with parse_pupils/parse_staff;
- no literal backslash-n in any text; ids z123-001..z123-220;
- every hashtag containing a pupil's forename (or preferred) + surname is labelled full_name whole;
- every register forename/preferred + surname pair written in a post (accent-folded, any case,
  any whitespace) lies inside a full_name label, unless listed in TRAPS;
- -v: lists every unlabelled occurrence of a register forename/preferred/surname for review.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register.upn import problem

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
import pupils as P  # noqa: E402

TRAPS = set()  # (post id, pair) deliberately unlabelled
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("\u200b", "").replace("а", "a")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def main():
    verbose = "-v" in sys.argv
    errs = []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    if [p["id"] for p in posts] != [f"z123-{i:03d}" for i in range(1, 221)]:
        errs.append("ids are not z123-001..z123-220")
    pairs = []
    for fn, sn, pref, _ in P.PUPILS:
        for f in {fn, pref} - {""}:
            pairs.append((fold(f), fold(sn)))
    for p in posts:
        t, labs = p["text"], p["expected"]
        if "\\n" in t:
            errs.append(f"{p['id']}: literal backslash-n")
        worst = None
        spans, seen = [], Counter()
        for l in labs:
            occ = [m.start() for m in re.finditer(re.escape(l["text"]), t)]
            k = seen[l["text"]]
            seen[l["text"]] += 1
            if k >= len(occ):
                errs.append(f"{p['id']}: {l['text']!r} not in text")
                continue
            spans.append((occ[k], occ[k] + len(l["text"]), l["kind"]))
            s = SEV[p["account"]].get(l["rule"], "block")
            worst = s if worst is None or RANK[s] > RANK[worst] else worst
            if l["kind"] == "upn" and problem(re.sub(r"[\s\-.]", "", l["text"]).upper()):
                errs.append(f"{p['id']}: bad upn {l['text']}")
        v = "allow" if worst in (None, "info") else worst
        if v != p["verdict"]:
            errs.append(f"{p['id']}: verdict {p['verdict']} expected {v}")
        full = [(a, b) for a, b, k in spans if k == "full_name"]
        for m in re.finditer(r"#\w+", t):
            h = fold(re.sub(r"[\W_]", "", m.group()))
            if any(f.replace("-", "").replace("'", "") + s.replace("'", "") in h for f, s in pairs):
                if not any(a == m.start() and b == m.end() for a, b in full):
                    errs.append(f"{p['id']}: hashtag {m.group()} not labelled whole")
        ft = fold(t)
        for f, s in pairs:
            for m in re.finditer(r"(?<!\w)" + re.escape(f) + r"['’]?s?[\s,]+" + re.escape(s) + r"(?!\w)|(?<!\w)"
                                 + re.escape(s) + r",?\s+" + re.escape(f) + r"(?!\w)", ft):
                if len(ft) != len(t):
                    continue
                if not any(a <= m.start() and m.end() <= b for a, b in full) and (p["id"], f + " " + s) not in TRAPS:
                    errs.append(f"{p['id']}: unlabelled pair {t[m.start():m.end()]!r}")
        if verbose:
            words = {fold(x) for fn, sn, pref, _ in P.PUPILS for x in (fn, sn, pref) if x}
            for m in re.finditer(r"[\w-]+(?:'(?!s\b)\w+)?", ft):
                if m.group() in words and not any(a <= m.start() < b for a, b, _ in spans):
                    print(f"  {p['id']}: unlabelled register word {t[m.start():m.end()]!r}")
    pu = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
    st = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
    for name, parsed in (("pupils", pu), ("staff", st)):
        errs += [f"{name}: {x}" for x in parsed.problems]
        if parsed.ignored_columns:
            errs.append(f"{name}: ignored columns {parsed.ignored_columns}")
    for r in (OUT / "register_pupils.csv").read_text(encoding="utf-8").splitlines()[1:]:
        if problem(r.split(",")[0]):
            errs.append(f"register upn {r.split(',')[0]}")
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    print("kinds:", dict(sorted(kinds.items())))
    print("clean:", sum(1 for p in posts if not p["expected"]), "photo:", sum(p["photo"] for p in posts),
          "personal:", sum(p["account"] == "personal" for p in posts))
    for e in errs:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
