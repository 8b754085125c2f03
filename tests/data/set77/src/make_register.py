"""register_pupils.csv, register_staff.csv and school.json from pupils.txt + the built posts.jsonl.
consent_name_with_photo = no for every pupil named (any name label) in a photo post."""
import csv
import json
import re

from common import OUT, fold, pupils

STAFF = [
    ("ST01", "Mr", "Daljit", "Sandhu", "Headteacher", "yes", "yes"),
    ("ST02", "Mrs", "Claire", "Radford", "Deputy Headteacher and Designated Safeguarding Lead", "yes", "yes"),
    ("ST03", "Miss", "Hodan", "Abdi", "Nursery Teacher (Ducklings)", "yes", "yes"),
    ("ST04", "Mrs", "Parminder", "Kaur", "Early Years Practitioner", "yes", "no"),
    ("ST05", "Mrs", "Lorraine", "Cox", "Reception Teacher (Kingfishers)", "yes", "yes"),
    ("ST06", "Ms", "Bethany", "Hart", "Year 1 Teacher (Swans)", "yes", "yes"),
    ("ST07", "Mr", "Imran", "Akhtar", "Year 2 Teacher (Whittle)", "yes", "yes"),
    ("ST08", "Mr", "Tom", "Doyle", "Year 3 Teacher (Larkin)", "no", "no"),
    ("ST09", "Miss", "Chloe", "Bishop", "Year 4 Teacher (Eliot)", "yes", "yes"),
    ("ST10", "Mr", "Gareth", "Owen", "Year 5 Teacher (Godiva) and Music Lead", "yes", "yes"),
    ("ST11", "Mrs", "Gurpreet", "Johal", "Year 6 Teacher (Brindley) and Assistant Headteacher", "yes", "yes"),
    ("ST12", "Mrs", "Nasreen", "Mahmood", "SENCO", "yes", "no"),
    ("ST13", "Mrs", "Saba", "Tekle", "Family Support Worker", "yes", "yes"),
    ("ST14", "Ms", "Elira", "Krasniqi", "Teaching Assistant (EAL)", "yes", "yes"),
    ("ST15", "Mr", "Kev", "Doherty", "Site Manager", "no", "no"),
    ("ST16", "Mrs", "Harpreet", "Sangha", "School Business Manager", "yes", "yes"),
]
SCHOOL = {
    "name": "Foleshill Canal Primary School",
    "address": "Wharf Street, Foleshill, Coventry",
    "postcode": "CX6 5LW",
    "phone": "01632 960415",
    "email": "office@foleshillcanal.example.org",
    "website": "www.foleshillcanal.example.org",
}


def named_in_photo(rows):
    named = set()
    for line in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines():
        post = json.loads(line)
        if not post["photo"]:
            continue
        for lab in post["expected"]:
            if lab["kind"] not in ("full_name", "forename"):
                continue
            t = fold(lab["text"].replace("\u200b", "")).replace("#", " ")
            t = t.replace("\u0430", "a").replace("\u0410", "a")
            words = set(re.findall(r"[a-z][a-z\-]*", t))
            letters = re.sub(r"[^a-z]", "", t)
            for i, p in enumerate(rows):
                names = {fold(p["forename"]), fold(p["preferred"])} - {""}
                joined = [fold(n + p["surname"]).replace("-", "") for n in names]
                if names & words or any(j in letters.replace("-", "") for j in joined):
                    named.add(i)
                if re.fullmatch(r"([a-z]\.){2}", t.strip()):
                    ini = {fold(n)[0] + fold(p["surname"])[0] for n in names}
                    if t.strip().replace(".", "") in ini:
                        named.add(i)
    return named


def main():
    rows = pupils()
    named = named_in_photo(rows)
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                    "consent_social_media", "consent_website", "consent_press",
                    "consent_name_with_photo", "biometric_consent"])
        for i, p in enumerate(rows):
            w.writerow([p["upn"], p["forename"], p["surname"], p["preferred"], p["year_group"], p["cls"],
                        p["social"], p["website"], p["press"], "no" if i in named else "yes",
                        p["biometric"]])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
        w.writerows(STAFF)
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(rows)} pupils ({len(named)} named in photo posts), {len(STAFF)} staff")


if __name__ == "__main__":
    main()
