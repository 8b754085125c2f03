"""Build set 103 from src/posts_*.txt markup: posts.jsonl, register CSVs, school.json.

Markup: each post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
then its text. Inline labels [[kind:text]], kind one of fn full other email phone addr dob upn
health circ. {UPN:Forename Surname} / {UPNS:Forename Surname} insert a pupil's UPN plain or spaced.
\\uXXXX escapes give zero-width spaces, nbsp and homoglyphs.
"""
import csv, io, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
import pupils as reg

KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details", "address": "text.contact_details",
        "dob": "text.date_of_birth", "upn": "text.pupil_record", "health": "text.pupil_record",
        "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def main():
    rows = reg.pupils()
    upns = {f"{r['forename']} {r['surname']}": r["upn"] for r in rows}

    def upn_sub(m):
        u = upns[m.group(2)]
        return u if m.group(1) == "UPN" else f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"

    chunks = []
    for f in sorted(HERE.glob("posts_*.txt")):
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                cur = [line[4:], []]
                chunks.append(cur)
            elif line.startswith("%%"):
                continue
            elif cur is not None:
                cur[1].append(line)
    posts, errors = [], []
    for i, (head, body) in enumerate(chunks, 1):
        pid = f"z103-{i:03d}"
        parts = [p.strip() for p in head.split("|")]
        cat, photo, acct = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
        tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
        raw = "\n".join(body).strip("\n")
        raw = re.sub(r"\{(UPNS?):([^}]+)\}", upn_sub, raw)
        raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, re.S):
            text += raw[pos:m.start()]
            kind = KINDS[m.group(1)]
            t = m.group(2)
            start = len(text)
            text += t
            pos = m.end()
            rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
            labels.append({"rule": rule, "text": t, "kind": kind, "_start": start})
        text += raw[pos:]
        if "[[" in text or "]]" in text or "\\n" in text or "{UPN" in text:
            errors.append(f"{pid}: leftover markup or literal backslash-n")
        seen = {}
        for l in labels:
            t, s = l["text"], l.pop("_start")
            before = text[:s].count(t)  # substring occurrences before this one
            n = seen.get(t, 0)
            if before != n:
                errors.append(f"{pid}: label {t!r} is occurrence {before + 1} but label number {n + 1}")
            seen[t] = n + 1
            if (s > 0 and text[s - 1].isalnum()) or (s + len(t) < len(text) and text[s + len(t)].isalnum()):
                errors.append(f"{pid}: label {t!r} not at word boundaries")
        for l in labels:  # one descriptive tag per kind present
            kt = l["kind"].replace("_", "-")
            if kt not in tags:
                tags.append(kt)
        if not labels:
            tags = ["clean"] + [t for t in tags if t != "clean"]
        if acct == "personal" and "personal" not in tags:
            tags.append("personal")
        if photo and "photo" not in tags:
            tags.append("photo")
        posts.append({"id": pid, "category": cat, "account": acct, "photo": photo, "text": text,
                      "expected": labels, "verdict": verdict(acct, labels), "tags": tags})
    for e in errors:
        print("ERROR:", e)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    cols = ["upn", "forename", "surname", "preferred_forename", "year_group", "class", "consent_social_media",
            "consent_website", "consent_press", "consent_name_with_photo", "biometric_consent"]
    for name, data, keys in (("register_pupils.csv", rows, cols),
                             ("register_staff.csv", reg.staff(), ["staff_id", "title", "forename", "surname",
                                                                  "role", "consent_photo", "biometric_consent"])):
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=keys, lineterminator="\n")
        w.writeheader()
        w.writerows(data)
        (OUT / name).write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(reg.SCHOOL, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (OUT / "src" / "upns.json").write_text(json.dumps(upns, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"built {len(posts)} posts, {sum(len(p['expected']) for p in posts)} labels, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
