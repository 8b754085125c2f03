"""posts_*.txt (inline markup) -> ../posts.jsonl.

Post header: ### category | photo y/n | account o/p | tag, tag
Markup: [[kind:text]] with kinds fn full other email phone addr dob upn health circ;
{UPN:Forename Surname} -> that pupil's UPN (not a label by itself).
"""
import json
import re
import sys
from collections import Counter

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


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def main():
    upns = {f"{p['forename']} {p['surname']}": p["upn"] for p in pupils()}
    raw = []
    for f in sorted(SRC.glob("posts_*.txt")):
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                cur = [line[4:], []]
                raw.append(cur)
            elif cur is not None:
                cur[1].append(line)
            elif line.strip():
                sys.exit(f"{f.name}: text before first header: {line!r}")
    posts, errors = [], []
    for n, (head, body) in enumerate(raw, 1):
        pid = f"z77-{n:03d}"
        parts = [p.strip() for p in head.split("|")]
        if len(parts) != 4:
            errors.append(f"{pid}: bad header {head!r}")
            continue
        cat, photo, acct, tags = parts
        src = "\n".join(body).strip("\n")
        src = src.replace("\\u200b", "\u200b").replace("\\u00a0", "\u00a0")
        def upn_sub(m):
            if m.group(1) not in upns:
                errors.append(f"{pid}: unknown UPN pupil {m.group(1)}")
                return "X"
            return upns[m.group(1)]
        src = re.sub(r"\{UPN:([^}]+)\}", upn_sub, src)
        src = re.sub(r"\{UPNS:([^}]+)\}", lambda m: (lambda u: f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}")(upn_sub(m)), src)
        text, labels, pos = "", [], []
        last = 0
        for m in MARK.finditer(src):
            text += src[last:m.start()]
            k, t = m.group(1), m.group(2)
            if k not in KINDS:
                errors.append(f"{pid}: unknown kind {k}")
            kind = KINDS.get(k, k)
            pos.append((len(text), t))
            text += t
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo == "y" else "text.pupil_forename"
            else:
                rule = RULE.get(kind, "?")
            labels.append({"rule": rule, "text": t, "kind": kind})
            last = m.end()
        text += src[last:]
        if "[[" in text or "]]" in text:
            errors.append(f"{pid}: stray markup")
        # nth label with a text must be the nth raw occurrence
        seen = Counter()
        for (start, t) in pos:
            seen[t] += 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) < seen[t] or occ[seen[t] - 1] != start:
                errors.append(f"{pid}: label {t!r} #{seen[t]} is not occurrence #{seen[t]}")
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if before.isalnum() or after.isalnum():
                errors.append(f"{pid}: label {t!r} not at word boundary")
        account = {"o": "official", "p": "personal"}[acct]
        kindtags = {k.replace("_", "-") for k in KINDS.values()}
        tg = [x.strip() for x in tags.split(",") if x.strip() and x.strip() not in kindtags]
        tg = [t for t in dict.fromkeys(tg) if t != "clean"]
        if not labels:
            tg.insert(0, "clean")
        if account == "personal" and "personal" not in tg:
            tg.append("personal")
        if photo == "y" and "photo" not in tg:
            tg.append("photo")
        for kind in dict.fromkeys(l["kind"] for l in labels):
            t = kind.replace("_", "-")
            if t not in tg:
                tg.append(t)
        posts.append({"id": pid, "category": cat, "account": account, "photo": photo == "y",
                      "text": text, "expected": labels, "verdict": verdict(account, labels),
                      "tags": tg})
    for e in errors:
        print("ERROR:", e)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
          f"{sum(1 for p in posts if p['photo'])} photo, "
          f"{sum(1 for p in posts if p['account']=='personal')} personal, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
