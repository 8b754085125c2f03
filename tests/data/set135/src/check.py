"""Own checks for set 135 (run with /work/main/.venv/bin/python, PYTHONPATH unset).

- 220 posts, ids z135-001..220, label texts occur (nth label = nth occurrence), verdicts;
- UPN check letters (register and labels); CSVs parse with parse_pupils / parse_staff;
- every register forename/preferred + surname pair in a post (any case, accents folded,
  zero-width removed, space/underscore/none between, or surname-first) lies inside a full_name label;
- every hashtag containing such a pair is labelled full_name as the whole hashtag;
- health/circumstance phrases never repeat; no literal backslash-n;
- phone labels only in Ofcom drama ranges.
-v lists every unlabelled register forename/surname word for review (intended traps).
"""
import json, re, sys, unicodedata
from pathlib import Path
from clearpost.register import mis_import, upn as upn_rules

OUT = Path(__file__).resolve().parent.parent
ZW = "\u200b\u200c\u200d\u2060\ufeff"
errors = []


def fold(text):
    chars, idx = [], []
    for i, c in enumerate(text):
        if c in ZW:
            continue
        if c == "\u00a0":
            c = " "
        b = unicodedata.normalize("NFD", c)[0].casefold()
        chars.append(b[0] if b else c)
        idx.append(i)
    return "".join(chars), idx


posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
pup = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
stf = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
errors += [f"pupils csv: {p}" for p in pup.problems] + [f"staff csv: {p}" for p in stf.problems]
if len(posts) != 220 or [p["id"] for p in posts] != [f"z135-{i:03d}" for i in range(1, 221)]:
    errors.append("ids/count wrong")
for r in pup.rows:
    if upn_rules.problem(r.upn):
        errors.append(f"register upn {r.upn}: {upn_rules.problem(r.upn)}")

pairs = []
for r in pup.rows:
    for f in {r.forename, r.preferred_forename} - {"", None}:
        pairs.append((fold(f)[0], fold(r.surname)[0]))
seen_rec = {}
DRAMA = re.compile(r"^(\+?44\s?|0)(7700\s?900\s?\d{3}|20\s?7946\s?0\d{3}|1632\s?960\s?\d{3}|113\s?496\s?0\d{3}|121\s?496\s?0\d{3})$")
verbose = "-v" in sys.argv
for p in posts:
    t = p["text"]
    if "\\n" in t:
        errors.append(f"{p['id']}: literal backslash-n")
    spans, cnt = [], {}
    for l in p["expected"]:
        n = cnt.get(l["text"], 0)
        occ = [m.start() for m in re.finditer(re.escape(l["text"]), t)]
        if n >= len(occ):
            errors.append(f"{p['id']}: {l['text']!r} missing")
            continue
        spans.append((occ[n], occ[n] + len(l["text"]), l))
        cnt[l["text"]] = n + 1
        if l["kind"] in ("health", "circumstance"):
            key = l["text"].casefold()
            if key in seen_rec:
                errors.append(f"{p['id']}: record phrase {l['text']!r} repeats {seen_rec[key]}")
            seen_rec[key] = p["id"]
        if l["kind"] == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", l["text"]).upper()):
            errors.append(f"{p['id']}: bad upn {l['text']}")
        if l["kind"] == "phone":
            digits = re.sub(r"[^\d+]", " ", l["text"].replace("O", "0").replace("o", "0")).strip()
            if not DRAMA.match(re.sub(r"\s+", " ", digits)) and not DRAMA.match(re.sub(r"\s", "", digits)):
                errors.append(f"{p['id']}: phone {l['text']} not in a drama range")
    ft, idx = fold(t)

    def covered(a, b, kinds=("full_name",)):
        s, e = idx[a], idx[b - 1] + 1
        return any(x <= s and e <= y and l["kind"] in kinds for x, y, l in spans)

    for f, s in pairs:
        for pat in (re.escape(f) + r"[\s_]*" + re.escape(s), re.escape(s) + r",?\s+" + re.escape(f)):
            for m in re.finditer(r"(?<!\w)" + pat + r"(?!\w)", ft):
                if not covered(m.start(), m.end()):
                    errors.append(f"{p['id']}: unlabelled pair {t[idx[m.start()]:idx[m.end()-1]+1]!r}")
    for m in re.finditer(r"#\w+", ft):
        h = m.group().replace("_", "")
        if any(f.replace(" ", "") + s in h for f, s in pairs):
            raw = t[idx[m.start()]:idx[m.end() - 1] + 1]
            if not any(l["text"] == raw and l["kind"] == "full_name" for l in p["expected"]):
                errors.append(f"{p['id']}: hashtag {raw!r} not labelled whole")
    if verbose:
        words = set()
        for r in pup.rows:
            words |= {fold(w)[0] for w in (r.forename, r.preferred_forename, r.surname) if w}
        for w in sorted(words):
            for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", ft, flags=re.I):
                if not covered(m.start(), m.end(), ("full_name", "forename", "other_person", "email", "address")):
                    print(f"  {p['id']}: unlabelled {t[idx[m.start()]:idx[m.end()-1]+1]!r}")
for e in errors:
    print("ERROR:", e)
print(f"check.py: {len(posts)} posts, {len(errors)} error(s)")
sys.exit(1 if errors else 0)
