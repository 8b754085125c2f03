"""Own checks for set 124 (run with /work/main/.venv/bin/python, PYTHONPATH unset).

- every label text occurs in its post at least as often as labelled, nth label = nth occurrence;
- UPN labels and register UPNs have valid check letters; verdicts follow POLICY.md defaults;
- the CSVs parse with clearpost.register.mis_import;
- every hashtag holding a register pupil's forename+surname is labelled full_name (whole hashtag);
- every register forename/preferred + surname pair (either order, any case, accents folded) sits
  inside a full_name label, except the traps listed in TRAPS;
- no literal backslash-n; circumstance/health phrases never repeated;
- consent_name_with_photo = yes only for pupils never named in a photo post.
-v also lists unlabelled capitalised register forenames (for review: all are intended traps).
"""
import csv
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from clearpost.register import mis_import, upn

OUT = Path(__file__).resolve().parent.parent
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
TRAPS = {"Opie, Jonny"}  # "Mervyn Opie, Jonny Opie's grandad": the comma joins two names


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def main():
    verbose = "-v" in sys.argv
    errors = []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    if len(posts) != 220 or [p["id"] for p in posts] != [f"z124-{n:03d}" for n in range(1, 221)]:
        errors.append("need exactly 220 posts z124-001..z124-220")
    for name, fn in (("register_pupils.csv", mis_import.parse_pupils),
                     ("register_staff.csv", mis_import.parse_staff)):
        parsed = fn((OUT / name).read_bytes())
        errors += [f"{name}: {p}" for p in parsed.problems]
    for r in pupils:
        if upn.problem(r["upn"]):
            errors.append(f"register UPN {r['upn']}: {upn.problem(r['upn'])}")
    record_phrases = Counter()
    photo_named = set()
    for p in posts:
        pid, text = p["id"], p["text"]
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        seen, spans, worst = Counter(), [], None
        for l in p["expected"]:
            t = l["text"]
            seen[t] += 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) < seen[t]:
                errors.append(f"{pid}: {t!r} not in text enough times")
                continue
            s = occ[seen[t] - 1]
            spans.append((s, s + len(t), l["kind"]))
            if l["kind"] == "upn" and upn.problem(re.sub(r"[\s\-.]", "", t).upper()):
                errors.append(f"{pid}: bad UPN {t!r}")
            if l["kind"] in ("health", "circumstance"):
                record_phrases[t.casefold()] += 1
            sev = SEV[p["account"]].get(l["rule"], "block")
            worst = sev if worst is None or RANK[sev] > RANK[worst] else worst
            if p["photo"] and l["kind"] in ("forename", "full_name"):
                photo_named.add(fold(t).casefold())
        want = "allow" if worst in (None, "info") else worst
        if p["verdict"] != want:
            errors.append(f"{pid}: verdict {p['verdict']} != {want}")
        full_spans = [(a, b) for a, b, k in spans if k == "full_name"]
        ftext = fold(text)
        # hashtags
        for m in re.finditer(r"#\w+", text):
            key = fold(m.group()).casefold().replace("_", "")
            for r in pupils:
                for first in {r["forename"], r["preferred_forename"]} - {""}:
                    pair = re.sub(r"\W", "", fold(first + r["surname"])).casefold()
                    if pair in key and not any(a <= m.start() and m.end() <= b for a, b in full_spans):
                        errors.append(f"{pid}: hashtag {m.group()} not labelled full_name")
        # forename+surname pairs
        for r in pupils:
            for first in {r["forename"], r["preferred_forename"]} - {""}:
                f, s = re.escape(fold(first)), re.escape(fold(r["surname"]))
                for pat in (rf"(?<!\w){f}[\s\u200b\u00a0]+{s}(?!\w)", rf"(?<!\w){s},?\s+{f}(?!\w)"):
                    for m in re.finditer(pat, ftext, flags=re.I):
                        covered = any(a <= m.start() and m.end() <= b for a, b in full_spans)
                        if not covered and m.group() not in TRAPS:
                            errors.append(f"{pid}: unlabelled pair {m.group()!r}")
        if verbose:
            lab = [(a, b) for a, b, k in spans]
            for r in pupils:
                for first in {r["forename"], r["preferred_forename"]} - {""}:
                    for m in re.finditer(rf"(?<!\w){re.escape(first)}(?!\w)", text):
                        if not any(a <= m.start() < b for a, b in lab):
                            print(f"  review {pid}: {first!r} unlabelled: ...{text[max(0, m.start()-40):m.end()+30]!r}")
    for t, n in record_phrases.items():
        if n > 1:
            errors.append(f"record phrase repeated {n}x: {t!r}")
    for r in pupils:
        if r["consent_name_with_photo"] == "yes":
            for first in {r["forename"], r["preferred_forename"]} - {""}:
                if any(re.search(rf"\b{re.escape(fold(first).casefold())}\b", w) for w in photo_named):
                    errors.append(f"{r['forename']} {r['surname']}: name_with_photo yes but named in a photo post")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
