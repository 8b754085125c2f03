"""Build set 126 from src/posts_*.txt and src/pupils.py.

Markup: a post starts with `### category | photo(p/-) | account(o/p) | tag, tag`; the lines after it
are the text. Labels inline as [[kind:text]], kinds fn full oth em ph ad dob upn hl ci.
[[upn:@Forename Surname]] inserts that pupil's UPN, [[upn:@@Forename Surname]] the UPN spaced 1-3-4-5.
\\uXXXX escapes (zero-width, nbsp, homoglyphs) are decoded after the markup is read.
Writes ../posts.jsonl, ../register_pupils.csv, ../register_staff.csv, ../school.json.
"""
import csv
import io
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import CLASSES, PUPILS, SCHOOL, STAFF, YY  # noqa: E402

from clearpost.register import upn as upn_rules  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE.parent
KINDS = {"fn": "forename", "full": "full_name", "oth": "other_person", "em": "email",
         "ph": "phone", "ad": "address", "dob": "dob", "upn": "upn", "hl": "health",
         "ci": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth",
        "upn": "text.pupil_record", "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def upns():
    out = {}
    for i, p in enumerate(PUPILS):
        body = "991" + "2640" + YY[p[3]] + str(101 + i)
        out[f"{p[0]} {p[1]}"] = upn_rules.check_letter(body) + body
    return out


UPNS = upns()


def decode(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def parse(raw, photo, errors, where):
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, flags=re.S):
        text += decode(raw[pos:m.start()])
        k, t = m.group(1), m.group(2)
        if k not in KINDS:
            errors.append(f"{where}: bad kind {k}")
            continue
        if k == "upn" and t.startswith("@"):
            u = UPNS[t.lstrip("@")]
            t = f"{u[0]} {u[1:4]} {u[4:8]} {u[8:]}" if t.startswith("@@") else u
        t = decode(t)
        kind = KINDS[k]
        rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
        labels.append({"rule": rule, "text": t, "kind": kind, "_at": len(text)})
        text += t
        pos = m.end()
    text += decode(raw[pos:])
    # strip and shift
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    seen = {}
    for l in labels:
        l["_at"] -= lead
        n = seen.get(l["text"], 0)
        starts = [m.start() for m in re.finditer(re.escape(l["text"]), text)]
        if n >= len(starts) or starts[n] != l["_at"]:
            errors.append(f"{where}: label {l['text']!r} is not occurrence #{n + 1} of its text")
        seen[l["text"]] = n + 1
        a, b = l["_at"], l["_at"] + len(l["text"])
        if (a > 0 and text[a - 1].isalnum() and l["text"][0].isalnum()) or (
            b < len(text) and text[b].isalnum() and l["text"][-1].isalnum()):
            errors.append(f"{where}: label {l['text']!r} not at word boundary")
        del l["_at"]
    return text, labels


def load(errors):
    posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        chunks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for ch in chunks[1:]:
            head, _, body = ch.partition("\n")
            parts = [x.strip() for x in head.split("|")]
            cat, ph, acct = parts[0], parts[1] == "p", {"o": "official", "p": "personal"}[parts[2]]
            tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
            pid = f"z126-{len(posts) + 1:03d}"
            text, labels = parse(body, ph, errors, f"{f.name} {pid}")
            if "\\n" in text:
                errors.append(f"{pid}: literal backslash-n")
            if not labels:
                tags = ["clean"] + [t for t in tags if t != "clean"]
            elif "clean" in tags:
                errors.append(f"{pid}: clean tag with labels")
            if acct == "personal" and "personal" not in tags:
                tags.append("personal")
            if ph and "photo" not in tags:
                tags.append("photo")
            for k in sorted({l["kind"] for l in labels}):
                t = k.replace("_", "-")
                if t not in tags:
                    tags.append(t)
            posts.append({"id": pid, "category": cat, "account": acct, "photo": ph, "text": text,
                          "expected": labels, "verdict": verdict(acct, labels), "tags": tags})
    return posts


def write_registers(posts):
    photo_text = " ".join(p["text"] for p in posts if p["photo"]).casefold()
    flat = lambda x: re.sub(r"[^a-z]", "", x.casefold().replace("\u200b", ""))
    named = [flat(l["text"]) for p in posts if p["photo"] for l in p["expected"]
             if l["kind"] in ("full_name", "forename")]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    yn = lambda b: "yes" if b else "no"
    for i, (fn, sn, pref, yr, soc, web, press, bio) in enumerate(PUPILS):
        names = [fn, sn] + ([pref] if pref else [])
        never = not any(re.search(r"\b" + re.escape(n.casefold()) + r"\b", photo_text) for n in names)
        inits = [flat(f[0] + sn[0]) for f in [fn] + ([pref] if pref else [])]
        never = never and not any(flat(f) in x for f in names[:1] + names[2:] for x in named) \
            and not any(x in inits for x in named)
        nwp = never and i % 3 != 0
        w.writerow([UPNS[f"{fn} {sn}"], fn, sn, pref, yr, CLASSES[yr], yn(soc), yn(web), yn(press),
                    yn(nwp), yn(bio)])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for t, fn, sn, role, cp in STAFF:
        w.writerow([t, fn, sn, role, yn(cp)])
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")


def main():
    errors = []
    posts = load(errors)
    for e in errors:
        print("ERROR:", e)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    write_registers(posts)
    (HERE / "upns.json").write_text(json.dumps(UPNS, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{len(posts)} posts, {sum(not p['expected'] for p in posts)} clean, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
