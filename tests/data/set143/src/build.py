"""Build set 143 from the inline-markup post files.

Reads pupils.py and posts_01.txt .. posts_04.txt (this folder) and writes, one folder up:
posts.jsonl, register_pupils.csv, register_staff.csv, school.json, and src/upns.json.

Post file format: each post starts with a header line
    ### category | photo y/n | account o/p | tag, tag, ...
followed by the post text (until the next header; leading/trailing blank lines dropped).
Markup: [[kind:text]] with kind one of fn full other email phone addr dob upn health circ.
[[upn:@Forename Surname]] inserts that pupil's UPN, [[upn:@@Forename Surname]] the UPN spaced
(letter+888 LLLL YY NNN). \\uXXXX escapes write zero-width spaces, nbsp and homoglyphs.

The rule comes from the kind (forename: pupil_name_with_photo in a photo post, else
pupil_forename), the verdict from POLICY.md default severities. The build fails if a label is
not at word boundaries, if a label is not the nth occurrence of its text (the nth label with a
given text must be its nth occurrence), or if a post contains a literal backslash-n.
"""

import csv
import io
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
import pupils as P  # noqa: E402

from clearpost.register.upn import check_letter  # noqa: E402

NN = 143
KINDS = {
    "fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
    "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
    "circ": "circumstance",
}
SEVERITY = {
    "official": {"text.pupil_forename": "info", "text.other_person": "warn"},
    "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"},
}
RANK = {"info": 0, "warn": 1, "block": 2}
AUTO_TAGS = {
    "full_name": "full-name", "forename": "forename", "other_person": "other-person",
    "email": "email", "phone": "phone", "address": "address", "dob": "dob", "upn": "upn",
    "health": "health", "circumstance": "circumstance",
}


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


def verdict_for(account, labels):
    worst = None
    for lab in labels:
        sev = SEVERITY[account].get(lab["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


def make_upns():
    upns, serial = {}, 201
    for row in P.PUPILS:
        fn, sn, _pref, year = row[0], row[1], row[2], row[3]
        body = "888" + P.LA_CODE + P.ENTRY[year] + f"{serial:03d}"
        assert len(body) == 12
        upns[f"{fn} {sn}"] = check_letter(body) + body
        serial += 1
    return upns


def pupil_key(name, upns):
    if name in upns:
        return name
    for row in P.PUPILS:
        if row[2] and f"{row[2]} {row[1]}" == name:
            return f"{row[0]} {row[1]}"
    raise SystemExit(f"unknown pupil for UPN markup: {name!r}")


def spaced(u):
    return f"{u[:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def parse_files(upns):
    posts, errors = [], []
    files = sorted(HERE.glob("posts_0*.txt"))
    for f in files:
        raw = f.read_text(encoding="utf-8")
        chunks = re.split(r"^### ", raw, flags=re.M)
        for chunk in chunks[1:]:
            header, _, body = chunk.partition("\n")
            parts = [p.strip() for p in header.split("|")]
            if len(parts) != 4:
                errors.append(f"{f.name}: bad header {header!r}")
                continue
            category, photo, account, tags = parts
            body = body.strip("\n")
            posts.append((f.name, category, photo, account, tags, body))
    return posts, errors


def render(body, photo, upns, where, errors):
    if "\\n" in body:
        errors.append(f"{where}: literal backslash-n")
    body = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), body)
    out, labels, pos = [], [], 0
    for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", body, flags=re.S):
        out.append(body[pos:m.start()])
        kind_key, t = m.group(1), m.group(2)
        if kind_key not in KINDS:
            errors.append(f"{where}: unknown kind {kind_key!r}")
            kind_key = "fn"
        kind = KINDS[kind_key]
        if kind == "upn" and t.startswith("@@"):
            t = spaced(upns[pupil_key(t[2:], upns)])
        elif kind == "upn" and t.startswith("@"):
            t = upns[pupil_key(t[1:], upns)]
        start = sum(len(s) for s in out)
        out.append(t)
        labels.append((start, start + len(t), t, kind))
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        errors.append(f"{where}: stray markup")
    # word boundaries and nth occurrence
    seen = {}
    for s, e, t, kind in labels:
        if t[0].isalnum() and s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
            errors.append(f"{where}: label {t!r} starts inside a word")
        if t[-1].isalnum() and e < len(text) and (text[e].isalnum() or text[e] == "_"):
            errors.append(f"{where}: label {t!r} ends inside a word")
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        n = seen.get(t, 0)
        if n >= len(occ) or occ[n] != s:
            errors.append(f"{where}: label {t!r} is not occurrence {n + 1} of its text")
        seen[t] = n + 1
    exp = [{"rule": rule_for(k, photo), "text": t, "kind": k} for _s, _e, t, k in labels]
    return text, exp


def main():
    upns = make_upns()
    raw_posts, errors = parse_files(upns)
    out_posts = []
    for i, (fname, category, photo, account, tags, body) in enumerate(raw_posts, 1):
        pid = f"z{NN}-{i:03d}"
        where = f"{pid} ({fname})"
        if photo not in ("y", "n") or account not in ("o", "p"):
            errors.append(f"{where}: bad photo/account {photo!r} {account!r}")
        photo_b = photo == "y"
        acct = "official" if account == "o" else "personal"
        text, exp = render(body, photo_b, upns, where, errors)
        tag_list = [t.strip() for t in tags.split(",") if t.strip()]
        auto = []
        if not exp:
            auto.append("clean")
        if photo_b:
            auto.append("photo")
        if acct == "personal":
            auto.append("personal")
        for lab in exp:
            auto.append(AUTO_TAGS[lab["kind"]])
        for t in auto:
            if t not in tag_list:
                tag_list.append(t)
        if exp and "clean" in tag_list:
            errors.append(f"{where}: tagged clean but has labels")
        out_posts.append({
            "id": pid, "category": category, "account": acct, "photo": photo_b, "text": text,
            "expected": exp, "verdict": verdict_for(acct, exp), "tags": tag_list,
        })
    if len(out_posts) != 220:
        errors.append(f"{len(out_posts)} posts, want 220")
    for e in errors:
        print("ERROR:", e)
    if errors:
        sys.exit(1)

    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in out_posts:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for row in P.PUPILS:
        fn, sn, pref, year, _sex, soc, web, press, nwp, bio = row
        w.writerow([upns[f"{fn} {sn}"], fn, sn, pref, f"Year {year}", P.GROUPS[year],
                    soc, web, press, nwp, bio])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for row in P.STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")

    (OUT / "school.json").write_text(json.dumps(P.SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(upns, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    n_lab = sum(len(p["expected"]) for p in out_posts)
    print(f"built {len(out_posts)} posts, {n_lab} labels")


if __name__ == "__main__":
    main()
