"""Build set 124 from src/: posts_*.txt markup -> posts.jsonl, register CSVs, school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
and its text runs to the next header. Inline labels: [[kind:text]] with kind one of
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} inserts that pupil's
UPN, {UPNS:...} the same spaced out. \\uXXXX escapes give zero-width, nbsp and homoglyphs.
Rule comes from kind (+ photo for forenames); verdict from POLICY.md default severities.
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
from register import CLASSES, PUPILS, SCHOOL, STAFF, YEARS  # noqa: E402

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
LA, ESTAB = "908", "2417"


def check_letter(digits):
    from clearpost.register import upn
    return upn.check_letter(digits)


def upns():
    out = {}
    for n, p in enumerate(PUPILS, 1):
        digits = LA + ESTAB + YEARS[p[3]] + f"{n:03d}"
        out[f"{p[0]} {p[1]}"] = check_letter(digits) + digits
    return out


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def parse(errors):
    u = upns()

    def upn_sub(m):
        val = u[m.group(2)]
        if m.group(1) == "UPNS":
            val = f"{val[0]} {val[1:4]} {val[4:8]} {val[8:10]} {val[10:]}"
        return val

    posts = []
    files = sorted(HERE.glob("posts_*.txt"))
    for f in files:
        raw = f.read_text(encoding="utf-8")
        chunks = re.split(r"^### ", raw, flags=re.M)[1:]
        for ch in chunks:
            head, _, body = ch.partition("\n")
            parts = [x.strip() for x in head.split("|")]
            cat, photo, acct = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
            tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
            body = body.strip("\n")
            body = re.sub(r"\{(UPNS?):([^}]+)\}", upn_sub, body)
            body = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), body)
            text, labels, pos = "", [], 0
            for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, flags=re.S):
                text += body[pos:m.start()]
                kind = KINDS[m.group(1)]
                start = len(text)
                text += m.group(2)
                labels.append((kind, m.group(2), start))
                pos = m.end()
            text += body[pos:]
            if "[[" in text or "]]" in text:
                errors.append(f"{f.name}: stray markup in {text[:60]!r}")
            exp = []
            seen = {}
            for kind, t, start in labels:
                if kind == "forename":
                    rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
                else:
                    rule = RULE[kind]
                seen[t] = seen.get(t, 0) + 1
                occ = [m.start() for m in re.finditer(re.escape(t), text)]
                if len(occ) < seen[t] or occ[seen[t] - 1] != start:
                    errors.append(f"{f.name}: label {t!r} is not occurrence #{seen[t]} in {text[:70]!r}")
                exp.append({"rule": rule, "text": t, "kind": kind})
            tags = [t for t in tags if t not in ("clean", "personal", "photo")]
            if not exp:
                tags.insert(0, "clean")
            if acct == "personal":
                tags.append("personal")
            if photo:
                tags.append("photo")
            posts.append({"category": cat, "account": acct, "photo": photo, "text": text,
                          "expected": exp, "verdict": verdict(acct, exp), "tags": tags})
    return posts


def main():
    errors = []
    posts = parse(errors)
    import random
    random.Random(124).shuffle(posts)  # interleave the four source files
    for n, p in enumerate(posts, 1):
        p["id"] = f"z124-{n:03d}"
    order = ("id", "category", "account", "photo", "text", "expected", "verdict", "tags")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps({k: p[k] for k in order}, ensure_ascii=False) + "\n")
    # consent_name_with_photo: yes only for some pupils never named in a photo post
    photo_words = " ".join(l["text"] for p in posts if p["photo"] for l in p["expected"]
                           if l["kind"] in ("forename", "full_name"))
    u = upns()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    k = 0
    for fn, sn, pref, yr, soc, web, press, bio in PUPILS:
        named = any(re.search(r"\b" + re.escape(x) + r"\b", photo_words, re.I)
                    for x in (fn, pref) if x)
        nwp = "no"
        if not named:
            k += 1
            nwp = "yes" if k % 2 else "no"
        w.writerow([u[f"{fn} {sn}"], fn, sn, pref, yr, CLASSES[yr], soc, web, press, nwp, bio])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for row in STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(u, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for e in errors:
        print("ERROR:", e)
    print(f"built {len(posts)} posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
