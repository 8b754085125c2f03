import json, collections
P=[json.loads(l) for l in open('/work/sets/set41/posts.jsonl')]
k=collections.Counter(l['kind'] for p in P for l in p['expected'])
print(len(P),'posts; clean',sum(not p['expected'] for p in P),'photo',sum(p['photo'] for p in P),'personal',sum(p['account']=='personal' for p in P))
print(dict(k))
print(collections.Counter(p['verdict'] for p in P))
