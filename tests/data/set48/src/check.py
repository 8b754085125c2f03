"""Validator for set 48: label substrings/occurrences, kinds/rules, verdicts, UPN check letters,
CSV parsing, unique health/circumstance phrases, ids, school.json keys; prints counts."""
import csv, json, re, sys
from collections import Counter
from pathlib import Path
from clearpost.register import mis_import, upn as upn_rules

SET = Path(__file__).resolve().parent.parent
NN = "48"
KIND_RULES = {"full_name": {"text.pupil_full_name"},
              "forename": {"text.pupil_name_with_photo", "text.pupil_forename"},
              "other_person": {"text.other_person"}, "email": {"text.contact_details"},
              "phone": {"text.contact_details"}, "address": {"text.contact_details"},
              "dob": {"text.date_of_birth"}, "upn": {"text.pupil_record"},
              "health": {"text.pupil_record"}, "circumstance": {"text.pupil_record"}}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {None: -1, "info": 0, "warn": 1, "block": 2}


def main():
    errors = []
    school = json.loads((SET / "school.json").read_text("utf-8"))
    if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
        errors.append(f"school.json keys {sorted(school)}")
    pupils = mis_import.parse_pupils((SET / "register_pupils.csv").read_bytes())
    staff = mis_import.parse_staff((SET / "register_staff.csv").read_bytes())
    errors += [f"pupils: {p}" for p in pupils.problems] + [f"staff: {p}" for p in staff.problems]
    rows = list(csv.DictReader(open(SET / "register_pupils.csv", encoding="utf-8")))
    for r in rows:
        if upn_rules.problem(r["upn"]):
            errors.append(f"register UPN {r['upn']}: {upn_rules.problem(r['upn'])}")
    posts = [json.loads(l) for l in open(SET / "posts.jsonl", encoding="utf-8") if l.strip()]
    ids = [p["id"] for p in posts]
    if ids != [f"z{NN}-{i:03d}" for i in range(1, len(posts) + 1)]:
        errors.append("ids not consecutive")
    phrases = Counter()
    for p in posts:
        worst, spans, seen = None, [], Counter()
        for lab in p["expected"]:
            t, k, r = lab["text"], lab["kind"], lab["rule"]
            if k not in KIND_RULES or r not in KIND_RULES[k]:
                errors.append(f"{p['id']}: kind {k} rule {r}")
            if k == "forename":
                want = "text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename"
                if r != want:
                    errors.append(f"{p['id']}: forename rule {r}")
            occ = [m.start() for m in re.finditer(re.escape(t), p["text"])]
            if seen[t] >= len(occ):
                errors.append(f"{p['id']}: {t!r} not found often enough")
            else:
                s = occ[seen[t]]
                for a, b, o in spans:
                    if s < b and a < s + len(t):
                        errors.append(f"{p['id']}: {t!r} overlaps {o!r}")
                spans.append((s, s + len(t), t))
            seen[t] += 1
            if k == "upn":
                pr = upn_rules.problem(re.sub(r"[\s\-.]", "", t).upper())
                if pr:
                    errors.append(f"{p['id']}: {pr}")
            if k in ("health", "circumstance"):
                phrases[t.casefold()] += 1
            sev = SEV[p["account"]].get(r, "block")
            if RANK[sev] > RANK[worst]:
                worst = sev
        v = "allow" if worst in (None, "info") else worst
        if v != p["verdict"]:
            errors.append(f"{p['id']}: verdict {p['verdict']} != {v}")
        if ("clean" in p["tags"]) != (not p["expected"]):
            errors.append(f"{p['id']}: clean tag")
    errors += [f"phrase used {n}x: {t!r}" for t, n in phrases.items() if n > 1]
    # photo-named pupils must have consent_name_with_photo = no (build sets it)
    # counts
    labels = [l for p in posts for l in p["expected"]]
    print(f"posts {len(posts)}; photo {sum(p['photo'] for p in posts)}; personal "
          f"{sum(p['account'] == 'personal' for p in posts)}; clean {sum(not p['expected'] for p in posts)}; "
          f"labels {len(labels)}")
    for key in ("rule", "kind"):
        c = Counter(l[key] for l in labels)
        cp = Counter(x for p in posts for x in {l[key] for l in p["expected"]})
        print(f"\n{key}:")
        for k in sorted(c):
            print(f"  {k:30s} {c[k]:4d} labels {cp[k]:4d} posts")
    print("\nverdicts:")
    for acc in ("official", "personal"):
        c = Counter(p["verdict"] for p in posts if p["account"] == acc)
        print(f"  {acc}: allow {c['allow']} warn {c['warn']} block {c['block']} total {sum(c.values())}")
    print("\nregister yes counts:", {k: sum(r[k] == "yes" for r in rows) for k in (
        "consent_social_media", "consent_website", "consent_press", "consent_name_with_photo", "biometric_consent")})
    for e in errors:
        print("ERROR", e)
    print(f"\n{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
