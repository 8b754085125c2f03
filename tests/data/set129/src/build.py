"""Build set 129 from the markup in posts_*.txt.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
followed by its text lines. Labels are inline: [[kind:text]] with kind one of
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} inserts that
pupil's UPN (labelled upn), {UPNS:...} the same spaced out. \\uXXXX escapes are decoded.
Writes ../posts.jsonl, ../register_pupils.csv, ../register_staff.csv, ../school.json.
"""
import csv
import io
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import PUPILS, STAFF, SCHOOL, CLASSES, LA, ESTAB  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE.parent
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
# LA of first allocation per pupil index (most Tameside 357; some Manchester 352, Oldham 353, Stockport 356)
OTHER_LA = {4: "353", 11: "352", 19: "352", 24: "356", 31: "353", 34: "352", 41: "352",
            45: "356", 52: "353", 58: "352"}


def upn_for(i, year):
    from clearpost.register import upn
    alloc = 21 - (year - 3)
    body = f"{OTHER_LA.get(i, LA)}{ESTAB}{alloc:02d}{101 + i:03d}"
    return upn.check_letter(body) + body


UPNS = {}
for i, (f, s, p, y, c) in enumerate(PUPILS):
    UPNS[f"{f} {s}"] = upn_for(i, y)


def spaced(u):
    return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def decode(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def parse_files():
    raw = []
    for path in sorted(HERE.glob("posts_*.txt")):
        cur = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                cur = {"head": line[4:], "lines": [], "file": path.name}
                raw.append(cur)
            elif cur is not None:
                cur["lines"].append(line)
    return raw


TOKEN = re.compile(r"\[\[(\w+):(.*?)\]\]|\{(UPNS?):([^}]*)\}", re.S)


def build_post(n, item, errors):
    parts = [x.strip() for x in item["head"].split("|")]
    cat, photo, acct = parts[0], parts[1], parts[2]
    tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
    body = decode("\n".join(item["lines"]).strip("\n").rstrip())
    text, labels, spans, pos = "", [], [], 0
    for m in TOKEN.finditer(body):
        text += body[pos:m.start()]
        if m.group(1):
            kind = KINDS.get(m.group(1))
            if kind is None:
                errors.append(f"post {n}: unknown kind {m.group(1)}")
                kind = "forename"
            t = m.group(2)
        else:
            name = m.group(4)
            if name not in UPNS:
                errors.append(f"post {n}: no pupil {name}")
                u = "X"
            else:
                u = UPNS[name]
            t = spaced(u) if m.group(3) == "UPNS" else u
            kind = "upn"
        start = len(text)
        text += t
        spans.append((start, start + len(t)))
        if kind == "forename":
            rule = "text.pupil_name_with_photo" if photo == "y" else "text.pupil_forename"
        else:
            rule = RULE[kind]
        labels.append({"rule": rule, "text": t, "kind": kind})
        pos = m.end()
    text += body[pos:]
    pid = f"z129-{n:03d}"
    if "\\n" in text or "[[" in text or "]]" in text:
        errors.append(f"{pid}: stray markup or literal backslash-n")
    # nth label with the same text must be the nth occurrence of that text
    seen = {}
    for lab, (a, b) in zip(labels, spans):
        t = lab["text"]
        k = seen.get(t, 0)
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        if k >= len(occ) or occ[k] != a:
            errors.append(f"{pid}: label {t!r} is not occurrence #{k + 1} of its text")
        seen[t] = k + 1
        before = text[a - 1] if a > 0 else " "
        after = text[b] if b < len(text) else " "
        if before.isalnum() or after.isalnum():
            errors.append(f"{pid}: label {t!r} not at word boundary")
    order = sorted(range(len(labels)), key=lambda i: spans[i][0])
    labels = [labels[i] for i in order]
    account = {"o": "official", "p": "personal"}[acct]
    worst = None
    for lab in labels:
        sev = SEV[account].get(lab["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    verdict = "allow" if worst in (None, "info") else worst
    tags = [t for t in tags if t not in ("clean", "personal", "photo")]
    if not labels:
        tags.insert(0, "clean")
    if account == "personal":
        tags.append("personal")
    if photo == "y":
        tags.append("photo")
    return {"id": pid, "category": cat, "account": account, "photo": photo == "y", "text": text,
            "expected": labels, "verdict": verdict, "tags": tags}


def named_in_photo(posts):
    named = set()
    for p in posts:
        if not p["photo"]:
            continue
        for lab in p["expected"]:
            if lab["kind"] not in ("forename", "full_name"):
                continue
            for f, s, pref, y, c in PUPILS:
                words = re.findall(r"[\w'-]+", lab["text"])
                if f in words or (pref and pref in words) or lab["text"].startswith(f[0] + "."):
                    named.add(f"{f} {s}")
    return named


def main():
    errors = []
    raw = parse_files()
    posts = [build_post(i + 1, item, errors) for i, item in enumerate(raw)]
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts, want 220")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    named = named_in_photo(posts)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    k = 0
    for i, (f, s, pref, y, c) in enumerate(PUPILS):
        full = f"{f} {s}"
        web = "no" if c == "no" or i % 9 == 4 else "yes"
        press = "yes" if i % 3 == 0 and c == "yes" else "no"
        nwp = "no"
        if full not in named:
            k += 1
            nwp = "yes" if k % 3 == 1 else "no"
        bio = "no" if i % 5 == 2 else "yes"
        w.writerow([UPNS[full], f, s, pref, f"Year {y}", CLASSES[y], c, web, press, nwp, bio])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo",
                "biometric_consent"])
    for row in STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    for e in errors:
        print("ERROR:", e)
    print(f"built {len(posts)} posts; {len(errors)} error(s); named in photo posts: {len(named)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
