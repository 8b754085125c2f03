"""Build set 105 from src/: posts_0*.txt markup -> posts.jsonl; pupils.py -> CSVs and school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
followed by its text (real line breaks). Labels are inline: [[kind:text]] with kinds
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} inserts that pupil's
UPN, {UPNS:...} the same spaced in fours. \\uXXXX escapes write zero-width characters, nbsp and
homoglyphs. Run: python build.py (from anywhere).
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
import pupils as reg  # noqa: E402

NN = "105"
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


def check_letter(body):
    try:
        from clearpost.register import upn
        return upn.check_letter(body)
    except ImportError:  # the letters were computed once with clearpost and stored
        return json.loads((HERE / "upns.json").read_text())[body]


def upns():
    out, letters = {}, {}
    for i, (f, s, pref, year, la) in enumerate(reg.P):
        body = f"{la}4127{25 - year:02d}{101 + i:03d}"
        letters[body] = check_letter(body)
        out[f"{f} {s}"] = letters[body] + body
    (HERE / "upns.json").write_text(json.dumps(letters, indent=1, sort_keys=True), encoding="utf-8")
    return out


def spaced(u):
    return " ".join(u[i:i + 4] for i in range(0, len(u), 4))


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def parse(upn_of):
    posts, errors = [], []
    chunks = []
    for path in sorted(HERE.glob("posts_0*.txt")):
        cur = None
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.startswith("### "):
                cur = [line[4:], []]
                chunks.append(cur)
            elif cur is not None:
                cur[1].append(line)
    for n, (head, lines) in enumerate(chunks, 1):
        pid = f"z{NN}-{n:03d}"
        parts = [p.strip() for p in head.split("|")]
        cat, photo, acct = parts[0], parts[1] == "photo y", parts[2]
        acct = {"account o": "official", "account p": "personal"}[acct]
        tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
        raw = "\n".join(lines).strip("\n ")
        raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: upn_of[m.group(1)], raw)
        raw = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(upn_of[m.group(1)]), raw)
        raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", raw, re.S):
            text += raw[pos:m.start()]
            kind = KINDS[m.group(1)]
            t = m.group(2)
            rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
            labels.append({"rule": rule, "text": t, "kind": kind, "_start": len(text)})
            text += t
            pos = m.end()
        text += raw[pos:]
        if "[[" in text or "]]" in text or "{UPN" in text:
            errors.append(f"{pid}: stray markup")
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        seen = {}
        for l in labels:
            t, s = l["text"], l.pop("_start")
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            seen[t] = seen.get(t, 0) + 1
            if occ.index(s) != seen[t] - 1:
                errors.append(f"{pid}: label {t!r} is not occurrence {seen[t]} of its text")
            before = text[s - 1] if s else " "
            after = text[s + len(t)] if s + len(t) < len(text) else " "
            if (before.isalnum() and t[0].isalnum()) or (after.isalnum() and t[-1].isalnum()):
                errors.append(f"{pid}: label {t!r} not at a word boundary")
        if not labels and "clean" not in tags:
            tags.insert(0, "clean")
        if acct == "personal" and "personal" not in tags:
            tags.append("personal")
        if photo and "photo" not in tags:
            tags.append("photo")
        posts.append({"id": pid, "category": cat, "account": acct, "photo": photo, "text": text,
                      "expected": labels, "verdict": verdict(acct, labels), "tags": tags})
    return posts, errors


def yn(b):
    return "yes" if b else "no"


def write_csvs(upn_of):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for i, (f, s, pref, year, la) in enumerate(reg.P):
        full = f"{f} {s}"
        press = i % 3 != 1 and full not in reg.NO_SOCIAL
        w.writerow([upn_of[full], f, s, pref, year, reg.CLASSES[year],
                    yn(full not in reg.NO_SOCIAL), yn(full not in reg.NO_WEBSITE), yn(press),
                    yn(full in reg.NAME_WITH_PHOTO_YES), yn(full not in reg.NO_BIOMETRIC)])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for row in reg.STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(reg.SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")


def main():
    upn_of = upns()
    write_csvs(upn_of)
    posts, errors = parse(upn_of)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            line = json.dumps(p, ensure_ascii=False)
            line = re.sub("[\u00a0\u200b-\u200f\u2060\ufeff\u0400-\u04ff]",
                          lambda m: "\\u%04x" % ord(m.group(0)), line)
            fh.write(line + "\n")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {sum(len(p['expected']) for p in posts)} labels, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
