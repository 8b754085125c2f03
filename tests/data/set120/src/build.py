"""Build set 120 from src/: posts_*.txt markup -> posts.jsonl, CSVs, school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag ...
and runs to the next header. Inline labels are [[kind:text]] with kind one of
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} inserts that
pupil's UPN, {UPNS:...} the UPN spaced (X 381 7043 20 101). \\uXXXX escapes are decoded.
"""
import csv
import io
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
import pupils  # noqa: E402

from clearpost.register import upn as upn_rules  # noqa: E402

SET = "z120"
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


def upns():
    out = {}
    for i, p in enumerate(pupils.PUPILS):
        digits = pupils.LA + pupils.ESTAB + p[10] + "%03d" % (101 + i)
        out[f"{p[0]} {p[1]}"] = upn_rules.check_letter(digits) + digits
    return out


UPNS = upns()


def spaced(u):
    return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def parse_post(body, photo, pid):
    body = re.sub(r"\{UPN:([^}]+)\}", lambda m: UPNS[m.group(1)], body)
    body = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(UPNS[m.group(1)]), body)
    body = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), body)
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, flags=re.S):
        text += body[pos:m.start()]
        kind = KINDS[m.group(1)]
        t = m.group(2)
        if kind == "forename":
            rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
        else:
            rule = RULE[kind]
        labels.append((len(text), {"rule": rule, "text": t, "kind": kind}))
        text += t
        pos = m.end()
    text += body[pos:]
    if "[[" in text or "]]" in text:
        raise SystemExit(f"{pid}: unclosed markup")
    # nth label with a text must be the nth occurrence of that text
    seen = {}
    for start, l in labels:
        t = l["text"]
        seen[t] = seen.get(t, 0) + 1
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        if occ[seen[t] - 1] != start:
            raise SystemExit(f"{pid}: label {t!r} is not occurrence {seen[t]} of its text")
        end = start + len(t)
        if (start > 0 and text[start - 1].isalnum() and t[0].isalnum()) or (
            end < len(text) and text[end].isalnum() and t[-1].isalnum()):
            raise SystemExit(f"{pid}: label {t!r} not at a word boundary")
    return text, [l for _, l in labels]


def read_posts():
    posts = []
    files = sorted(HERE.glob("posts_*.txt"))
    chunks = []
    for f in files:
        chunks += re.split(r"^(?=### )", f.read_text(encoding="utf-8"), flags=re.M)
    for chunk in chunks:
        if not chunk.startswith("### "):
            if chunk.strip():
                raise SystemExit(f"stray text: {chunk[:60]!r}")
            continue
        head, _, body = chunk.partition("\n")
        parts = [p.strip() for p in head[4:].split("|")]
        category, photo, account = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
        assert parts[1] in ("y", "n"), head
        tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
        pid = f"{SET}-{len(posts) + 1:03d}"
        text, labels = parse_post(body.strip("\n").rstrip(), photo, pid)
        kinds = {l["kind"] for l in labels}
        auto = []
        if not labels:
            auto.append("clean")
        if account == "personal":
            auto.append("personal")
        if photo:
            auto.append("photo")
        for k in ("full_name", "forename", "other_person", "email", "phone", "address", "dob",
                  "upn", "health", "circumstance"):
            if k in kinds:
                auto.append(k.replace("_", "-"))
        tags = auto + [t for t in tags if t not in auto]
        posts.append({"id": pid, "category": category, "account": account, "photo": photo,
                      "text": text, "expected": labels, "verdict": verdict(account, labels),
                      "tags": tags})
    return posts


def write_csvs():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for p in pupils.PUPILS:
        w.writerow([UPNS[f"{p[0]} {p[1]}"], p[0], p[1], p[2], p[3], p[4], *p[5:10]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for s in pupils.STAFF:
        w.writerow(s)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(pupils.SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")


def main():
    posts = read_posts()
    write_csvs()
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    print(f"{len(posts)} posts written")


if __name__ == "__main__":
    main()
