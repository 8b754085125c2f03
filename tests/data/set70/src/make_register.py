"""register_pupils.csv, register_staff.csv, school.json from people.py; consent_name_with_photo
= no for every pupil who might be the one named in a photo post (matched generously)."""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from people import PUPILS, STAFF, SCHOOL, CLASSES, NICKNAMES  # noqa: E402
from build import UPN  # noqa: E402

HOMO = str.maketrans({"\u0435": "e", "\u0430": "a", "\u043e": "o", "\u0440": "p", "\u0441": "c"})


def fold(s):
    s = s.translate(HOMO).replace("\u200b", "").replace("\u00a0", " ")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L")
    return re.sub(r"[^a-z]", "", s.casefold())


def candidates(kind, text):
    """Pupils a name label could refer to."""
    t = fold(text)
    raw = text.translate(HOMO)
    out = set()
    for p in PUPILS:
        full = f"{p[0]} {p[1]}"
        names = [p[0]] + ([p[2]] if p[2] else []) + [k for k, v in NICKNAMES.items() if v == full]
        if kind == "full_name":
            if fold(p[1]) in t and any(fold(n) in t for n in names):
                out.add(full)
        else:
            initials = [fold(n[0] + p[1][0]) for n in names]
            first = fold(re.split(r"\s", raw.strip("#"))[0]) if raw.strip() else ""
            if any(fold(n) == t or fold(n) == first for n in names) or t in initials:
                out.add(full)
    return out


def main():
    posts = [json.loads(l) for l in (HERE.parent / "posts.jsonl").read_text().splitlines()]
    in_photo = set()
    for p in posts:
        if p["photo"]:
            for l in p["expected"]:
                if l["kind"] in ("full_name", "forename"):
                    c = candidates(l["kind"], l["text"])
                    if not c:
                        print("unresolved photo name", p["id"], l["text"])
                    in_photo |= c
    with (HERE.parent / "register_pupils.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                    "consent_social_media", "consent_website", "consent_press",
                    "consent_name_with_photo", "biometric_consent"])
        for p in PUPILS:
            full = f"{p[0]} {p[1]}"
            nwp = "no" if full in in_photo else "yes"
            w.writerow([UPN[full], p[0], p[1], p[2], p[3], CLASSES[p[3]], p[4], p[5], p[6], nwp, p[7]])
    with (HERE.parent / "register_staff.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo",
                    "biometric_consent"])
        for s in STAFF:
            w.writerow(s)
    (HERE.parent / "school.json").write_text(json.dumps(SCHOOL, indent=2) + "\n", encoding="utf-8")
    print(f"{len(PUPILS)} pupils ({len(in_photo)} named in photo posts), {len(STAFF)} staff")


if __name__ == "__main__":
    main()
