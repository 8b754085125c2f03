"""Own checks for set 120 (run after build.py):  python src/check.py [-v]

- every label text occurs at its nth occurrence; verdicts; kinds per rule (as validate.py);
- every register pupil forename/preferred + surname pair in a post (any case, accents folded,
  joined by space(s), line break, '_' or nothing, or 'SURNAME, Forename') lies inside a
  full_name label; a hashtag holding such a pair is labelled whole;
- health/circumstance label texts are never repeated across the set;
- pupils with consent_name_with_photo = yes are never labelled in a photo post;
- no literal backslash-n in any text; 220 posts, ids z120-001..220;
- -v lists every unlabelled word-boundary occurrence of a register forename or surname.
"""
import csv
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
errors = []


def fold(s):
    s = s.replace("\u0456", "i").replace("\u0435", "e").replace("\u043e", "o").replace("\u0430", "a")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.replace("\u200b", "").replace("\u00a0", " ").casefold()


def spans(post):
    out, seen = [], Counter()
    for l in post["expected"]:
        seen[l["text"]] += 1
        occ = [m.start() for m in re.finditer(re.escape(l["text"]), post["text"])]
        if len(occ) < seen[l["text"]]:
            errors.append(f"{post['id']}: {l['text']!r} missing")
            continue
        s = occ[seen[l["text"]] - 1]
        out.append((s, s + len(l["text"]), l))
    return out


if len(posts) != 220 or [p["id"] for p in posts] != [f"z120-{i:03d}" for i in range(1, 221)]:
    errors.append(f"post count/ids wrong: {len(posts)}")
rec = Counter()
photo_ok = {fold(p["forename"]) for p in pupils if p["consent_name_with_photo"] == "yes"}
for post in posts:
    t = post["text"]
    if "\\n" in t:
        errors.append(f"{post['id']}: literal backslash-n")
    sp = spans(post)
    ft = fold(t)
    # zero-width chars are removed by fold(): map folded offsets back is overkill; fold keeps length
    # except for removed characters, so compare on a length-preserving variant
    ft2 = "".join("_" if c == "\u200b" else c for c in t)
    ft2 = "".join(fold(c) or "_" if len(fold(c)) == 1 else (fold(c)[:1] or "_") for c in ft2)
    for p in pupils:
        for fn in {p["forename"], p["preferred_forename"]} - {""}:
            f, s = re.escape(fold(fn)), re.escape(fold(p["surname"]))
            pat = rf"(?<![\w])({f}[\s_]*_*{s}|{s},?\s+{f})(?![a-z])"
            for m in re.finditer(pat, ft2):
                a, b = m.start(), m.end()
                ok = any(l["kind"] == "full_name" and x <= a and b <= y for x, y, l in sp)
                if not ok:
                    errors.append(f"{post['id']}: unlabelled full name {t[a:b]!r}")
                hm = re.search(r"#\w*$", ft2[:a + 1])
                if hm and t[a] != "#" or (a > 0 and t[a - 1] == "#") or hm:
                    h0 = a - (len(hm.group(0)) - 1) if hm else a
                    h = re.match(r"#?\w+", t[h0 - 1 if h0 and t[h0 - 1] == "#" else h0:])
                    tag = h.group(0) if h else ""
                    if tag.startswith("#") and not any(l["text"] == tag for l in post["expected"]):
                        errors.append(f"{post['id']}: hashtag {tag!r} not labelled whole")
    for x, y, l in sp:
        if l["kind"] in ("health", "circumstance"):
            rec[fold(l["text"])] += 1
        if post["photo"] and l["kind"] in ("forename", "full_name"):
            first = fold(l["text"]).split()[0].strip("#,.")
            for pf in photo_ok:
                if first.startswith(pf) or fold(l["text"]).replace(" ", "").startswith("#" + pf):
                    errors.append(f"{post['id']}: photo-consent pupil {l['text']!r} named in photo post")
errors += [f"health/circumstance phrase repeated: {k!r}" for k, v in rec.items() if v > 1]

if "-v" in sys.argv:
    words = set()
    for p in pupils:
        for w in (p["forename"], p["preferred_forename"], p["surname"]):
            if w:
                words.add(w)
    for post in posts:
        sp = spans(post)
        for w in sorted(words):
            for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", post["text"], flags=re.I):
                if not any(x <= m.start() and m.end() <= y for x, y, _ in sp):
                    print(f"  {post['id']}: unlabelled {m.group(0)!r}: ...{post['text'][max(0, m.start()-30):m.end()+30]!r}")

kinds = Counter(l["kind"] for p in posts for l in p["expected"])
print("kinds:", dict(kinds))
print("posts:", len(posts), "clean:", sum(not p["expected"] for p in posts),
      "photo:", sum(p["photo"] for p in posts), "personal:", sum(p["account"] == "personal" for p in posts))
print("verdicts:", dict(Counter(p["verdict"] for p in posts)))
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
