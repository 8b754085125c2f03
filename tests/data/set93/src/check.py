"""Own checks for set 93 (run after build.py; PYTHONPATH unset, project venv).

- every label text occurs in its post (nth label = nth occurrence), verdicts, UPN check letters,
  CSVs parse (parse_pupils / parse_staff);
- every register pupil's forename/preferred + surname pair (any case, accents folded, run
  together in hashtags, surname-first) is inside a full_name label, unless listed in TRAPS;
- every hashtag containing a pupil's forename+surname is labelled whole as full_name;
- no literal backslash-n in any text; ids z93-001..z93-220;
- counts per kind, clean, photo, personal; -v lists unlabelled register forename/surname words.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from pupils import PUPILS, STAFF, SCHOOL  # noqa: E402
from clearpost.register import mis_import  # noqa: E402
from clearpost.register import upn as upn_rules  # noqa: E402

TRAPS = set()  # (post id, pair text) deliberately left unlabelled; none


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def main():
    verbose = "-v" in sys.argv
    errors = []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    if [p["id"] for p in posts] != [f"z93-{i:03d}" for i in range(1, len(posts) + 1)]:
        errors.append("ids not consecutive")
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts, want 220")
    for p in posts:
        t = p["text"]
        if "\\n" in t:
            errors.append(f"{p['id']}: literal backslash-n")
        spans, seen = [], Counter()
        for l in p["expected"]:
            seen[l["text"]] += 1
            occ = [m.start() for m in re.finditer(re.escape(l["text"]), t)]
            if len(occ) < seen[l["text"]]:
                errors.append(f"{p['id']}: {l['text']!r} missing")
                continue
            s = occ[seen[l["text"]] - 1]
            spans.append((s, s + len(l["text"]), l))
            if l["kind"] == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", l["text"]).upper()):
                errors.append(f"{p['id']}: bad upn {l['text']!r}")
        full = [(a, b) for a, b, l in spans if l["kind"] == "full_name"]
        # zero-width removed view for pair search, keeping index map
        idx = [i for i, c in enumerate(t) if c not in "\u200b\u200c\u200d\u2060\ufeff"]
        clean = fold("".join(t[i] for i in idx))
        # fold may change length; only use when lengths agree
        if len(clean) != len(idx):
            clean = None
        for fn, sn, pref, *_ in PUPILS:
            for f in {fn, pref} - {""}:
                pats = [
                    re.escape(fold(f)) + r"[\s_\-'’]*" + re.escape(fold(sn)),
                    re.escape(fold(sn)) + r"[\s,_\-]*" + re.escape(fold(f)),
                ]
                if clean is None:
                    continue
                for pat in pats:
                    for m in re.finditer(r"(?<![a-z])" + pat + r"(?![a-z])", clean):
                        a, b = idx[m.start()], idx[m.end() - 1] + 1
                        if not any(x <= a and b <= y for x, y in full):
                            if (p["id"], t[a:b]) not in TRAPS:
                                errors.append(f"{p['id']}: unlabelled pair {t[a:b]!r}")
        for m in re.finditer(r"#\w+", t):
            h = fold(m.group()).replace("_", "")
            for fn, sn, pref, *_ in PUPILS:
                for f in {fn, pref} - {""}:
                    if re.sub(r"\W", "", fold(f) + fold(sn)) in h:
                        if not any(l["kind"] == "full_name" and l["text"] == m.group() for l in p["expected"]):
                            errors.append(f"{p['id']}: hashtag {m.group()!r} not labelled whole")
    pupils = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
    staff = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
    errors += [str(x) for x in pupils.problems + staff.problems]
    for r in pupils.rows:
        if upn_rules.problem(r.upn):
            errors.append(f"register upn {r.upn}")
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    print("kinds:", dict(sorted(kinds.items())))
    print("posts", len(posts), "clean", sum(not p["expected"] for p in posts),
          "photo", sum(p["photo"] for p in posts), "personal", sum(p["account"] == "personal" for p in posts),
          "verdicts", dict(Counter(p["verdict"] for p in posts)))
    if verbose:
        words = {}
        for fn, sn, pref, *_ in PUPILS:
            for w in (fn, sn, pref):
                if w:
                    words[fold(w)] = w
        for p in posts:
            covered = [(m.start(), m.end()) for l in p["expected"] for m in re.finditer(re.escape(l["text"]), p["text"])]
            ft = fold(p["text"]) if len(fold(p["text"])) == len(p["text"]) else None
            if ft is None:
                continue
            for w in words:
                for m in re.finditer(r"(?<![a-z])" + re.escape(w) + r"(?![a-z])", ft):
                    if not any(a <= m.start() < b for a, b in covered):
                        print(f"  {p['id']} unlabelled {p['text'][m.start():m.end()]!r}: ...{p['text'][max(0, m.start()-40):m.end()+30]!r}")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
