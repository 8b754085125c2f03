"""Build set 142 from src/: posts_0*.txt (inline markup) + pupils.py -> ../posts.jsonl, CSVs, school.json.

Markup: [[kind:text]] with kind in fn full other email phone addr dob upn health circ.
[[upn:@Forename Surname]] inserts that pupil's UPN plain, [[upn:@@Forename Surname]] spaced
(letter+888 LLLL YY NNN), [[upn:@-Forename Surname]] with dashes. \\uXXXX escapes are decoded.
Header of each post: ### category | photo y/n | account o/p | tag, tag
"""
import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

from clearpost.register.upn import check_letter

import pupils as reg

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
NN = 142
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
KIND_TAG = {"forename": "forename", "full_name": "full-name", "other_person": "other-person",
            "email": "email", "phone": "phone", "address": "address", "dob": "dob", "upn": "upn",
            "health": "health", "circumstance": "circumstance"}
SEVERITY = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
            "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
ESCAPE_CHARS = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00a0"}


def upns():
    out = {}
    for i, p in enumerate(reg.PUPILS):
        body = "888" + reg.LA_CODE + f"{reg.ENTRY[p[3]]:02d}" + f"{101 + i}"
        out[f"{p[0]} {p[1]}"] = check_letter(body) + body
    return out


def rule_for(kind, photo):
    if kind == "full_name":
        return "text.pupil_full_name"
    if kind == "forename":
        return "text.pupil_name_with_photo" if photo else "text.pupil_forename"
    if kind == "other_person":
        return "text.other_person"
    if kind in ("email", "phone", "address"):
        return "text.contact_details"
    if kind == "dob":
        return "text.date_of_birth"
    return "text.pupil_record"


def verdict(account, labels):
    worst = None
    for l in labels:
        sev = SEVERITY[account].get(l["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


def decode(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def isword(ch):
    return ch.isalnum() or ch == "_"


MARK = re.compile(r"\[\[(\w+):(.*?)\]\]", re.S)


def parse_body(body, upn_map, where):
    text, labels, pos = "", [], 0
    for m in MARK.finditer(body):
        text += body[pos:m.start()]
        kind, t = m.group(1), m.group(2)
        if kind not in KINDS:
            sys.exit(f"{where}: unknown kind {kind}")
        if kind == "upn" and t.startswith("@"):
            sep = ""
            if t.startswith("@@"):
                sep, name = " ", t[2:]
            elif t.startswith("@-"):
                sep, name = "-", t[2:]
            else:
                name = t[1:]
            u = upn_map[name]
            t = u if not sep else sep.join([u[:4], u[4:8], u[8:10], u[10:]])
        labels.append((len(text), t, KINDS[kind]))
        text += t
        pos = m.end()
    text += body[pos:]
    return text, labels


def main():
    upn_map = upns()
    posts, errors = [], []
    files = sorted(HERE.glob("posts_0*.txt"))
    for f in files:
        raw = decode(f.read_text(encoding="utf-8"))
        blocks = re.split(r"^### ", raw, flags=re.M)[1:]
        for b in blocks:
            head, _, body = b.partition("\n")
            parts = [x.strip() for x in head.split("|")]
            if len(parts) != 4:
                sys.exit(f"{f.name}: bad header {head!r}")
            cat, photo, acct, tags = parts
            body = body.strip("\n")
            body = "\n".join(line.rstrip() for line in body.split("\n"))
            pid = f"z{NN}-{len(posts) + 1:03d}"
            text, marks = parse_body(body, upn_map, f"{f.name} {pid}")
            photo_b = {"y": True, "n": False}[photo]
            account = {"o": "official", "p": "personal"}[acct]
            labels = []
            spans = []
            for start, t, kind in marks:
                end = start + len(t)
                if (start > 0 and isword(text[start - 1]) and isword(t[0])) or (
                        end < len(text) and isword(text[end]) and isword(t[-1])):
                    errors.append(f"{pid}: label {t!r} not at word boundaries")
                spans.append((start, end, t))
                labels.append({"rule": rule_for(kind, photo_b), "text": t, "kind": kind, "_s": start})
            # nth label with a text = nth occurrence of that text
            by_text = {}
            for l in labels:
                by_text.setdefault(l["text"], []).append(l["_s"])
            for t, starts in by_text.items():
                occ = [m.start() for m in re.finditer(re.escape(t), text)]
                if sorted(starts) != occ[:len(starts)]:
                    errors.append(f"{pid}: label {t!r} is not the first {len(starts)} occurrence(s) {occ}")
            spans.sort()
            for (a1, b1, t1), (a2, b2, t2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errors.append(f"{pid}: {t1!r} overlaps {t2!r}")
            if "\\n" in text:
                errors.append(f"{pid}: literal backslash-n")
            if "[[" in text or "]]" in text:
                errors.append(f"{pid}: leftover markup")
            labels.sort(key=lambda l: l["_s"])
            for l in labels:
                del l["_s"]
            tag_list = [t.strip() for t in tags.split(",") if t.strip()]
            auto = []
            if not labels:
                auto.append("clean")
            if account == "personal":
                auto.append("personal")
            if photo_b:
                auto.append("photo")
            for l in labels:
                auto.append(KIND_TAG[l["kind"]])
            all_tags = []
            for t in auto + tag_list:
                if t not in all_tags:
                    all_tags.append(t)
            if labels and "clean" in tag_list:
                errors.append(f"{pid}: tagged clean but has labels")
            posts.append({"id": pid, "category": cat, "account": account, "photo": photo_b,
                          "text": text, "expected": labels, "verdict": verdict(account, labels),
                          "tags": all_tags})
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts, want 220")
    for e in errors:
        print("ERROR:", e)
    # write files
    lines = []
    for p in posts:
        s = json.dumps(p, ensure_ascii=False)
        s = "".join(f"\\u{ord(c):04x}" if (c in ESCAPE_CHARS or "\u0400" <= c <= "\u04ff") else c for c in s)
        lines.append(s)
    (OUT / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for p in reg.PUPILS:
        w.writerow([upn_map[f"{p[0]} {p[1]}"], p[0], p[1], p[2], f"Year {p[3]}", reg.FORMS[p[3]], *p[4:9]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for s in reg.STAFF:
        w.writerow(s)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(reg.SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(upn_map, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    # summary
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    print(f"posts {len(posts)}; clean {sum(not p['expected'] for p in posts)}; "
          f"photo {sum(p['photo'] for p in posts)}; personal {sum(p['account'] == 'personal' for p in posts)}; "
          f"staff-note {sum('staff-note' in p['tags'] for p in posts)}")
    print("kinds:", dict(sorted(kinds.items())))
    print("verdicts:", Counter((p['account'], p['verdict']) for p in posts))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
