"""Own checks for set 115 (run after build.py). -v lists unlabelled register forenames."""
import json, re, sys, unicodedata
from collections import Counter
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from pupils import PUPILS, STAFF, SCHOOL

OUT = Path(__file__).parent.parent
posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
errors, notes = [], []


def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("\u0142", "l").replace("\u0141", "L"))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def spans(p, kinds):
    out, seen = [], Counter()
    for l in p["expected"]:
        seen[l["text"]] += 1
        if l["kind"] in kinds:
            starts = [m.start() for m in re.finditer(re.escape(l["text"]), p["text"])]
            s = starts[seen[l["text"]] - 1]
            out.append((s, s + len(l["text"]), l["text"]))
    return out


if len(posts) != 220:
    errors.append(f"{len(posts)} posts, want 220")
for i, p in enumerate(posts, 1):
    if p["id"] != f"z115-{i:03d}":
        errors.append(f"bad id {p['id']}")
    if "\\n" in p["text"]:
        errors.append(f"{p['id']}: literal backslash-n")
    ft = fold(p["text"].replace("\u200b", "").replace("\u00a0", " "))
    full = spans(p, {"full_name"})
    for fn, sn, pref, yr in PUPILS:
        for f in filter(None, (fn, pref)):
            pat = re.escape(fold(f)) + r"[\s_.\-]*" + re.escape(fold(sn))
            for m in re.finditer(pat, ft):
                # map approx: folded text has same length when no zero-width removed
                if not any(a <= m.start() + 1 and m.end() - 1 <= b for a, b, _ in full):
                    errors.append(f"{p['id']}: unlabelled pair {f} {sn}: {p['text'][m.start():m.end()]!r}")
            pat2 = re.escape(fold(sn)) + r",?\s+" + re.escape(fold(f)) + r"\b"
            for m in re.finditer(pat2, ft):
                if not any(a <= m.start() and m.end() <= b for a, b, _ in full):
                    notes.append(f"{p['id']}: surname-first? {p['text'][m.start():m.end()]!r}")
    for m in re.finditer(r"#\w+", p["text"]):
        h = fold(m.group())
        for fn, sn, pref, yr in PUPILS:
            for f in filter(None, (fn, pref)):
                if re.sub(r"\W|_", "", fold(f) + fold(sn)) in re.sub(r"\W|_", "", h):
                    if not any(l["text"] == m.group() and l["kind"] == "full_name" for l in p["expected"]):
                        errors.append(f"{p['id']}: hashtag {m.group()} not labelled whole")
    # unlabelled forenames for review
    names = spans(p, {"forename", "full_name"})
    for fn, sn, pref, yr in PUPILS:
        for f in filter(None, (fn, pref)):
            for m in re.finditer(r"(?<!\w)" + re.escape(f) + r"(?!\w)", p["text"]):
                if not any(a <= m.start() < b for a, b, _ in names):
                    notes.append(f"{p['id']}: unlabelled {f!r}: ...{p['text'][max(0, m.start()-30):m.end()+30]!r}")

rec = Counter(fold(l["text"]) for p in posts for l in p["expected"] if l["kind"] in ("health", "circumstance"))
for t, c in rec.items():
    if c > 1:
        errors.append(f"record phrase used {c}x: {t!r}")
staffnames = {f"{s[2]} {s[3]}" for s in STAFF}
for p in posts:
    for l in p["expected"]:
        if l["kind"] == "other_person" and l["text"] in staffnames:
            errors.append(f"{p['id']}: staff labelled as other_person")

for n in notes if "-v" in sys.argv else []:
    print("note:", n)
for e in errors:
    print("ERROR:", e)
kinds = Counter(l["kind"] for p in posts for l in p["expected"])
print(dict(sorted(kinds.items())))
print(f"posts {len(posts)}, clean {sum(1 for p in posts if not p['expected'])}, photo "
      f"{sum(p['photo'] for p in posts)}, personal {sum(p['account']=='personal' for p in posts)}; "
      f"{len(errors)} error(s), {len(notes)} note(s)")
sys.exit(1 if errors else 0)
