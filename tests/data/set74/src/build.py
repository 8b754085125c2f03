"""posts_0*.txt (inline markup) -> ../posts.jsonl, photo_named.txt.

Header line: ### category | o/p | y/n | tag,tag
Markup: [[kind:text]] or [[kind:text=Forename Surname]] (who initials/nicknames belong to);
kinds fn full other email phone addr dob upn health circ. \\uXXXX escapes are decoded.
"""
import json, re, sys, unicodedata
from collections import Counter
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import SRC, OUT, pupils

KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
        "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
MARK = re.compile(r"\[\[(\w+):(.+?)\]\]", re.S)

def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()

def decode(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)

def parse():
    posts = []
    for f in sorted(SRC.glob("posts_0*.txt")):
        cur = None
        for line in f.read_text(encoding="utf-8").split("\n"):
            if line.startswith("### "):
                if cur: posts.append(cur)
                cat, acct, photo, tags = [x.strip() for x in line[4:].split("|")]
                cur = {"cat": cat, "acct": {"o": "official", "p": "personal"}[acct],
                       "photo": {"y": True, "n": False}[photo],
                       "tags": [t.strip() for t in tags.split(",") if t.strip()], "lines": []}
            elif cur is not None:
                cur["lines"].append(line)
        if cur: posts.append(cur)
    return posts

def main():
    errors = []
    people = pupils()
    out, photo_named, phrases = [], set(), Counter()
    for n, p in enumerate(parse(), 1):
        pid = f"z74-{n:03d}"
        raw = decode("\n".join(p["lines"]).strip("\n"))
        text, labels, spans = "", [], []
        pos = 0
        for m in MARK.finditer(raw):
            text += raw[pos:m.start()]
            k, body = m.group(1), m.group(2)
            who = None
            if "=" in body and k in ("fn", "full"):
                body, who = body.split("=", 1)
            if k not in KINDS:
                errors.append(f"{pid}: bad kind {k}")
            start = len(text)
            text += body
            spans.append((start, body, KINDS.get(k), who))
            pos = m.end()
        text += raw[pos:]
        if "[[" in text or "]]" in text:
            errors.append(f"{pid}: stray markup")
        seen = Counter()
        for start, body, kind, who in spans:
            seen[body] += 1
            occ = [mm.start() for mm in re.finditer(re.escape(body), text)]
            if occ.index(start) != seen[body] - 1:
                errors.append(f"{pid}: label {body!r} is not its occurrence #{seen[body]}")
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename"
            else:
                rule = RULE[kind]
            labels.append({"rule": rule, "text": body, "kind": kind})
            if kind in ("health", "circumstance"):
                phrases[fold(body)] += 1
            if p["photo"] and kind in ("forename", "full_name"):
                if who:
                    photo_named.add(who)
                else:
                    words = set(re.findall(r"[\w'-]+", fold(body.replace("#", " ").replace("_", " "))))
                    hit = False
                    for q in people:
                        names = {fold(q["forename"]), fold(q["preferred"])} - {""}
                        names |= {fold(q["forename"]).split()[-1]}
                        if names & words or fold(q["forename"]) in fold(body):
                            photo_named.add(f"{q['forename']} {q['surname']}"); hit = True
                    if not hit:
                        errors.append(f"{pid}: photo name {body!r} matches no pupil (use =)")
        worst = None
        for l in labels:
            s = SEV[p["acct"]].get(l["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        tags = list(p["tags"])
        auto = []
        if not labels: auto.append("clean")
        if p["acct"] == "personal": auto.append("personal")
        if p["photo"]: auto.append("photo")
        for l in labels:
            t = l["kind"].replace("_", "-")
            if t not in auto: auto.append(t)
        for t in auto:
            if t not in tags: tags.append(t)
        out.append({"id": pid, "category": p["cat"], "account": p["acct"], "photo": p["photo"],
                    "text": text, "expected": labels, "verdict": verdict, "tags": tags})
    for ph, c in phrases.items():
        if c > 1:
            errors.append(f"record phrase used {c}x: {ph!r}")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=True) + "\n")
    (SRC / "photo_named.txt").write_text("\n".join(sorted(photo_named)) + "\n", encoding="utf-8")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(out)} posts, {sum(1 for o in out if not o['expected'])} clean, "
          f"{sum(1 for o in out if o['photo'])} photo, {sum(1 for o in out if o['account']=='personal')} personal; {len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
