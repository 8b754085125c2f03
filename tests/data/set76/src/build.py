"""Build set 76 from src/: pupils.txt, staff.txt, posts_*.txt -> ../posts.jsonl, ../register_*.csv, ../school.json.

Post markup: a header line `### category | photo y/n | account o/p | tag, tag`, then the text.
Labels are written inline as [[kind:text]] with kinds
  fn full oth em ph ad dob upn hl ci
`{UPN:Forename Surname}` is replaced by that pupil's UPN.
"""
import csv
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

import upn as upnmod

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
NN = 76
KINDS = {"fn": "forename", "full": "full_name", "oth": "other_person", "em": "email", "ph": "phone",
         "ad": "address", "dob": "dob", "upn": "upn", "hl": "health", "ci": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person", "email": "text.contact_details",
        "phone": "text.contact_details", "address": "text.contact_details", "dob": "text.date_of_birth",
        "upn": "text.pupil_record", "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
CLASSES = {"Nursery": "Hummingbirds", "Reception": "Seacole", "Year 1": "Zephaniah", "Year 2": "Bloom",
           "Year 3": "Tull", "Year 4": "Curie", "Year 5": "Mandela", "Year 6": "Garvey"}
SCHOOL = {
    "name": "Chapeltown Road Primary School",
    "address": "Hayfield Terrace, Chapeltown, Leeds",
    "postcode": "LZ7 4QX",
    "phone": "0113 496 0750",
    "email": "office@chapeltownroad-primary.example",
    "website": "https://www.chapeltownroad-primary.example",
}


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L").casefold()


def load_pupils():
    pupils = []
    serial = {}
    for line in (HERE / "pupils.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fn, sn, pref, yg, sm, web, press, bio = line.split("|")
        serial[yg] = serial.get(yg, 0) + 1
        base = {"Nursery": 100, "Reception": 200, "Year 1": 300, "Year 2": 400, "Year 3": 500,
                "Year 4": 600, "Year 5": 700, "Year 6": 800}[yg]
        pupils.append(dict(upn=upnmod.make(yg, base + serial[yg] * 7), forename=fn, surname=sn,
                           preferred_forename=pref, year_group=yg, class_=CLASSES[yg],
                           consent_social_media=sm, consent_website=web, consent_press=press,
                           biometric_consent=bio))
    return pupils


def load_staff():
    rows = []
    for i, line in enumerate(l for l in (HERE / "staff.txt").read_text(encoding="utf-8").splitlines()
                             if l.strip() and not l.startswith("#")):
        t, f, s, role, cp, bio = line.split("|")
        rows.append(dict(staff_id=f"CR{i + 1:03d}", title=t, forename=f, surname=s, role=role,
                         consent_photo=cp, biometric_consent=bio))
    return rows


def parse_posts(pupils):
    by_name = {f"{p['forename']} {p['surname']}": p["upn"] for p in pupils}
    posts = []
    files = sorted(HERE.glob("posts_*.txt"))
    cur = None
    for f in files:
        for line in f.read_text(encoding="utf-8").split("\n"):
            if line.startswith("### "):
                if cur:
                    posts.append(cur)
                parts = [x.strip() for x in line[4:].split("|")]
                cur = dict(category=parts[0], photo=parts[1] == "y", account="personal" if parts[2] == "p" else "official",
                           tags=[t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else [], lines=[])
            elif cur is not None:
                cur["lines"].append(line)
        if cur:
            posts.append(cur)
            cur = None
    out, errors = [], []
    for i, p in enumerate(posts, 1):
        raw = "\n".join(p["lines"]).strip("\n")
        raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: by_name[m.group(1)], raw)
        raw = re.sub(r"\{UPNSP:([^}]+)\}", lambda m: (lambda u: f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}")(by_name[m.group(1)]), raw)
        raw = raw.replace("\\u200b", "\u200b").replace("\\u00a0", "\u00a0")
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, flags=re.S):
            text += raw[pos:m.start()]
            k = KINDS[m.group(1)]
            labels.append((len(text), m.group(2), k))
            text += m.group(2)
            pos = m.end()
        text += raw[pos:]
        if "[[" in text or "]]" in text:
            errors.append(f"post {i}: stray markup")
        pid = f"z{NN}-{i:03d}"
        exp = []
        seen = {}
        for start, t, k in labels:
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            seen[t] = seen.get(t, 0) + 1
            if occ.index(start) != seen[t] - 1:
                errors.append(f"{pid}: label {t!r} is not the nth occurrence")
            b, e = text[start - 1:start], text[start + len(t):start + len(t) + 1]
            if (b and (b.isalnum())) or (e and e.isalnum()):
                errors.append(f"{pid}: label {t!r} not at word boundary")
            if k == "forename":
                rule = "text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename"
            else:
                rule = RULE[k]
            exp.append({"rule": rule, "text": t, "kind": k})
        worst = None
        for l in exp:
            s = SEV[p["account"]].get(l["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        tags = list(p["tags"])
        kinds = {l["kind"] for l in exp}
        auto = []
        if not exp:
            auto.append("clean")
        if p["account"] == "personal":
            auto.append("personal")
        if p["photo"]:
            auto.append("photo")
        for k in ("full_name", "forename", "other_person", "email", "phone", "address", "dob", "upn", "health", "circumstance"):
            if k in kinds:
                auto.append(k.replace("_", "-"))
        tags = list(dict.fromkeys(auto + tags))
        out.append(dict(id=pid, category=p["category"], account=p["account"], photo=p["photo"], text=text,
                        expected=exp, verdict=verdict, tags=tags))
    return out, errors


def photo_named(posts, pupils):
    named = set()
    for post in posts:
        if not post["photo"]:
            continue
        for l in post["expected"]:
            if l["kind"] not in ("full_name", "forename"):
                continue
            t = fold(re.sub(r"[#_\u200b.]", " ", l["text"]))
            toks = set(re.findall(r"[^\W\d]+", t))
            letters = re.sub(r"[^a-z]", "", fold(l["text"]))
            for p in pupils:
                names = {fold(p["forename"])} | ({fold(p["preferred_forename"])} if p["preferred_forename"] else set())
                sur = fold(p["surname"])
                hit = any(n in toks or n.replace("-", "") in t.replace(" ", "") for n in names)
                if l["kind"] == "full_name":
                    hit = hit and (sur in t or sur.replace(" ", "") in t.replace(" ", ""))
                if not hit and len(letters) <= 3:
                    hit = any((n[0] + sur[0]) == letters[:2] for n in names)
                if hit:
                    named.add(p["upn"])
    return named


def main():
    pupils = load_pupils()
    staff = load_staff()
    posts, errors = parse_posts(pupils)
    named = photo_named(posts, pupils)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class", "consent_social_media",
                "consent_website", "consent_press", "consent_name_with_photo", "biometric_consent"])
    for p in pupils:
        w.writerow([p["upn"], p["forename"], p["surname"], p["preferred_forename"], p["year_group"], p["class_"],
                    p["consent_social_media"], p["consent_website"], p["consent_press"],
                    "no" if p["upn"] in named or p["consent_social_media"] == "no" else "yes", p["biometric_consent"]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for s in staff:
        w.writerow([s[k] for k in ("staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent")])
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    (HERE / "photo_named.json").write_text(json.dumps(sorted(named), indent=1) + "\n", encoding="utf-8")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, {len(named)} pupils named in photo posts")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
