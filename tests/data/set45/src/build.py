"""posts_0N.txt markup -> ../posts.jsonl.  Header: ### category | y/n photo | o/p account | tags"""
import json, re, sys
from common import HERE, CYR, load_pupils

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
NN = "45"


def subst(s, upns):
    s = s.replace("{ZWSP}", "\u200b").replace("{NBSP}", "\u00a0")
    s = re.sub(r"\{Cyr:(\w)\}", lambda m: CYR[m.group(1)], s)

    def u(m):
        v = upns[m.group(2)]
        if m.group(1) == "UPNS":
            return f"{v[0]}{v[1:4]} {v[4:8]} {v[8:10]} {v[10:]}"
        if m.group(1) == "UPNL":
            return v.lower()
        return v
    return re.sub(r"\{(UPN|UPNS|UPNL):([^}]+)\}", u, s)


def verdict(account, labels):
    worst = None
    for l in labels:
        sev = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


def main():
    pupils = load_pupils()
    upns = {f'{p["forename"]} {p["surname"]}': p["upn"] for p in pupils}
    blocks = []
    for f in sorted(HERE.glob("posts_*.txt")):
        cur = None
        for line in f.read_text(encoding="utf-8").split("\n"):
            if line.startswith("### "):
                cur = [line[4:], []]
                blocks.append(cur)
            elif cur is not None:
                cur[1].append(line)
    out, problems = [], []
    for i, (head, lines) in enumerate(blocks, 1):
        pid = f"z{NN}-{i:03d}"
        cat, photo, acct, tags = [x.strip() for x in head.split("|")]
        photo = photo == "y"
        account = {"o": "official", "p": "personal"}[acct]
        raw = subst("\n".join(lines).strip("\n"), upns)
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", raw, re.S):
            text += raw[pos:m.start()]
            kind = KINDS[m.group(1)]
            lt = m.group(2)
            start = len(text)
            text += lt
            pos = m.end()
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            else:
                rule = RULE[kind]
            labels.append({"rule": rule, "text": lt, "kind": kind, "_start": start})
        text += raw[pos:]
        # nth label with a text must be its nth occurrence
        seen = {}
        for l in labels:
            n = seen.get(l["text"], 0)
            seen[l["text"]] = n + 1
            occ = [m.start() for m in re.finditer(re.escape(l["text"]), text)]
            if len(occ) <= n or occ[n] != l["_start"]:
                problems.append(f"{pid}: label {l['text']!r} is not occurrence #{n+1}")
        taglist = [t.strip() for t in tags.split(",") if t.strip()]
        if not labels:
            taglist = ["clean"] + [t for t in taglist if t != "clean"]
        else:
            taglist = [t for t in taglist if t != "clean"]
        if account == "personal" and "personal" not in taglist:
            taglist.append("personal")
        if photo and "photo" not in taglist:
            taglist.append("photo")
        for l in labels:
            l.pop("_start")
        out.append({"id": pid, "category": cat, "account": account, "photo": photo, "text": text,
                    "expected": labels, "verdict": verdict(account, labels), "tags": taglist})
    (HERE.parent / "posts.jsonl").write_text(
        "".join(json.dumps(p, ensure_ascii=True) + "\n" for p in out), encoding="utf-8")
    for p in problems:
        print("PROBLEM:", p)
    print(len(out), "posts")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
