"""Review aid: unlabelled occurrences of register forenames/preferred names/surnames."""
import json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import build
pupils = build.load_pupils()
words = set()
for p in pupils:
    words |= {p["forename"], p["surname"]} | ({p["preferred_forename"]} if p["preferred_forename"] else set())
for line in open(Path(__file__).parent.parent / "posts.jsonl", encoding="utf-8"):
    post = json.loads(line)
    text = post["text"]
    spans = []
    for lab in post["expected"]:
        n = sum(1 for s in spans if s[2] == lab["text"])
        occ = [m.start() for m in re.finditer(re.escape(lab["text"]), text)]
        s = occ[n]
        spans.append((s, s + len(lab["text"]), lab["text"]))
    for w in words:
        for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text, re.I):
            if not any(a <= m.start() < b for a, b, _ in spans):
                print(post["id"], repr(w), "|", text[max(0, m.start()-30):m.end()+30].replace("\n", " "))
