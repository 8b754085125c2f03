"""Build set 110: posts_*.txt markup -> posts.jsonl, register CSVs, school.json.

Markup: a post starts with `### category | photo y/n | account o/p | tag, tag`; its text is the
following lines. Labels inline as [[kind:text]] with kind in KINDS; {UPN:Forename Surname} and
{UPNS:Forename Surname} insert a pupil's UPN (plain / spaced in 4s); \\uXXXX escapes for invisible
characters and homoglyphs. Rule from kind and photo; verdict from POLICY.md default severities.
"""
import csv, io, json, re, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import PUPILS, STAFF, SCHOOL, CLASSES, ALLOC, NAME_WITH_PHOTO_YES
from clearpost.register import upn as upn_rules

HERE = Path(__file__).parent
OUT = HERE.parent
NN = "110"
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
    for i, p in enumerate(PUPILS):
        body = "935" + "2417" + ALLOC[p[3]] + f"{101 + i:03d}"
        out[f"{p[0]} {p[1]}"] = upn_rules.check_letter(body) + body
    return out


UPNS = upns()


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def expand(text):
    def sub_upn(m):
        u = UPNS[m.group(2)]
        return u if m.group(1) == "UPN" else " ".join([u[:1] + u[1:4], u[4:8], u[8:]])
    text = re.sub(r"\{(UPNS?):([^}]+)\}", sub_upn, text)
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)


def parse_post(raw, photo, problems, pid):
    raw = expand(raw)
    out, labels, pos = [], [], 0
    for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", raw, re.S):
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        kind = KINDS.get(m.group(1))
        if kind is None:
            problems.append(f"{pid}: unknown kind {m.group(1)}")
            kind = "forename"
        t = m.group(2)
        out.append(t)
        labels.append((start, kind, t))
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        problems.append(f"{pid}: stray markup")
    if "\\n" in text:
        problems.append(f"{pid}: literal backslash-n")
    exp = []
    seen = {}
    for start, kind, t in labels:
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        seen[t] = seen.get(t, 0) + 1
        if occ.index(start) != seen[t] - 1:
            problems.append(f"{pid}: label {t!r} is occurrence {occ.index(start)+1}, labelled #{seen[t]}")
        before = text[start - 1] if start else " "
        after = text[start + len(t)] if start + len(t) < len(text) else " "
        if (before.isalnum() and t[0].isalnum()) or (after.isalnum() and t[-1].isalnum()):
            problems.append(f"{pid}: label {t!r} not at a word boundary")
        rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
        exp.append({"rule": rule, "text": t, "kind": kind})
    return text, exp


def load_posts(problems):
    posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        chunks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for chunk in chunks[1:]:
            head, _, body = chunk.partition("\n")
            parts = [p.strip() for p in head.split("|")]
            cat, photo, acct = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
            tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
            pid = f"z{NN}-{len(posts) + 1:03d}"
            text, exp = parse_post(body.strip("\n").rstrip(), photo, problems, pid)
            tags = [t for t in tags if t not in ("clean", "personal", "photo")]
            if not exp:
                tags.insert(0, "clean")
            if acct == "personal":
                tags.append("personal")
            if photo:
                tags.append("photo")
            posts.append({"id": pid, "category": cat, "account": acct, "photo": photo, "text": text,
                          "expected": exp, "verdict": verdict(acct, exp), "tags": tags})
    return posts


def photo_named(posts):
    named = set()
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] in ("forename", "full_name"):
                for f, s, pref, *_ in PUPILS:
                    first = l["text"].split()[0].strip(".,'’").lower()
                    if first in (f.lower(), pref.lower(), f.split()[0].lower()):
                        named.add(f"{f} {s}")
    return named


def main():
    problems = []
    posts = load_posts(problems)
    named = photo_named(posts)
    clash = NAME_WITH_PHOTO_YES & named
    if clash:
        problems.append(f"name_with_photo yes but named in a photo post: {sorted(clash)}")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for f, s, pref, yr, sm, web, press, bio in PUPILS:
        nwp = "yes" if f"{f} {s}" in NAME_WITH_PHOTO_YES else "no"
        w.writerow([UPNS[f"{f} {s}"], f, s, pref, yr, CLASSES[yr], sm, web, press, nwp, bio])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    w.writerows(STAFF)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(UPNS, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(posts)} posts written; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
