"""Build set 95 from src/: posts_*.txt markup -> posts.jsonl, register CSVs, school.json.

Markup: each post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
followed by its text (up to the next header; trailing blank lines dropped).
Labels are inline: [[kind:text]] with kind one of
    full fn other email phone addr dob upn health circ
[[upn:@Forename Surname]] inserts that pupil's UPN; [[upn:@@Forename Surname]] the same, spaced.
\\uXXXX escapes write zero-width spaces, non-breaking spaces and homoglyphs.
Run: python build.py   (writes into the set folder, one level up)
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
from pupils import ALLOC, CLASSES, PUPILS, SCHOOL, STAFF  # noqa: E402

try:
    from clearpost.register.upn import check_letter
except ImportError:  # pragma: no cover
    sys.exit("run with /work/main/.venv/bin/python and PYTHONPATH unset")

ESTAB = "4106"
KINDS = {
    "full": ("full_name", "text.pupil_full_name"),
    "fn": ("forename", None),
    "other": ("other_person", "text.other_person"),
    "email": ("email", "text.contact_details"),
    "phone": ("phone", "text.contact_details"),
    "addr": ("address", "text.contact_details"),
    "dob": ("dob", "text.date_of_birth"),
    "upn": ("upn", "text.pupil_record"),
    "health": ("health", "text.pupil_record"),
    "circ": ("circumstance", "text.pupil_record"),
}
SEV = {
    "official": {"text.pupil_forename": "info", "text.other_person": "warn"},
    "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"},
}
RANK = {"info": 0, "warn": 1, "block": 2}
INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00a0", "\u202f"}


def upns() -> dict:
    out = {}
    for i, p in enumerate(PUPILS):
        fore, sur, pref, year, la, late = p[:6]
        body = la + ESTAB + (late or ALLOC[year]) + f"{101 + i:03d}"
        out[f"{fore} {sur}"] = check_letter(body) + body
        if pref:
            out[f"{pref} {sur}"] = out[f"{fore} {sur}"]
    return out


def spaced(upn: str) -> str:
    return f"{upn[0]} {upn[1:4]} {upn[4:8]} {upn[8:10]} {upn[10:]}"


def decode(s: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


LABEL = re.compile(r"\[\[(\w+):(.*?)\]\]", re.S)


def parse_post(body: str, upn_map: dict, where: str):
    text, labels, pos = "", [], 0
    for m in LABEL.finditer(body):
        text += decode(body[pos : m.start()])
        kind, t = m.group(1), m.group(2)
        if kind not in KINDS:
            raise SystemExit(f"{where}: unknown kind {kind}")
        if kind == "upn" and t.startswith("@"):
            name = t.lstrip("@")
            t = spaced(upn_map[name]) if t.startswith("@@") else upn_map[name]
        t = decode(t)
        labels.append((len(text), kind, t))
        text += t
        pos = m.end()
    text += decode(body[pos:])
    return text, labels


def read_markup():
    posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        chunks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for chunk in chunks[1:]:
            head, _, body = chunk.partition("\n")
            posts.append((f.name, head.strip(), body.rstrip()))
    return posts


def main() -> int:
    upn_map = upns()
    errors, out = [], []
    for n, (fname, head, body) in enumerate(read_markup(), 1):
        pid = f"z95-{n:03d}"
        parts = [x.strip() for x in head.split("|")]
        if len(parts) != 4:
            errors.append(f"{pid} ({fname}): bad header {head!r}")
            continue
        category, photo, account, tags = parts
        photo = {"y": True, "n": False}[photo]
        account = {"o": "official", "p": "personal"}[account]
        tags = [t.strip() for t in tags.split(",") if t.strip()]
        text, labels = parse_post(body, upn_map, pid)
        if "\\" in text or "[[" in text or "]]" in text:
            errors.append(f"{pid}: backslash or markup left in text")
        seen = {}
        expected = []
        for start, kind, t in labels:
            k = seen.get(t, 0)
            seen[t] = k + 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) <= k or occ[k] != start:
                errors.append(f"{pid}: label {t!r} is not occurrence {k + 1} of its text")
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if (before.isalnum() and not t.startswith("#")) or after.isalnum():
                errors.append(f"{pid}: label {t!r} not at word boundaries")
            if t != t.strip():
                errors.append(f"{pid}: label {t!r} has outer spaces")
            kname, rule = KINDS[kind]
            if kind == "fn":
                rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            expected.append({"rule": rule, "text": t, "kind": kname})
        worst = None
        for lab in expected:
            sev = SEV[account].get(lab["rule"], "block")
            if worst is None or RANK[sev] > RANK[worst]:
                worst = sev
        verdict = "allow" if worst in (None, "info") else worst
        auto = []
        if not expected:
            auto.append("clean")
        if account == "personal":
            auto.append("personal")
        if photo:
            auto.append("photo")
        tags = auto + [t for t in tags if t not in auto]
        out.append(
            {
                "id": pid,
                "category": category,
                "account": account,
                "photo": photo,
                "text": text,
                "expected": expected,
                "verdict": verdict,
                "tags": tags,
            }
        )
    if errors:
        print("\n".join(errors))
        return 1

    # consent_name_with_photo: "no" for anyone whose forename/preferred name appears in a photo post
    photo_text = " ".join(p["text"] for p in out if p["photo"])
    squash = lambda x: re.sub(r"[\W_]", "", x).casefold()
    photo_labels = [squash(lab["text"]) for p in out if p["photo"] for lab in p["expected"]]
    lines = []
    for p in out:
        line = json.dumps(p, ensure_ascii=False)
        for ch in INVISIBLE:
            line = line.replace(ch, f"\\u{ord(ch):04x}")
        lines.append(line)
    (OUT / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for i, p in enumerate(PUPILS):
        fore, sur, pref, year, la, late, sm, web, press, bio = p
        names = {fore, pref} - {""}
        in_photo = any(re.search(rf"(?<!\w){re.escape(x)}(?!\w)", photo_text, re.I) for x in names)
        in_photo = in_photo or any(squash(x) in lab for x in names for lab in photo_labels)
        nwp = "no" if in_photo or i % 2 else "yes"
        w.writerow([upn_map[f"{fore} {sur}"], fore, sur, pref, f"Year {year}", CLASSES[year],
                    sm, web, press, nwp, bio])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(upn_map, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} posts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
