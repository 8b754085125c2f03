"""posts_0*.txt (inline [[kind:text]] markup) -> ../posts.jsonl"""
import json, re
from common import HERE, OUT, pupils

KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email", "phone": "phone",
         "addr": "address", "dob": "dob", "upn": "upn", "health": "health", "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person", "email": "text.contact_details",
        "phone": "text.contact_details", "address": "text.contact_details", "dob": "text.date_of_birth",
        "upn": "text.pupil_record", "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def verdict(account, labels):
    worst = max((RANK[SEV[account].get(l["rule"], "block")] for l in labels), default=0)
    return {0: "allow", 1: "warn", 2: "block"}[worst]


def main():
    upns = {f"{p['forename']} {p['surname']}": p["upn"] for p in pupils()}
    raw = []
    for f in sorted(HERE.glob("posts_0*.txt")):
        cur = None
        for line in f.read_text().splitlines():
            if line.startswith("### "):
                cur = [line[4:], []]
                raw.append(cur)
            elif line.strip():
                cur[1].append(line)
    posts = []
    for n, (head, body) in enumerate(raw, 1):
        cat, photo, acct, tags = [x.strip() for x in head.split("|")]
        src = "\n".join(body).replace("\\n", "\n").replace("\\u200b", "\u200b").replace("\\u0430", "\u0430")
        src = re.sub(r"\{UPN:([^}]+)\}", lambda m: upns[m.group(1)], src)
        text, labels, pos = "", [], 0
        photo = photo == "y"
        account = {"o": "official", "p": "personal"}[acct]
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", src, re.S):
            text += src[pos:m.start()]
            kind = KINDS[m.group(1)]
            t = m.group(2)
            rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
            labels.append({"rule": rule, "text": t, "kind": kind, "_start": len(text)})
            text += t
            pos = m.end()
        text += src[pos:]
        assert "[[" not in text and "]]" not in text, (n, text)
        tags = [t.strip() for t in tags.split(",") if t.strip()]
        tags = [t for t in tags if t != "clean"] + (["clean"] if not labels else [])
        if account == "personal" and "personal" not in tags:
            tags.append("personal")
        if photo and "photo" not in tags:
            tags.append("photo")
        posts.append({"id": f"z67-{n:03d}", "category": cat, "account": account, "photo": photo, "text": text,
                      "expected": labels, "verdict": verdict(account, labels), "tags": tags})
    spans = {p["id"]: [l.pop("_start") for l in p["expected"]] for p in posts}
    (HERE / "spans.json").write_text(json.dumps(spans))
    with open(OUT / "posts.jsonl", "w") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    print(len(posts), "posts")


if __name__ == "__main__":
    main()
