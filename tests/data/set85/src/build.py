"""Markup (posts_0*.txt) -> ../posts.jsonl; pupils.txt/staff.txt -> ../register_*.csv, ../school.json.
Run from anywhere: env -u PYTHONPATH /work/main/.venv/bin/python src/build.py"""
import csv, glob, json, os, re, sys, unicodedata
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from upn import make as make_upn

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
SCHOOL = {"name": "Devonport Dockside Academy",
          "address": "Mutton Cove Road, Devonport, Plymouth",
          "postcode": "PX1 4DQ",
          "phone": "01632 960418",
          "email": "office@devonportdockside.example.org",
          "website": "https://www.devonportdockside.example.org"}
CLASS = {7: "7 Tamar", 8: "8 Mayflower", 9: "9 Eddystone", 10: "10 Smeaton", 11: "11 Brunel"}
# pupils whose parents said no to social media (still named by careless staff)
NO_SOCIAL = {"Avan Qadir", "Rebin Qadir", "Marek Wiśniewski"}
NO_BIO = {"Jericho Santos", "Rhea Santos", "Harvey Morice", "Zhilwan Aziz", "Summer Barne",
          "Kieran Tozer", "Jasmine Hoe"}
NO_PRESS = {"Angel Dela Cruz", "Shilan Hama", "Rojin Hassan", "Berivan Salih", "Roj Salih",
            "Lewis Drake", "Leah Chubb", "Lacey Chubb", "Dilan Abdullah", "Azad Rashid",
            "Tamar Ford", "Kyla Mendoza", "Faith Mendoza"}


def pupils():
    rows = []
    for line in open(os.path.join(HERE, "pupils.txt"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f, s, p, y = line.rstrip("\n").split("|")
        rows.append({"forename": f, "surname": s, "preferred": p, "year": int(y)})
    for i, r in enumerate(rows):
        r["upn"] = make_upn(r["year"], 101 + i)
        r["full"] = f"{r['forename']} {r['surname']}"
    return rows


PUPILS = pupils()
BY_FULL = {p["full"]: p for p in PUPILS}


def upn_of(spec):
    spaced = spec.startswith("@@")
    name = spec.lstrip("@")
    u = BY_FULL[name]["upn"]
    if spaced:
        return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"
    return u


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


CATMAP = {"trap": "notices", "dob": "office", "photo": "gallery", "other": "community",
          "email": "options", "phone": "volunteering", "upn": "office", "address": "community",
          "personal": "staff personal account"}
MARK = re.compile(r"\[\[(\w+):(.+?)\]\]", re.S)
SUBS = {"<ZW>": "\u200b", "<NB>": "\u00a0", "<BR>": "\n"}


def parse(errors):
    posts = []
    for path in sorted(glob.glob(os.path.join(HERE, "posts_0*.txt"))):
        blocks = re.split(r"^### ", open(path, encoding="utf-8").read(), flags=re.M)[1:]
        for b in blocks:
            head, _, body = b.partition("\n")
            parts = [x.strip() for x in head.split("|")]
            cat, photo, acct = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
            cat = CATMAP.get(cat, cat)
            tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
            raw = body.strip("\n")
            for k, v in SUBS.items():
                raw = raw.replace(k, v)
            text, labels, pos = "", [], 0
            for m in MARK.finditer(raw):
                text += raw[pos:m.start()]
                k, t = m.group(1), m.group(2)
                if k not in KIND:
                    errors.append(f"{path}: unknown kind {k}")
                    continue
                kind = KIND[k]
                if kind == "upn" and t.startswith("@"):
                    t = upn_of(t)
                labels.append({"kind": kind, "text": t, "start": len(text)})
                text += t
                pos = m.end()
            text += raw[pos:]
            posts.append({"cat": cat, "photo": photo, "acct": acct, "tags": tags, "text": text,
                          "labels": labels, "src": os.path.basename(path)})
    return posts


def main():
    errors, warns = [], []
    posts = parse(errors)
    out = []
    photo_named = set()
    phrases = Counter()
    for n, p in enumerate(posts, 1):
        pid = f"z85-{n:03d}"
        text = p["text"]
        seen = Counter()
        labels = []
        for l in p["labels"]:
            t = l["text"]
            seen[t] += 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if occ[seen[t] - 1] != l["start"]:
                errors.append(f"{pid}: label {t!r} is not its {seen[t]}th occurrence "
                              f"({text[:60]!r})")
            s, e = l["start"], l["start"] + len(t)
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errors.append(f"{pid}: label {t!r} not at word boundary")
            kind = l["kind"]
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename"
            else:
                rule = RULE[kind]
            labels.append({"rule": rule, "text": t, "kind": kind})
            if kind in ("health", "circumstance"):
                phrases[fold(t)] += 1
            if p["photo"] and kind in ("forename", "full_name"):
                photo_named.add(t)
        worst = None
        for l in labels:
            sev = SEV[p["acct"]].get(l["rule"], "block")
            if worst is None or RANK[sev] > RANK[worst]:
                worst = sev
        verdict = "allow" if worst in (None, "info") else worst
        tags = list(p["tags"])
        auto = []
        if not labels:
            auto.append("clean")
        if p["acct"] == "personal":
            auto.append("personal")
        if p["photo"]:
            auto.append("photo")
        for k in sorted({l["kind"] for l in labels}):
            auto.append(k.replace("_", "-"))
        for t in auto:
            if t not in tags:
                tags.append(t)
        if labels and "clean" in tags:
            errors.append(f"{pid}: tagged clean but has labels")
        out.append({"id": pid, "category": p["cat"], "account": p["acct"], "photo": p["photo"],
                    "text": text, "expected": labels, "verdict": verdict, "tags": tags})
    for ph, c in phrases.items():
        if c > 1:
            errors.append(f"health/circumstance phrase used {c}x: {ph!r}")

    # which pupils are named in photo posts
    no_photo = set()
    for t in photo_named:
        ft = fold(t).replace("#", "").replace("_", " ")
        toks = set(re.findall(r"[\w'-]+", ft))
        for pu in PUPILS:
            names = {fold(pu["forename"]), fold(pu["preferred"])} - {""}
            first = {fold(x).split()[0] for x in names}
            sur = fold(pu["surname"])
            if first & toks or any(nm in ft for nm in names) or sur.replace(" ", "") in ft.replace(" ", ""):
                no_photo.add(pu["full"])
            initials = fold(pu["forename"][0] + "." + pu["surname"][0] + ".")
            pin = fold((pu["preferred"] or pu["forename"])[0] + "." + pu["surname"][0] + ".")
            if ft.replace(" ", "") in (initials, pin):
                no_photo.add(pu["full"])
    with open(os.path.join(OUT, "posts.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=True) + "\n")
    with open(os.path.join(OUT, "register_pupils.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                    "consent_social_media", "consent_website", "consent_press",
                    "consent_name_with_photo", "biometric_consent"])
        yn = lambda b: "yes" if b else "no"
        for pu in PUPILS:
            full = pu["full"]
            w.writerow([pu["upn"], pu["forename"], pu["surname"], pu["preferred"],
                        f"Year {pu['year']}", CLASS[pu["year"]], yn(full not in NO_SOCIAL),
                        yn(full not in NO_SOCIAL), yn(full not in NO_PRESS and full not in NO_SOCIAL),
                        yn(full not in no_photo), yn(full not in NO_BIO)])
    with open(os.path.join(OUT, "register_staff.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo",
                    "biometric_consent"])
        for line in open(os.path.join(HERE, "staff.txt"), encoding="utf-8"):
            if line.strip():
                w.writerow(line.rstrip("\n").split("|"))
    json.dump(SCHOOL, open(os.path.join(OUT, "school.json"), "w", encoding="utf-8"), indent=2,
              ensure_ascii=False)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(out)} posts, {sum(1 for o in out if not o['expected'])} clean, "
          f"{sum(1 for o in out if o['photo'])} photo, "
          f"{sum(1 for o in out if o['account'] == 'personal')} personal; "
          f"{len(no_photo)} pupils named in photo posts; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
