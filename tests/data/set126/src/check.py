"""Own checks for set 126 (run after build.py). -v lists unlabelled register words for review."""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register import upn as upn_rules

OUT = Path(__file__).parent.parent
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
HOMO = str.maketrans("аеорсухіАЕОРСХІ", "aeopcyxiAEOPCXI")


def fold(s):
    s = s.translate(HOMO).replace("\u200b", "").replace("\u00a0", " ").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def main(verbose):
    errs = []
    pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    posts = [json.loads(l) for l in open(OUT / "posts.jsonl", encoding="utf-8")]
    if len(posts) != 220:
        errs.append(f"{len(posts)} posts, want 220")
    for i, p in enumerate(posts, 1):
        if p["id"] != f"z126-{i:03d}":
            errs.append(f"bad id {p['id']}")
    pr = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
    st = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
    errs += [f"pupils csv: {x}" for x in pr.problems] + [f"staff csv: {x}" for x in st.problems]
    for r in pupils:
        if upn_rules.problem(r["upn"]):
            errs.append(f"bad UPN {r['upn']}")
    school = json.loads((OUT / "school.json").read_text())
    if list(school) != ["name", "address", "postcode", "phone", "email", "website"]:
        errs.append("school.json keys")
    pairs = []
    for r in pupils:
        for fn in {r["forename"], r["preferred_forename"]} - {""}:
            pairs.append((fold(fn), fold(r["surname"])))
    review = []
    for p in posts:
        t, labels = p["text"], p["expected"]
        if "\\n" in t:
            errs.append(f"{p['id']}: literal backslash-n")
        worst = None
        for l in labels:
            s = SEV[p["account"]].get(l["rule"], "block")
            worst = s if worst is None or RANK[s] > RANK[worst] else worst
            if l["text"] not in t:
                errs.append(f"{p['id']}: {l['text']!r} not in text")
        v = "allow" if worst in (None, "info") else worst
        if v != p["verdict"]:
            errs.append(f"{p['id']}: verdict")
        # spans of labels
        spans, seen = [], {}
        for l in labels:
            n = seen.get(l["text"], 0)
            st_ = [m.start() for m in re.finditer(re.escape(l["text"]), t)]
            if n < len(st_):
                spans.append((st_[n], st_[n] + len(l["text"]), l["kind"]))
            seen[l["text"]] = n + 1
        ft = fold(t)
        # folded text keeps same length except removed zero-width chars; map by re-running on raw with flexible regex
        for fn, sn in pairs:
            for a, b in ((fn, sn), (sn, fn)):
                pat = r"[\u200b]?".join(re.escape(c) for c in a) + r"[\s,\u00a0]+" + r"[\u200b]?".join(re.escape(c) for c in b)
                for m in re.finditer(r"(?<!\w)" + pat + r"(?!\w)", fold(t.replace("\u200b", "\u2063")).replace("\u2063", "\u200b")):
                    if not any(s0 <= m.start() and m.end() <= s1 and k == "full_name" for s0, s1, k in spans):
                        errs.append(f"{p['id']}: unlabelled pupil pair {t[m.start():m.end()]!r}")
        for m in re.finditer(r"#\w+", t):
            h = fold(m.group()).replace("_", "")
            if any(fn + sn in h for fn, sn in pairs):
                if not any(l["kind"] == "full_name" and l["text"] == m.group() for l in labels):
                    errs.append(f"{p['id']}: hashtag {m.group()} not labelled whole")
        # review: register forenames / preferred not inside a label
        for r in pupils:
            for w in {r["forename"], r["preferred_forename"]} - {""}:
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", t):
                    if not any(s0 <= m.start() < s1 for s0, s1, _ in spans):
                        review.append(f"{p['id']}: {w!r} ...{t[max(0, m.start() - 30):m.end() + 30]!r}")
    for e in errs:
        print("ERROR:", e)
    if verbose:
        for r in sorted(set(review)):
            print("review:", r)
    print(f"check: {len(posts)} posts, {len(errs)} errors, {len(set(review))} unlabelled register words")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv))
