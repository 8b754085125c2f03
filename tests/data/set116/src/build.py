"""Build set 116 from src/: posts_*.txt markup -> ../posts.jsonl, CSVs, school.json.

Markup: each post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
followed by its text (real line breaks). Labels inline: [[kind:text]] with kinds
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} inserts that
pupil's UPN, {UPNS:Forename Surname} the UPN spaced. \\uXXXX escapes give zero-width
spaces, non-breaking spaces and homoglyphs.
"""
import csv
import io
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from register import CLASSES, ENTRY, PUPILS, SCHOOL, STAFF  # noqa: E402
from clearpost.register import upn as upn_rules  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE.parent
NN = 116
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth",
        "upn": "text.pupil_record", "health": "text.pupil_record",
        "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def upns():
    out = {}
    for i, p in enumerate(PUPILS, 1):
        body = f"709{3214:04d}{ENTRY[p[3]]:02d}{100 + i:03d}"
        out[f"{p[0]} {p[1]}"] = upn_rules.check_letter(body) + body
    return out


UPNS = upns()


def spaced(u):
    return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def expand(text):
    text = re.sub(r"\{UPN:([^}]+)\}", lambda m: UPNS[m.group(1)], text)
    text = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(UPNS[m.group(1)]), text)
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return text


def parse_post(body, pid, errors):
    plain, labels, pos = [], [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, flags=re.S):
        plain.append(body[pos:m.start()])
        start = sum(len(x) for x in plain)
        kind = m.group(1)
        if kind not in KINDS:
            errors.append(f"{pid}: unknown kind {kind}")
            continue
        t = m.group(2)
        labels.append((start, KINDS[kind], t))
        plain.append(t)
        pos = m.end()
    plain.append(body[pos:])
    text = "".join(plain)
    if "[[" in text or "]]" in text:
        errors.append(f"{pid}: unbalanced markup")
    # nth label with a text = nth occurrence of that text
    for start, kind, t in labels:
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        same = sorted(s for s, k, x in labels if x == t)
        if occ.index(start) != same.index(start):
            errors.append(f"{pid}: label {t!r} is not the nth occurrence of its text")
        before = text[start - 1] if start else " "
        after = text[start + len(t)] if start + len(t) < len(text) else " "
        if (before.isalnum() or after.isalnum()) and kind != "upn":
            errors.append(f"{pid}: label {t!r} not at word boundaries")
    return text, labels


def build():
    errors, posts = [], []
    n = 0
    for f in sorted(HERE.glob("posts_*.txt")):
        chunks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for chunk in chunks[1:]:
            head, _, body = chunk.partition("\n")
            n += 1
            pid = f"z{NN}-{n:03d}"
            parts = [x.strip() for x in head.split("|")]
            cat, photo, acct = parts[0], parts[1] == "photo y", parts[2]
            account = {"account o": "official", "account p": "personal"}[acct]
            tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
            body = expand(body.strip("\n").rstrip())
            text, labels = parse_post(body, pid, errors)
            expected = []
            for start, kind, t in sorted(labels):
                if kind == "forename":
                    rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
                else:
                    rule = RULE[kind]
                expected.append({"rule": rule, "text": t, "kind": kind})
            worst = None
            for lab in expected:
                s = SEV[account].get(lab["rule"], "block")
                if worst is None or RANK[s] > RANK[worst]:
                    worst = s
            verdict = "allow" if worst in (None, "info") else worst
            auto = []
            if not expected:
                auto.append("clean")
            if account == "personal":
                auto.append("personal")
            if photo:
                auto.append("photo")
            tags = auto + [t for t in tags if t not in auto]
            posts.append({"id": pid, "category": cat, "account": account, "photo": photo,
                          "text": text, "expected": expected, "verdict": verdict, "tags": tags})
    return posts, errors


def named_in_photo(posts):
    named = set()
    for p in posts:
        if not p["photo"]:
            continue
        for lab in p["expected"]:
            if lab["kind"] in ("forename", "full_name"):
                named.add(lab["text"])
    hit = set()
    for fn, sn, pref, *_ in PUPILS:
        forms = {fn, f"{fn} {sn}"} | ({pref, f"{pref} {sn}"} if pref else set())
        for t in named:
            tt = t.lstrip("#").casefold()
            for form in forms:
                if form.casefold() in tt or tt in form.casefold():
                    hit.add((fn, sn))
    return hit


def write(posts):
    hit = named_in_photo(posts)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for fn, sn, pref, yr, soc, web, press, bio, nwp in PUPILS:
        if (fn, sn) in hit:
            nwp = "no"
        w.writerow([UPNS[f"{fn} {sn}"], fn, sn, pref, yr, CLASSES[yr], soc, web, press, nwp, bio])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for row in STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            line = json.dumps(p, ensure_ascii=False)
            line = re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00a0\u0400-\u04ff]",
                          lambda m: "\\u%04x" % ord(m.group()), line)
            fh.write(line + "\n")


if __name__ == "__main__":
    posts, errors = build()
    for e in errors:
        print("ERROR:", e)
    write(posts)
    print(f"{len(posts)} posts written; {len(errors)} error(s)")
    sys.exit(1 if errors else 0)
