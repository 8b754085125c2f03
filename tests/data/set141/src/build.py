"""Build set 141: posts_0*.txt (inline markup) -> ../posts.jsonl, ../register_*.csv, ../school.json, upns.json.

Markup: [[kind:text]] with kind in fn full other email phone addr dob upn health circ.
[[upn:@Forename Surname]] inserts that pupil's UPN plain, [[upn:@@Forename Surname]] spaced
(L 888 6402 yy nnn), [[upn:@-Forename Surname]] with dashes. \\uXXXX escapes are decoded first.
Each post starts with a header line:  ### category | photo y/n | account o/p | tag, tag
Lines starting with %% are comments.
Fails if a label is not at word boundaries or is not the nth occurrence of its text.
"""

import csv
import io
import json
import re
import sys
from pathlib import Path

from clearpost.register.upn import check_letter

import pupils as P

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
NN = 141
TOTAL = 220

KINDS = {
    "fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
    "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
    "circ": "circumstance",
}
KIND_RULE = {
    "full_name": "text.pupil_full_name", "other_person": "text.other_person",
    "email": "text.contact_details", "phone": "text.contact_details",
    "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
    "health": "text.pupil_record", "circumstance": "text.pupil_record",
}
SEVERITY = {
    "official": {"text.pupil_forename": "info", "text.other_person": "warn"},
    "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"},
}
RANK = {"info": 0, "warn": 1, "block": 2}
KIND_TAG = {
    "forename": "forename", "full_name": "full-name", "other_person": "other-person",
    "email": "email", "phone": "phone", "address": "address", "dob": "dob", "upn": "upn",
    "health": "health", "circumstance": "circumstance",
}
MARK = re.compile(r"\[\[(fn|full|other|email|phone|addr|dob|upn|health|circ):(.*?)\]\]", re.S)
ESC = re.compile(r"\\u([0-9a-fA-F]{4})")
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00a0\u0400-\u04ff]")


def make_upns():
    upns, serial = {}, 101
    for fore, sur, pref, year, cons in P.PUPILS:
        body = "888" + P.LA + P.YEARS[year][1] + str(serial)
        assert len(body) == 12, body
        upns[f"{fore} {sur}"] = check_letter(body) + body
        serial += 1
    return upns


def write_register(upns):
    cols = ["upn", "forename", "surname", "preferred_forename", "year_group", "class",
            "consent_social_media", "consent_website", "consent_press",
            "consent_name_with_photo", "biometric_consent"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for fore, sur, pref, year, cons in P.PUPILS:
        yn = ["yes" if c == "y" else "no" for c in cons]
        w.writerow([upns[f"{fore} {sur}"], fore, sur, pref, year, P.YEARS[year][0], *yn])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for row in P.STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(P.SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(upns, indent=2, ensure_ascii=False) + "\n",
                                    encoding="utf-8")


def upn_text(arg, upns):
    if arg.startswith("@@"):
        u = upns[arg[2:]]
        return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"
    if arg.startswith("@-"):
        u = upns[arg[2:]]
        return f"{u[:4]}-{u[4:8]}-{u[8:10]}-{u[10:]}"
    if arg.startswith("@"):
        return upns[arg[1:]]
    return arg


def parse_files():
    posts = []
    for f in sorted(HERE.glob("posts_0*.txt")):
        cur = None
        for line in f.read_text(encoding="utf-8").split("\n"):
            if line.startswith("%%"):
                continue
            if line.startswith("### "):
                if cur:
                    posts.append(cur)
                parts = [p.strip() for p in line[4:].split("|")]
                if len(parts) != 4 or parts[1] not in ("y", "n") or parts[2] not in ("o", "p"):
                    sys.exit(f"{f.name}: bad header {line!r}")
                tags = [t.strip() for t in parts[3].split(",") if t.strip()]
                cur = {"category": parts[0], "photo": parts[1] == "y",
                       "account": "official" if parts[2] == "o" else "personal",
                       "tags": tags, "lines": [], "src": f.name}
            elif cur is not None:
                cur["lines"].append(line)
            elif line.strip():
                sys.exit(f"{f.name}: text before first header: {line!r}")
        if cur:
            posts.append(cur)
    return posts


def render(raw, upns, pid, errors):
    raw = ESC.sub(lambda m: chr(int(m.group(1), 16)), raw)
    out, labels, pos = [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        length += len(raw[pos:m.start()])
        kind = KINDS[m.group(1)]
        t = m.group(2)
        if kind == "upn":
            t = upn_text(t, upns)
        labels.append((length, kind, t))
        out.append(t)
        length += len(t)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        errors.append(f"{pid}: stray markup")
    return text, labels


def verdict(account, labels):
    worst = None
    for l in labels:
        sev = SEVERITY[account].get(l["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


def main():
    upns = make_upns()
    write_register(upns)
    errors = []
    posts = parse_files()
    if len(posts) != TOTAL:
        errors.append(f"{len(posts)} posts, want {TOTAL}")
    lines = []
    for i, p in enumerate(posts, 1):
        pid = f"z{NN}-{i:03d}"
        raw = "\n".join(p["lines"]).strip("\n")
        text, labels = render(raw, upns, pid, errors)
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        seen = {}
        expected = []
        for start, kind, t in labels:
            if not t or t != t.strip():
                errors.append(f"{pid}: label {t!r} empty or padded")
            n = seen.get(t, 0)
            seen[t] = n + 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if n >= len(occ) or occ[n] != start:
                errors.append(f"{pid}: label {t!r} is not occurrence {n + 1} of its text")
            before = text[start - 1] if start > 0 else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if (before.isalnum() or before == "_") and t[0].isalnum():
                errors.append(f"{pid}: label {t!r} starts inside a word")
            if (after.isalnum() or after == "_") and t[-1].isalnum():
                errors.append(f"{pid}: label {t!r} ends inside a word")
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename"
            else:
                rule = KIND_RULE[kind]
            expected.append({"rule": rule, "text": t, "kind": kind})
        tags = list(p["tags"])
        auto = []
        if not expected:
            auto.append("clean")
        if p["account"] == "personal":
            auto.append("personal")
        if p["photo"]:
            auto.append("photo")
        for l in expected:
            auto.append(KIND_TAG[l["kind"]])
        for t in auto:
            if t not in tags:
                tags.append(t)
        if expected and "clean" in tags:
            errors.append(f"{pid}: tagged clean but has labels")
        post = {"id": pid, "category": p["category"], "account": p["account"],
                "photo": p["photo"], "text": text, "expected": expected,
                "verdict": verdict(p["account"], expected), "tags": tags}
        s = json.dumps(post, ensure_ascii=False)
        s = INVISIBLE.sub(lambda m: "\\u%04x" % ord(m.group(0)), s)
        assert json.loads(s) == post
        lines.append(s)
    for e in errors:
        print("ERROR:", e)
    (OUT / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} posts; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
