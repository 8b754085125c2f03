"""Build set 101: posts_*.txt markup -> ../posts.jsonl, ../register_*.csv, ../school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
and runs to the next header. Labels are [[kind:text]] with kinds
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} and
{UPNS:Forename Surname} insert that pupil's UPN plain or spaced. \\uXXXX escapes
give zero-width characters, non-breaking spaces and homoglyphs.
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
from pupils import CLASSES, PUPILS, SCHOOL, STAFF  # noqa: E402

try:
    from clearpost.register.upn import check_letter
except ImportError:
    sys.exit("run with /work/main/.venv/bin/python, PYTHONPATH unset")

KINDS = {
    "fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
    "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
    "circ": "circumstance",
}
RULE = {
    "full_name": "text.pupil_full_name", "other_person": "text.other_person",
    "email": "text.contact_details", "phone": "text.contact_details",
    "address": "text.contact_details", "dob": "text.date_of_birth",
    "upn": "text.pupil_record", "health": "text.pupil_record", "circumstance": "text.pupil_record",
}
SEV = {
    "official": {"text.pupil_forename": "info", "text.other_person": "warn"},
    "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"},
}
RANK = {"info": 0, "warn": 1, "block": 2}


def upn_for(i: int) -> str:
    # fictional LA 798, establishment 2041, year of allocation, serial 101..
    yr = {"Nursery": "23", "P1": "22", "P2": "21", "P3": "20", "P4": "19", "P5": "18",
          "P6": "17", "P7": "16"}[PUPILS[i][3]]
    body = f"7982041{yr}{101 + i}"
    return check_letter(body) + body


UPNS = {f"{p[0]} {p[1]}": upn_for(i) for i, p in enumerate(PUPILS)}


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def parse(files):
    posts, errors = [], []
    for f in files:
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                if cur:
                    posts.append(cur)
                parts = [p.strip() for p in line[4:].split("|")]
                if len(parts) != 4:
                    errors.append(f"{f.name}: bad header {line!r}")
                cur = {"head": parts, "lines": [], "src": f.name}
            elif cur is not None:
                cur["lines"].append(line)
        if cur:
            posts.append(cur)
    return posts, errors


def render(raw, pid, errors):
    def upn_sub(m):
        name = m.group(2)
        if name not in UPNS:
            errors.append(f"{pid}: unknown pupil for UPN {name!r}")
            return "X"
        u = UPNS[name]
        return u if m.group(1) == "UPN" else " ".join([u[:1], u[1:4], u[4:8], u[8:]])

    raw = re.sub(r"\{(UPNS?):([^}]+)\}", upn_sub, raw)
    raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, flags=re.S):
        text += raw[pos:m.start()]
        kind = KINDS.get(m.group(1))
        if not kind:
            errors.append(f"{pid}: unknown kind {m.group(1)}")
        labels.append((kind, m.group(2), len(text)))
        text += m.group(2)
        pos = m.end()
    text += raw[pos:]
    if "[[" in text or "]]" in text:
        errors.append(f"{pid}: stray markup")
    return text, labels


def main():
    files = sorted(HERE.glob("posts_*.txt"))
    raw_posts, errors = parse(files)
    out = []
    for n, rp in enumerate(raw_posts, 1):
        pid = f"z101-{n:03d}"
        category, photo, account, tags = rp["head"]
        photo = {"y": True, "n": False}[photo]
        account = {"o": "official", "p": "personal"}[account]
        tags = [t.strip() for t in tags.split(",") if t.strip()]
        raw = "\n".join(rp["lines"]).strip("\n ")
        text, labs = render(raw, pid, errors)
        if "\\n" in text or "\\" in text:
            errors.append(f"{pid}: backslash in text")
        expected, seen = [], {}
        for kind, t, start in labs:
            seen[t] = seen.get(t, 0) + 1
            starts = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(starts) < seen[t] or starts[seen[t] - 1] != start:
                errors.append(f"{pid}: label {t!r} is not occurrence {seen[t]} of its text")
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if (t[0].isalnum() and before.isalnum()) or (t[-1].isalnum() and after.isalnum()):
                errors.append(f"{pid}: label {t!r} not at word boundary")
            rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
            expected.append({"rule": rule, "text": t, "kind": kind})
        if not expected and "clean" not in tags:
            tags.insert(0, "clean")
        if expected and "clean" in tags:
            errors.append(f"{pid}: tagged clean but has labels")
        if account == "personal" and "personal" not in tags:
            tags.append("personal")
        if photo and "photo" not in tags:
            tags.append("photo")
        out.append({"id": pid, "category": category, "account": account, "photo": photo,
                    "text": text, "expected": expected, "verdict": verdict(account, expected),
                    "tags": tags})
    if len(out) != 220:
        errors.append(f"{len(out)} posts, want 220")

    # consent_name_with_photo: 'no' for any pupil named in a photo post
    def fold(s):
        return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()

    photo_names = " ".join(fold(l["text"]) for p in out if p["photo"] for l in p["expected"]
                           if l["kind"] in ("forename", "full_name"))
    photo_words = set(re.findall(r"\w+", photo_names))
    rows = []
    for i, (fn, sn, pref, yr, soc, web, press, bio) in enumerate(PUPILS):
        named = any(fold(w) in photo_words for w in filter(None, re.split(r"[- ]", f"{fn} {pref}")))
        nwp = "no" if named or i % 3 else "yes"
        yn = lambda v: "yes" if v else "no"
        rows.append([UPNS[f"{fn} {sn}"], fn, sn, pref, yr, f"{yr} {CLASSES[yr]}", yn(soc), yn(web),
                     yn(press), nwp, yn(bio)])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    w.writerows(rows)
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    w.writerows(STAFF)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in out:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    for e in errors:
        print("ERROR:", e)
    print(f"built {len(out)} posts, {sum(1 for p in out if not p['expected'])} clean, "
          f"{sum(len(p['expected']) for p in out)} labels; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
