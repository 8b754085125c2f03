"""Build posts.jsonl, register CSVs and school.json for set 49 from posts_*.txt markup.

Markup: [[kind:text]] with kind in fn full other email phone addr dob upn health circ.
[[upn:=Forename Surname]] -> that pupil's UPN; [[upn:=s Forename Surname]] spaced; [[upn:=l ...]] lower-case.
Post header: ### category | o/p | y/n | tags
"""
import csv, json, re, sys
from pathlib import Path
from clearpost.register import upn as U

HERE = Path(__file__).parent
OUT = HERE.parent
NN = "49"
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}

def pupils():
    rows = []
    for i, line in enumerate((HERE / "pupils.txt").read_text(encoding="utf-8").splitlines()):
        fn, sn, pref, yr, house = line.split("|")
        yr = int(yr)
        body = "916" + "4207" + f"{25 - yr:02d}" + f"{101 + i:03d}"
        rows.append(dict(forename=fn, surname=sn, preferred_forename=pref, year_group=f"Year {yr}",
                         klass=f"{yr} {house}", upn=U.check_letter(body) + body))
    return rows

def rule_for(kind, photo):
    return {"forename": "text.pupil_name_with_photo" if photo else "text.pupil_forename",
            "full_name": "text.pupil_full_name", "other_person": "text.other_person",
            "email": "text.contact_details", "phone": "text.contact_details",
            "address": "text.contact_details", "dob": "text.date_of_birth",
            "upn": "text.pupil_record", "health": "text.pupil_record",
            "circumstance": "text.pupil_record"}[kind]

def parse(pups):
    by_name = {f"{p['forename']} {p['surname']}": p for p in pups}
    posts = []
    files = sorted(HERE.glob("posts_*.txt"))
    chunks = []
    for f in files:
        chunks += re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)[1:]
    for n, chunk in enumerate(chunks, 1):
        head, _, body = chunk.partition("\n")
        cat, acct, photo, tags = [x.strip() for x in head.split("|")]
        acct = {"o": "official", "p": "personal"}[acct]
        photo = {"y": True, "n": False}[photo]
        tags = [t.strip() for t in tags.split(",") if t.strip()]
        body = body.rstrip("\n").strip("\n")
        body = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), body)
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, flags=re.S):
            text += body[pos:m.start()]
            k, t = m.group(1), m.group(2)
            kind = KINDS[k]
            if k == "upn" and t.startswith("="):
                mode, name = (t[1], t[3:]) if t[2:3] == " " else ("", t[1:])
                u = by_name[name]["upn"]
                if mode == "s":
                    t = f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"
                elif mode == "l":
                    t = u.lower()
                else:
                    t = u
            labels.append({"rule": rule_for(kind, photo), "text": t, "kind": kind, "_start": len(text)})
            text += t
            pos = m.end()
        text += body[pos:]
        worst = None
        for l in labels:
            s = SEV[acct].get(l["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        tags = [t for t in tags if t != "clean"]
        if not labels:
            tags = ["clean"] + tags
        if acct == "personal" and "personal" not in tags:
            tags.append("personal")
        if photo and "photo" not in tags:
            tags.append("photo")
        tags = list(dict.fromkeys(tags))
        posts.append(dict(id=f"z{NN}-{n:03d}", category=cat, account=acct, photo=photo, text=text,
                          expected=labels, verdict=verdict, tags=tags))
    return posts

def main():
    pups = pupils()
    posts = parse(pups)
    # consent_name_with_photo = no for pupils named in photo posts
    named_in_photo = set()
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] not in ("forename", "full_name"):
                continue
            t = l["text"].lower().lstrip("#")
            for q in pups:
                keys = {q["forename"].lower(), q["surname"].lower()}
                if q["preferred_forename"]:
                    keys.add(q["preferred_forename"].lower())
                ini = (q["forename"][0] + q["surname"][0]).lower()
                tt = re.sub(r"[^a-z]", "", t)
                if any(k in t for k in keys) or tt == ini or (q["preferred_forename"] and tt == (q["preferred_forename"][0] + q["surname"][0]).lower()):
                    named_in_photo.add(q["upn"])
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                    "consent_social_media", "consent_website", "consent_press",
                    "consent_name_with_photo", "biometric_consent"])
        for i, q in enumerate(pups):
            yn = lambda b: "yes" if b else "no"
            w.writerow([q["upn"], q["forename"], q["surname"], q["preferred_forename"], q["year_group"],
                        q["klass"], yn(i % 17 not in (5, 11)), yn(i % 13 != 7), yn(i % 3 != 1),
                        yn(q["upn"] not in named_in_photo), yn(i % 5 != 2)])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
        for i, line in enumerate((HERE / "staff.txt").read_text(encoding="utf-8").splitlines()):
            t, f, s, r = line.split("|")
            w.writerow([f"STA{i + 1:03d}", t, f, s, r, "yes" if i not in (10, 14) else "no",
                        "yes" if i not in (6, 10, 14) else "no"])
    school = {"name": "St Aldhelm's School for Girls",
              "address": "Aldhelm House, Lypiatt Terrace, Cheltenham, Gloucestershire",
              "postcode": "GZ50 2LD", "phone": "01632 960400",
              "email": "office@staldhelms.example", "website": "https://www.staldhelms.example"}
    (OUT / "school.json").write_text(json.dumps(school, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            q = dict(p)
            q["expected"] = [{k: v for k, v in l.items() if not k.startswith("_")} for l in p["expected"]]
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")
    # sidecar with spans for check.py
    (HERE / "spans.json").write_text(json.dumps({p["id"]: [l["_start"] for l in p["expected"]] for p in posts}))
    print(len(posts), "posts")

if __name__ == "__main__":
    main()
