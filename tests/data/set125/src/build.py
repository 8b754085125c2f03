"""Build set 125 from src/posts_*.txt markup: posts.jsonl, register CSVs, school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag, ...
followed by its text (real line breaks kept). Labels are inline: [[kind:text]] with kind one of
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} inserts the pupil's
UPN, {UPNS:...} the same UPN spaced in groups. \\uXXXX escapes give zero-width characters,
non-breaking spaces and homoglyphs.
"""
import csv
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

from clearpost.register import upn as upn_rules

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from pupils import FORMS, PUPILS, SCHOOL, STAFF  # noqa: E402

NN = "125"
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
SEV = {
    "official": {"text.pupil_forename": "info", "text.other_person": "warn"},
    "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"},
}
RANK = {"info": 0, "warn": 1, "block": 2}


def upns():
    out = {}
    for f, s, _p, _y, la, est, yy, _c in PUPILS:
        body = f"{la}{est}{yy}{100 + len(out) + 1:03d}"
        out[f"{f} {s}"] = upn_rules.check_letter(body) + body
    return out


UPNS = upns()


def spaced(u):
    return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def verdict(account, labels):
    worst = None
    for l in labels:
        sev = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


def parse(errors):
    posts = []
    files = sorted(HERE.glob("posts_*.txt"))
    chunks = []
    for f in files:
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                cur = [line[4:], []]
                chunks.append((f.name, cur))
            elif cur is not None:
                cur[1].append(line)
            elif line.strip():
                errors.append(f"{f.name}: text before first header: {line!r}")
    for n, (fname, (head, lines)) in enumerate(chunks, 1):
        pid = f"z{NN}-{n:03d}"
        parts = [p.strip() for p in head.split("|")]
        if len(parts) != 4:
            errors.append(f"{pid} ({fname}): bad header {head!r}")
            continue
        cat, ph, acc, tags = parts
        body = "\n".join(lines).strip("\n").rstrip()
        body = re.sub(r"\{UPN:([^}]+)\}", lambda m: UPNS[m.group(1)], body)
        body = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(UPNS[m.group(1)]), body)
        body = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), body)
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", body, flags=re.S):
            text += body[pos:m.start()]
            kind = KINDS.get(m.group(1))
            if kind is None:
                errors.append(f"{pid}: unknown kind {m.group(1)}")
                kind = "?"
            labels.append((len(text), kind, m.group(2)))
            text += m.group(2)
            pos = m.end()
        text += body[pos:]
        if "[[" in text or "]]" in text or "{UPN" in text:
            errors.append(f"{pid}: markup left in text")
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        photo = ph == "y"
        account = {"o": "official", "p": "personal"}[acc]
        expected, seen = [], {}
        for start, kind, t in labels:
            before = [m.start() for m in re.finditer(re.escape(t), text) if m.start() < start]
            k = seen.get(t, 0)
            if len(before) != k:
                errors.append(f"{pid}: label {t!r} is not occurrence #{k + 1} of its text")
            seen[t] = k + 1
            a, b = text[start - 1: start], text[start + len(t): start + len(t) + 1]
            if (a and (a.isalnum() or a == "_")) or (b and (b.isalnum() or b == "_")):
                errors.append(f"{pid}: label {t!r} not at word boundaries")
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            else:
                rule = RULE.get(kind, "?")
            expected.append({"rule": rule, "text": t, "kind": kind})
        taglist = [t.strip() for t in tags.split(",") if t.strip()]
        taglist = [t for t in taglist if t not in ("clean", "personal", "photo")]
        if not expected:
            taglist.insert(0, "clean")
        if account == "personal":
            taglist.append("personal")
        if photo:
            taglist.append("photo")
        posts.append({
            "id": pid, "category": cat, "account": account, "photo": photo, "text": text,
            "expected": expected, "verdict": verdict(account, expected), "tags": taglist,
        })
    return posts


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def write_csvs(posts):
    photo_text = " ".join(fold(p["text"]) for p in posts if p["photo"])
    words = set(re.findall(r"[\w-]+", photo_text))
    rows = []
    for i, (f, s, pref, y, *_rest, sm) in enumerate(PUPILS):
        named = bool({f, s, pref} & words - {""}) or any(
            x in photo_text for x in (f, pref or f)
        )
        nwp = "no" if named or sm == "no" or i % 3 else "yes"
        rows.append({
            "upn": UPNS[f"{f} {s}"], "forename": f, "surname": s, "preferred_forename": pref,
            "year_group": f"Year {y}", "class": FORMS[y], "consent_social_media": sm,
            "consent_website": "no" if i % 11 == 5 else "yes",
            "consent_press": "yes" if i % 5 in (0, 2) else "no",
            "consent_name_with_photo": nwp,
            "biometric_consent": "no" if i % 7 == 3 else "yes",
        })
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo",
                "biometric_consent"])
    w.writerows(STAFF)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")


def main():
    errors = []
    posts = parse(errors)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    write_csvs(posts)
    (HERE / "upns.json").write_text(json.dumps(UPNS, indent=1) + "\n", encoding="utf-8")
    for e in errors:
        print("ERROR:", e)
    print(f"built {len(posts)} posts; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
