"""Build set 94: src/posts_*.txt markup -> ../posts.jsonl, ../register_*.csv, ../school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag, ...
followed by its text (line breaks kept; trailing blank lines dropped). Labels are inline:
    [[kind:text]]   kind in fn full other email phone addr dob upn health circ
    {UPN:Forename Surname}  the pupil's UPN, labelled upn;  {UPNS:...} the same, spaced.
\\uXXXX escapes write zero-width spaces, non-breaking spaces and homoglyphs.
Checks: each label is at word boundaries and its text's k-th label is the k-th occurrence.
"""

import csv
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import CLASSES, NO_BIOMETRIC, NO_PRESS, NO_SOCIAL, NO_WEBSITE, PUPILS, SCHOOL, STAFF  # noqa: E402

from clearpost.register import upn as upn_rules  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE.parent
NN = "94"
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


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def upns() -> dict:
    out = {}
    for n, (fore, sur, _pref, _year, la, yy) in enumerate(PUPILS, 101):
        body = f"{la}2417{yy}{n:03d}"
        out[f"{fore} {sur}"] = upn_rules.check_letter(body) + body
    return out


UPNS = upns()


def verdict(account: str, labels: list) -> str:
    worst = None
    for lab in labels:
        sev = SEV[account].get(lab["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


def unescape(s: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


TOKEN = re.compile(r"\[\[(\w+):(.+?)\]\]|\{(UPNS?):([^}]+)\}", re.S)


def render(raw: str, where: str):
    text, labels, pos = "", [], 0
    for m in TOKEN.finditer(raw):
        text += unescape(raw[pos:m.start()])
        if m.group(1):
            kind = KINDS.get(m.group(1))
            if not kind:
                raise SystemExit(f"{where}: unknown kind {m.group(1)}")
            t = unescape(m.group(2))
        else:
            kind = "upn"
            t = UPNS[m.group(4).strip()]
            if m.group(3) == "UPNS":
                t = f"{t[0]} {t[1:5]} {t[5:9]} {t[9:]}"
        labels.append((len(text), kind, t))
        text += t
        pos = m.end()
    text += unescape(raw[pos:])
    return text, labels


def parse(path: Path):
    posts, cur = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            if cur:
                posts.append(cur)
            parts = [p.strip() for p in line[4:].split("|")]
            if len(parts) != 4:
                raise SystemExit(f"{path.name}: bad header {line!r}")
            cur = {"hdr": parts, "lines": [], "src": f"{path.name}:{line[:50]}"}
        elif cur is not None:
            cur["lines"].append(line)
    if cur:
        posts.append(cur)
    return posts


def build():
    raws = []
    for f in sorted(HERE.glob("posts_*.txt")):
        raws += parse(f)
    posts, problems = [], []
    for i, p in enumerate(raws, 1):
        pid = f"z{NN}-{i:03d}"
        cat, photo, acct, tags = p["hdr"]
        photo = {"y": True, "n": False}[photo]
        account = {"o": "official", "p": "personal"}[acct]
        raw = "\n".join(p["lines"]).strip("\n")
        text, labs = render(raw, pid)
        seen, expected = {}, []
        for start, kind, t in labs:
            k = seen.get(t, 0)
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if k >= len(occ) or occ[k] != start:
                problems.append(f"{pid}: label {t!r} is not occurrence {k + 1} of its text")
            seen[t] = k + 1
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if (before.isalnum() and t[0].isalnum()) or (after.isalnum() and t[-1].isalnum()):
                problems.append(f"{pid}: label {t!r} not at word boundaries")
            rule = RULE.get(kind) or (
                "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            )
            expected.append({"rule": rule, "text": t, "kind": kind})
        if "\\n" in text:
            problems.append(f"{pid}: literal backslash-n")
        tag_list = [t.strip() for t in tags.split(",") if t.strip()]
        if not expected and "clean" not in tag_list:
            tag_list.insert(0, "clean")
        if account == "personal" and "personal" not in tag_list:
            tag_list.append("personal")
        if photo and "photo" not in tag_list:
            tag_list.append("photo")
        for kind in sorted({e["kind"] for e in expected}):
            tk = kind.replace("_", "-")
            if tk not in tag_list:
                tag_list.append(tk)
        posts.append({
            "id": pid, "category": cat, "account": account, "photo": photo, "text": text,
            "expected": expected, "verdict": verdict(account, expected), "tags": tag_list,
        })
    for pr in problems:
        print("PROBLEM:", pr)
    return posts, problems


def named_in_photo(posts) -> set:
    named = set()
    for p in posts:
        if not p["photo"]:
            continue
        for lab in p["expected"]:
            if lab["kind"] not in ("forename", "full_name"):
                continue
            t = fold(lab["text"]).replace("\u200b", "")
            words = set(re.findall(r"[a-z][a-z\-]*", t))
            letters = re.sub(r"[^a-z]", "", t)
            for fore, sur, pref, *_ in PUPILS:
                names = {fold(fore), fold(pref)} - {""}
                if names & words or any(fold(n) in t.replace(" ", "") for n in names if len(n) > 3):
                    named.add(f"{fore} {sur}")
                if len(letters) == 2 and "." in lab["text"]:
                    for n in names:
                        if letters == n[0] + fold(sur)[0]:
                            named.add(f"{fore} {sur}")
    return named


def write(posts):
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=True) + "\n")
    named = named_in_photo(posts)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    yn = lambda b: "yes" if b else "no"
    for n, (fore, sur, pref, year, _la, _yy) in enumerate(PUPILS):
        full = f"{fore} {sur}"
        nwp = full not in named and full not in NO_SOCIAL and n % 3 == 0
        w.writerow([UPNS[full], fore, sur, pref, year, CLASSES[year], yn(full not in NO_SOCIAL),
                    yn(full not in NO_WEBSITE), yn(full not in NO_PRESS), yn(nwp),
                    yn(full not in NO_BIOMETRIC)])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for row in STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(UPNS, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    return named


if __name__ == "__main__":
    posts, problems = build()
    named = write(posts)
    print(f"{len(posts)} posts written; {len(named)} pupils named in photo posts; "
          f"{len(problems)} problem(s)")
    sys.exit(1 if problems else 0)
