"""List register name words that occur in a post outside any label (for manual review)."""
import csv, json, re
from pathlib import Path
D = Path(__file__).resolve().parent.parent
words = set()
for r in csv.DictReader(open(D / "register_pupils.csv", encoding="utf-8")):
    for k in ("forename", "surname", "preferred_forename"):
        if r[k]:
            words.add(r[k])
for line in open(D / "posts.jsonl", encoding="utf-8"):
    p = json.loads(line)
    t = p["text"]
    mask = list(t)
    cnt = {}
    for l in p["expected"]:
        cnt[l["text"]] = cnt.get(l["text"], 0) + 1
        s = [m.start() for m in re.finditer(re.escape(l["text"]), t)][cnt[l["text"]] - 1]
        for i in range(s, s + len(l["text"])):
            mask[i] = "\0"
    m2 = "".join(mask)
    hits = sorted({w for w in words if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", m2)})
    if hits:
        print(p["id"], hits)
