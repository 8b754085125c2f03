"""Own checks for set 109 (beyond set2/validate.py). Run after build.py.

- every register pupil's forename/preferred + surname (any case, accents folded, spaces,
  underscores or nothing between, surname-first) is inside a full_name label;
- every hashtag holding a pupil's forename+surname is labelled full_name as the whole hashtag;
- no literal backslash-n in any text; circumstance/health label texts never repeat;
- pupils with consent_name_with_photo = yes never appear by forename in a photo post;
- verdicts and label occurrences;  -v lists unlabelled capitalised register forenames (traps).
"""

import csv
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
VERBOSE = "-v" in sys.argv


def fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def main() -> int:
    errors, notes = [], []
    pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    posts = [json.loads(l) for l in open(OUT / "posts.jsonl", encoding="utf-8")]
    seen_record = Counter()
    forenames = set()
    for p in pupils:
        forenames.add(p["forename"])
        if p["preferred_forename"]:
            forenames.add(p["preferred_forename"])
    for post in posts:
        pid, text = post["id"], post["text"]
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        ftext = fold(text)
        # spans of full_name labels (nth occurrence)
        spans, cnt = [], Counter()
        for lab in post["expected"]:
            t = lab["text"]
            cnt[t] += 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) < cnt[t]:
                errors.append(f"{pid}: {t!r} missing")
                continue
            s = occ[cnt[t] - 1]
            spans.append((s, s + len(t), lab["kind"], t))
            if lab["kind"] in ("health", "circumstance"):
                seen_record[fold(t)] += 1
        if len(ftext) != len(text):
            errors.append(f"{pid}: fold changed length; check by hand")
        for p in pupils:
            fns = [p["forename"]] + ([p["preferred_forename"]] if p["preferred_forename"] else [])
            sn = fold(p["surname"])
            sn_pat = r"[\s_\-\u200b]*".join(re.escape(x) for x in sn.split())
            for fn in fns:
                f = re.escape(fold(fn))
                pats = [rf"{f}[\s_\u200b\u00a0]*{sn_pat}", rf"{sn_pat}[\s,]+{f}"]
                for pat in pats:
                    for m in re.finditer(pat, ftext):
                        a, b = m.start(), m.end()
                        if a and ftext[a - 1].isalnum():
                            continue
                        if b < len(ftext) and ftext[b].isalpha() and ftext[b] != "s":
                            continue
                        ok = any(s <= a and b <= e and k == "full_name" for s, e, k, _ in spans)
                        if not ok:
                            errors.append(f"{pid}: unlabelled pupil full name {text[a:b]!r}")
        for m in re.finditer(r"#\w+", text):
            h = fold(m.group(0))
            for p in pupils:
                fns = [p["forename"]] + ([p["preferred_forename"]] if p["preferred_forename"] else [])
                for fn in fns:
                    if fold(fn).replace("-", "") + fold(p["surname"]).replace(" ", "").replace("-", "").replace("'", "") in h.replace("_", ""):
                        if not any(k == "full_name" and t == m.group(0) for _, _, k, t in spans):
                            errors.append(f"{pid}: hashtag {m.group(0)} not labelled whole")
        if VERBOSE:
            for fn in forenames:
                for m in re.finditer(rf"(?<!\w){re.escape(fn)}(?!\w)", text):
                    if not any(s <= m.start() < e for s, e, _, _ in spans):
                        notes.append(f"{pid}: unlabelled {fn!r}: ...{text[max(0, m.start()-30):m.end()+30]!r}")
    for t, n in seen_record.items():
        if n > 1:
            errors.append(f"record phrase used {n}x: {t!r}")
    yes = [p for p in pupils if p["consent_name_with_photo"] == "yes"]
    for post in posts:
        if not post["photo"]:
            continue
        for p in yes:
            for fn in [p["forename"], p["preferred_forename"]]:
                if fn and re.search(rf"(?<!\w){re.escape(fn)}(?!\w)", post["text"]):
                    errors.append(f"{post['id']}: {fn} (name_with_photo yes) in a photo post")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
          f"{sum(p['photo'] for p in posts)} photo, {sum(p['account']=='personal' for p in posts)} personal; "
          f"kinds {dict(sorted(kinds.items()))}; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
