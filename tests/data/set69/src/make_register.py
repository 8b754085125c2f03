"""Write ../register_pupils.csv, ../register_staff.csv and ../school.json.

consent_name_with_photo = no for every pupil who could be the one named (forename, preferred
name, surname or initials) in any photo post of ../posts.jsonl; run after build.py.
"""
import csv
import hashlib
import json
import re
import unicodedata

from common import HERE, pupils, staff

OUT = HERE.parent


def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("\u0430", "a"))
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L")
    return re.sub(r"[^a-z]", "", s.lower())


def initials(p, fore):
    return fold("".join(w[0] for w in fore.split()[:1]) + p["surname"][0])


def named_in_photo():
    hits = set()
    for line in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines():
        post = json.loads(line)
        if not post["photo"]:
            continue
        for l in post["expected"]:
            if l["kind"] not in ("forename", "full_name"):
                continue
            words = {fold(w) for w in re.split(r"[\s,#.]+|(?<=[a-z])(?=[A-Z])", l["text"]) if w}
            whole = fold(l["text"])
            for p in pupils():
                for fore in filter(None, (p["forename"], p["preferred"])):
                    f = fold(fore)
                    if f in words or whole.startswith(f) or (len(whole) == 2 and whole == initials(p, fore)):
                        hits.add(p["upn"])
    return hits


def flag(upn, salt, pct):
    return "yes" if int(hashlib.md5((upn + salt).encode()).hexdigest(), 16) % 100 < pct else "no"


def main():
    photo = named_in_photo()
    no_social = {"Lily Southall", "Sahar Karimi"}  # careless staff still name them
    cols = ["upn", "forename", "surname", "preferred_forename", "year_group", "class",
            "consent_social_media", "consent_website", "consent_press", "consent_name_with_photo",
            "biometric_consent"]
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for p in pupils():
            key = f"{p['forename']} {p['surname']}"
            social = "no" if key in no_social else "yes"
            w.writerow([p["upn"], p["forename"], p["surname"], p["preferred"], p["year"], p["cls"],
                        social, social if social == "no" else flag(p["upn"], "web", 95),
                        flag(p["upn"], "press", 60) if social == "yes" else "no",
                        "no" if p["upn"] in photo else flag(p["upn"], "nwp", 70),
                        flag(p["upn"], "bio", 80)])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
        for s in staff():
            w.writerow([s["staff_id"], s["title"], s["forename"], s["surname"], s["role"],
                        "no" if s["staff_id"] in ("ST05", "ST15") else "yes",
                        "no" if s["staff_id"] in ("ST05", "ST09", "ST15") else "yes"])
    school = {
        "name": "Havelock Broadway Primary School",
        "address": "Havelock Broadway, Southall, Middlesex",
        "postcode": "UX2 5HQ",
        "phone": "020 7946 0412",
        "email": "office@havelockbroadway.example.org",
        "website": "https://www.havelockbroadway.example.org",
    }
    (OUT / "school.json").write_text(json.dumps(school, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(pupils())} pupils ({len(photo)} named in photo posts), {len(staff())} staff")


if __name__ == "__main__":
    main()
