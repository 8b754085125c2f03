"""Build set 189 from the markup in posts_0*.txt.

Writes ../posts.jsonl, ../register_pupils.csv, ../register_staff.csv, ../school.json.
Markup: a post starts with a header line
    ### category | y/n (photo) | o/p (official/personal) | tag, tag
and its body is every line up to the next header (line breaks kept). Inside the body
    [[kind:text]]  labels text; kind is fn full other email phone addr dob upn health circ
    [[upn:@Forename Surname]] / [[upn:@@Forename Surname]]  inserts that pupil's UPN plain / spaced
    \\uXXXX        a character by code (zero-width space, nbsp, Cyrillic homoglyphs)
Rule comes from kind and photo; verdict from POLICY.md default severities. The build fails if a
label is not at word boundaries or if an unlabelled occurrence of a label's text comes before it
(the nth label with a text must be the nth occurrence).
"""
import csv
import io
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import PUPILS, SCHOOL, STAFF  # noqa: E402

try:
    from clearpost.register.upn import check_letter
except ImportError:  # pragma: no cover
    sys.exit("run with /work/main/.venv/bin/python, PYTHONPATH unset")

HERE = Path(__file__).parent
OUT = HERE.parent
NN = "189"
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
ENTRY = {"Nursery": "25", "Reception": "24", "Year 1": "23", "Year 2": "22", "Year 3": "21",
         "Year 4": "20", "Year 5": "19", "Year 6": "18", "Year 7": "17", "Year 8": "16",
         "Year 9": "15", "Year 10": "14", "Year 11": "13", "Year 12": "12", "Year 13": "11",
         "Year 14": "10"}
# pupils never named in a photo post (check.py verifies): only they have name_with_photo = yes
NAME_WITH_PHOTO_YES = {"Muhammad Hamza Raja", "Zainab Sabir", "Patrik Lakatoš", "Sana Mahmood",
                       "Ibrahim Hussain", "Aisha Mirza", "Chukwuemeka Okonkwo"}
NO_PRESS = {1, 4, 9, 14, 15, 21, 25, 26, 30, 35, 36, 37, 40, 45, 51, 52, 55, 58}
NO_BIOMETRIC = {2, 5, 12, 15, 20, 25, 31, 35, 39, 44, 51, 54}
NO_WEBSITE = {14, 25, 35, 37, 51}


def upns():
    out = {}
    for i, p in enumerate(PUPILS):
        body = "383" + "6189" + ENTRY[p[3]] + f"{201 + i:03d}"
        out[f"{p[0]} {p[1]}"] = check_letter(body) + body
    return out


UPNS = upns()


def spaced(u):
    return f"{u[:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def unescape(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


MARK = re.compile(r"\[\[(\w+):(.*?)\]\]", re.S)


def parse_body(body, pid, photo, errs):
    text, spans, pos = "", [], 0
    for m in MARK.finditer(body):
        text += unescape(body[pos:m.start()])
        k, t = m.group(1), unescape(m.group(2))
        if k not in KINDS:
            errs.append(f"{pid}: unknown kind {k}")
            continue
        kind = KINDS[k]
        if kind == "upn" and t.startswith("@"):
            name = t.lstrip("@")
            if name not in UPNS:
                errs.append(f"{pid}: no pupil {name}")
                continue
            t = spaced(UPNS[name]) if t.startswith("@@") else UPNS[name]
        spans.append((len(text), kind, t))
        text += t
        pos = m.end()
    text += unescape(body[pos:])
    labels = []
    for start, kind, t in spans:
        rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
        before = text[start - 1] if start else " "
        after = text[start + len(t)] if start + len(t) < len(text) else " "
        if before.isalnum() or after.isalnum():
            errs.append(f"{pid}: label {t!r} not at a word boundary")
        labels.append({"rule": rule, "text": t, "kind": kind, "_start": start})
    # nth label with the same text must be the nth occurrence
    for t in {l["text"] for l in labels}:
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        mine = sorted(l["_start"] for l in labels if l["text"] == t)
        if occ[: len(mine)] != mine:
            errs.append(f"{pid}: label {t!r} is not the first occurrence(s) of its text")
    labels.sort(key=lambda l: l["_start"])
    for l in labels:
        del l["_start"]
    return text, labels


def read_posts(errs):
    posts = []
    for f in sorted(HERE.glob("posts_0*.txt")):
        chunks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for chunk in chunks[1:]:
            head, _, body = chunk.partition("\n")
            parts = [p.strip() for p in head.split("|")]
            if len(parts) != 4 or parts[1] not in ("y", "n") or parts[2] not in ("o", "p"):
                errs.append(f"{f.name}: bad header {head!r}")
                continue
            cat, photo, acct, tags = parts
            pid = f"z{NN}-{len(posts) + 1:03d}"
            photo = photo == "y"
            account = "official" if acct == "o" else "personal"
            text, labels = parse_body(body.strip(), pid, photo, errs)
            if "\\n" in text:
                errs.append(f"{pid}: literal backslash-n")
            tags = [t.strip() for t in tags.split(",") if t.strip()]
            tags = [t for t in tags if t not in ("clean", "personal", "photo")]
            if not labels:
                tags.insert(0, "clean")
            if account == "personal":
                tags.append("personal")
            if photo:
                tags.append("photo")
            posts.append({"id": pid, "category": cat, "account": account, "photo": photo,
                          "text": text, "expected": labels,
                          "verdict": verdict(account, labels), "tags": tags})
    return posts


def write_csvs():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for i, (fn, sn, pref, yr, cls, sm) in enumerate(PUPILS):
        full = f"{fn} {sn}"
        yn = lambda b: "yes" if b else "no"
        w.writerow([UPNS[full], fn, sn, pref, yr, cls, sm, yn(i not in NO_WEBSITE),
                    yn(i not in NO_PRESS), yn(full in NAME_WITH_PHOTO_YES),
                    yn(i not in NO_BIOMETRIC)])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for row in STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(UPNS, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")


def main():
    errs = []
    posts = read_posts(errs)
    for e in errs:
        print("ERROR:", e)
    if errs:
        return 1
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    write_csvs()
    print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
