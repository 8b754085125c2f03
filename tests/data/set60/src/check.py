"""Validate set 60: labels, verdicts, UPNs, registers, unique record phrases, name coverage.

Run: env -u PYTHONPATH /work/main/.venv/bin/python check.py   (from the set folder or anywhere)
Errors make the exit status 1; warnings list register names left unlabelled (each intended).
"""
import csv, io, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

from clearpost.register import mis_import, upn as upn_rules

SET = Path(__file__).resolve().parent.parent
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
KIND_RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
             "email": "text.contact_details", "phone": "text.contact_details",
             "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
             "health": "text.pupil_record", "circumstance": "text.pupil_record"}


def main():
    errors, warnings = [], []
    posts = [json.loads(l) for l in (SET / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    school = json.loads((SET / "school.json").read_text(encoding="utf-8"))
    if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
        errors.append("school.json keys")
    pupils_raw = (SET / "register_pupils.csv").read_bytes()
    staff_raw = (SET / "register_staff.csv").read_bytes()
    for name, parsed in (("pupils", mis_import.parse_pupils(pupils_raw)), ("staff", mis_import.parse_staff(staff_raw))):
        if parsed.problems or parsed.ignored_columns:
            errors.append(f"{name} csv: {parsed.problems} {parsed.ignored_columns}")
    pupils = list(csv.DictReader(io.StringIO(pupils_raw.decode("utf-8"))))
    for p in pupils:
        if upn_rules.problem(p["upn"]):
            errors.append(f"register UPN {p['upn']}: {upn_rules.problem(p['upn'])}")
    if [p["id"] for p in posts] != [f"z60-{i:03d}" for i in range(1, 221)]:
        errors.append("ids are not z60-001..z60-220")
    phrases = Counter()
    for post in posts:
        pid, text = post["id"], post["text"]
        seen = Counter()
        worst = None
        for l in post["expected"]:
            t, kind, rule = l["text"], l["kind"], l["rule"]
            want = KIND_RULE.get(kind) or ("text.pupil_name_with_photo" if post["photo"] else "text.pupil_forename")
            if rule != want:
                errors.append(f"{pid}: {t!r} rule {rule} should be {want}")
            seen[t] += 1
            if text.count(t) < seen[t]:
                errors.append(f"{pid}: {t!r} not in text {seen[t]}x")
            if kind in ("health", "circumstance"):
                phrases[t.casefold()] += 1
            if kind == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", t).upper()):
                errors.append(f"{pid}: bad UPN {t}")
            if rule == "text.contact_details" and re.sub(r"\W", "", t).casefold() in {
                    re.sub(r"\W", "", school[k]).casefold() for k in ("phone", "email", "postcode")}:
                errors.append(f"{pid}: school's own detail labelled")
            sev = SEV[post["account"]].get(rule, "block")
            if worst is None or RANK[sev] > RANK[worst]:
                worst = sev
        if post["verdict"] != ("allow" if worst in (None, "info") else worst):
            errors.append(f"{pid}: verdict")
        if ("clean" in post["tags"]) != (not post["expected"]):
            errors.append(f"{pid}: clean tag")
        # register forenames/preferred names left unlabelled (for review)
        labelled = [l["text"] for l in post["expected"]]
        spans = []
        for t in labelled:
            start = 0
            while (i := text.find(t, start)) >= 0:
                spans.append((i, i + len(t)))
                start = i + 1
        for p in pupils:
            for f in {p["forename"], p["preferred_forename"], p["surname"]} - {""}:
                for m in re.finditer(r"(?<![\w-])" + re.escape(f) + r"(?![\w-])", text):
                    if not any(a <= m.start() < b for a, b in spans):
                        warnings.append(f"{pid}: unlabelled {f!r}")
    for ph, n in phrases.items():
        if n > 1:
            errors.append(f"record phrase used {n}x: {ph!r}")
    named_photo_no = {p["forename"] for p in pupils if p["consent_name_with_photo"] == "no"}
    for w in sorted(set(warnings)):
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts; {len(pupils)} pupils; {len(named_photo_no)} pupils with name_with_photo=no; "
          f"{len(errors)} errors, {len(set(warnings))} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
