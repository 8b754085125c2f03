"""posts_0*.txt (inline markup) -> ../posts.jsonl.

Header line: ### category | photo y/n | account o/p | tag, tag
Markup: [[kind:text]] with kind in fn full other email phone addr dob upn health circ;
{UPN:Forename Surname} is replaced by that pupil's UPN; \\uXXXX escapes become characters.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from upn import pupils_with_upns  # noqa: E402

KINDS = {
    "fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
    "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
    "circ": "circumstance",
}
RULE = {
    "full_name": "text.pupil_full_name", "other_person": "text.other_person",
    "email": "text.contact_details", "phone": "text.contact_details",
    "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
    "health": "text.pupil_record", "circumstance": "text.pupil_record",
}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
KIND_TAG = {"forename": "forename", "full_name": "full-name", "other_person": "other-person",
            "email": "email", "phone": "phone", "address": "address", "dob": "dob", "upn": "upn",
            "health": "health", "circumstance": "circumstance"}


def unescape(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def verdict(account, labels):
    worst = None
    for l in labels:
        sev = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


def parse(raw, photo, upns, where):
    raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: upns[m.group(1)], raw)
    out, labels, pos = [], [], 0
    for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", raw, flags=re.S):
        out.append(unescape(raw[pos:m.start()]))
        kind = KINDS[m.group(1)]
        t = unescape(m.group(2))
        start = sum(len(x) for x in out)
        out.append(t)
        pos = m.end()
        if kind == "forename":
            rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
        else:
            rule = RULE[kind]
        labels.append(({"rule": rule, "text": t, "kind": kind}, start))
    out.append(unescape(raw[pos:]))
    text = "".join(out)
    if "[[" in text or "]]" in text or "{UPN" in text:
        raise SystemExit(f"{where}: unparsed markup")
    seen = {}
    for lab, start in labels:
        t = lab["text"]
        seen[t] = seen.get(t, 0) + 1
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        if occ[seen[t] - 1] != start:
            raise SystemExit(f"{where}: label {t!r} #{seen[t]} is not the {seen[t]}th occurrence")
    return text, [l for l, _ in labels]


def main():
    upns = {f"{p['forename']} {p['surname']}": p["upn"] for p in pupils_with_upns()}
    posts = []
    for f in sorted(HERE.glob("posts_0*.txt")):
        chunks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for chunk in chunks[1:]:
            head, _, body = chunk.partition("\n")
            parts = [p.strip() for p in head.split("|")]
            cat, photo, acct = parts[0], parts[1] == "photo y", parts[2]
            account = {"account o": "official", "account p": "personal"}[acct]
            tags = [t.strip() for t in parts[3].split(",")] if len(parts) > 3 and parts[3] else []
            n = len(posts) + 1
            pid = f"z59-{n:03d}"
            text, labels = parse(body.strip("\n"), photo, upns, f"{f.name} {pid}")
            auto = []
            if not labels:
                auto.append("clean")
            if photo:
                auto.append("photo")
            if account == "personal":
                auto.append("personal")
            for l in labels:
                auto.append(KIND_TAG[l["kind"]])
            alltags = []
            for t in auto + tags:
                if t and t not in alltags:
                    alltags.append(t)
            posts.append({"id": pid, "category": cat, "account": account, "photo": photo,
                          "text": text, "expected": labels, "verdict": verdict(account, labels),
                          "tags": alltags})
    with open(HERE.parent / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"{len(posts)} posts")


if __name__ == "__main__":
    main()
