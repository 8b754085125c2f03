"""Build set 144 from posts_01..04.txt (inline markup) and pupils.py.

Writes ../posts.jsonl, ../register_pupils.csv, ../register_staff.csv, ../school.json, upns.json
and copies check.py to ../check.py.

Markup: [[kind:text]] with kind in fn full other email phone addr dob upn health circ.
[[upn:@Forename Surname]] inserts that pupil's UPN, [[upn:@@Forename Surname]] the UPN spaced
(X 888 6142 yy nnn). \\uXXXX escapes are decoded. Each post starts with a header line
"### category | photo y/n | account o/p | tag, tag". Lines starting with %% are comments.

Fails if a label is not at word boundaries or is not the nth occurrence of its text.
"""

import csv
import io
import json
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pupils as reg  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE.parent
NN = "144"

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
KIND_TAG = {
    "forename": "forename", "full_name": "full-name", "other_person": "other-person",
    "email": "email", "phone": "phone", "address": "address", "dob": "dob", "upn": "upn",
    "health": "health", "circumstance": "circumstance",
}


def check_letter(body: str) -> str:
    try:
        from clearpost.register.upn import check_letter as cl
    except ImportError:
        sys.exit("run with /work/main/.venv/bin/python, PYTHONPATH unset")
    return cl(body)


def make_upns() -> dict:
    upns = {}
    for i, p in enumerate(reg.P):
        fore, sur, pref, yg = p[0], p[1], p[2], p[3]
        entry = reg.CLASSES[yg][1]
        body = f"888{reg.LA}{entry}{101 + i}"
        upns[f"{fore} {sur}"] = check_letter(body) + body
    return upns


def decode(s: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def parse_file(path: Path) -> list:
    posts, cur = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("%%"):
            continue
        if line.startswith("### "):
            if cur:
                posts.append(cur)
            parts = [x.strip() for x in line[4:].split("|")]
            if len(parts) != 4:
                sys.exit(f"{path.name}: bad header {line!r}")
            cat, photo, acct, tags = parts
            if photo not in ("y", "n") or acct not in ("o", "p"):
                sys.exit(f"{path.name}: bad header {line!r}")
            cur = {
                "category": cat, "photo": photo == "y",
                "account": "official" if acct == "o" else "personal",
                "tags": [t.strip() for t in tags.split(",") if t.strip()],
                "body": [],
            }
        else:
            if cur is None:
                if line.strip():
                    sys.exit(f"{path.name}: text before first header: {line!r}")
                continue
            cur["body"].append(line)
    if cur:
        posts.append(cur)
    return posts


MARK = re.compile(r"\[\[(\w+):(.*?)\]\]", re.S)


def render(raw: str, upns: dict, where: str):
    text, labels, pos = "", [], 0
    for m in MARK.finditer(raw):
        text += decode(raw[pos:m.start()])
        kind = KINDS.get(m.group(1))
        if not kind:
            sys.exit(f"{where}: unknown kind {m.group(1)!r}")
        val = m.group(2)
        if kind == "upn" and val.startswith("@"):
            spaced = val.startswith("@@")
            who = val.lstrip("@")
            if who not in upns:
                sys.exit(f"{where}: no pupil {who!r}")
            u = upns[who]
            val = f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}" if spaced else u
        else:
            val = decode(val)
        labels.append((len(text), kind, val))
        text += val
        pos = m.end()
    text += decode(raw[pos:])
    if "[[" in text or "]]" in text:
        sys.exit(f"{where}: stray markup")
    return text, labels


def verify(text: str, labels: list, where: str) -> None:
    for start, kind, t in labels:
        end = start + len(t)
        if t != t.strip():
            sys.exit(f"{where}: label {t!r} has outer spaces")
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_") and t[0].isalnum():
            sys.exit(f"{where}: label {t!r} does not start at a word boundary")
        if end < len(text) and (text[end].isalnum() or text[end] == "_") and t[-1].isalnum():
            sys.exit(f"{where}: label {t!r} does not end at a word boundary")
        occ = [i for i in range(len(text)) if text.startswith(t, i)]
        before_occ = sum(1 for i in occ if i < start)
        before_lab = sum(1 for s, k, x in labels if x == t and s < start)
        if before_occ != before_lab:
            sys.exit(f"{where}: label {t!r} is not the nth occurrence of its text")
    spans = sorted((s, s + len(t), t) for s, k, t in labels)
    for (a, b, t1), (c, d, t2) in zip(spans, spans[1:]):
        if c < b:
            sys.exit(f"{where}: labels {t1!r} and {t2!r} overlap")


def main() -> None:
    upns = make_upns()
    posts = []
    for f in sorted(HERE.glob("posts_0*.txt")):
        posts += [(f.name, p) for p in parse_file(f)]
    if len(posts) != 220:
        print(f"warning: {len(posts)} posts (want 220)")
    lines = []
    for n, (fname, p) in enumerate(posts, 1):
        pid = f"z{NN}-{n:03d}"
        raw = "\n".join(p["body"]).strip("\n")
        text, labels = render(raw, upns, f"{fname} {pid}")
        verify(text, labels, f"{fname} {pid}")
        expected = []
        for _, kind, t in labels:
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename"
            else:
                rule = RULE[kind]
            expected.append({"rule": rule, "text": t, "kind": kind})
        worst = None
        for lab in expected:
            sev = SEV[p["account"]].get(lab["rule"], "block")
            if worst is None or RANK[sev] > RANK[worst]:
                worst = sev
        verdict = "allow" if worst in (None, "info") else worst
        tags = list(p["tags"])
        auto = []
        if not expected:
            auto.append("clean")
        if p["account"] == "personal":
            auto.append("personal")
        if p["photo"]:
            auto.append("photo")
        for lab in expected:
            auto.append(KIND_TAG[lab["kind"]])
        for t in auto:
            if t not in tags:
                tags.append(t)
        if expected and "clean" in tags:
            sys.exit(f"{pid}: tagged clean but has labels")
        lines.append(json.dumps({
            "id": pid, "category": p["category"], "account": p["account"], "photo": p["photo"],
            "text": text, "expected": expected, "verdict": verdict, "tags": tags,
        }, ensure_ascii=True))
    (OUT / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for p in reg.P:
        fore, sur, pref, yg = p[:4]
        w.writerow([upns[f"{fore} {sur}"], fore, sur, pref, yg, reg.CLASSES[yg][0], *p[4:]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for s in reg.STAFF:
        w.writerow(s)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(reg.SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(upns, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    shutil.copy(HERE / "check.py", OUT / "check.py")
    kinds = Counter(l["kind"] for ln in lines for l in json.loads(ln)["expected"])
    print(f"{len(lines)} posts; kinds {dict(sorted(kinds.items()))}")


if __name__ == "__main__":
    main()
