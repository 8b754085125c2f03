"""Build set 133 from the markup in posts_*.txt.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
and its body runs to the next header. Labels are inline: [[kind:text]] with kind one of
fn full other email phone addr dob health circ. {UPN:Forename Surname} inserts that pupil's
UPN (labelled upn), {UPNS:Forename Surname} the same with spaces (4 5 4). \\uXXXX escapes give
zero-width characters, non-breaking spaces and homoglyphs. Writes ../posts.jsonl, the CSVs and
../school.json. Rule from kind and photo, verdict from POLICY.md default severities.
"""
import csv
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from register import CLASS, PUPILS, SCHOOL, STAFF, YEAR_CODE  # noqa: E402
from clearpost.register import upn as upn_rules  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE.parent
NN = 133
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "health": "health",
         "circ": "circumstance", "upn": "upn"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
        "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def upns():
    out, serial = {}, {}
    for f, s, p, year, la, c in PUPILS:
        code = YEAR_CODE[year]
        serial[code] = serial.get(code, 100) + 7
        body = f"{la}3417{code}{serial[code]:03d}"
        value = upn_rules.check_letter(body) + body
        assert upn_rules.problem(value) is None, value
        out[f"{f} {s}"] = value
    return out


UPN = upns()


def unescape(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def parse_body(body):
    """Return (text, [(kind, text, start)])."""
    def upn_sub(m):
        v = UPN[m.group(2)]
        if m.group(1) == "UPNS":
            v = f"{v[:4]} {v[4:9]} {v[9:]}"
        return f"[[upn:{v}]]"
    body = re.sub(r"\{(UPNS?):([^}]+)\}", upn_sub, body)
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, flags=re.S):
        text += unescape(body[pos:m.start()])
        t = unescape(m.group(2))
        labels.append((KINDS[m.group(1)], t, len(text)))
        text += t
        pos = m.end()
    text += unescape(body[pos:])
    return text, labels


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def main():
    posts, problems = [], []
    files = sorted(HERE.glob("posts_*.txt"))
    chunks = []
    for f in files:
        chunks += re.split(r"^(?=### )", f.read_text(encoding="utf-8"), flags=re.M)
    chunks = [c for c in chunks if c.startswith("### ")]
    for n, chunk in enumerate(chunks, 1):
        head, _, body = chunk.partition("\n")
        parts = [x.strip() for x in head[4:].split("|")]
        category, photo, account = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
        tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
        pid = f"z{NN}-{n:03d}"
        text, raw = parse_body(body.strip("\n").rstrip())
        if "\\n" in text or "[[" in text or "]]" in text:
            problems.append(f"{pid}: stray markup or backslash-n")
        expected, seen = [], {}
        for kind, t, start in raw:
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            else:
                rule = RULE[kind]
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            seen[t] = seen.get(t, 0) + 1
            if occ.index(start) != seen[t] - 1:
                problems.append(f"{pid}: label {t!r} is occurrence {occ.index(start)+1}, listed as {seen[t]}")
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if before.isalnum() or after.isalnum():
                problems.append(f"{pid}: label {t!r} not at word boundary")
            expected.append({"rule": rule, "text": t, "kind": kind})
        if not expected and "clean" not in tags:
            tags.insert(0, "clean")
        if account == "personal" and "personal" not in tags:
            tags.append("personal")
        if photo and "photo" not in tags:
            tags.append("photo")
        posts.append({"id": pid, "category": category, "account": account, "photo": photo,
                      "text": text, "expected": expected, "verdict": verdict(account, expected),
                      "tags": tags})
    # pupils named in photo posts never have consent_name_with_photo = yes
    named_in_photo = set()
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] in ("full_name", "forename"):
                first = re.split(r"[\s_.]", l["text"].lstrip("#"))[0].casefold()
                for f, s, pref, *_ in PUPILS:
                    if first in (f.casefold(), pref.casefold()) or l["text"].lstrip("#").casefold().startswith((f + s).casefold()):
                        named_in_photo.add(f + " " + s)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    yn = {"y": "yes", "n": "no"}
    for f, s, pref, year, la, c in PUPILS:
        c = list(c)
        if f + " " + s in named_in_photo:
            c[3] = "n"
        w.writerow([UPN[f + " " + s], f, s, pref, year, CLASS[year]] + [yn[x] for x in c])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    json.dump(UPN, open(HERE / "upns.json", "w"), indent=1, ensure_ascii=False)
    for pr in problems:
        print("PROBLEM:", pr)
    print(f"{len(posts)} posts written; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
