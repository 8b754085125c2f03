"""posts_*.txt (inline markup) -> ../posts.jsonl and photo_pupils.json.

Header line per post: `### category | photo|- | o|p | tag, tag`.
Markup: [[kind:text]] with kind in fn full other email phone addr dob upn health circ;
{UPN:Forename Surname} -> that pupil's UPN, {UPNS:..} spaced (X 3717 0042 4101), {UPNL:..} lower case.
"""
import json, re, sys, unicodedata
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from upn import upn_for, load_pupils
SRC = Path(__file__).parent; OUT = SRC.parent
KIND = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
        "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
        "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details", "address": "text.contact_details",
        "dob": "text.date_of_birth", "upn": "text.pupil_record", "health": "text.pupil_record",
        "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
CATMAP = {"circumstance": "school news", "health": "school news", "immigration": "school news", "fsm": "staff note", "refuge": "staff note", "bereavement": "school news", "religion": "faith and festivals", "young carer": "wellbeing", "generic": "school info", "other person": "thank you", "dob": "birthday", "email": "school info", "phone": "community", "address": "community", "full name hashtag": "sports", "sport": "sports", "personal": "teacher life", "clean personal": "teacher life", "official": "school info", "family": "school news", "nursery": "eyfs"}

def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()

def upn_sub(m):
    kind, name = m.group(1), m.group(2)
    u = upn_for(name)
    if kind == "UPNS":
        return f"{u[0]} {u[1:5]} {u[5:9]} {u[9:]}"
    if kind == "UPNL":
        return u.lower()
    return u

def parse(path):
    posts, cur = [], None
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("### "):
            if cur: posts.append(cur)
            parts = [x.strip() for x in line[4:].split("|")]
            cur = {"category": parts[0], "photo": parts[1] == "photo",
                   "account": {"o": "official", "p": "personal"}[parts[2]],
                   "tags": [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else [],
                   "lines": []}
        elif cur is not None:
            cur["lines"].append(line)
    if cur: posts.append(cur)
    return posts

def render(raw):
    raw = re.sub(r"\{(UPN|UPNS|UPNL):([^}]+)\}", upn_sub, raw)
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, re.S):
        text += raw[pos:m.start()]
        k, t = m.group(1), m.group(2)
        labels.append((KIND[k], t, len(text)))
        text += t
        pos = m.end()
    text += raw[pos:]
    return text, labels

def main():
    pupils = load_pupils()
    out, photo_names = [], set()
    files = sorted(SRC.glob("posts_*.txt"))
    n = 0
    for f in files:
        for p in parse(f):
            n += 1
            raw = "\n".join(p["lines"]).strip("\n")
            raw = raw.replace("\\u200b", "\u200b").replace("\\u00a0", "\u00a0")
            text, labels = render(raw)
            expected = []
            for kind, t, start in labels:
                if kind == "forename":
                    rule = "text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename"
                else:
                    rule = RULE[kind]
                expected.append({"rule": rule, "text": t, "kind": kind, "_start": start})
            worst = None
            for l in expected:
                s = SEV[p["account"]].get(l["rule"], "block")
                if worst is None or RANK[s] > RANK[worst]:
                    worst = s
            verdict = "allow" if worst in (None, "info") else worst
            KT = {"forename","full-name","other-person","circumstance","health","dob","upn","email","phone","address"}
            tags = [t for t in p["tags"] if t not in KT]
            if not expected: tags.insert(0, "clean")
            if p["account"] == "personal" and "personal" not in tags: tags.append("personal")
            if p["photo"] and "photo" not in tags: tags.append("photo")
            for l in expected:
                if l["kind"] not in tags: tags.append(l["kind"].replace("_", "-"))
            tags = list(dict.fromkeys(tags))
            if p["photo"]:
                for l in expected:
                    if l["kind"] in ("forename", "full_name"):
                        toks = [fold(x) for x in re.findall(r"[^\W\d_]+", l["text"].lstrip("#"))]
                        joined = fold(re.sub(r"[^\w]", "", l["text"]))
                        for q in pupils:
                            names = {fold(q["forename"]), fold(q["surname"])} | ({fold(q["preferred"])} if q["preferred"] else set())
                            parts = set()
                            for nm in names: parts |= set(re.findall(r"[^\W\d_]+", nm))
                            ini = fold((q["preferred"] or q["forename"])[0] + q["surname"][0])
                            ini2 = fold(q["forename"][0] + q["surname"][0])
                            if set(toks) & parts or any(x in joined for x in parts if len(x) > 3) or joined in (ini, ini2):
                                photo_names.add(f"{q['forename']} {q['surname']}")
            cat = CATMAP.get(p["category"], p["category"])
            out.append({"id": f"z37-{n:03d}", "category": cat, "account": p["account"],
                        "photo": p["photo"], "text": text, "expected": expected, "verdict": verdict, "tags": tags})
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for o in out:
            starts = [l.pop("_start") for l in o["expected"]]
            o["_starts"] = starts
        (SRC / "spans.json").write_text(json.dumps({o["id"]: o.pop("_starts") for o in out}))
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=True) + "\n")
    (SRC / "photo_pupils.json").write_text(json.dumps(sorted(photo_names), ensure_ascii=False, indent=1))
    print(f"{n} posts")
if __name__ == "__main__":
    main()
