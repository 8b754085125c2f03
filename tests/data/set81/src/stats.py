import json, collections, sys
from pathlib import Path
posts=[json.loads(l) for l in (Path(__file__).parent.parent/'posts.jsonl').read_text().splitlines()]
k=collections.Counter(e['kind'] for p in posts for e in p['expected'])
print(len(posts),'posts; clean',sum(not p['expected'] for p in posts),'photo',sum(p['photo'] for p in posts),'personal',sum(p['account']=='personal' for p in posts))
print(dict(k))
print(collections.Counter(p['verdict'] for p in posts))
