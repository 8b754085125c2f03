"""Build set 97 from src/: posts_0*.txt markup -> posts.jsonl, register CSVs, school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
followed by its text (real line breaks). Labels inline as [[kind:text]] with kind one of
    full fn other email phone addr dob upn upns health circ
(`upn` / `upns` take a register pupil's "Forename Surname" and insert the UPN plain / spaced).
`\\uXXXX` in the text becomes that character (zero-width, nbsp, homoglyphs).
Run with the project's venv and PYTHONPATH unset (clearpost.register.upn for check letters).
"""

import csv
import io
import json
import re
import sys
from pathlib import Path

from clearpost.register import upn as upn_rules

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from pupils import CLASSES, PUPILS, SCHOOL, SERIAL_START, STAFF  # noqa: E402

KIND = {
    "full": ("full_name", None),
    "fn": ("forename", None),
    "other": ("other_person", "text.other_person"),
    "email": ("email", "text.contact_details"),
    "phone": ("phone", "text.contact_details"),
    "addr": ("address", "text.contact_details"),
    "dob": ("dob", "text.date_of_birth"),
    "upn": ("upn", "text.pupil_record"),
    "upns": ("upn", "text.pupil_record"),
    "health": ("health", "text.pupil_record"),
    "circ": ("circumstance", "text.pupil_record"),
}
SEV = {
    "official": {"text.pupil_forename": "info", "text.other_person": "warn"},
    "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"},
}
RANK = {"info": 0, "warn": 1, "block": 2}
ESC = re.compile(r"\\u([0-9a-fA-F]{4})")
MARK = re.compile(r"\[\[(\w+):(.+?)\]\]", re.S)


def upns():
    out = {}
    for i, p in enumerate(PUPILS):
        body = f"{p[4]}2614{p[5]}{SERIAL_START + i}"
        out[f"{p[0]} {p[1]}"] = upn_rules.check_letter(body) + body
    return out


UPNS = upns()


def parse_posts():
    posts = []
    for f in sorted(HERE.glob("posts_0*.txt")):
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                if cur:
                    posts.append(cur)
                head = [h.strip() for h in line[4:].split("|")]
                cur = {"head": head, "lines": [], "file": f.name}
            elif cur is not None:
                cur["lines"].append(line)
        if cur:
            posts.append(cur)
    return posts


def render(raw, pid):
    raw = ESC.sub(lambda m: chr(int(m.group(1), 16)), raw)
    out, labels, pos = [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        pre = raw[pos:m.start()]
        out.append(pre)
        length += len(pre)
        kind, t = m.group(1), m.group(2)
        if kind not in KIND:
            raise SystemExit(f"{pid}: unknown kind {kind}")
        if kind in ("upn", "upns"):
            if t not in UPNS:
                raise SystemExit(f"{pid}: no pupil {t}")
            u = UPNS[t]
            t = u if kind == "upn" else f"{u[:4]} {u[4:8]} {u[8:10]} {u[10:]}"
        labels.append((kind, t, length))
        out.append(t)
        length += len(t)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{UPN" in text:
        raise SystemExit(f"{pid}: stray markup")
    return text, labels


def main():
    posts, problems = [], []
    for n, p in enumerate(parse_posts(), 1):
        pid = f"z97-{n:03d}"
        cat, photo, acct, tags = (p["head"] + [""] * 4)[:4]
        photo = {"y": True, "n": False}[photo]
        acct = {"o": "official", "p": "personal"}[acct]
        raw = "\n".join(p["lines"]).strip("\n")
        text, labels = render(raw, pid)
        if "\\n" in text:
            problems.append(f"{pid}: literal backslash-n")
        expected, worst = [], None
        by_text = {}
        for kind, t, start in labels:
            k, rule = KIND[kind]
            if k == "forename":
                rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            elif k == "full_name":
                rule = "text.pupil_full_name"
            expected.append({"rule": rule, "text": t, "kind": k})
            by_text.setdefault(t, []).append(start)
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if (before.isalnum() and not t[0] in "#") or after.isalnum():
                problems.append(f"{pid}: label {t!r} not at a word boundary")
            sev = SEV[acct].get(rule, "block")
            if worst is None or RANK[sev] > RANK[worst]:
                worst = sev
        for t, starts in by_text.items():
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if sorted(starts) != occ[: len(starts)]:
                problems.append(f"{pid}: label {t!r} is not the first {len(starts)} occurrence(s)")
        verdict = "allow" if worst in (None, "info") else worst
        taglist = [x.strip() for x in tags.split(",") if x.strip()]
        if acct == "personal" and "personal" not in taglist:
            taglist.append("personal")
        if photo and "photo" not in taglist:
            taglist.append("photo")
        taglist = [x for x in taglist if x != "clean"]
        if not expected:
            taglist.insert(0, "clean")
        posts.append({"id": pid, "category": cat, "account": acct, "photo": photo, "text": text,
                      "expected": expected, "verdict": verdict, "tags": taglist})
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for post in posts:
            f.write(json.dumps(post, ensure_ascii=False) + "\n")

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for p in PUPILS:
        yr = "Reception" if p[3] == "R" else f"Year {p[3]}"
        w.writerow([UPNS[f"{p[0]} {p[1]}"], p[0], p[1], p[2], yr, CLASSES[p[3]], *p[6:11]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo",
                "biometric_consent"])
    for s in STAFF:
        w.writerow(s)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"wrote {len(posts)} posts")


if __name__ == "__main__":
    main()
