import json,re
from upn import load_pupils
P=load_pupils('pupils.txt')
names=set()
for p in P:
    names.add(p['forename']); 
    if p['preferred']: names.add(p['preferred'])
    names.add(p['surname'])
for line in open('../posts.jsonl'):
    p=json.loads(line); t=p['text']
    spans=[]; cnt={}
    for l in p['expected']:
        cnt[l['text']]=cnt.get(l['text'],0)+1
        s=[m.start() for m in re.finditer(re.escape(l['text']),t)][cnt[l['text']]-1]
        spans.append((s,s+len(l['text'])))
    for n in names:
        for m in re.finditer(r'(?<!\w)'+re.escape(n)+r'(?!\w)',t,re.I):
            if not any(a<=m.start()<b for a,b in spans):
                print(p['id'],repr(n),'|',t[max(0,m.start()-30):m.end()+30].replace('\n',' '))
