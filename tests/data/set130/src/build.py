"""Build set 130 from src/: posts_*.txt markup -> ../posts.jsonl, register CSVs, school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag, ...
followed by its text (real line breaks). Labels are inline: [[kind:text]] with kind one of
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} / {UPNS:...} insert
the pupil's UPN plain / spaced. \\uXXXX escapes give zero-width spaces, nbsp and homoglyphs.
Run with the project venv, PYTHONPATH unset.
"""

import csv
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import PUPILS, STAFF, SCHOOL, CLASSES, upn_body  # noqa: E402

from clearpost.register import upn as upn_rules  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE.parent
NN = 130
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
    for i, p in enumerate(PUPILS):
        body = upn_body(i, p[3], p[9])
        out[f"{p[0]} {p[1]}"] = upn_rules.check_letter(body) + body
    return out


UPNS = upns()


def spaced(u: str) -> str:
    return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def parse_body(body, pid, errors):
    body = re.sub(r"\{UPN:([^}]+)\}", lambda m: UPNS[m.group(1)], body)
    body = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(UPNS[m.group(1)]), body)
    body = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), body)
    out, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, flags=re.S):
        out += body[pos:m.start()]
        kind = KINDS.get(m.group(1))
        if kind is None:
            errors.append(f"{pid}: unknown kind {m.group(1)}")
        labels.append((kind, m.group(2), len(out)))
        out += m.group(2)
        pos = m.end()
    out += body[pos:]
    if "[[" in out or "]]" in out or "{UPN" in out:
        errors.append(f"{pid}: stray markup")
    seen = {}
    for kind, t, start in labels:
        starts = [x.start() for x in re.finditer(re.escape(t), out)]
        n = seen.get(t, 0)
        if n >= len(starts) or starts[n] != start:
            errors.append(f"{pid}: label {t!r} is not occurrence {n + 1} of its text")
        seen[t] = n + 1
        before = out[start - 1] if start else " "
        after = out[start + len(t)] if start + len(t) < len(out) else " "
        if (before.isalnum() and t[0].isalnum()) or (after.isalnum() and t[-1].isalnum()):
            errors.append(f"{pid}: label {t!r} not at word boundary")
    return out, labels


def read_posts(errors):
    posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        chunks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for chunk in chunks[1:]:
            head, _, body = chunk.partition("\n")
            parts = [x.strip() for x in head.split("|")]
            cat, photo, acct = parts[0], parts[1], parts[2]
            tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
            pid = f"z{NN}-{len(posts) + 1:03d}"
            text, labels = parse_body(body.strip("\n").rstrip(), pid, errors)
            photo_b = {"photo y": True, "photo n": False}[photo]
            account = {"account o": "official", "account p": "personal"}[acct]
            exp = []
            for kind, t, start in sorted(labels, key=lambda x: x[2]):
                if kind == "forename":
                    rule = "text.pupil_name_with_photo" if photo_b else "text.pupil_forename"
                else:
                    rule = RULE[kind]
                exp.append({"rule": rule, "text": t, "kind": kind})
            if not exp:
                tags = ["clean"] + [t for t in tags if t != "clean"]
            elif "clean" in tags:
                errors.append(f"{pid}: tagged clean but has labels")
            if account == "personal" and "personal" not in tags:
                tags.append("personal")
            if photo_b and "photo" not in tags:
                tags.append("photo")
            if "\\n" in text:
                errors.append(f"{pid}: literal backslash-n")
            posts.append({"id": pid, "category": cat, "account": account, "photo": photo_b,
                          "text": text, "expected": exp, "verdict": verdict(account, exp),
                          "tags": tags})
    return posts


def fold(s):
    return "".join(unicodedata.normalize("NFKD", c)[0] for c in s).casefold()


def photo_named(posts):
    """Pupils named (any name label) in a photo post: their name-with-photo consent must be no."""
    named = set()
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] not in ("forename", "full_name"):
                continue
            lt = fold(l["text"])
            for i, pu in enumerate(PUPILS):
                for n in (pu[0], pu[2]):
                    if n and re.search(r"(?<![a-z])" + re.escape(fold(n)), lt.replace("#", " ")):
                        named.add(i)
                if re.search(re.escape(fold(pu[1]).replace("-", "")), lt.replace("-", "")):
                    named.add(i)
    return named


def yn(b):
    return "yes" if b else "no"


def esc(s):
    return re.sub(r"[\u00a0\u0400-\u04ff\u200b-\u200f\u2060\ufeff]",
                  lambda m: f"\\u{ord(m.group(0)):04x}", s)


def main():
    errors = []
    posts = read_posts(errors)
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts, want 220")
    named = photo_named(posts)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for i, p in enumerate(PUPILS):
        nwp = p[7] and i not in named
        w.writerow([UPNS[f"{p[0]} {p[1]}"], p[0], p[1], p[2], p[3], CLASSES[p[3]], yn(p[4]),
                    yn(p[5]), yn(p[6]), yn(nwp), yn(p[8])])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for s in STAFF:
        w.writerow(s)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(esc(json.dumps(p, ensure_ascii=False)) + "\n")
    (HERE / "upns.json").write_text(json.dumps(UPNS, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    for e in errors:
        print("ERROR:", e)
    print(f"built {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
