"""Build set 102 from src/: posts_*.txt markup -> posts.jsonl, register CSVs, school.json.

Markup (one post per block):
    ### category | y/n (photo) | o/p (official/personal) | tag, tag
    text lines with [[kind:label text]] marks
Kinds: fn full other email phone addr dob upn health circ.
{UPN:Forename Surname} inserts the pupil's UPN, {UPNS:Forename Surname} the UPN spaced.
\\uXXXX escapes are decoded (zero-width, nbsp, homoglyphs). Lines starting %% are comments.
Run with /work/main/.venv/bin/python (PYTHONPATH unset) only for check.py; build needs stdlib only.
"""

import csv
import io
import json
import re
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
sys.path.insert(0, str(SRC))
from register import CLASSES, ESTAB, LA, NAME_WITH_PHOTO_YES, P, SCHOOL, STAFF, UPN_YEAR  # noqa: E402

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


def check_letter(body: str) -> str:
    try:
        from clearpost.register.upn import check_letter as cl  # type: ignore
        return cl(body)
    except ImportError:
        sys.exit("run with /work/main/.venv/bin/python and PYTHONPATH unset")


def upns() -> dict:
    out = {}
    for i, p in enumerate(P):
        yy = p[8] or UPN_YEAR[p[3]]
        body = f"{LA}{ESTAB}{yy}{101 + i}"
        out[f"{p[0]} {p[1]}"] = check_letter(body) + body
    return out


def verdict(account: str, labels: list) -> str:
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def parse(text: str, photo: bool, where: str, problems: list):
    labels, out, pos = [], [], 0
    spans = []
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", text, flags=re.S):
        out.append(text[pos:m.start()])
        kind = KINDS.get(m.group(1))
        if not kind:
            problems.append(f"{where}: unknown kind {m.group(1)}")
        start = sum(len(x) for x in out)
        out.append(m.group(2))
        spans.append((start, start + len(m.group(2))))
        rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
        labels.append({"rule": rule, "text": m.group(2), "kind": kind})
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    if "[[" in plain or "]]" in plain:
        problems.append(f"{where}: unbalanced markup")
    # the nth label with a given text must be the nth occurrence of that text
    seen = {}
    for (a, b), l in zip(spans, labels):
        t = l["text"]
        seen[t] = seen.get(t, 0) + 1
        occ = [m.start() for m in re.finditer(re.escape(t), plain)]
        if len(occ) < seen[t] or occ[seen[t] - 1] != a:
            problems.append(f"{where}: label {t!r} is not occurrence #{seen[t]} of its text")
        if a > 0 and plain[a - 1].isalnum() or b < len(plain) and plain[b].isalnum():
            problems.append(f"{where}: label {t!r} not at a word boundary")
    return plain, labels


def main() -> int:
    U = upns()
    problems, posts = [], []
    for f in sorted(SRC.glob("posts_*.txt")):
        raw = f.read_text(encoding="utf-8")
        raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: U[m.group(1)], raw)
        raw = re.sub(r"\{UPNS:([^}]+)\}",
                     lambda m: (lambda u: f"{u[0]} {u[1:4]} {u[4:8]} {u[8:]}")(U[m.group(1)]), raw)
        raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
        blocks = re.split(r"^### ", raw, flags=re.M)[1:]
        for b in blocks:
            head, _, body = b.partition("\n")
            body = "\n".join(l for l in body.split("\n") if not l.startswith("%%")).strip("\n")
            cat, ph, acct, *tags = [x.strip() for x in head.split("|")]
            tags = [t.strip() for t in ",".join(tags).split(",") if t.strip()]
            photo = ph == "y"
            account = {"o": "official", "p": "personal"}[acct]
            n = len(posts) + 1
            pid = f"z102-{n:03d}"
            text, labels = parse(body, photo, f"{f.name} {pid}", problems)
            if "\\n" in text:
                problems.append(f"{pid}: literal backslash-n")
            if not labels:
                tags = ["clean"] + [t for t in tags if t != "clean"]
            if account == "personal" and "personal" not in tags:
                tags.append("personal")
            if photo and "photo" not in tags:
                tags.append("photo")
            posts.append({"id": pid, "category": cat, "account": account, "photo": photo,
                          "text": text, "expected": labels, "verdict": verdict(account, labels),
                          "tags": tags})
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for p in P:
        name = f"{p[0]} {p[1]}"
        w.writerow([U[name], p[0], p[1], p[2], p[3], CLASSES[p[3]], p[4], p[5], p[6],
                    "yes" if name in NAME_WITH_PHOTO_YES else "no", p[7]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo",
                "biometric_consent"])
    w.writerows(STAFF)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (SRC / "upns.json").write_text(json.dumps(U, indent=1, ensure_ascii=False) + "\n",
                                   encoding="utf-8")
    for pr in problems:
        print("PROBLEM:", pr)
    print(f"built {len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
