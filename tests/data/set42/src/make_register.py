"""Write ../register_pupils.csv, ../register_staff.csv, ../school.json.
consent_name_with_photo = no for every pupil named (any form) in a photo post."""
import csv, json, re, unicodedata
from pathlib import Path
from register import pupils, staff

HERE = Path(__file__).parent
OUT = HERE.parent

def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("\u200b", "").replace("\u0430", "a").replace("\u0405", "S"))
    return re.sub(r"[^a-z]", "", "".join(c for c in s if not unicodedata.combining(c)).casefold())

def who(label_text, pupil_list):
    """Pupils a name label refers to (for consent and checking)."""
    t = fold(label_text)
    hits = []
    for p in pupil_list:
        names = [n for n in (p["forename"], p["preferred"]) if n]
        forms = set()
        for n in names:
            forms |= {fold(n + p["surname"]), fold(p["surname"] + n), fold(n), fold(n + p["surname"][0])}
            forms.add(fold("".join(w[0] for w in re.split(r"[\s-]+", n)) + p["surname"][0]))
            forms.add(fold("".join(w[0] for w in re.split(r"[\s-]+", n)) + "".join(w[0] for w in re.split(r"[\s-]+", p["surname"]))))
        if t in forms:
            hits.append(p)
    return hits

def main():
    ps = pupils()
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    in_photo = set()
    for post in posts:
        if post["photo"]:
            for l in post["expected"]:
                if l["kind"] in ("full_name", "forename"):
                    for p in who(l["text"], ps):
                        in_photo.add(p["upn"])
    cols = ["upn", "forename", "surname", "preferred_forename", "year_group", "class",
            "consent_social_media", "consent_website", "consent_press", "consent_name_with_photo",
            "biometric_consent"]
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(cols)
        for i, p in enumerate(ps):
            sm = p["social"]
            w.writerow([p["upn"], p["forename"], p["surname"], p["preferred"], p["year_group"], p["cls"],
                        sm, "yes" if i % 17 != 5 else "no", "yes" if i % 3 != 1 else "no",
                        "no" if p["upn"] in in_photo or sm == "no" else "yes",
                        "yes" if i % 6 != 2 else "no"])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        keys = ["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"]
        w.writerow(keys)
        for s in staff():
            w.writerow([s[k] for k in keys])
    school = {"name": "Sandwick Voe Junior High School",
              "address": "Skeldaberg Road, Sandwick Voe, Shetland",
              "postcode": "ZE9 0SV", "phone": "01632 960142",
              "email": "office@sandwickvoejhs.example.org",
              "website": "https://sandwickvoejhs.example.org"}
    (OUT / "school.json").write_text(json.dumps(school, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(len(ps), "pupils;", len(in_photo), "named in photo posts")

if __name__ == "__main__":
    main()
