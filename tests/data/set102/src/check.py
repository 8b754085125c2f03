"""Own checks for set 102 (run after build.py, with /work/main/.venv/bin/python, PYTHONPATH unset).

- every label occurs in its post (nth label = nth occurrence), kinds/rules/verdicts right;
- UPN check letters (register and labels); CSVs parse with clearpost's mis_import;
- every hashtag holding a register pupil's forename+surname run together is a full_name label
  of the whole hashtag;
- every register pupil forename/preferred + surname pair in a post lies inside a full_name label
  (deliberate traps listed in TRAPS);
- pupils named in photo posts have consent_name_with_photo = no;
- no literal backslash-n; ids z102-001..z102-220.
`-v` also lists unlabelled register forenames/surnames (capitalised) for review.
"""

import csv
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register import upn as upn_rules

OUT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from register import NAME_WITH_PHOTO_YES, P  # noqa: E402

# (post id, folded text) pairs that look like a pupil's name but deliberately are not one
TRAPS = {
    ("*", "summerhill"),  # Summerhill (St George, Bristol) - a place, never the pupil Summer Hill
}
ZW = "[\u200b\u200c\u200d\u2060\u00ad]?"
HOMO = str.maketrans("аеосрхіАЕОСРХІ", "aeocpxiAEOCPXI")


def fold(s: str) -> str:
    out = []
    for ch in s.translate(HOMO):
        if ch in "łŁ":
            out.append("l")
            continue
        d = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in d if not unicodedata.combining(c)) or ch
        out.append(base[0].casefold() if base else ch)
    return "".join(out)


def name_re(name: str) -> str:
    return ZW.join(re.escape(c) for c in fold(name))


def main() -> int:
    verbose = "-v" in sys.argv
    errors = []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    if [p["id"] for p in posts] != [f"z102-{i:03d}" for i in range(1, 221)]:
        errors.append(f"ids are not z102-001..z102-220 ({len(posts)} posts)")
    pupils = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
    staff = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
    errors += [f"pupils csv: {x}" for x in pupils.problems]
    errors += [f"staff csv: {x}" for x in staff.problems]
    rows = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    for r in rows:
        if upn_rules.problem(r["upn"]):
            errors.append(f"register upn {r['upn']}: {upn_rules.problem(r['upn'])}")
    names = []  # (display, [forename forms], surname)
    for p in P:
        forms = [p[0]] + ([p[2]] if p[2] else [])
        names.append((f"{p[0]} {p[1]}", forms, p[1]))
    sev = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
           "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
    rank = {"info": 0, "warn": 1, "block": 2}
    named_in_photo = set()
    for post in posts:
        pid, text = post["id"], post["text"]
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        spans, cnt = [], Counter()
        for l in post["expected"]:
            cnt[l["text"]] += 1
            occ = [m.start() for m in re.finditer(re.escape(l["text"]), text)]
            if len(occ) < cnt[l["text"]]:
                errors.append(f"{pid}: {l['text']!r} not in text")
                continue
            s = occ[cnt[l["text"]] - 1]
            spans.append((s, s + len(l["text"]), l))
            if l["kind"] == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", l["text"]).upper()):
                errors.append(f"{pid}: bad upn {l['text']!r}")
            if l["kind"] == "forename":
                want = "text.pupil_name_with_photo" if post["photo"] else "text.pupil_forename"
                if l["rule"] != want:
                    errors.append(f"{pid}: forename rule {l['rule']}")
        worst = None
        for l in post["expected"]:
            s = sev[post["account"]].get(l["rule"], "block")
            worst = s if worst is None or rank[s] > rank[worst] else worst
        if post["verdict"] != ("allow" if worst in (None, "info") else worst):
            errors.append(f"{pid}: verdict {post['verdict']}")
        ft = fold(text)
        full_spans = [(a, b) for a, b, l in spans if l["kind"] == "full_name"]
        # hashtags
        for m in re.finditer(r"#[\w\u200b-]+", text):
            h = re.sub(r"[_\-\u200b]", "", fold(m.group()))
            for disp, forms, sur in names:
                if any(fold(f).replace("-", "") + fold(sur) in h for f in forms):
                    ok = any(a == m.start() and b == m.end() for a, b in full_spans)
                    if not ok:
                        errors.append(f"{pid}: hashtag {m.group()!r} holds {disp} but is not a "
                                      f"whole full_name label")
        # forename + surname pairs
        for disp, forms, sur in names:
            for f in forms:
                for order in ((f, sur), (sur, f)):
                    sep = r"[\s,\u00a0_]*" if order[0] == f else r"[\s,\u00a0]+"
                    rx = r"(?<![\w])" + name_re(order[0]) + sep + name_re(order[1]) + r"(?![a-z])"
                    for m in re.finditer(rx, ft):
                        if ("*", m.group()) in TRAPS or (pid, m.group()) in TRAPS:
                            continue
                        inside = any(a <= m.start() and m.end() <= b for a, b in full_spans)
                        if not inside:
                            errors.append(f"{pid}: unlabelled pair {text[m.start():m.end()]!r}")
        if post["photo"]:
            for a, b, l in spans:
                if l["kind"] in ("full_name", "forename"):
                    lt = fold(l["text"])
                    for disp, forms, sur in names:
                        if any(re.search(r"(?<![a-z])" + name_re(f) + r"(?![a-z])", lt)
                               for f in forms):
                            named_in_photo.add(disp)
        if verbose:
            for disp, forms, sur in names:
                for w in forms + [sur]:
                    for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                        if not any(a <= m.start() < b for a, b, _ in spans):
                            print(f"  {pid}: unlabelled {w!r}: ...{text[max(0, m.start()-30):m.end()+30]!r}")
    clash = named_in_photo & NAME_WITH_PHOTO_YES
    if clash:
        errors.append(f"name_with_photo=yes but named in a photo post: {sorted(clash)}")
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    print("kinds:", dict(sorted(kinds.items())))
    print("clean:", sum(1 for p in posts if not p["expected"]), "photo:",
          sum(p["photo"] for p in posts), "personal:",
          sum(p["account"] == "personal" for p in posts))
    print("verdicts:", Counter((p["account"], p["verdict"]) for p in posts))
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
