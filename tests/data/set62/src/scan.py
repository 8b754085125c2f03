"""List unlabelled occurrences of register forenames/preferred/surnames in posts (to review)."""
import json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from pupils import pupils
names = set()
for p in pupils():
    names |= {p["forename"], p["surname"]} | ({p["preferred"]} if p["preferred"] else set())
for line in open(Path(__file__).parent.parent / "posts.jsonl", encoding="utf-8"):
    o = json.loads(line); t = o["text"]
    mask = list(t)
    cnt = {}
    for l in o["expected"]:
        k = cnt.get(l["text"], 0)
        starts = [m.start() for m in re.finditer(re.escape(l["text"]), t)]
        if k < len(starts):
            s = starts[k]; mask[s:s+len(l["text"])] = ["#"] * len(l["text"])
        cnt[l["text"]] = k + 1
    m = "".join(mask)
    hits = [n for n in names if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", m, re.I)]
    if hits:
        print(o["id"], sorted(hits), "|", t[:70].replace("\n", " "))
