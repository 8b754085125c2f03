"""CSVs and school.json; consent_name_with_photo = no for every pupil named in a photo post."""
import csv, json, re
from common import OUT, SRC, pupils
from build import posts

def initials(p):
    out = set()
    for f in filter(None, (p["forename"], p["preferred_forename"])):
        letters = [w[0] for w in f.split()] + [w[0] for w in re.split(r"[\s-]", p["surname"])]
        out.add("".join(letters).lower())
        out.add((f[0] + p["surname"][0]).lower())
    return out

def named_in_photo_posts(rows):
    named = set()
    for post in posts():
        if not post["photo"]:
            continue
        for lab in post["expected"]:
            if lab["kind"] not in ("full_name", "forename"):
                continue
            t = re.sub(r"[\u200b\u00a0\s#_]", " ", lab["text"]).replace("\u0430", "a").lower()
            t = re.sub(r"\s+", " ", t).strip()
            letters = re.sub(r"[^a-z]", "", t)
            for p in rows:
                fns = [f.lower() for f in filter(None, (p["forename"], p["preferred_forename"]))]
                sn = p["surname"].lower()
                first = t.split(" ")[0] if lab["kind"] == "forename" else None
                hit = False
                if lab["kind"] == "full_name":
                    hit = sn.replace(" ", "") in t.replace(" ", "") and any(f.replace(" ", "") in t.replace(" ", "") for f in fns)
                else:
                    hit = any(t == f or t.startswith(f + " ") for f in fns) or ("." in t and letters in initials(p))
                if hit:
                    named.add(p["upn"])
    return named

if __name__ == "__main__":
    rows = pupils()
    named = named_in_photo_posts(rows)
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,consent_website,consent_press,consent_name_with_photo,biometric_consent".split(","))
        for p in rows:
            w.writerow([p["upn"], p["forename"], p["surname"], p["preferred_forename"], p["year_group"],
                        p["klass"], p["social"], p["website"], p["press"],
                        "no" if p["upn"] in named or p["social"] == "no" else "yes", p["bio"]])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow("staff_id,title,forename,surname,role,consent_photo,biometric_consent".split(","))
        for line in (SRC / "staff.txt").read_text(encoding="utf-8").splitlines():
            if line.strip():
                w.writerow(line.split("|"))
    school = {"name": "Cable Street Girls' School", "address": "1 Cannon Rope Walk, London",
              "postcode": "EQ1 4ZX", "phone": "020 7946 0410",
              "email": "office@cablestreetgirls.example.org", "website": "www.cablestreetgirls.example.org"}
    (OUT / "school.json").write_text(json.dumps(school, indent=2) + "\n", encoding="utf-8")
    print(len(rows), "pupils;", len(named), "named in photo posts")
