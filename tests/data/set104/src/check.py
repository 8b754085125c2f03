"""Own checks for set 104 (run with /work/main/.venv/bin/python, PYTHONPATH unset).

- every label text occurs in its post as often as labelled; UPN check letters; verdicts;
- CSVs parse with clearpost.register.mis_import; no literal backslash-n in any text;
- every register pupil forename/preferred + surname pair (either order, any casing, accents
  folded, zero-width/nbsp/homoglyph normalised) lies inside a full_name label, unless listed in
  TRAPS; every hashtag containing forename+surname run together is labelled full_name whole;
- no pupil with consent_name_with_photo = yes is named in a photo post.
`-v` lists unlabelled capitalised register forenames/preferred names for review.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, "/work/main")
from clearpost.register import mis_import, upn as upn_rules  # noqa: E402

import pupils  # noqa: E402

OUT = Path(__file__).resolve().parent.parent
TRAPS = set()  # (post id, pair) of deliberate unlabelled pupil pairs: none needed (see README)
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
HOMO = str.maketrans({"\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c",
                      "\u0410": "A", "\u0415": "E", "\u041e": "O", "\u0421": "C", "\u00a0": " "})


def fold(s):
    s = s.translate(HOMO)
    s = s.replace("\u200b", "\x00").replace("\u200c", "\x00").replace("\u200d", "\x00")
    out = []
    for ch in s:  # keep length: one char in, one char out
        d = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in d if not unicodedata.combining(c)) or ch
        out.append(base[0] if len(base) >= 1 else ch)
    return "".join(out).casefold().replace("\u2019", "'")


def main():
    verbose = "-v" in sys.argv
    errors, notes = [], []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts, want 220")
    ids = [p["id"] for p in posts]
    if ids != [f"z104-{i:03d}" for i in range(1, 221)]:
        errors.append("ids not z104-001..220 in order")
    pupil_res = []
    for fn, sn, pref, *_ in pupils.PUPILS:
        for f in {fn, pref} - {""}:
            F, S = re.escape(fold(f)), re.escape(fold(sn))
            gap = r"[\s\x00_]*"
            pupil_res.append((f"{f} {sn}", re.compile(
                rf"(?<![a-z]){F}{gap}{S}(?![a-z])|(?<![a-z]){S},?{gap}{F}(?![a-z])")))
    nwp_yes = pupils.NAME_WITH_PHOTO_YES
    for p in posts:
        pid, text, labels = p["id"], p["text"], p["expected"]
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        spans, used = [], {}
        for l in labels:
            t = l["text"]
            used[t] = used.get(t, 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) < used[t]:
                errors.append(f"{pid}: {t!r} not found")
                continue
            spans.append((occ[used[t] - 1], occ[used[t] - 1] + len(t), l["kind"], t))
            if l["kind"] == "upn":
                v = re.sub(r"[\s\-.]", "", t).upper()
                if upn_rules.problem(v):
                    errors.append(f"{pid}: bad UPN {t}")
        worst = None
        for l in labels:
            s = SEV[p["account"]].get(l["rule"], "block")
            worst = s if worst is None or RANK[s] > RANK[worst] else worst
        if p["verdict"] != ("allow" if worst in (None, "info") else worst):
            errors.append(f"{pid}: verdict")
        ft = fold(text)
        for name, rx in pupil_res:
            for m in rx.finditer(ft):
                ok = any(k == "full_name" and a <= m.start() and m.end() <= b for a, b, k, _ in spans)
                if not ok and (pid, name) not in TRAPS:
                    errors.append(f"{pid}: unlabelled pupil pair {text[m.start():m.end()]!r} ({name})")
                elif not ok:
                    notes.append(f"{pid}: trap pair {name}")
        for m in re.finditer(r"#\w+", text):
            h = fold(m.group())
            squashed = h.replace("_", "").replace("\x00", "")
            for fn, sn, pref, *_ in pupils.PUPILS:
                for f in {fn, pref} - {""}:
                    key = (fold(f) + fold(sn)).replace(" ", "").replace("-", "").replace("'", "")
                    if key in squashed.replace("-", "").replace("'", ""):
                        if not any(k == "full_name" and t == m.group() for _, _, k, t in spans):
                            errors.append(f"{pid}: hashtag {m.group()} not labelled whole")
        if p["photo"]:
            for fn, sn, pref, *_ in pupils.PUPILS:
                if f"{fn} {sn}" in nwp_yes:
                    for _, _, k, t in spans:
                        if k in ("forename", "full_name") and (fold(fn) in fold(t) or fold(sn) in fold(t)):
                            errors.append(f"{pid}: name-with-photo-yes pupil {fn} {sn} named in photo post")
        if verbose:
            for fn, sn, pref, *_ in pupils.PUPILS:
                for f in {fn, pref} - {""}:
                    for m in re.finditer(rf"(?<!\w){re.escape(f)}(?!\w)", text):
                        if not any(a <= m.start() < b for a, b, _, _ in spans):
                            notes.append(f"{pid}: unlabelled {f!r}: ...{text[max(0, m.start()-30):m.end()+30]!r}")
            for t in ("Heaton", "Nowak", "Chen", "Vasile", "Ioana"):
                pass
    pp = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
    ps = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
    errors += [f"pupils csv: {x}" for x in pp.problems] + [f"staff csv: {x}" for x in ps.problems]
    for row in (OUT / "register_pupils.csv").read_text(encoding="utf-8").splitlines()[1:]:
        u = row.split(",")[0]
        if upn_rules.problem(u):
            errors.append(f"register UPN {u} bad")
    school = json.loads((OUT / "school.json").read_text(encoding="utf-8"))
    if list(school) != ["name", "address", "postcode", "phone", "email", "website"]:
        errors.append("school.json keys")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(pp.rows)} pupils, {len(ps.rows)} staff; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
