"""posts_0*.txt (inline markup) -> ../posts.jsonl.

Header: ### category | photo y/n | account o/p | tags,comma,separated
Markup: [[kind:text]] with kind in fn full other email phone addr dob upn health circ;
[[upn:@Forename Surname]] inserts that pupil's UPN, [[upn:@Forename Surname|spaced]] a spaced one.
"""
import json
import re
from common import HERE, pupils

KIND = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
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


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def upn_for(spec, reg):
    name, _, fmt = spec[1:].partition("|")
    for p in reg:
        if f"{p['forename']} {p['surname']}" == name:
            u = p["upn"]
            return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}" if fmt == "spaced" else u
    raise SystemExit(f"no pupil {name}")


def parse():
    reg = pupils()
    posts = []
    for f in sorted(HERE.glob("posts_0*.txt")):
        blocks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)[1:]
        for b in blocks:
            head, _, body = b.partition("\n")
            cat, photo, acct, tags = [x.strip() for x in head.split("|")]
            body = body.strip("\n").replace("\\n", "\n")
            account = {"o": "official", "p": "personal"}[acct]
            is_photo = {"y": True, "n": False}[photo]
            labels, out, pos = [], [], 0
            for m in MARK.finditer(body):
                out.append(body[pos:m.start()])
                kind = KIND[m.group(1)]
                t = m.group(2)
                if kind == "upn" and t.startswith("@"):
                    t = upn_for(t, reg)
                start = sum(len(x) for x in out)
                out.append(t)
                pos = m.end()
                rule = RULE.get(kind) or ("text.pupil_name_with_photo" if is_photo else "text.pupil_forename")
                labels.append((start, {"rule": rule, "text": t, "kind": kind}))
            out.append(body[pos:])
            text = "".join(out)
            if "[[" in text or "]]" in text:
                raise SystemExit(f"stray markup in {f.name}: {text[:80]}")
            # nth label with a text must be its nth occurrence
            final = []
            seen = {}
            for start, l in labels:
                occ = [m.start() for m in re.finditer(re.escape(l["text"]), text)]
                k = seen.get(l["text"], 0)
                seen[l["text"]] = k + 1
                if occ[k] != start:
                    raise SystemExit(f"label {l['text']!r} is not occurrence {k+1} in: {text[:80]}")
                final.append(l)
            tags = [t.strip() for t in tags.split(",") if t.strip()]
            if account == "personal" and "personal" not in tags:
                tags.append("personal")
            if is_photo and "photo" not in tags:
                tags.append("photo")
            if not final and "clean" not in tags:
                tags.insert(0, "clean")
            if final and "clean" in tags:
                raise SystemExit(f"clean tag on labelled post: {text[:80]}")
            posts.append(dict(category=cat, account=account, photo=is_photo, text=text,
                              expected=final, verdict=verdict(account, final), tags=tags))
    return posts


if __name__ == "__main__":
    posts = parse()
    with open(HERE.parent / "posts.jsonl", "w", encoding="utf-8") as fh:
        for i, p in enumerate(posts, 1):
            fh.write(json.dumps({"id": f"z55-{i:03d}", **p}, ensure_ascii=False) + "\n")
    print(len(posts), "posts")
