"""posts_*.txt (inline [[kind:text]] markup) -> ../posts.jsonl.

Header of each post: ### category | y/n (photo) | o/p (account) | tags
Kinds: fn full other email phone addr dob upn health circ.
{UPN:Forename Surname} / {UPNs:...} (spaced) / {UPNl:...} (lower case) -> that pupil's UPN.
\\n inside the body = line break; \\uXXXX escapes are decoded.
"""
import json
import re
import sys

from common import HERE, upn_of

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


def decode(s):
    s = re.sub(r"\{UPN([sl]?):([^}]+)\}", lambda m: upn_of(m.group(2), m.group(1)), s)
    s = s.replace("\\n", "\n")
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def parse(path):
    posts, cur = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            cat, photo, acct, tags = [x.strip() for x in line[4:].split("|")]
            cur = dict(category=cat, photo=photo == "y", account={"o": "official", "p": "personal"}[acct],
                       tags=[t.strip() for t in tags.split(",") if t.strip()], body=[])
            posts.append(cur)
        elif cur is not None:
            cur["body"].append(line)
    return posts


def render(p):
    raw = "\n".join(p["body"]).strip("\n")
    text, labels, spans, pos = "", [], [], 0
    for m in MARK.finditer(raw):
        text += decode(raw[pos:m.start()])
        kind = KIND[m.group(1)]
        t = decode(m.group(2))
        spans.append((len(text), len(text) + len(t), t, kind))
        text += t
        pos = m.end()
    text += decode(raw[pos:])
    for s, e, t, kind in spans:
        rule = RULE.get(kind) or ("text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename")
        labels.append({"rule": rule, "text": t, "kind": kind, "_span": (s, e)})
    return text, labels


def verdict(acct, labels):
    worst = None
    for l in labels:
        s = SEV[acct].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def build():
    files = sorted(HERE.glob("posts_*.txt"))
    out, problems = [], []
    allp = [p for f in files for p in parse(f)]
    for i, p in enumerate(allp, 1):
        pid = f"z69-{i:03d}"
        text, labels = render(p)
        # nth label with a text must be its nth (substring) occurrence
        seen = {}
        for l in labels:
            t = l["text"]
            seen[t] = seen.get(t, 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if occ[seen[t] - 1] != l["_span"][0]:
                problems.append(f"{pid}: label {t!r} is not occurrence #{seen[t]} ({text[:60]!r})")
            s, e = l["_span"]
            if (s > 0 and text[s - 1].isalnum() and t[0].isalnum()) or (e < len(text) and text[e].isalnum() and t[-1].isalnum()):
                problems.append(f"{pid}: label {t!r} not at a word boundary")
        kind_tags = {"full-name", "forename", "circumstance", "health", "other-person", "phone",
                     "email", "dob", "upn", "address", "postcode"}
        tags = [t for t in p["tags"] if t not in kind_tags]
        for l in labels:
            kt = {"full_name": "full-name", "other_person": "other-person"}.get(l["kind"], l["kind"])
            if kt not in tags:
                tags.append(kt)
            if l["kind"] == "address" and re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", l["text"]) and "postcode" not in tags:
                tags.append("postcode")
        if not labels and "clean" not in tags:
            tags.insert(0, "clean")
        if labels and "clean" in tags:
            problems.append(f"{pid}: tagged clean but has labels")
        if p["account"] == "personal" and "personal" not in tags:
            tags.append("personal")
        if p["photo"] and "photo" not in tags:
            tags.append("photo")
        lab = [{k: v for k, v in l.items() if k != "_span"} for l in labels]
        out.append(dict(id=pid, category=p["category"], account=p["account"], photo=p["photo"],
                        text=text, expected=lab, verdict=verdict(p["account"], lab), tags=tags))
    (HERE.parent / "posts.jsonl").write_text(
        "".join(json.dumps(o, ensure_ascii=True) + "\n" for o in out), encoding="utf-8")
    for pr in problems:
        print("PROBLEM:", pr)
    print(f"{len(out)} posts written")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(build())
