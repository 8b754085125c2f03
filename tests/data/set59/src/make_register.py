"""register_pupils.csv, register_staff.csv and school.json from pupils.txt, staff.txt and
posts.jsonl (consent_name_with_photo = no for any pupil named in a photo post)."""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from upn import pupils_with_upns  # noqa: E402

SCHOOL = {
    "name": "St Anselm's Catholic High School",
    "address": "Bastion Row, Toxteth, Liverpool",
    "postcode": "LX8 2QT",
    "phone": "01632 960415",
    "email": "office@stanselms-toxteth.example",
    "website": "www.stanselms-toxteth.example",
}
NO_SOCIAL = {"Amira Ameen", "Noor Al-Hakimi"}


def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("\u0430", "a"))
    s = "".join(c for c in s if not unicodedata.combining(c) and c not in "\u200b\u200c\u200d")
    return s.casefold()


def named_in_photo(pupils):
    named = set()
    for line in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines():
        post = json.loads(line)
        if not post["photo"]:
            continue
        for lab in post["expected"]:
            if lab["kind"] not in ("forename", "full_name"):
                continue
            t = fold(lab["text"]).replace("#welldone", "")
            words = set(re.findall(r"[a-z'-]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", t)))
            flat = re.sub(r"[^a-z]", "", t)
            for p in pupils:
                names = [p["forename"]] + ([p["preferred"]] if p["preferred"] else [])
                for n in names:
                    fn = fold(n)
                    if fn in words or (" " in fn and fn in t) or re.sub(r"[^a-z]", "", fn) in flat and len(fn) > 3:
                        named.add(p["upn"])
                init = (fold(p["forename"])[0] + "." + fold(p["surname"])[0] + ".")
                if t == init:
                    named.add(p["upn"])
    return named


def main():
    pupils = pupils_with_upns()
    named = named_in_photo(pupils)
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                    "consent_social_media", "consent_website", "consent_press",
                    "consent_name_with_photo", "biometric_consent"])
        for i, p in enumerate(pupils):
            full = f"{p['forename']} {p['surname']}"
            social = "no" if full in NO_SOCIAL else "yes"
            website = "no" if full in NO_SOCIAL or i % 17 == 5 else "yes"
            press = "no" if full in NO_SOCIAL or i % 3 == 1 else "yes"
            nwp = "no" if p["upn"] in named or full in NO_SOCIAL else "yes"
            bio = "no" if i % 6 == 4 else "yes"
            w.writerow([p["upn"], p["forename"], p["surname"], p["preferred"], f"Year {p['year']}",
                        p["class"], social, website, press, nwp, bio])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo",
                    "biometric_consent"])
        for line in (HERE / "staff.txt").read_text(encoding="utf-8").splitlines():
            if line.strip():
                w.writerow(line.split("|"))
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"{len(pupils)} pupils; {len(named)} named in photo posts")


if __name__ == "__main__":
    main()
