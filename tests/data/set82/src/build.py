"""Build set 82 from the markup in posts_*.txt, pupils.txt, staff.txt, school.json.in.

Markup: header `### category | y/n (photo) | o/p (account) | tags`, then the post text;
`[[kind:text]]` marks a label (kinds fn full other email phone addr dob upn health circ);
`{UPN:Forename Surname}` becomes that pupil's UPN; `\\n` is a line break and `\\uXXXX` a
character. Run with the project's venv and PYTHONPATH unset.
"""
import csv
import io
import json
import re
import sys
from pathlib import Path

from clearpost.register import upn as upn_rules

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
NN = "82"
LA, EST = "889", "2417"
YEAR_ALLOC = {"Nursery": "22", "Reception": "21", "Year 1": "20", "Year 2": "19",
              "Year 3": "18", "Year 4": "17", "Year 5": "16", "Year 6": "15"}
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


def load_pupils():
    pupils = []
    serial = 101
    for line in (SRC / "pupils.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fn, sn, pref, year, cls, sm, web, press, bio = line.split("|")
        body = LA + EST + YEAR_ALLOC[year] + str(serial)
        serial += 1
        pupils.append(dict(upn=upn_rules.check_letter(body) + body, forename=fn, surname=sn,
                           preferred_forename=pref, year_group=year, **{"class": cls},
                           consent_social_media=sm, consent_website=web, consent_press=press,
                           biometric_consent=bio))
    return pupils


def load_staff():
    rows = []
    for line in (SRC / "staff.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            sid, title, fn, sn, role, photo, bio = line.split("|")
            rows.append(dict(staff_id=sid, title=title, forename=fn, surname=sn, role=role,
                             consent_photo=photo, biometric_consent=bio))
    return rows


def unescape(s):
    s = s.replace("\\n", "\n")
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def parse_posts(pupils):
    by_name = {}
    for p in pupils:
        by_name[f"{p['forename']} {p['surname']}"] = p["upn"]
        if p["preferred_forename"]:
            by_name[f"{p['preferred_forename']} {p['surname']}"] = p["upn"]
    blocks = []
    files = sorted(SRC.glob("posts_*.txt"))
    for f in files:
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                cur = {"head": line[4:], "lines": [], "file": f.name}
                blocks.append(cur)
            elif cur is not None:
                cur["lines"].append(line)
    posts, errors = [], []
    for i, b in enumerate(blocks, 1):
        pid = f"z{NN}-{i:03d}"
        parts = [x.strip() for x in b["head"].split("|")]
        cat, photo, acct = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
        tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
        raw = "\n".join(b["lines"]).strip("\n")
        raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: by_name[m.group(1)], raw)
        raw = unescape(raw)
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, flags=re.S):
            text += raw[pos:m.start()]
            kind = KINDS[m.group(1)]
            start = len(text)
            text += m.group(2)
            labels.append((kind, m.group(2), start))
            pos = m.end()
        text += raw[pos:]
        if "[[" in text or "]]" in text or "{UPN" in text:
            errors.append(f"{pid}: stray markup")
        expected, seen = [], {}
        for kind, t, start in labels:
            seen[t] = seen.get(t, 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if occ[seen[t] - 1] != start:
                errors.append(f"{pid}: label {t!r} is not its occurrence #{seen[t]}")
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if (before.isalnum() and t[0].isalnum()) or (after.isalnum() and t[-1].isalnum()):
                errors.append(f"{pid}: label {t!r} not at a word boundary")
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            else:
                rule = RULE[kind]
            expected.append({"rule": rule, "text": t, "kind": kind})
        worst = None
        for l in expected:
            sev = SEV[acct].get(l["rule"], "block")
            if worst is None or RANK[sev] > RANK[worst]:
                worst = sev
        verdict = "allow" if worst in (None, "info") else worst
        auto = []
        if not expected:
            auto.append("clean")
        if acct == "personal":
            auto.append("personal")
        if photo:
            auto.append("photo")
        kinds = {l["kind"] for l in expected}
        for k in ("full_name", "forename", "other_person", "email", "phone", "address", "dob",
                  "upn", "health", "circumstance"):
            if k in kinds:
                auto.append(k.replace("_", "-"))
        if "\n" in text:
            auto.append("multi-line")
        tags = list(dict.fromkeys(auto + [t for t in tags if t not in ("photo", "personal")]))
        posts.append({"id": pid, "category": cat, "account": acct, "photo": photo, "text": text,
                      "expected": expected, "verdict": verdict, "tags": tags})
    return posts, errors


def photo_named(posts, pupils):
    named = set()
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] not in ("forename", "full_name"):
                continue
            words = {w.casefold() for w in re.findall(r"[\w'-]+", l["text"])}
            inits = re.sub(r"[^A-Za-z]", "", l["text"]).upper()
            for q in pupils:
                toks = set(q["forename"].casefold().split()) | {q["forename"].casefold()}
                if q["preferred_forename"]:
                    toks.add(q["preferred_forename"].casefold())
                ini = {(q["forename"][0] + q["surname"][0]).upper()}
                if q["preferred_forename"]:
                    ini.add((q["preferred_forename"][0] + q["surname"][0]).upper())
                if words & toks or (re.fullmatch(r"(\w\.){2,3}", l["text"]) and inits in ini):
                    named.add(q["upn"])
    return named


def main():
    pupils = load_pupils()
    staff = load_staff()
    posts, errors = parse_posts(pupils)
    for e in errors:
        print("ERROR:", e)
    named = photo_named(posts, pupils)
    cols = ["upn", "forename", "surname", "preferred_forename", "year_group", "class",
            "consent_social_media", "consent_website", "consent_press",
            "consent_name_with_photo", "biometric_consent"]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    for p in pupils:
        p["consent_name_with_photo"] = "no" if p["upn"] in named else "yes"
        w.writerow(p)
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["staff_id", "title", "forename", "surname", "role",
                                        "consent_photo", "biometric_consent"], lineterminator="\n")
    w.writeheader()
    w.writerows(staff)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    school = json.loads((SRC / "school.json.in").read_text(encoding="utf-8"))
    (OUT / "school.json").write_text(json.dumps(school, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=True) + "\n")
    print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
          f"{len(named)} pupils named in photo posts, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
