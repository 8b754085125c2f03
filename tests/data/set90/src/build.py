"""Build set 90 from src/: posts_0*.txt (markup) + pupils.py -> posts.jsonl, CSVs, school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag, ...
followed by its text. Labels are written inline as [[kind:text]], kind one of
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} inserts the
pupil's UPN, {UPNS:...} the UPN spaced (A 909 2417 19 147), {UPNL:...} lower-cased.
\\uXXXX escapes give zero-width spaces, no-break spaces and homoglyphs.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pupils as reg  # noqa: E402

try:
    from clearpost.register import upn as upn_rules
except ImportError:  # pragma: no cover
    sys.exit("run with /work/main/.venv/bin/python, PYTHONPATH unset")

SRC = Path(__file__).parent
OUT = SRC.parent
NN = "90"
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth",
        "upn": "text.pupil_record", "health": "text.pupil_record",
        "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def upns() -> dict:
    out = {}
    for i, (fn, sn, pref, year, la, yy, cons) in enumerate(reg.PUPILS):
        body = f"{la}2417{yy}{101 + i:03d}"
        out[f"{fn} {sn}"] = upn_rules.check_letter(body) + body
    return out


UPNS = upns()


def spaced(u: str) -> str:
    return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def expand(raw: str) -> str:
    raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: UPNS[m.group(1)], raw)
    raw = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(UPNS[m.group(1)]), raw)
    raw = re.sub(r"\{UPNL:([^}]+)\}", lambda m: UPNS[m.group(1)].lower(), raw)
    raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    return raw


def parse_body(raw: str, where: str):
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, flags=re.S):
        text += raw[pos:m.start()]
        kind = KINDS.get(m.group(1))
        if not kind:
            raise SystemExit(f"{where}: unknown kind {m.group(1)}")
        labels.append((len(text), kind, m.group(2)))
        text += m.group(2)
        pos = m.end()
    text += raw[pos:]
    if "[[" in text or "]]" in text:
        raise SystemExit(f"{where}: stray markup")
    return text, labels


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def isword(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def build_posts():
    posts, problems = [], []
    for f in sorted(SRC.glob("posts_0*.txt")):
        chunks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for chunk in chunks[1:]:
            header, _, body = chunk.partition("\n")
            parts = [p.strip() for p in header.split("|")]
            cat, photo, acct = parts[0], parts[1] == "photo y", parts[2]
            account = {"account o": "official", "account p": "personal"}[acct]
            tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
            n = len(posts) + 1
            pid = f"z{NN}-{n:03d}"
            raw = expand(body.strip("\n").rstrip())
            text, spans = parse_body(raw, pid)
            labels, seen = [], {}
            for start, kind, t in spans:
                seen[t] = seen.get(t, 0) + 1
                occ = [m.start() for m in re.finditer(re.escape(t), text)]
                if occ[seen[t] - 1] != start:
                    problems.append(f"{pid}: label {t!r} is not occurrence #{seen[t]} of its text")
                before = text[start - 1] if start else " "
                after = text[start + len(t)] if start + len(t) < len(text) else " "
                if isword(before) or isword(after):
                    problems.append(f"{pid}: label {t!r} not at word boundaries")
                if t != t.strip():
                    problems.append(f"{pid}: label {t!r} has outer spaces")
                if kind == "forename":
                    rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
                else:
                    rule = RULE[kind]
                if kind == "upn":
                    v = re.sub(r"[\s\-.]", "", t).upper()
                    if upn_rules.problem(v):
                        problems.append(f"{pid}: bad upn {t}")
                labels.append({"rule": rule, "text": t, "kind": kind})
            if "\\n" in text:
                problems.append(f"{pid}: literal backslash-n")
            kind_tags = {"full_name": "full-name", "forename": "forename", "other_person": "other-person",
                         "email": "email", "phone": "phone", "address": "address", "dob": "dob",
                         "upn": "upn", "health": "health", "circumstance": "circumstance"}
            tags = [t for t in tags if t not in kind_tags.values()]
            tags += [kind_tags[k] for k in kind_tags if any(l["kind"] == k for l in labels)]
            if not labels and "clean" not in tags:
                tags.insert(0, "clean")
            if labels and "clean" in tags:
                problems.append(f"{pid}: tagged clean but labelled")
            if account == "personal" and "personal" not in tags:
                tags.append("personal")
            if photo and "photo" not in tags:
                tags.append("photo")
            posts.append({"id": pid, "category": cat, "account": account, "photo": photo,
                          "text": text, "expected": labels,
                          "verdict": verdict(account, labels), "tags": tags})
    return posts, problems


def write_registers():
    cols = ("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,"
            "consent_website,consent_press,consent_name_with_photo,biometric_consent")
    yn = {"y": "yes", "n": "no"}
    lines = [cols]
    for fn, sn, pref, year, la, yy, cons in reg.PUPILS:
        nwp = "yes" if f"{fn} {sn}" in reg.NAME_WITH_PHOTO_YES else "no"
        sm, web, press, bio = (yn[c] for c in cons)
        lines.append(",".join([UPNS[f"{fn} {sn}"], fn, sn, pref, year, reg.CLASSES[year],
                               sm, web, press, nwp, bio]))
    (OUT / "register_pupils.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    s = ["title,forename,surname,role,consent_photo"]
    s += [",".join(r) for r in reg.STAFF]
    (OUT / "register_staff.csv").write_text("\n".join(s) + "\n", encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(reg.SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")


def main():
    posts, problems = build_posts()
    write_registers()
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(posts)} posts written; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
