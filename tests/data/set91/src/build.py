"""Build set 91 from src/: posts_*.txt (markup) + pupils.py -> posts.jsonl, CSVs, school.json.

Markup (one post per block):
    ### category | photo y/n | account o/p | tag, tag
    text ... with [[kind:label text]] around each finding; kinds:
    fn full other email phone addr dob upn health circ
    {UPN:Forename Surname} inserts that pupil's UPN, {UPNS:...} the same UPN spaced out.
    \\uXXXX escapes are decoded (zero-width, nbsp, Cyrillic homoglyphs).
Run: env -u PYTHONPATH /work/main/.venv/bin/python src/build.py
"""
import csv
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

from clearpost.register.upn import check_letter

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
sys.path.insert(0, str(SRC))
from pupils import (BIOMETRIC_NO, CLASSES, NO_SOCIAL, NO_WEBSITE, PRESS_YES_EVERY, PUPILS,  # noqa: E402
                    SCHOOL, STAFF)

SET = "91"
KINDS = {
    "fn": ("forename", None), "full": ("full_name", "text.pupil_full_name"),
    "other": ("other_person", "text.other_person"), "email": ("email", "text.contact_details"),
    "phone": ("phone", "text.contact_details"), "addr": ("address", "text.contact_details"),
    "dob": ("dob", "text.date_of_birth"), "upn": ("upn", "text.pupil_record"),
    "health": ("health", "text.pupil_record"), "circ": ("circumstance", "text.pupil_record"),
}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
AUTO_TAGS = {"full_name": "full-name", "forename": "forename", "other_person": "other-person",
             "email": "email", "phone": "phone", "address": "address", "dob": "dob", "upn": "upn",
             "health": "health", "circumstance": "circumstance"}


def fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def upns() -> dict:
    out = {}
    for i, (fn, sn, _pref, _yr, la, yy) in enumerate(PUPILS):
        body = f"{la}2417{yy}{101 + i:03d}"
        out[f"{fn} {sn}"] = check_letter(body) + body
    return out


UPNS = upns()


def expand_upn(m):
    value = UPNS[m.group(2)]
    if m.group(1) == "UPNS":
        return f"{value[0]} {value[1:4]} {value[4:8]} {value[8:10]} {value[10:]}"
    return value


def parse_block(header: str, body: str):
    parts = [p.strip() for p in header.split("|")]
    category, photo, account = parts[0], parts[1], parts[2]
    tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
    assert photo in ("photo y", "photo n"), header
    assert account in ("account o", "account p"), header
    photo = photo == "photo y"
    account = "official" if account == "account o" else "personal"
    body = re.sub(r"\{(UPNS?):([^}]+)\}", expand_upn, body)
    body = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), body)
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, re.S):
        text += body[pos:m.start()]
        kind, rule = KINDS[m.group(1)]
        if kind == "forename":
            rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
        labels.append((len(text), {"rule": rule, "text": m.group(2), "kind": kind}))
        text += m.group(2)
        pos = m.end()
    text += body[pos:]
    assert "[[" not in text and "]]" not in text, text
    return category, photo, account, tags, text, labels


def verdict(account, labels):
    worst = None
    for lab in labels:
        s = SEV[account].get(lab["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def main():
    posts, problems = [], []
    files = sorted(SRC.glob("posts_*.txt"))
    blocks = []
    for f in files:
        raw = f.read_text(encoding="utf-8")
        for chunk in re.split(r"^### ", raw, flags=re.M)[1:]:
            header, _, body = chunk.partition("\n")
            blocks.append((header, body.strip("\n")))
    for n, (header, body) in enumerate(blocks, 1):
        pid = f"z{SET}-{n:03d}"
        category, photo, account, tags, text, spans = parse_block(header, body)
        seen = {}
        for start, lab in spans:
            t = lab["text"]
            k = seen.get(t, 0)
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) <= k or occ[k] != start:
                problems.append(f"{pid}: label {t!r} is not occurrence {k + 1} of its text")
            seen[t] = k + 1
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if (before.isalnum() and t[0].isalnum()) or (after.isalnum() and t[-1].isalnum()):
                problems.append(f"{pid}: label {t!r} not at a word boundary")
        labels = [lab for _s, lab in spans]
        if "\\n" in text:
            problems.append(f"{pid}: literal backslash-n")
        all_tags = list(tags)
        extra = []
        if not labels:
            extra.append("clean")
        if account == "personal":
            extra.append("personal")
        if photo:
            extra.append("photo")
        for lab in labels:
            extra.append(AUTO_TAGS[lab["kind"]])
        for t in extra:
            if t not in all_tags:
                all_tags.append(t)
        posts.append({"id": pid, "category": category, "account": account, "photo": photo,
                      "text": text, "expected": labels, "verdict": verdict(account, labels),
                      "tags": all_tags})
    if len(posts) != 220:
        problems.append(f"{len(posts)} posts, want 220")

    # consent_name_with_photo: yes only for some pupils whose names never appear in a photo post
    photo_text = fold(" ".join(p["text"] for p in posts if p["photo"])).casefold()
    def in_photo(fn, sn, pref):
        words = {fold(w).casefold() for w in (fn, sn, pref) if w}
        if any(re.search(r"\b" + re.escape(w) + r"\b", photo_text) for w in words):
            return True
        inits = {f"{x[0]}.{sn[0]}.".casefold() for x in (fn, pref) if x}
        return any(i in photo_text for i in inits)
    nwp = [f"{fn} {sn}" for fn, sn, pref, *_ in PUPILS if not in_photo(fn, sn, pref)][:9]

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    yn = lambda b: "yes" if b else "no"
    for i, (fn, sn, pref, yr, _la, _yy) in enumerate(PUPILS):
        name = f"{fn} {sn}"
        w.writerow([UPNS[name], fn, sn, pref, yr, CLASSES[yr], yn(name not in NO_SOCIAL),
                    yn(name not in NO_WEBSITE), yn(i % PRESS_YES_EVERY == 0), yn(name in nwp),
                    yn(name not in BIOMETRIC_NO)])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    w.writerows(STAFF)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    esc = re.compile("[\u00a0\u200b\u200c\u200d\u2060\ufeff\u0400-\u04ff]")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            line = json.dumps(p, ensure_ascii=False)
            fh.write(esc.sub(lambda m: f"\\u{ord(m.group()):04x}", line) + "\n")
    for p in problems:
        print("PROBLEM:", p)
    print(f"built {len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean; "
          f"name_with_photo yes: {', '.join(nwp)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
