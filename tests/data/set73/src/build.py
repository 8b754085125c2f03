"""Build posts.jsonl from src/posts_*.txt markup (set 73, Boscombe Pier Infant School).

Markup: header line `### category | p/- | o/p | tag, tag`; body lines up to the next header
(blank lines at the end dropped; `\\uXXXX` escapes decoded). Inline labels `[[k:text]]`, k in
fn full oth em ph ad dob upn hl ci. `[[upn:Forename Surname]]` is replaced by that pupil's
UPN (`|s` spaced 1-3-4-2-3, `|l` lower case).
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from register import pupils  # noqa: E402

KIND = {"fn": "forename", "full": "full_name", "oth": "other_person", "em": "email",
        "ph": "phone", "ad": "address", "dob": "dob", "upn": "upn", "hl": "health",
        "ci": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
        "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
LAB = re.compile(r"\[\[(\w+):(.*?)\]\]", re.S)


def upn_of(spec):
    name, _, fmt = spec.partition("|")
    for p in pupils():
        if f"{p['forename']} {p['surname']}" == name:
            u = p["upn"]
            if fmt == "s":
                return f"{u[0]}{u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"  # letter+LA, estab, yr, serial
            if fmt == "l":
                return u.lower()
            return u
    raise SystemExit(f"no pupil {name!r}")


def parse():
    blocks = []
    for f in sorted(HERE.glob("posts_*.txt")):
        cur = None
        for line in f.read_text(encoding="utf-8").split("\n"):
            if line.startswith("### "):
                cur = {"head": line[4:], "body": [], "file": f.name}
                blocks.append(cur)
            elif cur is not None:
                cur["body"].append(line)
    return blocks


def build_post(n, b, errors):
    cat, photo, acct, tags = [x.strip() for x in b["head"].split("|")]
    account = {"o": "official", "p": "personal"}[acct]
    photo = photo == "p"
    raw = "\n".join(b["body"]).strip("\n")
    raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    text, spans, pos = "", [], 0
    for m in LAB.finditer(raw):
        text += raw[pos:m.start()]
        k, t = m.group(1), m.group(2)
        if k not in KIND:
            errors.append(f"{n}: bad kind {k}")
            continue
        if k == "upn":
            t = upn_of(t)
        spans.append((len(text), KIND[k], t))
        text += t
        pos = m.end()
    text += raw[pos:]
    pid = f"z73-{n:03d}"
    labels = []
    seen = {}
    for start, kind, t in spans:
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        seen[t] = seen.get(t, 0) + 1
        if len(occ) < seen[t] or occ[seen[t] - 1] != start:
            errors.append(f"{pid}: label {t!r} is not its occurrence #{seen[t]} (occurrences {occ}, at {start})")
        rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
        labels.append({"rule": rule, "text": t, "kind": kind})
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    verdict = "allow" if worst in (None, "info") else worst
    taglist = [t.strip() for t in tags.split(",") if t.strip()]
    auto = []
    if not labels:
        auto.append("clean")
    if account == "personal":
        auto.append("personal")
    if photo:
        auto.append("photo")
    taglist = [t for t in auto + taglist if t != "clean" or not labels]
    taglist = list(dict.fromkeys(taglist))
    return {"id": pid, "category": cat, "account": account, "photo": photo, "text": text,
            "expected": labels, "verdict": verdict, "tags": taglist}


def main():
    errors = []
    posts = [build_post(i, b, errors) for i, b in enumerate(parse(), 1)]
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
          f"{sum(p['photo'] for p in posts)} photo, {sum(p['account']=='personal' for p in posts)} personal")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
