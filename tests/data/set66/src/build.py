"""Build posts.jsonl, register CSVs and school.json for set 66 from src/."""
import csv
import io
import json
import sys

from clearpost.register import upn as upn_rules

from common import SET, NN, CLASSES, load_pupils, load_staff, parse_posts, resolve, upn_of

SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
        "health": "text.pupil_record", "circumstance": "text.pupil_record"}
AUTO_TAG = {"full_name": "full-name", "forename": "forename", "other_person": "other-person",
            "email": "email", "phone": "phone", "address": "address", "dob": "dob", "upn": "upn",
            "health": "health", "circumstance": "circumstance"}

# pupils with no social-media consent (named anyway in a couple of careless posts)
NO_SOCIAL = {"Mazin Elamin", "Nasteho Abdullahi", "Hermon Tesfay"}
NO_WEBSITE = {"Mazin Elamin", "Nasteho Abdullahi", "Hermon Tesfay", "Yonas Haile"}
NO_PRESS_EVERY = 3
NO_BIOMETRIC = {"Sagal Mohamed", "Tyrese Francis", "Ruta Yohannes", "Faith Simpson", "Yonas Haile",
                "Kemar Bailey", "Paris Bailey"}


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def main():
    pupils = load_pupils()
    for p in pupils:
        p["upn"] = upn_of(p, upn_rules.check_letter)
        p["name"] = f"{p['forename']} {p['surname']}"
    lookup = {p["name"]: p["upn"] for p in pupils}
    posts = parse_posts(lookup)
    if len(posts) != 220:
        print(f"note: {len(posts)} posts (want 220)", file=sys.stderr)
    photo_named = set()
    out = []
    for i, p in enumerate(posts, 1):
        labels = []
        for l in p["labels"]:
            k = l["kind"]
            rule = RULE.get(k) or ("text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename")
            labels.append({"rule": rule, "text": l["text"], "kind": k})
            if p["photo"] and k in ("full_name", "forename"):
                for q in resolve(k, l["text"], pupils):
                    photo_named.add(q["name"])
        tags = list(p["tags"])
        if not labels:
            tags.append("clean")
        for k in sorted({l["kind"] for l in labels}):
            if AUTO_TAG[k] not in tags:
                tags.append(AUTO_TAG[k])
        if p["account"] == "personal" and "personal" not in tags:
            tags.append("personal")
        if p["photo"] and "photo" not in tags:
            tags.append("photo")
        out.append({"id": f"z{NN}-{i:03d}", "category": p["category"], "account": p["account"],
                    "photo": p["photo"], "text": p["text"], "expected": labels,
                    "verdict": verdict(p["account"], labels), "tags": tags})
    with open(SET / "posts.jsonl", "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=True) + "\n")

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for n, p in enumerate(pupils):
        yn = lambda b: "yes" if b else "no"
        w.writerow([p["upn"], p["forename"], p["surname"], p["preferred"], f"Year {p['year']}",
                    CLASSES[p["year"]], yn(p["name"] not in NO_SOCIAL), yn(p["name"] not in NO_WEBSITE),
                    yn(n % NO_PRESS_EVERY != 1 and p["name"] not in NO_SOCIAL),
                    yn(p["name"] not in photo_named), yn(p["name"] not in NO_BIOMETRIC)])
    (SET / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for s in load_staff():
        w.writerow([s["staff_id"], s["title"], s["forename"], s["surname"], s["role"], s["consent_photo"],
                    s["consent_photo"]])
    (SET / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")

    school = {"name": "Princess Road Academy",
              "address": "Westwood Lane, Moss Side, Manchester",
              "postcode": "MQ16 4RD",
              "phone": "0161 496 0710",
              "email": "office@princessroadacademy.example",
              "website": "https://www.princessroadacademy.example"}
    (SET / "school.json").write_text(json.dumps(school, indent=2) + "\n", encoding="utf-8")
    print(f"built {len(out)} posts; {len(photo_named)} pupils named in photo posts")


if __name__ == "__main__":
    main()
