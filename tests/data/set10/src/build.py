"""Markup (posts_0*.txt) -> ../posts.jsonl; registers -> ../register_*.csv. Run from src/."""
import csv, glob, json, re, sys, collections
from upn import upn

KIND = {"fn": "forename", "full": "full_name", "dob": "dob", "addr": "address", "email": "email",
        "phone": "phone", "upn": "upn", "health": "health", "circ": "circumstance", "other": "other_person"}
SEV = {"block": 3, "warn": 2, "info": 1}

def rule_for(kind, photo):
    if kind == "forename":
        return "text.pupil_name_with_photo" if photo else "text.pupil_forename"
    if kind == "full_name":
        return "text.pupil_full_name"
    if kind in ("address", "email", "phone"):
        return "text.contact_details"
    if kind == "dob":
        return "text.date_of_birth"
    if kind in ("upn", "health", "circumstance"):
        return "text.pupil_record"
    if kind == "other_person":
        return "text.other_person"
    raise ValueError(kind)

SEVERITY_OFFICIAL = {"text.pupil_name_with_photo": "block", "text.pupil_forename": "info",
    "text.pupil_full_name": "block", "text.contact_details": "block", "text.date_of_birth": "block",
    "text.pupil_record": "block", "text.other_person": "warn"}

def load_pupils():
    rows = []
    for line in open("pupils.txt", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("|")
        rows.append(dict(forename=f[0], surname=f[1], preferred=f[2], year=f[3], cls=f[4],
                         social=f[5], website=f[6], press=f[7], bio=f[8]))
    for i, r in enumerate(rows, 1):
        r["upn"] = upn("925341726%03d" % i)
    return rows

PUPILS = load_pupils()
UPN_OF = {p["forename"] + " " + p["surname"]: p["upn"] for p in PUPILS}
SEVERITY_PERSONAL = dict(SEVERITY_OFFICIAL, **{"text.pupil_forename": "warn"})
def severity(rule, account):
    return (SEVERITY_PERSONAL if account == "personal" else SEVERITY_OFFICIAL)[rule]

def parse():
    posts = []
    for fn in sorted(glob.glob("posts_0*.txt")):
        cur = None
        for line in open(fn, encoding="utf-8"):
            if line.startswith("### "):
                if cur: posts.append(cur)
                f = [x.strip() for x in line[4:].split("|")]
                cat, photo, tags = f[:3]
                acc = "personal" if len(f) > 3 and f[3] == "p" else "official"
                cur = dict(category=cat, photo=(photo == "y"), account=acc, tags=[t.strip() for t in tags.split(",") if t.strip()], lines=[])
            else:
                cur["lines"].append(line)
        if cur: posts.append(cur)
    return posts

MARK = re.compile(r"\[\[(\w+):(.+?)\]\]", re.S)

def render(raw):
    raw = raw.replace("\\n", "\n")
    raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: UPN_OF[m.group(1)], raw)
    out, labels, pos = [], [], 0
    text = ""
    for m in MARK.finditer(raw):
        text += raw[pos:m.start()]
        labels.append((KIND[m.group(1)], m.group(2), len(text)))
        text += m.group(2)
        pos = m.end()
    text += raw[pos:]
    return text, labels

GENRE = {"personal": "teacher life", "circumstance": "wellbeing", "email": "school office", "dob": "birthday",
         "address": "community", "photo": "school life", "other-person": "thank-you", "phone": "community",
         "general": "school info", "trap": "school info", "contact": "community", "welfare": "wellbeing",
         "history": "curriculum", "faith": "collective worship", "health": "class notice", "sen": "send",
         "service families": "community"}

def main():
    posts = parse()
    out = []
    for i, p in enumerate(posts, 1):
        raw = "".join(p["lines"]).strip("\n")
        text, labels = render(raw)
        exp = [dict(rule=rule_for(k, p["photo"]), text=t, kind=k) for k, t, _ in labels]
        sev = max([SEV[severity(e["rule"], p["account"])] for e in exp], default=0)
        verdict = {0: "allow", 1: "allow", 2: "warn", 3: "block"}[sev]
        cat = p["category"]
        tags = list(p["tags"])
        if cat.startswith("clean-"):
            cat = cat[len("clean-"):]
        topic = cat
        cat = GENRE.get(cat, cat)
        if p["account"] == "personal" and "personal" not in tags:
            tags.append("personal")
        if not exp:
            tags = ["clean"] + [t for t in tags if t != "clean"]
        if p["photo"] and "photo" not in tags:
            tags.append("photo")
        for k in sorted({k for k, _, _ in labels}):
            t = k.replace("_", "-")
            if t not in tags: tags.append(t)
        tags = list(dict.fromkeys(tags))
        out.append(dict(id="s10-%03d" % i, category=cat, account=p["account"], photo=p["photo"], text=text,
                        expected=exp, verdict=verdict, tags=tags, _spans=[s for _, _, s in labels]))
    return out

if __name__ == "__main__":
    out = main()
    with open("../posts.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            o = {k: v for k, v in o.items() if not k.startswith("_")}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    c = collections.Counter(); pc = collections.Counter(); kc = collections.Counter(); vc = collections.Counter()
    for o in out:
        vc[o["verdict"]] += 1
        for e in o["expected"]:
            c[e["rule"]] += 1; kc[e["kind"]] += 1
    print(len(out), "posts;", sum(1 for o in out if not o["expected"]), "clean;", sum(o["photo"] for o in out), "photo")
    print(dict(vc)); print(dict(c)); print(dict(kc))
    pc = collections.Counter(o["account"] for o in out); print(dict(pc))
