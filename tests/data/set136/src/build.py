"""Build set 136 from src/: posts_0*.txt markup -> ../posts.jsonl, register CSVs, school.json.

Markup: a post starts with a header line `### category | photo y/n | account o/p | tags`;
the text follows (real line breaks). Labels inline as [[kind:text]], kinds
fn full other email phone addr dob upn health circ. In a upn label `@Forename Surname` inserts
that pupil's UPN, `@@Forename Surname` the UPN spaced in fours. \\uXXXX escapes anywhere.
Run: env -u PYTHONPATH /work/main/.venv/bin/python build.py
"""
import csv
import io
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import CLASSES, PUPILS, SCHOOL, STAFF  # noqa: E402
from clearpost.register import upn as upn_rules  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE.parent
NN = 136
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
    for i, p in enumerate(PUPILS):
        body = p[4] + p[5] + p[6] + str(101 + i)
        out[f"{p[0]} {p[1]}"] = upn_rules.check_letter(body) + body
    return out


UPNS = upns()


def unescape(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def render(body, pid, errors):
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", body, re.S):
        text += unescape(body[pos:m.start()])
        kind, content = m.group(1), unescape(m.group(2))
        if kind not in KINDS:
            errors.append(f"{pid}: unknown kind {kind}")
        if content.startswith("@"):
            spaced = content.startswith("@@")
            value = UPNS[content.lstrip("@")]
            content = " ".join([value[:1]] + [value[i:i + 4] for i in range(1, 13, 4)]) if spaced else value
        labels.append((KINDS.get(kind, kind), content, len(text)))
        text += content
        pos = m.end()
    text += unescape(body[pos:])
    return text, labels


def parse():
    posts, errors = [], []
    files = sorted(HERE.glob("posts_0*.txt"))
    chunks = []
    for f in files:
        cur = None
        for line in f.read_text(encoding="utf-8").split("\n"):
            if line.startswith("### "):
                cur = [line[4:], []]
                chunks.append(cur)
            elif cur is not None:
                cur[1].append(line)
    for n, (head, lines) in enumerate(chunks, 1):
        pid = f"z{NN}-{n:03d}"
        parts = [p.strip() for p in head.split("|")]
        category, photo, account = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
        tags = [t for t in (parts[3].split() if len(parts) > 3 else [])]
        body = "\n".join(lines).strip()
        text, labs = render(body, pid, errors)
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        expected, counts = [], {}
        for kind, t, start in labs:
            k = counts.get(t, 0)
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if occ[k] != start:
                errors.append(f"{pid}: label {t!r} is not occurrence #{k + 1} of its text")
            counts[t] = k + 1
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if before.isalnum() or after.isalnum():
                errors.append(f"{pid}: label {t!r} not at word boundary")
            rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
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
        kinds = {lab["kind"] for lab in expected}
        for k, tag in (("full_name", "full-name"), ("forename", "forename"), ("other_person", "other-person"),
                       ("email", "email"), ("phone", "phone"), ("address", "address"), ("dob", "dob"),
                       ("upn", "upn"), ("health", "health"), ("circumstance", "circumstance")):
            if k in kinds:
                auto.append(tag)
        tags = auto + [t for t in tags if t not in auto]
        posts.append({"id": pid, "category": category, "account": account, "photo": photo,
                      "text": text, "expected": expected, "verdict": verdict, "tags": tags})
    return posts, errors


def write_csvs():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    yn = lambda v: "yes" if v else "no"
    for p in PUPILS:
        w.writerow([UPNS[f"{p[0]} {p[1]}"], p[0], p[1], p[2], f"Year {p[3]}", CLASSES[p[3]],
                    yn(p[7]), yn(p[8]), yn(p[9]), yn(p[10]), yn(p[11])])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for s in STAFF:
        w.writerow([s[0], s[1], s[2], s[3], s[4], yn(s[5]), yn(s[6])])
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main():
    posts, errors = parse()
    write_csvs()
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in posts:
            line = json.dumps(p, ensure_ascii=False)
            # invisible characters and Cyrillic homoglyphs as \\uXXXX escapes
            line = re.sub(r"[\u00a0\u200b-\u200f\u2060\ufeff\u0400-\u04ff]",
                          lambda m: "\\u%04x" % ord(m.group(0)), line)
            f.write(line + "\n")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts written, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
