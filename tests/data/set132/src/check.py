"""Own checks for set 132 (run after build.py). -v lists unlabelled register words for review."""
import json, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pupils import PUPILS, STAFF, NWP_YES  # noqa: E402

ZW = "\u200b\u200c\u200d\u2060\ufeff"
HOMO = str.maketrans("аеорсхуіАЕОРСХ", "aeopcxyiAEOPCX")
posts = [json.loads(l) for l in (HERE.parent / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
errors, notes = [], []


def norm(s):
    return "".join(c for c in s if c not in ZW).translate(HOMO).replace("\u00a0", " ")


if "-n" not in sys.argv: assert len(posts) == 220, len(posts)
if "-n" not in sys.argv: assert [p["id"] for p in posts] == [f"z132-{i:03d}" for i in range(1, 221)]
phrases = Counter()
for p in posts:
    t, labels = p["text"], p["expected"]
    if "\\n" in t:
        errors.append(f"{p['id']}: literal backslash-n")
    full = [norm(l["text"]).casefold() for l in labels if l["kind"] == "full_name"]
    nt = norm(t)
    for pu in PUPILS:
        for fn in {pu["forename"], pu["preferred"]} - {""}:
            sn = pu["surname"]
            pats = [re.escape(fn).replace(r"\ ", r"\s+") + r"[\s_]*" + re.escape(sn),
                    re.escape(sn) + r",?\s+" + re.escape(fn)]
            for pat in pats:
                for m in re.finditer(r"(?i)(?<![A-Za-z])" + pat + r"(?![a-z])", nt):
                    if not any(m.group(0).casefold() in f or f in m.group(0).casefold() for f in full):
                        errors.append(f"{p['id']}: unlabelled pair {m.group(0)!r}")
    for h in re.findall(r"#\w+", nt):
        flat = h.casefold().replace("_", "")
        for pu in PUPILS:
            for fn in {pu["forename"], pu["preferred"]} - {""}:
                if (fn + pu["surname"]).replace(" ", "").casefold() in flat:
                    if not any(l["kind"] == "full_name" and norm(l["text"]) == h for l in labels):
                        errors.append(f"{p['id']}: hashtag {h} not labelled whole")
    for l in labels:
        if l["kind"] in ("health", "circumstance"):
            phrases[l["text"].casefold()] += 1
    if p["photo"]:
        for l in labels:
            if l["kind"] in ("full_name", "forename"):
                for name in NWP_YES:
                    fn = name.split()[0]
                    if re.search(r"(?i)(?<![a-z])" + re.escape(fn) + r"(?![a-z])", norm(l["text"])):
                        errors.append(f"{p['id']}: {name} (name-with-photo yes) named in photo post")
    if "-v" in sys.argv:
        lab = " ".join(l["text"] for l in labels)
        words = {pu["forename"] for pu in PUPILS} | {pu["preferred"] for pu in PUPILS if pu["preferred"]} \
            | {pu["surname"] for pu in PUPILS}
        for w in sorted(words):
            for m in re.finditer(r"(?<![A-Za-z])" + re.escape(w) + r"(?![a-z])", nt):
                ctx = nt[max(0, m.start() - 25): m.end() + 25].replace("\n", " ")
                if not any(w in norm(x) for x in [lab]):
                    notes.append(f"{p['id']}: unlabelled {w!r}: ...{ctx}...")
for ph, n in phrases.items():
    if n > 1:
        errors.append(f"record phrase used {n}x: {ph!r}")
kinds = Counter(l["kind"] for p in posts for l in p["expected"])
print("kinds:", dict(sorted(kinds.items())))
print("clean:", sum(1 for p in posts if not p["expected"]), "photo:", sum(p["photo"] for p in posts),
      "personal:", sum(p["account"] == "personal" for p in posts))
for n in notes:
    print("note:", n)
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
