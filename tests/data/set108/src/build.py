"""Build set 108 from the markup in posts_*.txt.

Markup: each post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
followed by its body (real line breaks). Labels are written inline as [[kind:text]],
kind one of fn full other email phone addr dob upn health circ. [[upn:@Forename Surname]]
inserts that pupil's UPN (plain), [[upn:@@Forename Surname]] spaced in groups.
\\uXXXX escapes are decoded (zero-width, nbsp, homoglyphs). Lines starting '#--' are comments.
Writes ../posts.jsonl, ../register_pupils.csv, ../register_staff.csv, ../school.json.
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
from register import PUPILS, STAFF, SCHOOL, CLASSES, ESTAB  # noqa: E402

try:
    from clearpost.register.upn import check_letter
except ImportError:  # pragma: no cover
    sys.exit("run with /work/main/.venv/bin/python, PYTHONPATH unset")

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


def upns():
    out = {}
    for i, (fn, sn, pref, yr, la, ay, cons) in enumerate(PUPILS):
        body = f"{la}{ESTAB[la]}{ay}{101 + i:03d}"
        out[f"{fn} {sn}"] = check_letter(body) + body
    return out


UPN = upns()


def spaced(u):
    return f"{u[0]}{u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}".replace(f"{u[0]}{u[1:4]}", f"{u[0]} {u[1:4]}")


def decode(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def parse_body(body, errs, pid):
    text, labels = "", []
    pos = 0
    for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", body, flags=re.S):
        text += decode(body[pos:m.start()])
        kind = KINDS.get(m.group(1))
        if not kind:
            errs.append(f"{pid}: bad kind {m.group(1)}")
            kind = "forename"
        t = m.group(2)
        if kind == "upn" and t.startswith("@"):
            key = t.lstrip("@")
            if key not in UPN:
                errs.append(f"{pid}: no pupil {key}")
                t = "X"
            else:
                t = spaced(UPN[key]) if t.startswith("@@") else UPN[key]
        t = decode(t)
        labels.append((kind, t, len(text)))
        text += t
        pos = m.end()
    text += decode(body[pos:])
    return text, labels


def main():
    errs, posts = [], []
    files = sorted(HERE.glob("posts_*.txt"))
    blocks = []
    for f in files:
        cur = None
        for line in f.read_text(encoding="utf-8").split("\n"):
            if line.startswith("#--"):
                continue
            if line.startswith("### "):
                cur = [line[4:], []]
                blocks.append(cur)
            elif cur is not None:
                cur[1].append(line)
    for n, (head, lines) in enumerate(blocks, 1):
        pid = f"z108-{n:03d}"
        parts = [p.strip() for p in head.split("|")]
        if len(parts) != 4:
            errs.append(f"{pid}: bad header {head!r}")
            continue
        cat, photo, acct, tags = parts
        photo = {"y": True, "n": False}[photo]
        acct = {"o": "official", "p": "personal"}[acct]
        tags = [t.strip() for t in tags.split(",") if t.strip()]
        body = "\n".join(lines).strip("\n").rstrip()
        text, raw = parse_body(body, errs, pid)
        if "\\n" in text:
            errs.append(f"{pid}: literal backslash-n")
        labels, seen = [], {}
        for kind, t, start in raw:
            k = text.count(t, 0, start) if False else sum(1 for m in re.finditer(re.escape(t), text) if m.start() < start)
            if k != seen.get(t, 0):
                errs.append(f"{pid}: label {t!r} is occurrence {k + 1} but labelled as {seen.get(t, 0) + 1}")
            seen[t] = seen.get(t, 0) + 1
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if before.isalnum() or after.isalnum():
                errs.append(f"{pid}: label {t!r} not at word boundary")
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            else:
                rule = RULE[kind]
            labels.append({"rule": rule, "text": t, "kind": kind})
        if not labels and "clean" not in tags:
            tags.append("clean")
        if labels and "clean" in tags:
            errs.append(f"{pid}: tagged clean but has labels")
        if acct == "personal" and "personal" not in tags:
            tags.append("personal")
        if photo and "photo" not in tags:
            tags.append("photo")
        posts.append({"id": pid, "category": cat, "account": acct, "photo": photo, "text": text,
                      "expected": labels, "verdict": verdict(acct, labels), "tags": tags})
    if len(posts) != 220:
        errs.append(f"{len(posts)} posts, want 220")

    # consent_name_with_photo: 'no' for every pupil named in a photo post
    named_in_photo = set()
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] in ("full_name", "forename"):
                named_in_photo.add(l["text"].split()[0].lstrip("#").casefold())
    rows = []
    for i, (fn, sn, pref, yr, la, ay, cons) in enumerate(PUPILS):
        c = ["yes" if ch == "y" else "no" for ch in cons]
        if c[3] == "yes" and ({fn.split()[0].casefold(), pref.casefold()} & named_in_photo):
            errs.append(f"{fn} {sn}: name_with_photo yes but maybe named in a photo post")
        rows.append([UPN[f"{fn} {sn}"], fn, sn, pref, yr, CLASSES[yr], *c])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    w.writerows(rows)
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            line = json.dumps(p, ensure_ascii=False)
            line = re.sub(r"[\u00a0\u200b-\u200f\u2060\ufeff\u0400-\u04ff]",
                          lambda m: "\\u%04x" % ord(m.group(0)), line)
            fh.write(line + "\n")
    for e in errs:
        print("ERROR:", e)
    print(f"built {len(posts)} posts, {sum(len(p['expected']) for p in posts)} labels, {len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
