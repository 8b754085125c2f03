"""Build set 98: posts_0N.txt markup -> ../posts.jsonl, ../register_*.csv, ../school.json.

Markup: a post starts with a header line
    ### category | y/n (photo) | o/p (official/personal) | tag, tag
and its text is the following lines (real line breaks) up to the next header.
Labels inline: [[kind:text]] with kind in fn full other email phone addr dob upn health circ.
{UPN:Forename Surname} inserts that pupil's UPN, {UPNS:Forename Surname} the UPN spaced.
\\uXXXX escapes (zero-width, nbsp, homoglyphs) are decoded.
"""
import csv, io, json, re, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import PUPILS, STAFF, SCHOOL, CLASSES, BIRTH  # noqa: E402
from clearpost.register.upn import check_letter  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE.parent
NN = "98"
EST = {"926": "2417", "874": "2031", "309": "2110"}
KINDS = {
    "fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
    "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
    "circ": "circumstance",
}
RULE = {
    "full_name": "text.pupil_full_name", "other_person": "text.other_person",
    "email": "text.contact_details", "phone": "text.contact_details", "address": "text.contact_details",
    "dob": "text.date_of_birth", "upn": "text.pupil_record", "health": "text.pupil_record",
    "circumstance": "text.pupil_record",
}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
KIND_TAG = {"forename": "forename", "full_name": "full-name", "other_person": "other-person",
            "email": "email", "phone": "phone", "address": "address", "dob": "dob", "upn": "upn",
            "health": "health", "circumstance": "circumstance"}


def upns():
    out, serial = {}, 101
    for p in PUPILS:
        body = p[9] + EST[p[9]] + BIRTH[p[3]] + f"{serial:03d}"
        serial += 1
        out[f"{p[0]} {p[1]}"] = check_letter(body) + body
    return out


UPNS = upns()


def spaced(u):
    return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def parse(errors):
    posts = []
    for f in sorted(HERE.glob("posts_0*.txt")):
        blocks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)[1:]
        for b in blocks:
            head, _, body = b.partition("\n")
            parts = [x.strip() for x in head.split("|")]
            cat, photo, acct = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
            tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
            raw = body.strip("\n")
            raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: UPNS[m.group(1)], raw)
            raw = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(UPNS[m.group(1)]), raw)
            raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
            text, labels, pos = "", [], 0
            for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, flags=re.S):
                text += raw[pos:m.start()]
                kind = KINDS[m.group(1)]
                t = m.group(2)
                labels.append((kind, t, len(text)))
                text += t
                pos = m.end()
            text += raw[pos:]
            posts.append((cat, photo, acct, tags, text, labels, f.name))
    return posts


def main():
    errors = []
    posts = parse(errors)
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts, want 220")
    lines = []
    for i, (cat, photo, acct, tags, text, labels, fname) in enumerate(posts, 1):
        pid = f"z{NN}-{i:03d}"
        if "\\n" in text or "[[" in text or "]]" in text or "{UPN" in text:
            errors.append(f"{pid}: stray markup or backslash-n")
        exp, seen = [], {}
        for kind, t, start in labels:
            # nth label with this text must be the nth occurrence
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            seen[t] = seen.get(t, 0) + 1
            if occ[seen[t] - 1] != start:
                errors.append(f"{pid}: label {t!r} is not occurrence #{seen[t]} ({fname})")
            a, b = start, start + len(t)
            if (a > 0 and text[a - 1].isalnum() and t[0].isalnum()) or (b < len(text) and text[b].isalnum() and t[-1].isalnum()):
                errors.append(f"{pid}: label {t!r} not at a word boundary")
            rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
            exp.append({"rule": rule, "text": t, "kind": kind})
        tg = list(tags)
        if not exp:
            tg.insert(0, "clean")
        if acct == "personal":
            tg.append("personal")
        if photo:
            tg.append("photo")
        for k in dict.fromkeys(l["kind"] for l in exp):
            tg.append(KIND_TAG[k])
        tg = list(dict.fromkeys(tg))
        lines.append(json.dumps({"id": pid, "category": cat, "account": acct, "photo": photo, "text": text,
                                 "expected": exp, "verdict": verdict(acct, exp), "tags": tg}, ensure_ascii=False))
    (OUT / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class", "consent_social_media",
                "consent_website", "consent_press", "consent_name_with_photo", "biometric_consent"])
    for p in PUPILS:
        yg = "R" if p[3] == "R" else p[3]
        w.writerow([UPNS[f"{p[0]} {p[1]}"], p[0], p[1], p[2], yg, CLASSES[p[3]], *p[4:9]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for i, s in enumerate(STAFF, 1):
        w.writerow([f"WM{i:03d}", *s])
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(UPNS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for e in errors:
        print("ERROR:", e)
    print(f"built {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
