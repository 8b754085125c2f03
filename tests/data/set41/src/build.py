"""posts_0*.txt (inline markup) -> ../posts.jsonl.

Header: ### category | y/n (photo) | o/p (account) | tags
Labels: [[k:text]] with k = F full_name, f forename, o other_person, e email, p phone,
a address, d dob, u upn, h health, c circumstance.
{UPN:Forename Surname} -> that pupil's UPN; {UPNS:...} spaced; {UPNL:...} lower case.
"""
import json
import re
from common import SRC, OUT, by_name, spaced

KINDS = {"F": "full_name", "f": "forename", "o": "other_person", "e": "email", "p": "phone",
         "a": "address", "d": "dob", "u": "upn", "h": "health", "c": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth",
        "upn": "text.pupil_record", "health": "text.pupil_record",
        "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
LABEL = re.compile(r"\[\[([Ffoepaduhc]):(.*?)\]\]", re.S)


def upns(text):
    text = re.sub(r"\{UPN:([^}]+)\}", lambda m: by_name(m.group(1))["upn"], text)
    text = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(by_name(m.group(1))["upn"]), text)
    return re.sub(r"\{UPNL:([^}]+)\}", lambda m: by_name(m.group(1))["upn"].lower(), text)


def parse(raw, photo):
    raw = upns(raw).replace("\\n", "\n")
    raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    out, labels, pos = [], [], 0
    spans = []
    for m in LABEL.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        kind = KINDS[m.group(1)]
        t = m.group(2)
        out.append(t)
        rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
        labels.append({"rule": rule, "text": t, "kind": kind})
        spans.append(start)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    # nth label with a text must be its nth occurrence
    seen = {}
    for lab, start in zip(labels, spans):
        t = lab["text"]
        seen[t] = seen.get(t, 0) + 1
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        if occ.index(start) != seen[t] - 1:
            raise SystemExit(f"label {t!r} is not its nth occurrence in: {text[:80]!r}")
        before = text[start - 1] if start else " "
        after = text[start + len(t)] if start + len(t) < len(text) else " "
        if before.isalnum() or after.isalnum():
            raise SystemExit(f"label {t!r} not at word boundary in {text[:80]!r}")
    return text, labels


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def posts():
    items = []
    for f in sorted(SRC.glob("posts_0*.txt")):
        chunks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for ch in chunks[1:]:
            head, _, body = ch.partition("\n")
            cat, ph, acc, tags = [x.strip() for x in head.split("|")]
            photo = ph == "y"
            account = {"o": "official", "p": "personal"}[acc]
            text, labels = parse(body.strip("\n"), photo)
            tags = [t.strip() for t in tags.split(",") if t.strip()]
            tags = [t for t in tags if t not in ("clean", "personal", "photo")]
            if not labels:
                tags.insert(0, "clean")
            if account == "personal":
                tags.append("personal")
            if photo:
                tags.append("photo")
            items.append(dict(category=cat, account=account, photo=photo, text=text,
                              expected=labels, verdict=verdict(account, labels), tags=tags))
    return items


if __name__ == "__main__":
    items = posts()
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for i, p in enumerate(items, 1):
            p = {"id": f"z41-{i:03d}", **p}
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    print(len(items), "posts")
