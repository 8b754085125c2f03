"""Markup (posts_0*.txt) -> ../posts.jsonl, ../register_*.csv, ../school.json.

Markup: header `### category | y/n (photo) | o/p (account) | tag,tag`, then the post text.
Labels inline as [[kind:text]], kinds fn full other email phone addr dob upn health circ.
{UPN:Forename Surname} is replaced by that pupil's UPN; {UPNS:...} by the UPN spaced in fours.
"""
import csv, json, re, sys, unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import upn as upnmod

HERE = Path(__file__).parent
OUT = HERE.parent
NN = "39"
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
SCHOOL = {
    "name": "École de la Rocque",
    "address": "La Rue de la Rocque, St Clement, Jersey",
    "postcode": "JE2 6ZR",
    "phone": "01632 960480",
    "email": "office@ecoledelarocque.example",
    "website": "https://www.ecoledelarocque.example",
}
CLASSES = {"R": "Ormers", "1": "Limpets", "2": "Puffins", "3": "Gannets", "4": "Dolphins",
           "5": "Seals", "6": "Oystercatchers"}
PUPILS = upnmod.pupils(str(HERE / "pupils.txt"))
BYNAME = {f"{p['forename']} {p['surname']}": p for p in PUPILS}


def sub_upn(s):
    def rep(m):
        u = BYNAME[m.group(2)]["upn"]
        return u if m.group(1) == "UPN" else f"{u[:4]} {u[4:8]} {u[8:]}"
    return re.sub(r"\{(UPNS?):([^}]+)\}", rep, s)


def parse():
    posts = []
    for f in sorted(HERE.glob("posts_0*.txt")):
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                cat, ph, ac, tags = [x.strip() for x in line[4:].split("|")]
                cur = dict(category=cat, photo=ph == "y", account="official" if ac == "o" else "personal",
                           tags=[t for t in tags.split(",") if t], body=[])
                posts.append(cur)
            elif cur is not None:
                cur["body"].append(line)
    return posts


def render(raw, photo):
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, re.S):
        text += sub_upn(raw[pos:m.start()])
        kind = KINDS[m.group(1)]
        t = sub_upn(m.group(2))
        start = len(text)
        text += t
        if kind == "forename":
            rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
        else:
            rule = RULE[kind]
        labels.append(dict(rule=rule, text=t, kind=kind, _start=start))
        pos = m.end()
    text += sub_upn(raw[pos:])
    return text, labels


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def main():
    posts, out = parse(), []
    named_in_photo = set()
    for i, p in enumerate(posts, 1):
        raw = "\n".join(p["body"]).strip("\n")
        text, labels = render(raw, p["photo"])
        tags = list(p["tags"])
        if p["account"] == "personal" and "personal" not in tags:
            tags.append("personal")
        if p["photo"] and "photo" not in tags:
            tags.append("photo")
        if not labels and "clean" not in tags:
            tags.insert(0, "clean")
        if labels and "clean" in tags:
            tags.remove("clean")
        if p["photo"]:
            for l in labels:
                if l["kind"] in ("forename", "full_name"):
                    named_in_photo.add(l["text"])
        out.append(dict(id=f"z{NN}-{i:03d}", category=p["category"], account=p["account"],
                        photo=p["photo"], text=text, expected=labels,
                        verdict=verdict(p["account"], labels), tags=tags))
    # nth-occurrence check done in check.py; strip positions here after verifying
    for o in out:
        seen = {}
        for l in o["expected"]:
            t = l["text"]
            starts = [m.start() for m in re.finditer(re.escape(t), o["text"])]
            n = seen.get(t, 0)
            if starts[n] != l["_start"]:
                print(f"ORDER {o['id']}: {t!r} label is occurrence at {l['_start']}, nth={starts[n]}")
            seen[t] = n + 1
        for l in o["expected"]:
            del l["_start"]
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    write_register(named_in_photo)
    (OUT / "school.json").write_text(json.dumps(SCHOOL, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(len(out), "posts")


def fold(s):
    s = s.translate(str.maketrans("аеорсхАЕОРСХ", "aeopcxAEOPCX")).replace("\u200b", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def photo_named(p, named):
    words = {fold(p["forename"])} | ({fold(p["preferred"])} if p["preferred"] else set())
    inits = fold(p["forename"][0] + "".join(w[0] for w in p["surname"].replace("-", " ").split()))
    for t in named:
        tt = fold(t)
        if any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", tt) for w in words):
            return True
        if re.sub(r"\W", "", tt) == inits and "." in t:
            return True
    return False


def write_register(named):
    cols = ["upn", "forename", "surname", "preferred_forename", "year_group", "class",
            "consent_social_media", "consent_website", "consent_press", "consent_name_with_photo",
            "biometric_consent"]
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for i, p in enumerate(PUPILS):
            yg = "Reception" if p["year"] == "R" else f"Year {p['year']}"
            sm = "no" if i in (7, 12) else "yes"   # the Popescu siblings: no social-media consent
            web = "no" if i in (7, 12, 33) else "yes"
            press = "yes" if i % 3 else "no"
            nwp = "no" if photo_named(p, named) else ("yes" if i % 2 else "no")
            bio = "no" if i % 5 == 4 else "yes"
            w.writerow([p["upn"], p["forename"], p["surname"], p["preferred"], yg, CLASSES[p["year"]],
                        sm, web, press, nwp, bio])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
        for line in (HERE / "staff.txt").read_text(encoding="utf-8").splitlines():
            if line.strip():
                sid, title, fn, sn, role, cp = line.split("|")
                w.writerow([sid, title, fn, sn, role, cp, cp])


if __name__ == "__main__":
    main()
