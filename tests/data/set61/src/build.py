"""Build ../posts.jsonl from posts_*.txt markup.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
and its body follows (line breaks kept). Inline labels: [[kind:text]] with kind one of
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} is replaced by that
pupil's UPN (as plain text; wrap it in [[upn:...]] to label it).
Rule from kind (+photo for fn); verdict from POLICY.md default severities for the account.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
SET = "z61"
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def upns():
    sys.path.insert(0, str(HERE))
    from make_register import pupils
    return {f"{p['forename']} {p['surname']}": p["upn"] for p in pupils()}


def rule_for(kind, photo):
    if kind == "forename":
        return "text.pupil_name_with_photo" if photo else "text.pupil_forename"
    return {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
            "email": "text.contact_details", "phone": "text.contact_details",
            "address": "text.contact_details", "dob": "text.date_of_birth"}.get(kind, "text.pupil_record")


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def parse():
    U = upns()
    posts, errors = [], []
    files = sorted(HERE.glob("posts_*.txt"))
    blocks = []
    for f in files:
        cur = None
        for line in f.read_text(encoding="utf-8").split("\n"):
            if line.startswith("### "):
                cur = [line[4:], []]
                blocks.append(cur)
            elif cur is not None:
                cur[1].append(line)
    for n, (head, body) in enumerate(blocks, 1):
        pid = f"{SET}-{n:03d}"
        parts = [p.strip() for p in head.split("|")]
        cat, photo, acct = parts[0], parts[1] == "photo y", parts[2]
        acct = {"account o": "official", "account p": "personal"}[acct]
        tags = [t.strip() for t in parts[3].split(",")] if len(parts) > 3 and parts[3] else []
        raw = "\n".join(body).strip("\n")
        raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: U[m.group(1)], raw)
        # escapes for invisible chars
        raw = raw.replace("\\u200b", "\u200b").replace("\\u00a0", "\u00a0").replace("\\u200c", "\u200c")
        text, labels, spans, pos = "", [], [], 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, re.S):
            text += raw[pos:m.start()]
            kind = KINDS.get(m.group(1))
            if not kind:
                errors.append(f"{pid}: bad kind {m.group(1)}")
            t = m.group(2)
            spans.append((len(text), t))
            text += t
            labels.append({"rule": rule_for(kind, photo), "text": t, "kind": kind})
            pos = m.end()
        text += raw[pos:]
        if "[[" in text or "]]" in text:
            errors.append(f"{pid}: stray markup")
        # nth label with text t must be nth occurrence of t
        seen = {}
        for (start, t) in spans:
            seen[t] = seen.get(t, 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if occ[seen[t] - 1] != start:
                errors.append(f"{pid}: label {t!r} #{seen[t]} is not occurrence #{seen[t]} (reorder)")
        if not labels and "clean" not in tags:
            tags.insert(0, "clean")
        if labels and "clean" in tags:
            errors.append(f"{pid}: tagged clean but has labels")
        if acct == "personal" and "personal" not in tags:
            tags.append("personal")
        if photo and "photo" not in tags:
            tags.append("photo")
        posts.append({"id": pid, "category": cat, "account": acct, "photo": photo, "text": text,
                      "expected": labels, "verdict": verdict(acct, labels), "tags": tags})
    return posts, errors


if __name__ == "__main__":
    posts, errors = parse()
    for e in errors:
        print("ERROR", e)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    print(len(posts), "posts;", len(errors), "errors")
