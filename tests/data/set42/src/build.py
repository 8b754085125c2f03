"""posts_*.txt (inline markup) -> ../posts.jsonl.

Block header: ### category | photo y/n | account o/p | tag, tag
Markup: [[k:text]] with k in f (forename) n (full_name) o (other_person) e (email) p (phone)
a (address) d (dob) u (upn) h (health) c (circumstance). {UPN:Forename Surname} -> that pupil's
UPN labelled as upn; {UPNS:...} the same written with spaces. \\uXXXX escapes are decoded.
"""
import json, re, sys
from pathlib import Path
from register import by_name

HERE = Path(__file__).parent
KINDS = dict(f="forename", n="full_name", o="other_person", e="email", p="phone", a="address",
             d="dob", u="upn", h="health", c="circumstance")
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
# categories are genres (derived from the header, never from the labels)
PASTORAL = ["circumstance", "circumstances", "looked after", "kinship care", "foster care", "domestic abuse",
            "children's reporter", "children's hearing", "prison", "asylum", "immigration", "young carer",
            "adoption", "religion", "behaviour", "wellbeing"]
CATEGORY = {**{c: "pastoral" for c in PASTORAL},
            **{c: "office admin" for c in ["email", "phone", "address", "dob", "upn"]},
            "photo": "school life", "sport": "sports", "eyfs": "nursery", "ASN": "asn"}

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

def upn_sub(m):
    u = by_name(m.group(2))["upn"]
    if m.group(1) == "UPNS":
        u = f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"
    return f"[[u:{u}]]"

def parse_block(header, body, errors):
    cat, photo, acct, *tags = [x.strip() for x in header.split("|")]
    tags = [t.strip() for t in (tags[0].split(",") if tags else []) if t.strip()]
    photo = photo.lower().startswith("y")
    account = "personal" if acct.lower().startswith("p") else "official"
    body = body.replace("\\n", "\n")
    body = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), body)
    body = re.sub(r"\{(UPNS?):([^}]+)\}", upn_sub, body)
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w):(.+?)\]\]", body, re.S):
        text += body[pos:m.start()]
        kind = KINDS[m.group(1)]
        labels.append((len(text), m.group(2), kind))
        text += m.group(2)
        pos = m.end()
    text += body[pos:]
    if "[[" in text or "]]" in text:
        errors.append(f"stray markup in: {text[:60]!r}")
    expected, seen = [], {}
    for start, t, kind in labels:
        k = 0; i = text.find(t)
        while i != -1 and i < start:
            k += 1; i = text.find(t, i + 1)
        if k != seen.get(t, 0):
            errors.append(f"label {t!r} is occurrence {k+1} but label no. {seen.get(t,0)+1}: {text[:50]!r}")
        seen[t] = seen.get(t, 0) + 1
        expected.append({"rule": rule_for(kind, photo), "text": t, "kind": kind})
    auto = []
    if not expected: auto.append("clean")
    if account == "personal": auto.append("personal")
    if photo: auto.append("photo")
    for k in dict.fromkeys(l["kind"] for l in expected):
        auto.append(k.replace("_", "-"))
    tags = list(dict.fromkeys(auto + tags))
    cat = CATEGORY.get(cat, cat)
    if "staff-note" in tags:
        cat = "staff notice"
    return dict(category=cat, account=account, photo=photo, text=text, expected=expected,
                verdict=verdict(account, expected), tags=tags)

def main():
    errors, posts = [], []
    for f in sorted(HERE.glob("posts_*.txt")):
        blocks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for b in blocks[1:]:
            header, _, body = b.partition("\n")
            body = body.strip("\n")
            posts.append(parse_block(header, body, errors))
    out = []
    for n, p in enumerate(posts, 1):
        out.append({"id": f"z42-{n:03d}", **p})
    (HERE.parent / "posts.jsonl").write_text(
        "".join(json.dumps(p, ensure_ascii=True) + "\n" for p in out), encoding="utf-8")
    for e in errors: print("ERROR", e)
    print(len(out), "posts;", len(errors), "errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
