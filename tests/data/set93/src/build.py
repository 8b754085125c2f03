"""Build set 93 from src/: posts_*.txt markup -> posts.jsonl, register CSVs, school.json.

Markup: each post starts with a header line
    ### category | photo y/n | account o/p | tag, tag, ...
followed by its text (real line breaks; trailing blank lines dropped). Inline labels are
[[kind:text]] with kinds fn full other email phone addr dob upn health circ.
{{UPN Forename Surname}} / {{UPNS Forename Surname}} insert the pupil's UPN plain / spaced.
\\uXXXX escapes (zero-width, nbsp, homoglyphs) are decoded.
"""
import csv
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from pupils import PUPILS, STAFF, SCHOOL, ESTABLISHMENT  # noqa: E402

from clearpost.register.upn import check_letter  # noqa: E402

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
SEV = {
    "official": {"text.pupil_forename": "info", "text.other_person": "warn"},
    "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"},
}
RANK = {"info": 0, "warn": 1, "block": 2}


def upns():
    out = {}
    for i, p in enumerate(PUPILS):
        body = p[5] + ESTABLISHMENT + p[6] + str(101 + i)
        out[f"{p[0]} {p[1]}"] = check_letter(body) + body
    return out


UPNS = upns()


def expand(text):
    def rep(m):
        u = UPNS[m.group(2)]
        if m.group(1) == "UPNS":
            return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"
        return u
    text = re.sub(r"\{\{(UPNS?) ([^}]+)\}\}", rep, text)
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)


def parse_block(header, body, errors):
    parts = [x.strip() for x in header.split("|")]
    category, photo, account = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
    tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
    raw = expand(body)
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, flags=re.S):
        text += raw[pos:m.start()]
        kind = KINDS[m.group(1)]
        start = len(text)
        text += m.group(2)
        labels.append((kind, m.group(2), start))
        pos = m.end()
    text += raw[pos:]
    if "[[" in text or "]]" in text or "{{" in text:
        errors.append(f"unparsed markup in: {text[:60]!r}")
    out, seen = [], {}
    for kind, t, start in labels:
        seen[t] = seen.get(t, 0) + 1
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        if occ[seen[t] - 1] != start:
            errors.append(f"label {t!r} is not its text's occurrence #{seen[t]}: {text[:60]!r}")
        before = text[start - 1] if start else " "
        after = text[start + len(t)] if start + len(t) < len(text) else " "
        if before.isalnum() or after.isalnum():
            errors.append(f"label {t!r} not at word boundary: {text[:60]!r}")
        if kind == "forename":
            rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
        else:
            rule = RULE[kind]
        out.append({"rule": rule, "text": t, "kind": kind})
    worst = None
    for l in out:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    verdict = "allow" if worst in (None, "info") else worst
    if not out and "clean" not in tags:
        tags = ["clean"] + tags
    if out and "clean" in tags:
        errors.append(f"clean tag on labelled post {text[:50]!r}")
    if account == "personal" and "personal" not in tags:
        tags.append("personal")
    if photo and "photo" not in tags:
        tags.append("photo")
    return {"category": category, "account": account, "photo": photo, "text": text,
            "expected": out, "verdict": verdict, "tags": tags}


def load_posts(errors):
    posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        blocks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for b in blocks[1:]:
            header, _, body = b.partition("\n")
            body = body.rstrip("\n").rstrip()
            posts.append(parse_block(header, body, errors))
    return posts


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L")


def photo_named(posts):
    """Pupils whose forename, preferred name or surname appears in any photo post (conservative)."""
    named = set()
    for p in posts:
        if not p["photo"]:
            continue
        t = fold(p["text"]).lower()
        for fn, sn, pref, *_ in PUPILS:
            for w in (fn, pref):
                if w and re.search(r"(?<!\w)" + re.escape(fold(w).lower()) + r"(?!\w)", t):
                    named.add((fn, sn))
        for l in p["expected"]:
            if l["kind"] in ("forename", "full_name"):
                for fn, sn, pref, *_ in PUPILS:
                    if re.search(r"\b" + re.escape(fold(sn).lower()), fold(l["text"]).lower()):
                        named.add((fn, sn))
                initials = re.sub(r"[^A-Za-z]", "", l["text"]).upper()
                if len(initials) == 2:
                    for fn, sn, pref, *_ in PUPILS:
                        for f in (fn, pref):
                            if f and (fold(f)[0] + fold(sn)[0]).upper() == initials:
                                named.add((fn, sn))
    return named


def write_csvs(posts):
    named = photo_named(posts)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    no_social = {"Kayden Ferrier", "Lacey Doig", "Rama Darwish"}
    counts = {}
    for i, (fn, sn, pref, yr, cls, *_rest) in enumerate(PUPILS):
        key = f"{fn} {sn}"
        social = "no" if key in no_social else "yes"
        website = "no" if key in no_social or i % 11 == 5 else "yes"
        press = "yes" if i % 5 in (0, 2) else "no"
        nwp = "no" if (fn, sn) in named else ("yes" if i % 3 != 1 else "no")
        bio = "no" if i % 6 == 4 else "yes"
        row = [UPNS[key], fn, sn, pref, yr, cls, social, website, press, nwp, bio]
        for c, v in zip(["social", "website", "press", "nwp", "bio"], row[6:]):
            counts[c] = counts.get(c, 0) + (v == "yes")
        w.writerow(row)
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for i, s in enumerate(STAFF, 1):
        w.writerow([f"LB{i:02d}", *s])
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    return counts


def main():
    errors = []
    posts = load_posts(errors)
    for i, p in enumerate(posts, 1):
        p["id"] = f"z93-{i:03d}"
    fields = ("id", "category", "account", "photo", "text", "expected", "verdict", "tags")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps({k: p[k] for k in fields}, ensure_ascii=False) + "\n")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = write_csvs(posts)
    (HERE / "upns.json").write_text(json.dumps(UPNS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts; register yes counts {counts}; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
