"""CSVs and school.json. consent_name_with_photo = no for any pupil whose forename, preferred
name, surname-with-forename or initials appear in a name label of a photo post (conservative)."""
import csv
import json
import re
from common import HERE, pupils, staff, fold

OUT = HERE.parent


def named_in_photo(p, posts):
    names = {fold(p["forename"]), fold(p["forename"].split("-")[0])}
    if p["preferred"]:
        names.add(fold(p["preferred"]))
    first = [p["forename"]] + ([p["preferred"]] if p["preferred"] else [])
    inits = {fold(f[0] + "".join(w[0] for w in re.split(r"[\s'-]+", p["surname"]) if w)) for f in first}
    for post in posts:
        if not post["photo"]:
            continue
        for l in post["expected"]:
            if l["kind"] not in ("forename", "full_name"):
                continue
            t = fold(l["text"])
            words = set(re.findall(r"[^\W\d_]+", t))
            if names & words or any(n in t.replace(" ", "") for n in names if len(n) > 3):
                return True
            if re.sub(r"[\W_]", "", t) in inits:
                return True
    return False


def main():
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    reg = pupils()
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,"
                   "consent_website,consent_press,consent_name_with_photo,biometric_consent".split(","))
        yn = lambda c: "yes" if c == "y" else "no"
        for p in reg:
            nwp = "no" if named_in_photo(p, posts) else ("no" if p["sm"] == "n" else "yes")
            w.writerow([p["upn"], p["forename"], p["surname"], p["preferred"], p["year"], p["cls"],
                        yn(p["sm"]), yn(p["web"]), yn(p["press"]), nwp, yn(p["bio"])])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
        for row in staff():
            w.writerow(row)
    school = {"name": "Breydon Sands Primary School",
              "address": "Saltings Lane, Southtown, Great Yarmouth, Norfolk",
              "postcode": "NR31 7QZ", "phone": "01632 960418",
              "email": "office@breydonsands.example.org", "website": "www.breydonsands.example.org"}
    (OUT / "school.json").write_text(json.dumps(school, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
