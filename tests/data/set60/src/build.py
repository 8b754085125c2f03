"""Build posts.jsonl, register CSVs and school.json for set 60 from the src/ markup files.

Markup: header line `### category | photo y/n | account o/p | tags,comma,separated`, then the
post body (lines joined by newlines). Inline labels `[[kind:text]]`, kinds
fn full other email phone addr dob upn health circ. `[[upn:@Forename Surname]]` is replaced by
that pupil's UPN (`/s` suffix: spaced, `/l`: lower case). In the body, a literal `\\n` is a
newline (used inside a label split over a line break) and `\\uXXXX` a Unicode escape.
Run with the project's venv and PYTHONPATH unset (imports clearpost.register.upn).
"""
import csv, io, json, re, sys, unicodedata
from pathlib import Path

from clearpost.register import upn as upn_rules

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
NN = "60"
YEARS = {"Nursery": ("23", "Dryw"), "Reception": ("22", "Robin"), "Year 1": ("21", "Gwennol"),
         "Year 2": ("20", "Crëyr"), "Year 3": ("19", "Gwylan"), "Year 4": ("18", "Barcud"),
         "Year 5": ("17", "Tylluan"), "Year 6": ("16", "Hebog")}
LA, EST = "681", "2217"
KIND = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
        "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
        "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
        "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
SCHOOL = {"name": "Loudoun Square Primary School",
          "address": "Hodges Row, Loudoun Square, Butetown, Cardiff",
          "postcode": "CX10 5LS", "phone": "029 2018 0460",
          "email": "office@loudounsquareprimary.example",
          "website": "https://www.loudounsquareprimary.example"}


HOMO = str.maketrans("аеорсхуіАВЕКМНОРСТХ", "aeopcxyiABEKMHOPCTX")


def fold(s):
    s = s.translate(HOMO).replace("\u200b", "").replace("\u200c", "").replace("\u200d", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def load_pupils():
    pupils, serial = [], 100
    for line in (SRC / "pupils.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fore, sur, pref, year, sm, web, press, bio = line.split("|")
        serial += 1
        body = LA + EST + YEARS[year][0] + str(serial)
        pupils.append(dict(upn=upn_rules.check_letter(body) + body, forename=fore, surname=sur,
                           preferred_forename=pref, year_group=year, **{"class": YEARS[year][1]},
                           consent_social_media=sm, consent_website=web, consent_press=press,
                           consent_name_with_photo="yes", biometric_consent=bio))
    return pupils


def upn_text(pupils, spec):
    name, _, opt = spec[1:].partition("/")
    (p,) = [p for p in pupils if f"{p['forename']} {p['surname']}" == name]
    u = p["upn"]
    if "s" in opt:
        u = f"{u[:4]} {u[4:8]} {u[8:10]} {u[10:]}"
    if "l" in opt:
        u = u.lower()
    return u


def unescape(s):
    s = s.replace("\\n", "\n")
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def parse(pupils):
    raw = []
    for f in sorted(SRC.glob("posts_*.txt")):
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                cur = {"head": line[4:], "body": [], "file": f.name}
                raw.append(cur)
            elif cur is not None:
                cur["body"].append(line)
    posts, errors = [], []
    for i, r in enumerate(raw, 1):
        pid = f"z{NN}-{i:03d}"
        cat, photo, acct, tags = [x.strip() for x in r["head"].split("|")]
        body = unescape("\n".join(r["body"]).strip("\n"))
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", body, re.S):
            text += body[pos:m.start()]
            kind = KIND[m.group(1)]
            t = m.group(2)
            if kind == "upn" and t.startswith("@"):
                t = upn_text(pupils, t)
            labels.append((len(text), kind, t))
            text += t
            pos = m.end()
        text += body[pos:]
        if "[[" in text or "]]" in text:
            errors.append(f"{pid}: stray markup")
        account = {"o": "official", "p": "personal"}[acct]
        has_photo = {"y": True, "n": False}[photo]
        expected, seen = [], {}
        for start, kind, t in labels:
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            k = seen.get(t, 0)
            if k >= len(occ) or occ[k] != start:
                errors.append(f"{pid}: label {t!r} is not its occurrence #{k + 1}")
            seen[t] = k + 1
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if before.isalnum() or after.isalnum():
                errors.append(f"{pid}: label {t!r} not at word boundary")
            rule = RULE.get(kind) or ("text.pupil_name_with_photo" if has_photo else "text.pupil_forename")
            expected.append({"rule": rule, "text": t, "kind": kind})
        worst = None
        for l in expected:
            sev = SEV[account].get(l["rule"], "block")
            if worst is None or RANK[sev] > RANK[worst]:
                worst = sev
        verdict = "allow" if worst in (None, "info") else worst
        tg = [t.strip() for t in tags.split(",") if t.strip()]
        auto = []
        if not expected:
            auto.append("clean")
        if account == "personal":
            auto.append("personal")
        if has_photo:
            auto.append("photo")
        tg = [t for t in tg if t not in ("clean", "personal", "photo")]
        tg = auto + tg
        posts.append({"id": pid, "category": cat, "account": account, "photo": has_photo,
                      "text": text, "expected": expected, "verdict": verdict, "tags": tg})
    return posts, errors


def match_pupils(pupils, label):
    t = fold(label["text"]).replace("\u200b", "").replace("\u00a0", " ")
    t = re.sub(r"'s$|’s$", "", t).lstrip("#")
    words = re.findall(r"[a-z]+", t)
    flat = "".join(words)
    hits = []
    for p in pupils:
        fores = [fold(p["forename"])] + ([fold(p["preferred_forename"])] if p["preferred_forename"] else [])
        sur = fold(p["surname"])
        fflat = ["".join(re.findall(r"[a-z]+", f)) for f in fores]
        sflat = "".join(re.findall(r"[a-z]+", sur))
        if label["kind"] == "full_name":
            if any(f in flat for f in fflat) and sflat in flat:
                hits.append(p)
        else:
            initials = re.fullmatch(r"([a-z])\.\s?([a-z])\.?(?:-?([a-z])\.)?", t)
            if initials:
                ini = "".join(x for x in initials.groups() if x)
                surini = "".join(w[0] for w in re.findall(r"[a-z]+", sur))
                if any(f[0] + surini == ini for f in fores):
                    hits.append(p)
            elif any(flat == f or flat.startswith(f) and (len(flat) - len(f) <= 1 or flat[len(f):] in ("star",)) for f in fflat):
                hits.append(p)
    return hits


def main():
    pupils = load_pupils()
    posts, errors = parse(pupils)
    named_photo = set()
    for post in posts:
        for l in post["expected"]:
            if l["kind"] in ("full_name", "forename"):
                hits = match_pupils(pupils, l)
                if not hits:
                    errors.append(f"{post['id']}: name label {l['text']!r} matches no pupil")
                if post["photo"]:
                    named_photo.update(p["upn"] for p in hits)
    for p in pupils:
        if p["upn"] in named_photo:
            p["consent_name_with_photo"] = "no"
    cols = ["upn", "forename", "surname", "preferred_forename", "year_group", "class",
            "consent_social_media", "consent_website", "consent_press", "consent_name_with_photo",
            "biometric_consent"]
    buf = io.StringIO()
    w = csv.DictWriter(buf, cols, lineterminator="\n")
    w.writeheader()
    w.writerows(pupils)
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for line in (SRC / "staff.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            w.writerow(line.split("|"))
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    for e in errors:
        print("ERROR", e)
    print(f"{len(posts)} posts, {len(pupils)} pupils, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
