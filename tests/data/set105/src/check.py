"""Own checks for set 105 (run after build.py, with the project venv, PYTHONPATH unset).

- every label's text occurs, is the nth occurrence for the nth label, sits at word boundaries;
- verdicts follow POLICY.md defaults; no literal backslash-n in any text;
- every hashtag holding a register pupil's forename/preferred + surname is labelled full_name whole;
- every register pupil forename/preferred + surname pair (any case, accents folded, zero-width
  removed, Cyrillic homoglyphs mapped, surname-first too) is inside a full_name label, unless the
  post is in TRAP_PAIRS (explained in README);
- consent_name_with_photo = yes only for pupils never named in a photo post;
- the CSVs parse with clearpost's parse_pupils / parse_staff.
  -v: also list every unlabelled register forename/surname word, for review.
"""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
TRAP_PAIRS = {}  # post id -> reason; none needed in this set
HOMO = str.maketrans("аеорсухіјѕАЕОРСХІЈЅ", "aeopcyxijsAEOPCXIJS")
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def fold(s):
    s = re.sub("[\u200b-\u200f\u2060\ufeff]", "", s).translate(HOMO).replace("\u00a0", " ")
    s = s.replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def main():
    verbose = "-v" in sys.argv
    errors = []
    pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    posts = [json.loads(l) for l in open(OUT / "posts.jsonl", encoding="utf-8")]
    try:
        from clearpost.register import mis_import
        for name, fn in (("register_pupils.csv", mis_import.parse_pupils),
                         ("register_staff.csv", mis_import.parse_staff)):
            parsed = fn((OUT / name).read_bytes())
            errors += [f"{name}: {p}" for p in parsed.problems]
    except ImportError:
        print("(clearpost not importable: CSV parse check skipped)")
    forms = []  # (pupil key, forename form, surname)
    for p in pupils:
        key = f"{p['forename']} {p['surname']}"
        for f in {p["forename"], p["preferred_forename"]} - {""}:
            forms.append((key, f, p["surname"]))
    named_in_photo = set()
    for post in posts:
        pid, text, labels = post["id"], post["text"], post["expected"]
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        seen = {}
        spans = []
        for l in labels:
            t = l["text"]
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            seen[t] = seen.get(t, 0) + 1
            if len(occ) < seen[t]:
                errors.append(f"{pid}: {t!r} labelled more often than it occurs")
                continue
            s = occ[seen[t] - 1]
            spans.append((s, s + len(t), l))
            b = text[s - 1] if s else " "
            a = text[s + len(t)] if s + len(t) < len(text) else " "
            if (b.isalnum() and t[0].isalnum()) or (a.isalnum() and t[-1].isalnum()):
                errors.append(f"{pid}: {t!r} not at a word boundary")
        worst = None
        for l in labels:
            sev = SEV[post["account"]].get(l["rule"], "block")
            worst = sev if worst is None or RANK[sev] > RANK[worst] else worst
        want = "allow" if worst in (None, "info") else worst
        if post["verdict"] != want:
            errors.append(f"{pid}: verdict {post['verdict']} should be {want}")
        full_labels = [fold(l["text"]) for l in labels if l["kind"] == "full_name"]
        ft = fold(text)
        # hashtags
        for m in re.finditer(r"#[\w\u200b-\u200f]+", text):
            h = re.sub(r"[^0-9a-z]", "", fold(m.group(0)))
            for key, f, s in forms:
                pair = re.sub(r"[^0-9a-z]", "", fold(f + s))
                if pair in h and not any(l["text"] == m.group(0) and l["kind"] == "full_name" for l in labels):
                    errors.append(f"{pid}: hashtag {m.group(0)!r} holds {key} but is not labelled whole")
        # pairs
        for key, f, s in forms:
            ff, ss = re.escape(fold(f)), re.escape(fold(s))
            pat = rf"(?<!\w)(?:{ff}[\s,]+{ss}|{ss},?\s+{ff})(?!\w)"
            for m in re.finditer(pat, ft):
                if not any(m.group(0) in fl or re.sub(r"\s+", " ", m.group(0)) in re.sub(r"\s+", " ", fl)
                           for fl in full_labels) and pid not in TRAP_PAIRS:
                    errors.append(f"{pid}: unlabelled pair {m.group(0)!r} ({key})")
            # hashtag-less run-together, e.g. inside e-mail: report for review only
        if post["photo"]:
            for l in labels:
                if l["kind"] in ("full_name", "forename"):
                    lt = fold(l["text"])
                    for key, f, s in forms:
                        if re.search(rf"(?<![a-z]){re.escape(fold(f))}(?![a-z])", lt) or \
                                re.sub(r"[^a-z]", "", fold(f + s)) in re.sub(r"[^a-z]", "", lt):
                            named_in_photo.add(key)
        if verbose:
            covered = [(a, b) for a, b, _ in spans]
            for key, f, s in forms:
                for w in (f, s):
                    for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text):
                        if not any(a <= m.start() < b for a, b in covered):
                            print(f"  review {pid}: unlabelled {w!r} ({key}): ...{text[max(0, m.start() - 30):m.end() + 30]!r}")
    for p in pupils:
        key = f"{p['forename']} {p['surname']}"
        if p["consent_name_with_photo"] == "yes" and key in named_in_photo:
            errors.append(f"{key}: consent_name_with_photo yes but named in a photo post")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {sum(len(p['expected']) for p in posts)} labels, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
