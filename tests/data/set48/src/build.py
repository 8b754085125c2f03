"""Build set 48 from the markup in posts_*.txt.

Markup: [[kind:text]] with kind in fn full other email phone addr dob upn health circ.
[[upn:@Forename Surname]] inserts that pupil's UPN; [[upn:@@Forename Surname]] inserts it
lower-case with spaces (a935 2417 21 118 style). \\uXXXX escapes in the text are decoded.
Header line: ### category | y/n (photo) | o/p (account) | tag,tag
Writes ../posts.jsonl, ../register_pupils.csv, ../register_staff.csv, ../school.json.
"""
import csv, io, json, re, sys, unicodedata
from pathlib import Path
from clearpost.register import upn as upn_rules

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
NN = "48"
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {None: -1, "info": 0, "warn": 1, "block": 2}
YY = {"Reception": "24", "Year 1": "23", "Year 2": "22", "Year 3": "21", "Year 4": "20",
      "Year 5": "19", "Year 6": "18"}
SCHOOL = {"name": "Lakenheath Fen Primary School",
          "address": "Wash Drove, Lakenheath Fen, Brandon, Suffolk",
          "postcode": "LF27 9QX", "phone": "01632 960410",
          "email": "office@lakenheathfen.example.org",
          "website": "https://www.lakenheathfen.example.org"}


def load_pupils():
    rows = []
    for i, line in enumerate(l for l in (HERE / "pupils.txt").read_text("utf-8").splitlines()
                             if l.strip() and not l.startswith("#")):
        f, s, p, y, c, sm, web, press, bio = line.split("|")
        body = "935" + "2417" + YY[y] + f"{101 + i:03d}"
        rows.append(dict(upn=upn_rules.check_letter(body) + body, forename=f, surname=s,
                         preferred_forename=p, year_group=y, **{"class": c},
                         consent_social_media=sm, consent_website=web, consent_press=press,
                         consent_name_with_photo="yes", biometric_consent=bio))
    return rows


def fold(s):
    s = s.replace("\u200b", "").replace("\u200c", "").replace("\u200d", "").replace("\u00a0", " ")
    s = s.translate(str.maketrans("аеорсухіАЕОРСХВНКМТ", "aeopcyxiAEOPCXBHKMT"))
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def pupils_for(label, kind, pupils):
    """Register pupils a name label could refer to."""
    t = fold(label)
    t = re.sub(r"[’']s?$", "", t.strip())
    out = []
    for p in pupils:
        names = {fold(p["forename"])} | ({fold(p["preferred_forename"])} if p["preferred_forename"] else set())
        sur = fold(p["surname"])
        if kind == "full_name":
            flat = re.sub(r"[^a-z]", "", t)
            for n in names:
                if re.sub(r"[^a-z]", "", n + sur) in flat or re.sub(r"[^a-z]", "", sur + n) in flat:
                    out.append(p)
                    break
        else:
            words = re.sub(r"[^a-z\- ]", " ", t).split()
            letters = re.sub(r"[^a-z]", "", t)
            if letters in {re.sub(r"[^a-z]", "", n) for n in names}:
                out.append(p)
            elif words and words[0] in names:
                if len(words) == 1 or sur.startswith(words[1][0]):
                    out.append(p)
            elif re.fullmatch(r"[a-z]\.?\s?[a-z]\.?(-?[a-z]\.?)?", t.strip()):
                inits = {n[0] + sur[0] for n in names}
                if letters[:2] in inits:
                    out.append(p)
    return out


def parse_posts():
    posts = []
    for path in sorted(HERE.glob("posts_*.txt")):
        cur = None
        for line in path.read_text("utf-8").splitlines():
            if line.startswith("### "):
                if cur:
                    posts.append(cur)
                cat, photo, acc, tags = [x.strip() for x in line[4:].split("|")]
                cur = dict(category=cat, photo=photo == "y",
                           account={"o": "official", "p": "personal"}[acc],
                           tags=[t.strip() for t in tags.split(",") if t.strip()], lines=[])
            elif cur is not None:
                cur["lines"].append(line)
        if cur:
            posts.append(cur)
    return posts


def render(raw, pupils, errors, pid):
    raw = raw.replace("\\n", "\n")
    raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, re.S):
        text += raw[pos:m.start()]
        k, val = m.group(1), m.group(2)
        if k not in KINDS:
            errors.append(f"{pid}: bad kind {k}")
        if k == "upn" and val.startswith("@"):
            spaced = val.startswith("@@")
            name = val.lstrip("@")
            hit = [p for p in pupils if f"{p['forename']} {p['surname']}" == name
                   or f"{p['preferred_forename']} {p['surname']}" == name]
            if len(hit) != 1:
                errors.append(f"{pid}: UPN for {name!r} not found")
                val = "X"
            else:
                u = hit[0]["upn"]
                val = f"{u[:4]} {u[4:8]} {u[8:10]} {u[10:]}".lower() if spaced else u
        labels.append((len(text), val, KINDS.get(k, k)))
        text += val
        pos = m.end()
    text += raw[pos:]
    if "[[" in text or "]]" in text:
        errors.append(f"{pid}: stray markup")
    return text, labels


def main():
    errors = []
    pupils = load_pupils()
    posts = parse_posts()
    out, photo_named = [], set()
    for i, p in enumerate(posts, 1):
        pid = f"z{NN}-{i:03d}"
        raw = "\n".join(p["lines"]).strip("\n")
        text, labs = render(raw, pupils, errors, pid)
        expected, worst = [], None
        for start, t, kind in labs:
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename"
            elif kind == "full_name":
                rule = "text.pupil_full_name"
            elif kind == "other_person":
                rule = "text.other_person"
            elif kind in ("email", "phone", "address"):
                rule = "text.contact_details"
            elif kind == "dob":
                rule = "text.date_of_birth"
            else:
                rule = "text.pupil_record"
            # nth label of a text must be the nth occurrence
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            n = sum(1 for s2, t2, _ in labs if t2 == t and s2 < start)
            if n >= len(occ) or occ[n] != start:
                errors.append(f"{pid}: label {t!r} is not its {n + 1}th occurrence")
            for s2, t2, _ in labs:
                if (s2, t2) != (start, t) and s2 < start + len(t) and start < s2 + len(t2):
                    errors.append(f"{pid}: label {t!r} overlaps {t2!r}")
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if (t[0].isalnum() and before.isalnum()) or (t[-1].isalnum() and after.isalnum()):
                errors.append(f"{pid}: label {t!r} not at word boundary")
            if kind in ("full_name", "forename"):
                who = pupils_for(t, kind, pupils)
                if not who:
                    errors.append(f"{pid}: name label {t!r} matches no register pupil")
                if p["photo"]:
                    photo_named.update(x["upn"] for x in who)
            sev = SEV[p["account"]].get(rule, "block")
            if RANK[sev] > RANK[worst]:
                worst = sev
            expected.append({"rule": rule, "text": t, "kind": kind})
        verdict = "allow" if worst in (None, "info") else worst
        tags = [t for t in p["tags"] if t != "clean"]
        if not expected:
            tags = ["clean"] + tags
        if p["photo"] and "photo" not in tags:
            tags.append("photo")
        if p["account"] == "personal" and "personal" not in tags:
            tags.append("personal")
        out.append(dict(id=pid, category=p["category"], account=p["account"], photo=p["photo"],
                        text=text, expected=expected, verdict=verdict, tags=tags))
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for o in out:
            line = json.dumps(o, ensure_ascii=False)
            # invisible characters and Cyrillic homoglyphs as \uXXXX escapes
            line = re.sub(r"[\u200b-\u200d\u00a0\u0400-\u04ff]", lambda m: "\\u%04x" % ord(m.group()), line)
            fh.write(line + "\n")
    for p in pupils:
        if p["upn"] in photo_named:
            p["consent_name_with_photo"] = "no"
    # a few pupils never named in a photo post keep "no" anyway? keep yes: the rule is only one-way
    cols = ["upn", "forename", "surname", "preferred_forename", "year_group", "class",
            "consent_social_media", "consent_website", "consent_press", "consent_name_with_photo",
            "biometric_consent"]
    with open(OUT / "register_pupils.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, cols, lineterminator="\n")
        w.writeheader()
        w.writerows(pupils)
    with open(OUT / "register_staff.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
        for line in (HERE / "staff.txt").read_text("utf-8").splitlines():
            if line.strip():
                w.writerow(line.split("|"))
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2) + "\n", encoding="utf-8")
    for e in errors:
        print("ERROR", e)
    print(f"{len(out)} posts, {len(errors)} build errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
