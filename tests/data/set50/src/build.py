"""posts_0*.txt (inline [[kind:text]] markup) -> ../posts.jsonl."""
import json, re, sys, unicodedata
from pathlib import Path
from upn import load_pupils

HERE = Path(__file__).parent
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
    pupils = load_pupils(HERE / "pupils.txt")
    upns = {f"{p['forename']} {p['surname']}": p["upn"] for p in pupils}
    posts, problems = [], []
    for f in sorted(HERE.glob("posts_0*.txt")):
        chunks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)[1:]
        for ch in chunks:
            head, _, body = ch.partition("\n")
            cat, ph, acct, tags = [x.strip() for x in head.split("|")]
            body = body.strip("\n").replace("\\n", "\n")
            body = re.sub(r"\{UPN:([^}]+)\}", lambda m: upns[m.group(1)], body)
            body = re.sub(r"\{UPNS:([^}]+)\}", lambda m: " ".join([upns[m.group(1)][:4], upns[m.group(1)][4:8], upns[m.group(1)][8:]]), body)
            text, labels, pos = "", [], 0
            for m in MARK.finditer(body):
                text += body[pos:m.start()]
                kind = KINDS[m.group(1)]
                t = m.group(2)
                labels.append((kind, t, len(text)))
                text += t
                pos = m.end()
            text += body[pos:]
            photo = ph == "y"
            account = {"o": "official", "p": "personal"}[acct]
            exp = []
            seen = {}
            pid = f"z50-{len(posts) + 1:03d}"
            for kind, t, start in labels:
                seen[t] = seen.get(t, 0) + 1
                occ = [m.start() for m in re.finditer(re.escape(t), text)]
                if occ[seen[t] - 1] != start:
                    problems.append(f"{pid}: {t!r} label is not its occurrence #{seen[t]}")
                b, e = text[start - 1:start], text[start + len(t):start + len(t) + 1]
                if (b and (b.isalnum())) or (e and e.isalnum()):
                    problems.append(f"{pid}: {t!r} not at word boundary")
                rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
                exp.append({"rule": rule, "text": t, "kind": kind})
            tl = [x.strip() for x in tags.split(",") if x.strip() and x.strip() != "clean"]
            auto = []
            if not exp:
                auto.append("clean")
            if photo:
                auto.append("photo")
            if account == "personal":
                auto.append("personal")
            for k in sorted({l["kind"] for l in exp}):
                auto.append(k.replace("_", "-"))
            tl = list(dict.fromkeys(auto + [x for x in tl if x not in ("full-name", "forename", "circumstance", "health", "other-person", "upn", "dob", "email", "phone", "address", "photo", "personal")]))
            posts.append({"id": pid, "category": cat, "account": account, "photo": photo,
                          "text": text, "expected": exp, "verdict": verdict(account, exp), "tags": tl})
    # each health/circumstance phrase once
    seenp = {}
    for p in posts:
        for l in p["expected"]:
            if l["kind"] in ("health", "circumstance"):
                k = l["text"].casefold()
                if k in seenp:
                    problems.append(f"{p['id']}: phrase {l['text']!r} also in {seenp[k]}")
                seenp[k] = p["id"]
    with open(HERE.parent / "posts.jsonl", "w", encoding="utf-8") as out:
        for p in posts:
            out.write(json.dumps(p, ensure_ascii=True) + "\n")
    for pr in problems:
        print("PROBLEM:", pr)
    print(len(posts), "posts;", sum(1 for p in posts if not p["expected"]), "clean;",
          sum(p["photo"] for p in posts), "photo;", sum(p["account"] == "personal" for p in posts), "personal")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
