"""Build set 140 from posts_01..04.txt (inline markup) and pupils.py.

Markup: [[kind:text]] with kind one of fn full other email phone addr dob upn health circ.
[[upn:@Forename Surname]] inserts that pupil's UPN plainly, [[upn:@@Forename Surname]] spaced
(letter 888 LLLL YY NNN). \\uXXXX escapes are decoded (zero-width space, nbsp, homoglyphs).
Each post starts with a header line:  ### category | photo y/n | account o/p | tag, tag
Writes ../posts.jsonl, ../register_pupils.csv, ../register_staff.csv, ../school.json, upns.json.
Fails if a label is not at word boundaries or is not the nth occurrence of its text.
"""
import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

from clearpost.register.upn import check_letter

import pupils as reg

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
SET = 140

KINDS = {
    "fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
    "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
    "circ": "circumstance",
}
KIND_TAG = {
    "forename": "forename", "full_name": "full-name", "other_person": "other-person",
    "email": "email", "phone": "phone", "address": "address", "dob": "dob", "upn": "upn",
    "health": "health", "circumstance": "circumstance",
}
SEVERITY = {
    "official": {"text.pupil_forename": "info", "text.other_person": "warn"},
    "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"},
}
RANK = {"info": 0, "warn": 1, "block": 2}


def upns() -> dict:
    out, serial = {}, 101
    for p in reg.PUPILS:
        body = "888" + reg.LA + reg.ENTRY[p[3]] + str(serial)
        out[f"{p[0]} {p[1]}"] = check_letter(body) + body
        serial += 1
    return out


UPNS = upns()


def spaced(u: str) -> str:
    return " ".join([u[0], u[1:4], u[4:8], u[8:10], u[10:13]])


def rule_for(kind: str, photo: bool) -> str:
    if kind == "full_name":
        return "text.pupil_full_name"
    if kind == "forename":
        return "text.pupil_name_with_photo" if photo else "text.pupil_forename"
    if kind == "other_person":
        return "text.other_person"
    if kind in ("email", "phone", "address"):
        return "text.contact_details"
    if kind == "dob":
        return "text.date_of_birth"
    return "text.pupil_record"


def verdict(account: str, labels: list) -> str:
    worst = None
    for lab in labels:
        sev = SEVERITY[account].get(lab["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


MARK = re.compile(r"\[\[(\w+):(.+?)\]\]", re.S)


def parse_body(raw: str, pid: str, photo: bool):
    raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    text, labels, pos = "", [], 0
    for m in MARK.finditer(raw):
        text += raw[pos:m.start()]
        code, inner = m.group(1), m.group(2)
        if code not in KINDS:
            sys.exit(f"{pid}: unknown markup kind {code!r}")
        kind = KINDS[code]
        if kind == "upn" and inner.startswith("@"):
            name = inner.lstrip("@")
            if name not in UPNS:
                sys.exit(f"{pid}: no pupil {name!r} for UPN")
            inner = spaced(UPNS[name]) if inner.startswith("@@") else UPNS[name]
        labels.append((len(text), inner, kind))
        text += inner
        pos = m.end()
    text += raw[pos:]
    if "[[" in text or "]]" in text:
        sys.exit(f"{pid}: unbalanced markup")
    # trim, shifting label positions
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    labels = [(s - lead, t, k) for s, t, k in labels]
    seen = Counter()
    out = []
    for s, t, k in sorted(labels):
        if text[s:s + len(t)] != t:
            sys.exit(f"{pid}: label {t!r} misplaced")
        if t[0].isalnum() and s > 0 and text[s - 1].isalnum():
            sys.exit(f"{pid}: label {t!r} starts inside a word")
        e = s + len(t)
        if t[-1].isalnum() and e < len(text) and text[e].isalnum():
            sys.exit(f"{pid}: label {t!r} ends inside a word")
        starts = [mm.start() for mm in re.finditer(re.escape(t), text)]
        seen[t] += 1
        if len(starts) < seen[t] or starts[seen[t] - 1] != s:
            sys.exit(f"{pid}: label {t!r} is not occurrence #{seen[t]} of its text")
        out.append({"rule": rule_for(k, photo), "text": t, "kind": k})
    return text, out


def load_posts() -> list:
    posts = []
    for f in sorted(HERE.glob("posts_0*.txt")):
        chunks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for chunk in chunks[1:]:
            head, _, body = chunk.partition("\n")
            parts = [p.strip() for p in head.split("|")]
            if len(parts) != 4:
                sys.exit(f"{f.name}: bad header {head!r}")
            category, photo, account, tags = parts
            pid = f"z{SET}-{len(posts) + 1:03d}"
            photo_b = {"y": True, "n": False}[photo]
            acct = {"o": "official", "p": "personal"}[account]
            text, labels = parse_body(body, pid, photo_b)
            if "\\n" in text:
                sys.exit(f"{pid}: literal backslash-n")
            taglist = [t.strip() for t in tags.split(",") if t.strip()]
            auto = []
            if not labels:
                auto.append("clean")
            if acct == "personal":
                auto.append("personal")
            if photo_b:
                auto.append("photo")
            for k in sorted({l["kind"] for l in labels}):
                auto.append(KIND_TAG[k])
            if labels and "clean" in taglist:
                sys.exit(f"{pid}: tagged clean but has labels")
            seen = []
            for t in auto + taglist:
                if t not in seen:
                    seen.append(t)
            posts.append({
                "id": pid, "category": category, "account": acct, "photo": photo_b,
                "text": text, "expected": labels, "verdict": verdict(acct, labels),
                "tags": seen,
            })
    return posts


def write_csvs() -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    yn = lambda b: "yes" if b else "no"
    for p in reg.PUPILS:
        fn, sn, pref, year, cls, sm, web, press, bio = p
        w.writerow([UPNS[f"{fn} {sn}"], fn, sn, pref, year, cls, yn(sm), yn(web), yn(press),
                    yn(f"{fn} {sn}" in reg.NAME_WITH_PHOTO), yn(bio)])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for s in reg.STAFF:
        w.writerow(s)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(reg.SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(UPNS, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")


def main() -> None:
    for name in reg.NAME_WITH_PHOTO:
        if name not in UPNS:
            sys.exit(f"NAME_WITH_PHOTO: no pupil {name!r}")
    posts = load_posts()
    write_csvs()
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    print(f"{len(posts)} posts; clean {sum(1 for p in posts if not p['expected'])}; "
          f"photo {sum(p['photo'] for p in posts)}; personal "
          f"{sum(p['account'] == 'personal' for p in posts)}; staff-note "
          f"{sum('staff-note' in p['tags'] for p in posts)}")
    print("kinds:", dict(sorted(kinds.items())))
    print("verdicts:", dict(Counter((p['account'], p['verdict']) for p in posts)))


if __name__ == "__main__":
    main()
