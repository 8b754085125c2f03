"""Build set 121 from src/: posts_*.txt markup -> ../posts.jsonl, ../register_*.csv, ../school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag, ...
and its text is every line up to the next header (trailing blank lines dropped; lines starting
with %% are comments). Labels are written inline as [[kind:text]] with kind one of
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} / {UPNS:Forename Surname}
insert that pupil's UPN plain / spaced. \\uXXXX escapes give zero-width spaces, nbsp, homoglyphs.
Rules follow kinds (fn -> pupil_name_with_photo in a photo post, else pupil_forename); verdicts follow
POLICY.md's default severities. The build stops on any label that is not at word boundaries or is
not the nth occurrence of its text.
"""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import ALLOC, CLASSES, PUPILS, SCHOOL, STAFF  # noqa: E402
from clearpost.register.upn import check_letter  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE.parent
SET = "121"
LA, EST = "935", "2417"
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
    out = {}
    for n, (fn, sn, _pref, yg, _c) in enumerate(PUPILS, 101):
        body = f"{LA}{EST}{ALLOC[yg]}{n}"
        out[f"{fn} {sn}"] = check_letter(body) + body
    return out


UPNS = upns()


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def unescape(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def sub_upn(s):
    def rep(m):
        u = UPNS[m.group(2)]
        return u if m.group(1) == "UPN" else f"{u[:4]} {u[4:8]} {u[8:10]} {u[10:]}"
    return re.sub(r"\{(UPNS?):([^}]+)\}", rep, s)


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def parse_files():
    raw = []
    for f in sorted(HERE.glob("posts_*.txt")):
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("%%"):
                continue
            m = re.match(r"^### (.+?) \| ([yn]) \| ([op]) \|(.*)$", line)
            if m:
                cur = {"head": m.groups(), "lines": [], "file": f.name}
                raw.append(cur)
            elif line.startswith("###"):
                sys.exit(f"bad header in {f.name}: {line}")
            elif cur is not None:
                cur["lines"].append(line)
    return raw


def build_post(n, r, errors):
    cat, photo, acct, tags = r["head"]
    photo = photo == "y"
    account = "official" if acct == "o" else "personal"
    tags = [t.strip() for t in tags.split(",") if t.strip()]
    lines = r["lines"]
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    src = sub_upn("\n".join(lines))
    text, labels, pos = "", [], []
    last = 0
    for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", src, flags=re.S):
        text += unescape(src[last:m.start()])
        kind = KINDS.get(m.group(1))
        if not kind:
            errors.append(f"post {n}: unknown kind {m.group(1)}")
            kind = "forename"
        t = unescape(m.group(2))
        pos.append(len(text))
        text += t
        rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
        labels.append({"rule": rule, "text": t, "kind": kind})
        last = m.end()
    text += unescape(src[last:])
    pid = f"z{SET}-{n:03d}"
    if "[[" in text or "]]" in text or "{UPN" in text:
        errors.append(f"{pid}: leftover markup")
    if "\\n" in text:
        errors.append(f"{pid}: literal backslash-n")
    seen = {}
    for l, p in zip(labels, pos):
        t = l["text"]
        seen[t] = seen.get(t, 0) + 1
        starts = [m.start() for m in re.finditer(re.escape(t), text)]
        if starts[seen[t] - 1] != p:
            errors.append(f"{pid}: label {t!r} is not occurrence #{seen[t]} of its text")
        before = text[p - 1] if p else " "
        after = text[p + len(t)] if p + len(t) < len(text) else " "
        if (t[0].isalnum() and before.isalnum()) or (t[-1].isalnum() and after.isalnum()):
            errors.append(f"{pid}: label {t!r} not at word boundaries")
    for t in ("clean", "personal", "photo"):
        if t in tags:
            tags.remove(t)
    if not labels:
        tags.insert(0, "clean")
    if account == "personal":
        tags.append("personal")
    if photo:
        tags.append("photo")
    return {"id": pid, "category": cat, "account": account, "photo": photo, "text": text,
            "expected": labels, "verdict": verdict(account, labels), "tags": tags}


def main():
    errors = []
    posts = [build_post(n, r, errors) for n, r in enumerate(parse_files(), 1)]
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    # consent_name_with_photo: "no" for anyone whose forename/preferred name appears in a photo post
    photo_text = fold(" ".join(p["text"] for p in posts if p["photo"]))
    with open(OUT / "register_pupils.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                    "consent_social_media", "consent_website", "consent_press",
                    "consent_name_with_photo", "biometric_consent"])
        for i, (fn, sn, pref, yg, sm) in enumerate(PUPILS):
            named = any(re.search(r"(?<!\w)" + re.escape(fold(x)) + r"(?!\w)", photo_text)
                        for x in (fn, pref) if x)
            nwp = "no" if named or i % 3 else "yes"
            web = "no" if i % 11 == 4 else "yes"
            press = "yes" if i % 2 == 0 else "no"
            bio = "no" if i % 6 == 5 else "yes"
            w.writerow([UPNS[f"{fn} {sn}"], fn, sn, pref, yg, CLASSES[yg], sm, web, press, nwp, bio])
    with open(OUT / "register_staff.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo",
                    "biometric_consent"])
        w.writerows(STAFF)
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"built {len(posts)} posts")


if __name__ == "__main__":
    main()
