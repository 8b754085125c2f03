"""Build set 114 from src/: posts_*.txt markup -> posts.jsonl, register CSVs, school.json.

Markup: each post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
and its text follows (real line breaks kept). Inline labels [[kind:text]], kinds:
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} / {UPNS:...}
insert a pupil's UPN plain / spaced. \\uXXXX escapes are decoded (zero-width, nbsp, homoglyphs).
"""
import csv
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from pupils import PUPILS, STAFF, SCHOOL, CLASSES, ENTRY, LA, ESTAB  # noqa: E402

from clearpost.register import upn as upn_rules  # noqa: E402

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


def upns():
    out, serial = {}, 100
    for fn, sn, pref, year, _ in PUPILS:
        serial += 1
        body = LA + ESTAB + ENTRY[year] + f"{serial:03d}"
        out[f"{fn} {sn}"] = upn_rules.check_letter(body) + body
    return out


UPNS = upns()


def spaced(u):
    return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def decode(s):
    s = re.sub(r"\{UPN:([^}]+)\}", lambda m: UPNS[m.group(1)], s)
    s = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(UPNS[m.group(1)]), s)
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


LABEL = re.compile(r"\[\[(\w+):(.+?)\]\]", re.S)


def parse_post(body, photo, errors, pid):
    text, labels, pos = "", [], 0
    for m in LABEL.finditer(body):
        text += decode(body[pos:m.start()])
        kind = KINDS.get(m.group(1))
        if not kind:
            errors.append(f"{pid}: unknown kind {m.group(1)}")
            kind = "forename"
        t = decode(m.group(2))
        labels.append((len(text), kind, t))
        text += t
        pos = m.end()
    text += decode(body[pos:])
    # strip, keeping offsets right
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    labels = [(s - lead, k, t) for s, k, t in labels]
    out = []
    for s, kind, t in labels:
        before = text[s - 1] if s > 0 else " "
        after = text[s + len(t)] if s + len(t) < len(text) else " "
        if before.isalnum() or after.isalnum():
            errors.append(f"{pid}: label {t!r} not at word boundaries")
        rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
        out.append({"rule": rule, "text": t, "kind": kind, "_start": s})
    # nth label with the same text must be the nth occurrence
    by_text = {}
    for l in out:
        by_text.setdefault(l["text"], []).append(l["_start"])
    for t, starts in by_text.items():
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        if sorted(starts) != occ[: len(starts)]:
            errors.append(f"{pid}: label {t!r} is not the first {len(starts)} occurrence(s)")
    for l in out:
        del l["_start"]
    return text, out


def verdict(account, labels):
    worst = None
    for l in labels:
        sev = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


def read_posts(errors):
    posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        chunks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for chunk in chunks[1:]:
            head, _, body = chunk.partition("\n")
            parts = [p.strip() for p in head.split("|")]
            if len(parts) != 4:
                errors.append(f"{f.name}: bad header {head!r}")
                continue
            cat, ph, acct, tags = parts
            pid = f"z114-{len(posts) + 1:03d}"
            photo = ph == "photo y"
            account = "personal" if acct == "account p" else "official"
            text, labels = parse_post(body, photo, errors, pid)
            if "\\n" in text:
                errors.append(f"{pid}: literal backslash-n")
            tags = [t.strip() for t in tags.split(",") if t.strip()]
            tags = [t for t in tags if t not in ("clean", "personal", "photo")]
            if not labels:
                tags.insert(0, "clean")
            if account == "personal":
                tags.append("personal")
            if photo:
                tags.append("photo")
            posts.append({"id": pid, "category": cat, "account": account, "photo": photo,
                          "text": text, "expected": labels, "verdict": verdict(account, labels),
                          "tags": tags})
    return posts


def named_in_photo_posts(posts):
    named = set()
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] in ("full_name", "forename"):
                named.add(l["text"])
    return named


def sq(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[\W_]", "", s.translate(HOMO)).casefold()


HOMO = str.maketrans({"\u0430": "a", "\u0435": "e", "\u043e": "o", "\u041c": "M"})


def write_csvs(posts):
    named_text = " ".join(named_in_photo_posts(posts)).casefold()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for i, (fn, sn, pref, year, sm) in enumerate(PUPILS):
        shown = {sq(fn), sq(pref or fn)}
        in_photo = any(n in sq(named_text) for n in shown)
        nwp = "yes" if (not in_photo and i % 3 == 0) else "no"
        w.writerow([UPNS[f"{fn} {sn}"], fn, sn, pref, year, CLASSES[year], sm,
                    "no" if i % 11 == 5 else "yes", "yes" if i % 3 != 1 else "no", nwp,
                    "no" if i % 7 == 3 else "yes"])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo",
                "biometric_consent"])
    for row in STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")


def main():
    errors = []
    posts = read_posts(errors)
    # circumstance / health phrases never repeated
    seen = Counter(l["text"].casefold() for p in posts for l in p["expected"]
                   if l["kind"] in ("health", "circumstance"))
    errors += [f"repeated record phrase {t!r} x{c}" for t, c in seen.items() if c > 1]
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            line = json.dumps(p, ensure_ascii=False)
            line = re.sub(r"[\u00a0\u200b-\u200f\u2060\ufeff\u0400-\u04ff]",
                          lambda m: "\\u%04x" % ord(m.group(0)), line)
            fh.write(line + "\n")
    write_csvs(posts)
    (HERE / "upns.json").write_text(json.dumps(UPNS, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
          f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
