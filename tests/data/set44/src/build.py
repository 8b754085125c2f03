"""posts_0*.txt (inline markup) -> ../posts.jsonl.

Header line of each post:  ### category | p/- (photo) | o/p (official/personal) | tag, tag
Markup: [[kind:text]] with kind fn full other email phone addr dob upn health circ;
[[upn:@Forename Surname]] is replaced by that pupil's UPN ([[upn:@Key|sp]] spaced, |lc lower case).
\\uXXXX escapes anywhere are decoded (zero-width, nbsp, homoglyphs).
"""
import json, re, sys
from collections import Counter
from pathlib import Path
from common import HERE, find_pupil

KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email", "phone": "phone",
         "addr": "address", "dob": "dob", "upn": "upn", "health": "health", "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person", "email": "text.contact_details",
        "phone": "text.contact_details", "address": "text.contact_details", "dob": "text.date_of_birth",
        "upn": "text.pupil_record", "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]", re.S)
ESC = re.compile(r"\\u([0-9a-fA-F]{4})")


def dec(s):
    return ESC.sub(lambda m: chr(int(m.group(1), 16)), s)


def fmt_upn(arg):
    key, _, f = arg[1:].partition("|")
    u = find_pupil(key)["upn"]
    if f == "sp":
        u = f"{u[0]} {u[1:4]} {u[4:8]} {u[8:]}"
    elif f == "lc":
        u = u.lower()
    elif f == "dash":
        u = f"{u[:4]}-{u[4:8]}-{u[8:]}"
    return u


def parse(path, errors):
    posts, cur = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            if cur:
                posts.append(cur)
            parts = [x.strip() for x in line[4:].split("|")]
            cat, ph, acct = parts[0], parts[1], parts[2]
            tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
            cur = dict(category=cat, photo=ph == "p", account={"o": "official", "p": "personal"}[acct], tags=tags, body=[])
        elif cur is not None:
            cur["body"].append(line)
    if cur:
        posts.append(cur)
    return posts


def render(post, errors, pid):
    raw = "\n".join(post["body"]).strip("\n").rstrip()
    out, labels, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(dec(raw[pos:m.start()]))
        k, t = m.group(1), m.group(2)
        if k not in KINDS:
            errors.append(f"{pid}: unknown markup kind {k}")
            continue
        kind = KINDS[k]
        if kind == "upn" and t.startswith("@"):
            t = fmt_upn(t)
        t = dec(t)
        start = sum(len(x) for x in out)
        out.append(t)
        labels.append((start, t, kind))
        pos = m.end()
    out.append(dec(raw[pos:]))
    text = "".join(out)
    if "[[" in text or "]]" in text:
        errors.append(f"{pid}: stray markup")
    seen = Counter()
    expected = []
    for start, t, kind in labels:
        seen[t] += 1
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        if len(occ) < seen[t] or occ[seen[t] - 1] != start:
            errors.append(f"{pid}: label {t!r} is not occurrence #{seen[t]} of its text (occurrences {occ}, at {start})")
        before = text[start - 1] if start else " "
        after = text[start + len(t)] if start + len(t) < len(text) else " "
        if before.isalnum() or after.isalnum():
            errors.append(f"{pid}: label {t!r} not at word boundary")
        if kind == "forename":
            rule = "text.pupil_name_with_photo" if post["photo"] else "text.pupil_forename"
        else:
            rule = RULE[kind]
        expected.append({"rule": rule, "text": t, "kind": kind})
    worst = None
    for l in expected:
        s = SEV[post["account"]].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    verdict = "allow" if worst in (None, "info") else worst
    tags = list(post["tags"])
    extra = []
    if not expected:
        extra.append("clean")
    if post["account"] == "personal":
        extra.append("personal")
    if post["photo"]:
        extra.append("photo")
    for k in sorted({l["kind"] for l in expected}):
        extra.append(k.replace("_", "-"))
    for t in extra:
        if t not in tags:
            tags.append(t)
    return dict(category=post["category"], account=post["account"], photo=post["photo"], text=text,
                expected=expected, verdict=verdict, tags=tags)


def main():
    errors, allp = [], []
    for f in sorted(HERE.glob("posts_0*.txt")):
        allp += parse(f, errors)
    lines = []
    for i, p in enumerate(allp, 1):
        pid = f"z44-{i:03d}"
        r = render(p, errors, pid)
        lines.append(json.dumps({"id": pid, **r}, ensure_ascii=True))
    (HERE.parent / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(lines)} posts, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
