"""Build set 135 from its markup: posts_*.txt -> ../posts.jsonl, CSVs, school.json.

Markup: a post starts with a header line
    ### category | photo|text | official|personal | tag, tag
followed by its text (real line breaks). Labels are inline: [[kind:text]], kinds
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} inserts a pupil's
UPN, {UPNS:Forename Surname} the same spaced (X204 7135 24 101). \\uXXXX escapes are decoded
(zero-width, nbsp, homoglyphs). Rule from kind and photo; verdict from POLICY.md defaults.
Each label must be the nth occurrence of its text when it is the nth label with that text.
"""
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
import pupils  # noqa: E402

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
LABEL_RE = re.compile(r"\[\[(\w+):(.*?)\]\]", re.S)


def upns():
    out = {}
    for row in pupils.pupil_rows():
        u = row["upn"]
        for f in {row["forename"], row["preferred_forename"]} - {""}:
            out[f"{f} {row['surname']}"] = u
    return out


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def parse(errors):
    table = upns()
    posts = []
    for path in sorted(HERE.glob("posts_*.txt")):
        chunks = re.split(r"^### ", path.read_text(encoding="utf-8"), flags=re.M)
        for chunk in chunks[1:]:
            head, _, body = chunk.partition("\n")
            parts = [p.strip() for p in head.split("|")]
            if len(parts) != 4 or parts[1] not in ("photo", "text") or parts[2] not in ("official", "personal"):
                errors.append(f"{path.name}: bad header {head!r}")
                continue
            cat, ph, acct, tags = parts
            body = body.strip("\n").rstrip()
            body = re.sub(r"\{UPN:([^}]+)\}", lambda m: table[m.group(1)], body)
            body = re.sub(r"\{UPNS:([^}]+)\}", lambda m: (lambda u: f"{u[:4]} {u[4:8]} {u[8:10]} {u[10:]}")(table[m.group(1)]), body)
            body = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), body)
            text, labels, pos = "", [], 0
            for m in LABEL_RE.finditer(body):
                text += body[pos:m.start()]
                k, t = m.group(1), m.group(2)
                if k not in KINDS:
                    errors.append(f"{path.name}: unknown kind {k} in {head}")
                    continue
                labels.append((len(text), KINDS[k], t))
                text += t
                pos = m.end()
            text += body[pos:]
            if "[[" in text or "]]" in text or "\\n" in text:
                errors.append(f"{path.name}: leftover markup in {text[:60]!r}")
            photo = ph == "photo"
            out = []
            seen = {}
            for start, kind, t in labels:
                occ = [mm.start() for mm in re.finditer(re.escape(t), text)]
                n = seen.get(t, 0)
                if n >= len(occ) or occ[n] != start:
                    errors.append(f"{path.name}: label {t!r} is not occurrence {n + 1} in {text[:50]!r}")
                seen[t] = n + 1
                before = text[start - 1] if start else " "
                after = text[start + len(t)] if start + len(t) < len(text) else " "
                if before.isalnum() or after.isalnum():
                    errors.append(f"{path.name}: label {t!r} not at word boundary in {text[:50]!r}")
                rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
                out.append({"rule": rule, "text": t, "kind": kind})
            taglist = [x.strip() for x in tags.split(",") if x.strip()]
            taglist = [x for x in taglist if x != "clean"]
            if not out:
                taglist.insert(0, "clean")
            if acct == "personal" and "personal" not in taglist:
                taglist.append("personal")
            if photo and "photo" not in taglist:
                taglist.append("photo")
            posts.append({"category": cat, "account": acct, "photo": photo, "text": text,
                          "expected": out, "verdict": verdict(acct, out), "tags": taglist})
    return posts


def main():
    errors = []
    posts = parse(errors)
    for i, p in enumerate(posts, 1):
        p["id"] = f"z135-{i:03d}"
    posts = [{k: p[k] for k in ("id", "category", "account", "photo", "text", "expected", "verdict", "tags")} for p in posts]
    rows = pupils.pupil_rows()
    # consent_name_with_photo = yes only for pupils never named (forename, preferred, surname) in a photo post
    phototext = " ".join(p["text"] for p in posts if p["photo"]).casefold()
    for i, r in enumerate(rows):
        words = {r["forename"], r["preferred_forename"], r["surname"]} - {""}
        named = any(re.search(r"(?<!\w)" + re.escape(w.casefold()) + r"(?!\w)", phototext) for w in words)
        r["consent_name_with_photo"] = "yes" if (not named and i % 3 == 0) else "no"
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=True) + "\n")
    with open(OUT / "register_pupils.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    with open(OUT / "register_staff.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["title", "forename", "surname", "role", "consent_photo"])
        w.writerows(pupils.STAFF)
    (OUT / "school.json").write_text(json.dumps(pupils.SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for e in errors:
        print("ERROR:", e)
    print(f"built {len(posts)} posts, {sum(not p['expected'] for p in posts)} clean, "
          f"{sum(len(p['expected']) for p in posts)} labels; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
