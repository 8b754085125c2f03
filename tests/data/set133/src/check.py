"""Own checks for set 133: label texts, verdicts, UPNs, CSVs, unlabelled register name pairs,
hashtags with a pupil's name, duplicate record phrases, counts. `-v` lists unlabelled forenames."""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register import upn as upn_rules

OUT = Path(__file__).resolve().parent.parent
# pairs written on purpose without a label (README: register traps)
ALLOWED_PAIRS = {}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def main():
    verbose = "-v" in sys.argv
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    pupils = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
    staff = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
    errs = [f"pupils: {p}" for p in pupils.problems] + [f"staff: {p}" for p in staff.problems]
    import csv
    rows = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    for r in rows:
        if upn_rules.problem(r["upn"]):
            errs.append(f"bad UPN {r['upn']}")
    names = []
    for r in rows:
        for f in {r["forename"], r["preferred_forename"]} - {""}:
            names.append((f, r["surname"]))
    record = Counter()
    for p in posts:
        text, labs = p["text"], p["expected"]
        if "\\n" in text:
            errs.append(f"{p['id']}: literal backslash-n")
        spans = []
        seen = Counter()
        for l in labs:
            seen[l["text"]] += 1
            occ = [m.start() for m in re.finditer(re.escape(l["text"]), text)]
            if len(occ) < seen[l["text"]]:
                errs.append(f"{p['id']}: label {l['text']!r} not in text")
                continue
            s = occ[seen[l["text"]] - 1]
            spans.append((s, s + len(l["text"]), l["kind"]))
            if l["kind"] in ("health", "circumstance"):
                record[fold(l["text"])] += 1
        ftext = fold(text.replace("\u200b", "").replace("\u00a0", " "))
        for f, s in names:
            ff, fs = fold(f), fold(s)
            pats = [re.escape(ff) + r"[\s_\-]*" + re.escape(fs), re.escape(fs) + r",?\s+" + re.escape(ff)]
            for pat in pats:
                for m in re.finditer(r"(?<![a-z])" + pat + r"(?![a-z])", ftext):
                    if len(ftext) != len(text.replace("\u200b", "").replace("\u00a0", " ")) or "\u200b" in text:
                        covered = any(k == "full_name" for a, b, k in spans)
                    else:
                        covered = any(k == "full_name" and a <= m.start() and m.end() <= b for a, b, k in spans)
                    if not covered and (p["id"], f"{f} {s}") not in ALLOWED_PAIRS:
                        errs.append(f"{p['id']}: unlabelled pair {m.group(0)!r}")
        for m in re.finditer(r"#\w+", text):
            h = fold(m.group(0))
            for f, s in names:
                if fold(f + s).replace("-", "") in h.replace("_", "").replace("-", ""):
                    if not any(l["text"] == m.group(0) and l["kind"] == "full_name" for l in labs):
                        errs.append(f"{p['id']}: hashtag {m.group(0)} not labelled full_name")
        if verbose:
            for f, s in names:
                for m in re.finditer(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text):
                    if not any(a <= m.start() < b for a, b, k in spans):
                        print(f"  {p['id']}: unlabelled {f!r}: ...{text[max(0, m.start()-30):m.end()+30]!r}")
    for t, n in record.items():
        if n > 1:
            errs.append(f"record phrase used {n}x: {t!r}")
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    clean = sum(1 for p in posts if not p["expected"])
    print(f"posts {len(posts)}, clean {clean}, photo {sum(p['photo'] for p in posts)}, "
          f"personal {sum(p['account']=='personal' for p in posts)}")
    print("kinds", dict(sorted(kinds.items())))
    print("verdicts", Counter((p["account"], p["verdict"]) for p in posts))
    for e in errs:
        print("ERROR:", e)
    print(f"{len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
