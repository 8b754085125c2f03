"""Build set 131 from the markup in posts_*.txt.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
followed by its text lines. Inline labels: [[kind:text]] with kind one of
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} inserts that
pupil's UPN, {UPNS:Forename Surname} the UPN spaced in fours. \\uXXXX escapes give zero-width
characters, non-breaking spaces and homoglyphs.
Writes ../posts.jsonl, ../register_pupils.csv, ../register_staff.csv, ../school.json.
"""
import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import CLASSES, PUPILS, SCHOOL, STAFF  # noqa: E402

from clearpost.register import upn as upn_rules  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE.parent
NN = 131
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
# LA 925 (Lincolnshire), fictional establishment 2417, year of allocation, serial
YEAR_ALLOC = {"Reception": "21", "1": "20", "2": "19", "3": "18", "4": "17", "5": "16", "6": "15"}


def upns():
    out = {}
    for i, p in enumerate(PUPILS):
        body = "925" + "2417" + YEAR_ALLOC[p[3]] + f"{101 + i:03d}"
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


def expand(raw):
    def sub(m):
        u = UPNS[m.group(2)]
        if m.group(1) == "UPNS":
            return " ".join([u[:1], u[1:5], u[5:9], u[9:]])
        return u
    raw = re.sub(r"\{(UPNS?):([^}]+)\}", sub, raw)
    raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    return raw


def parse(raw, photo, pid, problems):
    text, labels, spans, pos = "", [], [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, re.S):
        text += raw[pos:m.start()]
        kind = KINDS[m.group(1)]
        t = m.group(2)
        spans.append((len(text), len(text) + len(t), t))
        text += t
        pos = m.end()
        if kind == "forename":
            rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
        else:
            rule = RULE[kind]
        labels.append({"rule": rule, "text": t, "kind": kind})
    text += raw[pos:]
    if "[[" in text or "]]" in text:
        problems.append(f"{pid}: stray markup")
    if "\\n" in text:
        problems.append(f"{pid}: literal backslash-n")
    # nth label with a text = nth occurrence of that text
    seen = Counter()
    for a, b, t in spans:
        seen[t] += 1
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        if occ[seen[t] - 1] != a:
            problems.append(f"{pid}: label {t!r} is not the {seen[t]}th occurrence (warn)")
        before = text[a - 1] if a > 0 else " "
        after = text[b] if b < len(text) else " "
        if before.isalnum() or after.isalnum():
            problems.append(f"{pid}: label {t!r} not at word boundary")
    return text, labels


def load_posts(problems):
    posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        blocks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for block in blocks[1:]:
            head, _, body = block.partition("\n")
            cat, ph, acct, tags = [x.strip() for x in head.split("|")]
            photo = ph == "y"
            account = {"o": "official", "p": "personal"}[acct]
            pid = f"z{NN}-{len(posts) + 1:03d}"
            raw = expand(body.strip("\n").rstrip())
            text, labels = parse(raw, photo, pid, problems)
            tags = [t.strip() for t in tags.split(",") if t.strip()]
            auto = []
            if not labels:
                auto.append("clean")
            if account == "personal":
                auto.append("personal")
            if photo:
                auto.append("photo")
            for k in ("full_name", "forename", "other_person", "health", "circumstance",
                      "dob", "upn", "email", "phone", "address"):
                if any(l["kind"] == k for l in labels):
                    auto.append(k.replace("_", "-"))
            tags = list(dict.fromkeys(auto + tags))
            posts.append({"id": pid, "category": cat, "account": account, "photo": photo,
                          "text": text, "expected": labels,
                          "verdict": verdict(account, labels), "tags": tags})
    return posts


def named_in_photo(posts):
    named = set()
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] in ("forename", "full_name"):
                for pu in PUPILS:
                    for fn in {pu[0], pu[2], pu[0].split()[-1]} - {""}:
                        if fn.casefold() in l["text"].casefold():
                            named.add((pu[0], pu[1]))
                    # initials
                    for f in {pu[0], pu[2]} - {""}:
                        for ini in (f[0] + "." + pu[1][0] + ".",
                                    "-".join(x[0] for x in f.split("-")) + "." + pu[1][0] + ".",
                                    f[0] + pu[1][0]):
                            if l["text"].replace(" ", "").casefold() == ini.casefold():
                                named.add((pu[0], pu[1]))
    return named


def main():
    problems = []
    posts = load_posts(problems)
    named = named_in_photo(posts)
    yn = lambda b: "yes" if b else "no"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    free = 0
    for p in PUPILS:
        fn, sn, pref, yr, sm, web, press, bio = p
        nwp = False
        if (fn, sn) not in named and sm:
            free += 1
            nwp = free % 3 == 1
        w.writerow([UPNS[f"{fn} {sn}"], fn, sn, pref, "Reception" if yr == "Reception" else f"Year {yr}",
                    CLASSES[yr], yn(sm), yn(web), yn(press), yn(nwp), yn(bio)])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for i, s in enumerate(STAFF):
        w.writerow([f"HCP{i + 1:03d}", s[0], s[1], s[2], s[3], yn(s[4]), yn(s[5])])
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    for pr in problems:
        print("build:", pr)
    print(f"built {len(posts)} posts")


if __name__ == "__main__":
    main()
