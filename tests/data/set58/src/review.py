"""List register-name words in posts that are not inside a label (for the writer to review)."""
import json, re, unicodedata, sys
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent
fold = lambda s: "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()
import csv
words = set()
for r in csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")):
    for k in ("forename", "preferred_forename", "surname"):
        if r[k]:
            words.add(fold(r[k]))
for line in open(OUT / "posts.jsonl", encoding="utf-8"):
    p = json.loads(line)
    t = p["text"]; spans = []
    from collections import Counter
    seen = Counter()
    for l in p["expected"]:
        seen[l["text"]] += 1
        occ = [m.start() for m in re.finditer(re.escape(l["text"]), t)]
        s = occ[seen[l["text"]] - 1]; spans.append((s, s + len(l["text"])))
    ft = fold(t)
    hits = []
    for w in words:
        for m in re.finditer(r"(?<![\w])" + re.escape(w) + r"(?![\w])", ft):
            if not any(a <= m.start() < b for a, b in spans):
                hits.append(t[m.start():m.end()])
    if hits:
        print(p["id"], sorted(set(hits)), "|", t[:90].replace("\n", " / "))
