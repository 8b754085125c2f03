"""Build set 138 from posts_01..04.txt (inline markup) and pupils.py.

Writes ../posts.jsonl, ../register_pupils.csv, ../register_staff.csv, ../school.json, ../upns.json
and copies check.py to ../check.py.

Markup: a post starts with a header line
    ### category | y/n (photo) | o/p (official/personal) | tag, tag, ...
followed by its text (real line breaks; leading/trailing blank lines dropped). Labels are
[[kind:text]] with kind in fn full other email phone addr dob upn health circ; the label text may
span a line break. [[upn:@Forename Surname]] inserts that pupil's UPN, [[upn:@@Forename Surname]]
the UPN spaced as letter+888 4127 yy nnn. \\uXXXX escapes (zero-width space, nbsp, Cyrillic
homoglyphs) are decoded first. Lines starting with %% are comments.

The rule comes from the kind and the photo flag; the verdict from POLICY.md default severities.
The build fails if a label is not at word boundaries or is not the nth occurrence of its text
(n = how many labels with that text came before it in the post, plus one).
"""

import csv
import io
import json
import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pupils as reg  # noqa: E402

from clearpost.register.upn import check_letter  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE.parent
SET = "138"

KIND = {
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
SEVERITY = {
    "official": {"text.pupil_forename": "info", "text.other_person": "warn"},
    "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"},
}
RANK = {"info": 0, "warn": 1, "block": 2}
KIND_TAG = {
    "full_name": "full-name", "forename": "forename", "other_person": "other-person",
    "email": "email", "phone": "phone", "address": "address", "dob": "dob", "upn": "upn",
    "health": "health", "circumstance": "circumstance",
}
ESCAPE_OUT = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00a0"}
MARK = re.compile(r"\[\[(fn|full|other|email|phone|addr|dob|upn|health|circ):(.*?)\]\]", re.S)


def upns() -> dict:
    out = {}
    for serial, p in enumerate(reg.PUPILS, 101):
        body = f"{reg.LA}{reg.ESTAB}{p[4]}{serial}"
        out[f"{p[0]} {p[1]}"] = check_letter(body) + body
    return out


UPNS = upns()


def upn_text(spec: str) -> str:
    spaced = spec.startswith("@@")
    key = spec.lstrip("@")
    value = UPNS[key]
    if spaced:
        return f"{value[0]}{value[1:4]} {value[4:8]} {value[8:10]} {value[10:]}"
    return value


def verdict(account: str, labels: list) -> str:
    worst = None
    for lab in labels:
        sev = SEVERITY[account].get(lab["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


def parse_block(header: str, body: str, pid: str) -> dict:
    parts = [x.strip() for x in header[3:].split("|")]
    if len(parts) != 4:
        raise SystemExit(f"{pid}: bad header {header!r}")
    category, photo_s, acct_s, tags_s = parts
    photo = {"y": True, "n": False}[photo_s]
    account = {"o": "official", "p": "personal"}[acct_s]
    tags = [t.strip() for t in tags_s.split(",") if t.strip()]
    body = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), body)
    text, labels, pos = "", [], 0
    for m in MARK.finditer(body):
        text += body[pos:m.start()]
        kind = KIND[m.group(1)]
        t = m.group(2)
        if kind == "upn" and t.startswith("@"):
            t = upn_text(t)
        start = len(text)
        text += t
        labels.append((kind, t, start))
        pos = m.end()
    text += body[pos:]
    if "[[" in text or "]]" in text:
        raise SystemExit(f"{pid}: unparsed markup in {text!r}")
    if "\\n" in text:
        raise SystemExit(f"{pid}: literal backslash-n")
    expected, seen = [], {}
    for kind, t, start in labels:
        if t != t.strip() or not t:
            raise SystemExit(f"{pid}: label {t!r} has outer spaces")
        before = text[start - 1] if start else " "
        after = text[start + len(t)] if start + len(t) < len(text) else " "
        if (t[0].isalnum() and (before.isalnum() or before == "_")) or (
            t[-1].isalnum() and (after.isalnum() or after == "_")
        ):
            raise SystemExit(f"{pid}: label {t!r} not at word boundaries")
        n = seen.get(t, 0)
        starts = [m.start() for m in re.finditer(re.escape(t), text)]
        if n >= len(starts) or starts[n] != start:
            raise SystemExit(f"{pid}: label {t!r} is not occurrence {n + 1} of its text")
        seen[t] = n + 1
        if kind == "forename":
            rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
        else:
            rule = RULE[kind]
        expected.append({"rule": rule, "text": t, "kind": kind})
    auto = []
    if not expected:
        auto.append("clean")
    if account == "personal":
        auto.append("personal")
    if photo:
        auto.append("photo")
    for lab in expected:
        auto.append(KIND_TAG[lab["kind"]])
    all_tags = []
    for t in auto + tags:
        if t not in all_tags:
            all_tags.append(t)
    if expected and "clean" in tags:
        raise SystemExit(f"{pid}: tagged clean but has labels")
    return {
        "id": pid, "category": category, "account": account, "photo": photo, "text": text,
        "expected": expected, "verdict": verdict(account, expected), "tags": all_tags,
    }


def read_posts() -> list:
    blocks = []
    for f in sorted(HERE.glob("posts_0*.txt")):
        header, lines = None, []
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("%%"):
                continue
            if line.startswith("### "):
                if header is not None:
                    blocks.append((header, lines))
                header, lines = line, []
            elif header is not None:
                lines.append(line)
        if header is not None:
            blocks.append((header, lines))
    posts = []
    for i, (header, lines) in enumerate(blocks, 1):
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        body = "\n".join(l.rstrip() for l in lines)
        posts.append(parse_block(header, body, f"z{SET}-{i:03d}"))
    return posts


def dump(post: dict) -> str:
    s = json.dumps(post, ensure_ascii=False)
    out = []
    for ch in s:
        if ch in ESCAPE_OUT or "\u0400" <= ch <= "\u04ff":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


def write_register() -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for p in reg.PUPILS:
        w.writerow([UPNS[f"{p[0]} {p[1]}"], p[0], p[1], p[2], p[3], reg.CLASSES[p[3]], *p[5:]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for s in reg.STAFF:
        w.writerow(s)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(reg.SCHOOL, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
    (OUT / "upns.json").write_text(json.dumps(UPNS, ensure_ascii=False, indent=1) + "\n",
                                   encoding="utf-8")


def main() -> None:
    posts = read_posts()
    if len(posts) != 220:
        print(f"warning: {len(posts)} posts, not 220")
    write_register()
    (OUT / "posts.jsonl").write_text("".join(dump(p) + "\n" for p in posts), encoding="utf-8")
    shutil.copy(HERE / "check.py", OUT / "check.py")
    from collections import Counter
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    print(f"{len(posts)} posts; clean {sum(1 for p in posts if not p['expected'])}; "
          f"photo {sum(p['photo'] for p in posts)}; "
          f"personal {sum(p['account'] == 'personal' for p in posts)}; "
          f"staff-note {sum('staff-note' in p['tags'] for p in posts)}")
    print(dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
