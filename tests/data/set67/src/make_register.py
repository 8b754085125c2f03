"""register_pupils.csv, register_staff.csv, school.json; consent_name_with_photo = no for pupils named in photo posts."""
import csv, json
from common import HERE, OUT, pupils
from resolve import resolve

SCHOOL = {"name": "Glodwick Mill Primary School", "address": "Mill Brow Street, Glodwick, Oldham",
          "postcode": "ZL4 1GW", "phone": "0161 496 0417", "email": "office@glodwickmill.example.org",
          "website": "www.glodwickmill.example.org"}
COLS = ["upn", "forename", "surname", "preferred_forename", "year_group", "class", "consent_social_media",
        "consent_website", "consent_press", "consent_name_with_photo", "biometric_consent"]


def main():
    rows = pupils()
    named = set()
    for line in open(OUT / "posts.jsonl"):
        p = json.loads(line)
        if p["photo"]:
            for l in p["expected"]:
                if l["kind"] in ("full_name", "forename"):
                    named |= {r["upn"] for r in resolve(l, rows)}
    with open(OUT / "register_pupils.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, COLS)
        w.writeheader()
        for r in rows:
            w.writerow({**r, "consent_name_with_photo": "no" if r["upn"] in named else "yes"})
    with open(OUT / "register_staff.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
        for line in (HERE / "staff.txt").read_text().splitlines():
            if line.strip():
                w.writerow(line.split("|"))
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n")
    print(len(rows), "pupils;", len(named), "named in photo posts")


if __name__ == "__main__":
    main()
