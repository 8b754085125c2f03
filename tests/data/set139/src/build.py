"""Build set 139 from posts_0*.txt markup.

Writes ../posts.jsonl, ../register_pupils.csv, ../register_staff.csv, ../school.json, ../upns.json
(upns.json is a helper listing each pupil's UPN).

Markup: a post starts with a header line
    ### category | y/n (photo) | o/p (official/personal account) | tag, tag
and labels are written inline as [[kind:text]] with kinds
    fn full other email phone addr dob upn health circ
[[upn:@Forename Surname]] inserts that pupil's UPN, [[upn:@@Forename Surname]] the same spaced.
\\uXXXX escapes give zero-width spaces, non-breaking spaces and Cyrillic homoglyphs.
The rule comes from the kind and the photo flag, the verdict from POLICY.md's default severities.
The build fails if a label is not at word boundaries or is not the nth occurrence of its text.
"""

import csv
import io
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import LA_CODE, PUPILS, SCHOOL, STAFF, YEARS  # noqa: E402

from clearpost.register.upn import check_letter  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE.parent
SET = "139"

KINDS = {
    "fn": "forename",
    "full": "full_name",
    "other": "other_person",
    "email": "email",
    "phone": "phone",
    "addr": "address",
    "dob": "dob",
    "upn": "upn",
    "health": "health",
    "circ": "circumstance",
}
KIND_TAG = {
    "forename": "forename",
    "full_name": "full-name",
    "other_person": "other-person",
    "email": "email",
    "phone": "phone",
    "address": "address",
    "dob": "dob",
    "upn": "upn",
    "health": "health",
    "circumstance": "circumstance",
}
SEVERITY = {
    "official": {"text.pupil_forename": "info", "text.other_person": "warn"},
    "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"},
}
RANK = {"info": 0, "warn": 1, "block": 2}


def rule_for(kind: str, photo: bool) -> str:
    if kind == "forename":
        return "text.pupil_name_with_photo" if photo else "text.pupil_forename"
    if kind == "full_name":
        return "text.pupil_full_name"
    if kind == "other_person":
        return "text.other_person"
    if kind in ("email", "phone", "address"):
        return "text.contact_details"
    if kind == "dob":
        return "text.date_of_birth"
    return "text.pupil_record"


def verdict_for(account: str, labels: list) -> str:
    worst = None
    for lab in labels:
        sev = SEVERITY[account].get(lab["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


def upns() -> dict:
    entry = {yg: k for yg, _, k in YEARS}
    out = {}
    for serial, (fn, sn, _pref, yg, _c) in enumerate(PUPILS, 101):
        yy = f"{(THIS - entry[yg]) % 100:02d}"
        body = f"888{LA_CODE}{yy}{serial:03d}"
        out[f"{fn} {sn}"] = check_letter(body) + body
    return out


THIS = 2025
UPNS = upns()


def spaced(u: str) -> str:
    return f"{u[:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def decode(s: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


MARK = re.compile(r"\[\[(\w+):(.*?)\]\]", re.S)


def is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def parse_post(pid: str, header: str, body: str, errors: list) -> dict:
    parts = [p.strip() for p in header.split("|")]
    if len(parts) != 4:
        errors.append(f"{pid}: bad header {header!r}")
        parts += [""] * (4 - len(parts))
    category, photo_s, acct_s, tags_s = parts
    photo = {"y": True, "n": False}.get(photo_s)
    account = {"o": "official", "p": "personal"}.get(acct_s)
    if photo is None or account is None:
        errors.append(f"{pid}: bad photo/account in header {header!r}")
        photo, account = bool(photo), account or "official"
    body = decode(body)
    text, spans, pos = "", [], 0
    for m in MARK.finditer(body):
        text += body[pos:m.start()]
        short, val = m.group(1), m.group(2)
        if short not in KINDS:
            errors.append(f"{pid}: unknown kind {short!r}")
            continue
        kind = KINDS[short]
        if kind == "upn" and val.startswith("@"):
            name = val.lstrip("@")
            if name not in UPNS:
                errors.append(f"{pid}: no pupil {name!r} for UPN")
                val = "?"
            else:
                val = spaced(UPNS[name]) if val.startswith("@@") else UPNS[name]
        start = len(text)
        text += val
        spans.append((start, start + len(val), kind, val))
        pos = m.end()
    text += body[pos:]
    if "[[" in text or "]]" in text:
        errors.append(f"{pid}: unparsed markup")
    if "\\n" in text:
        errors.append(f"{pid}: literal backslash-n")
    if re.search(r"\\u[0-9a-fA-F]{4}", text):
        errors.append(f"{pid}: undecoded escape")
    # word boundaries
    for a, b, kind, val in spans:
        if not val.strip() or val != val.strip():
            errors.append(f"{pid}: label {val!r} empty or padded")
        if a > 0 and is_word(text[a - 1]) and is_word(text[a]):
            errors.append(f"{pid}: label {val!r} starts inside a word")
        if b < len(text) and is_word(text[b]) and is_word(text[b - 1]):
            errors.append(f"{pid}: label {val!r} ends inside a word")
    # nth label with a text = nth occurrence of that text
    by_text = {}
    for a, b, kind, val in spans:
        by_text.setdefault(val, []).append(a)
    for val, starts in by_text.items():
        occ = [m.start() for m in re.finditer(re.escape(val), text)]
        if sorted(starts) != occ[: len(starts)]:
            errors.append(f"{pid}: label {val!r} at {sorted(starts)} is not the first occurrence(s) {occ}")
    labels = [
        {"rule": rule_for(kind, photo), "text": val, "kind": kind}
        for a, b, kind, val in sorted(spans)
    ]
    tags = [t.strip() for t in tags_s.split(",") if t.strip()]
    if "clean" in tags:
        errors.append(f"{pid}: write no 'clean' tag by hand")
    auto = []
    if not labels:
        auto.append("clean")
    if account == "personal":
        auto.append("personal")
    if photo:
        auto.append("photo")
    for lab in labels:
        auto.append(KIND_TAG[lab["kind"]])
    for t in auto:
        if t not in tags:
            tags.append(t)
    return {
        "id": pid,
        "category": category,
        "account": account,
        "photo": photo,
        "text": text,
        "expected": labels,
        "verdict": verdict_for(account, labels),
        "tags": tags,
    }


def load_posts(errors: list) -> list:
    posts = []
    n = 0
    for f in sorted(HERE.glob("posts_0*.txt")):
        blocks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for blk in blocks[1:]:
            header, _, body = blk.partition("\n")
            body = body.strip("\n")
            body = "\n".join(line.rstrip() for line in body.split("\n")).strip()
            n += 1
            posts.append(parse_post(f"z{SET}-{n:03d}", header, body, errors))
    return posts


ESCAPE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00a0\u0400-\u04ff]")


def dump(post: dict) -> str:
    s = json.dumps(post, ensure_ascii=False)
    return ESCAPE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", s)


def write_csvs() -> None:
    cls = {yg: c for yg, c, _ in YEARS}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for fn, sn, pref, yg, cons in PUPILS:
        w.writerow([UPNS[f"{fn} {sn}"], fn, sn, pref, yg, cls[yg]]
                   + ["yes" if c == "y" else "no" for c in cons])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for row in STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (OUT / "upns.json").write_text(json.dumps(UPNS, indent=1, ensure_ascii=False) + "\n",
                                   encoding="utf-8")


def main() -> int:
    errors = []
    posts = load_posts(errors)
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts, want 220")
    write_csvs()
    (OUT / "posts.jsonl").write_text("".join(dump(p) + "\n" for p in posts), encoding="utf-8")
    for e in errors:
        print("ERROR:", e)
    from collections import Counter
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    print(f"{len(posts)} posts; clean {sum(not p['expected'] for p in posts)}; "
          f"photo {sum(p['photo'] for p in posts)}; personal "
          f"{sum(p['account'] == 'personal' for p in posts)}; staff-note "
          f"{sum('staff-note' in p['tags'] for p in posts)}")
    print(dict(sorted(kinds.items())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
