"""Build set 145 from the inline markup in posts_01..04.txt.

Writes ../posts.jsonl, ../register_pupils.csv, ../register_staff.csv, ../school.json and
upns.json. Markup: a post starts with a header line
    ### category | y/n (photo) | o/p (official/personal) | tag, tag, ...
and its text runs to the next header (lines starting with %% are comments). Labels are inline:
    [[kind:text]]   kinds: fn full other email phone addr dob upn health circ
    [[upn:@Forename Surname]] / [[upn:@@Forename Surname]]  the pupil's UPN plain / spaced
\\uXXXX escapes in a post stand for that character (zero-width space, nbsp, homoglyphs).
The rule comes from the kind and the photo flag, the verdict from POLICY.md's default
severities. Fails if a label is not at word boundaries, is not the nth occurrence of its
text (n = how many labels of the same text came before it, plus one) or overlaps another.
"""

import csv
import io
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import (LA_CODE, NAME_WITH_PHOTO_YES, NO_BIOMETRIC, NO_PRESS, NO_SOCIAL,  # noqa: E402
                    NO_WEBSITE, PUPILS, SCHOOL, STAFF, YEARS)

from clearpost.register.upn import check_letter  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE.parent
SET = 145
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
KIND_TAG = {"forename": "forename", "full_name": "full-name", "other_person": "other-person",
            "email": "email", "phone": "phone", "address": "address", "dob": "dob", "upn": "upn",
            "health": "health", "circumstance": "circumstance"}
SEVERITY = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
            "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
ESCAPE_OUT = re.compile("[\u200b-\u200f\u2060\ufeff\u00a0\u0400-\u04ff]")


def rule_for(kind, photo):
    if kind == "forename":
        return "text.pupil_name_with_photo" if photo else "text.pupil_forename"
    return {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
            "email": "text.contact_details", "phone": "text.contact_details",
            "address": "text.contact_details", "dob": "text.date_of_birth"}.get(
                kind, "text.pupil_record")


def verdict_for(account, labels):
    worst = None
    for lab in labels:
        sev = SEVERITY[account].get(lab["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


def make_upns():
    upns, serial = {}, 200
    for fn, sn, _pref, yg in PUPILS:
        serial += 1
        body = "888" + LA_CODE + YEARS[yg][1] + f"{serial:03d}"
        upns[f"{fn} {sn}"] = check_letter(body) + body
    return upns


def spaced(upn):
    return f"{upn[:4]} {upn[4:8]} {upn[8:10]} {upn[10:]}"


def parse_posts(upns):
    posts, errors = [], []
    files = sorted(HERE.glob("posts_0*.txt"))
    for f in files:
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("%%"):
                continue
            if line.startswith("### "):
                cur = {"head": line[4:], "lines": [], "file": f.name}
                posts.append(cur)
            elif cur is not None:
                cur["lines"].append(line)
            elif line.strip():
                errors.append(f"{f.name}: text before first header: {line!r}")
    out = []
    for n, p in enumerate(posts, 1):
        pid = f"z{SET}-{n:03d}"
        parts = [x.strip() for x in p["head"].split("|")]
        if len(parts) != 4 or parts[1] not in ("y", "n") or parts[2] not in ("o", "p"):
            errors.append(f"{pid}: bad header {p['head']!r}")
            continue
        category, photo, account = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
        tags = [t.strip() for t in parts[3].split(",") if t.strip()]
        body = "\n".join(p["lines"]).strip("\n")
        body = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), body)
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, re.S):
            text += body[pos:m.start()]
            key, val = m.group(1), m.group(2)
            if key not in KINDS:
                errors.append(f"{pid}: unknown kind {key!r}")
                continue
            kind = KINDS[key]
            if kind == "upn" and val.startswith("@"):
                name = val.lstrip("@")
                if name not in upns:
                    errors.append(f"{pid}: no pupil {name!r} for upn")
                    continue
                val = spaced(upns[name]) if val.startswith("@@") else upns[name]
            labels.append({"start": len(text), "text": val, "kind": kind})
            text += val
            pos = m.end()
        text += body[pos:]
        if "[[" in text or "]]" in text:
            errors.append(f"{pid}: unclosed markup")
        seen, spans = {}, []
        for lab in labels:
            t, s = lab["text"], lab["start"]
            e = s + len(t)
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_") and t[0].isalnum():
                errors.append(f"{pid}: label {t!r} not at a word start")
            if e < len(text) and (text[e].isalnum() or text[e] == "_") and t[-1].isalnum():
                errors.append(f"{pid}: label {t!r} not at a word end")
            k = seen.get(t, 0)
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if k >= len(occ) or occ[k] != s:
                errors.append(f"{pid}: label {t!r} is not occurrence {k + 1} of its text")
            seen[t] = k + 1
            for a, b, o in spans:
                if s < b and a < e:
                    errors.append(f"{pid}: label {t!r} overlaps {o!r}")
            spans.append((s, e, t))
        expected = [{"rule": rule_for(l["kind"], photo), "text": l["text"], "kind": l["kind"]}
                    for l in labels]
        kinds = {l["kind"] for l in labels}
        extra = [KIND_TAG[k] for k in sorted(kinds)]
        if not labels:
            extra.append("clean")
        if photo:
            extra.append("photo")
        if account == "personal":
            extra.append("personal")
        for t in extra:
            if t not in tags:
                tags.append(t)
        if labels and "clean" in tags:
            errors.append(f"{pid}: tagged clean but has labels")
        out.append({"id": pid, "category": category, "account": account, "photo": photo,
                    "text": text, "expected": expected,
                    "verdict": verdict_for(account, expected), "tags": tags})
    return out, errors


def write_registers(upns):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    yn = lambda b: "yes" if b else "no"
    for fn, sn, pref, yg in PUPILS:
        name = f"{fn} {sn}"
        w.writerow([upns[name], fn, sn, pref, yg, YEARS[yg][0], yn(name not in NO_SOCIAL),
                    yn(name not in NO_WEBSITE), yn(name not in NO_PRESS),
                    yn(name in NAME_WITH_PHOTO_YES), yn(name not in NO_BIOMETRIC)])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for row in STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(upns, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")


def dump(post):
    s = json.dumps(post, ensure_ascii=False)
    return ESCAPE_OUT.sub(lambda m: "\\u%04x" % ord(m.group(0)), s)


def main():
    upns = make_upns()
    posts, errors = parse_posts(upns)
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts, want 220")
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    write_registers(upns)
    (OUT / "posts.jsonl").write_text("".join(dump(p) + "\n" for p in posts), encoding="utf-8")
    print(f"wrote {len(posts)} posts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
