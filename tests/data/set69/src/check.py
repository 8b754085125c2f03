"""Validator for set 69 (Havelock Broadway Primary). Run: env -u PYTHONPATH /work/main/.venv/bin/python check.py"""
import csv
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register import upn as upn_rules

OUT = Path(__file__).resolve().parent.parent
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
DRAMA = [r"^07700900\d{3}$", r"^01632960\d{3}$", r"^01134960\d{3}$", r"^02079460\d{3}$",
         r"^01614960\d{3}$", r"^01174960\d{3}$", r"^01214960\d{3}$", r"^01314960\d{3}$",
         r"^01914980\d{3}$", r"^02896496\d{3}$", r"^02920180\d{3}$"]
WEBMAIL = ("gmail.com", "hotmail.co.uk", "hotmail.com", "icloud.com", "outlook.com", "yahoo.co.uk",
           "live.co.uk", "googlemail.com")


def fold(s):
    s = s.replace("\u0430", "a").replace("\u200b", "").replace("’", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L")
    return re.sub(r"[^a-z]", "", s.lower())


def main():
    errors, warnings = [], []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    school = json.loads((OUT / "school.json").read_text(encoding="utf-8"))
    if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
        errors.append(f"school.json keys {sorted(school)}")
    pupils = list(csv.DictReader(io.StringIO((OUT / "register_pupils.csv").read_text(encoding="utf-8"))))
    staff = list(csv.DictReader(io.StringIO((OUT / "register_staff.csv").read_text(encoding="utf-8"))))
    for name, parsed in (("pupils", mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())),
                         ("staff", mis_import.parse_staff((OUT / "register_staff.csv").read_bytes()))):
        errors += [f"{name}: {p}" for p in parsed.problems]
        if parsed.ignored_columns:
            errors.append(f"{name}: ignored columns {parsed.ignored_columns}")
    for p in pupils:
        if upn_rules.problem(p["upn"]):
            errors.append(f"register UPN {p['upn']}: {upn_rules.problem(p['upn'])}")
    fores = {}
    for p in pupils:
        for f in filter(None, (p["forename"], p["preferred_forename"])):
            fores.setdefault(fold(f), []).append(p)
    ids = [p["id"] for p in posts]
    if ids != [f"z69-{i:03d}" for i in range(1, 221)]:
        errors.append("ids are not z69-001..z69-220 in order")
    record_phrases = Counter()
    photo_named = set()
    for post in posts:
        pid, text = post["id"], post["text"]
        seen = Counter()
        spans = []
        worst = None
        for l in post["expected"]:
            t, kind, rule = l["text"], l["kind"], l["rule"]
            seen[t] += 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) < seen[t]:
                errors.append(f"{pid}: {t!r} not found {seen[t]}x")
                continue
            s = occ[seen[t] - 1]
            e = s + len(t)
            for a, b, o in spans:
                if s < b and a < e:
                    errors.append(f"{pid}: {t!r} overlaps {o!r}")
            spans.append((s, e, t))
            if (s and text[s - 1].isalnum() and t[0].isalnum()) or (e < len(text) and text[e].isalnum() and t[-1].isalnum()):
                errors.append(f"{pid}: {t!r} not at a word boundary")
            want = {"forename": "text.pupil_name_with_photo" if post["photo"] else "text.pupil_forename",
                    "full_name": "text.pupil_full_name", "other_person": "text.other_person",
                    "dob": "text.date_of_birth"}.get(kind) or (
                "text.contact_details" if kind in ("email", "phone", "address") else "text.pupil_record")
            if rule != want:
                errors.append(f"{pid}: {t!r} kind {kind} rule {rule} (want {want})")
            sev = SEV[post["account"]].get(rule, "block")
            worst = sev if worst is None or RANK[sev] > RANK[worst] else worst
            if kind in ("health", "circumstance"):
                record_phrases[t.lower()] += 1
            if kind == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", t).upper()):
                errors.append(f"{pid}: bad UPN {t!r}")
            if kind == "phone":
                digits = re.sub(r"\D", "", t.replace("O", "0").replace("o", "0"))
                digits = "0" + digits[2:] if digits.startswith("44") else digits
                if not any(re.match(r, digits) for r in DRAMA):
                    errors.append(f"{pid}: phone {t!r} not in an Ofcom drama range")
            if kind == "email":
                norm = re.sub(r"\s*(\[at\]|\(at\)| at )\s*", "@", t)
                norm = re.sub(r"\s*(\[dot\]|\(dot\)| dot )\s*", ".", norm).replace(" ", "")
                dom = norm.split("@")[-1].lower()
                if not (dom in WEBMAIL or dom.endswith(".example") or ".example." in dom):
                    errors.append(f"{pid}: e-mail domain {dom!r}")
            if kind in ("forename", "full_name"):
                f = fold(t)
                cands = []
                for p in pupils:
                    for fn in filter(None, (p["forename"], p["preferred_forename"])):
                        ff, sf = fold(fn), fold(p["surname"])
                        ini = fold(fn)[0] + sf[0]
                        if kind == "full_name" and f in (ff + sf, sf + ff):
                            cands.append(p)
                        if kind == "forename" and (f == ff or (f.startswith(ff) and len(f) == len(ff) + 1 and f[-1] == sf[0]) or (len(f) == 2 and f == ini)):
                            cands.append(p)
                if not cands:
                    errors.append(f"{pid}: {kind} {t!r} matches no register pupil")
                if post["photo"]:
                    photo_named.update(p["upn"] for p in cands)
        verdict = "allow" if worst in (None, "info") else worst
        if post["verdict"] != verdict:
            errors.append(f"{pid}: verdict {post['verdict']} want {verdict}")
        if ("clean" in post["tags"]) != (not post["expected"]):
            errors.append(f"{pid}: clean tag mismatch")
        # review aid: register forenames/surnames capitalised in the text but not inside any label
        for m in re.finditer(r"[A-Z][\w'’\-]+", text):
            if fold(m.group()) in fores and not any(a <= m.start() < b for a, b, _ in spans):
                warnings.append(f"{pid}: unlabelled {m.group()!r} (intended? {text[max(0, m.start()-25):m.end()+20]!r})")
    for t, n in record_phrases.items():
        if n > 1:
            errors.append(f"record phrase {t!r} used {n}x")
    for p in pupils:
        if p["upn"] in photo_named and p["consent_name_with_photo"] != "no":
            errors.append(f"{p['forename']} {p['surname']} named in a photo post but consent_name_with_photo=yes")
    if "-v" in sys.argv:
        for w in warnings:
            print("review:", w)
    for e in errors:
        print("ERROR:", e)
    c = Counter(l["kind"] for p in posts for l in p["expected"])
    print(f"{len(posts)} posts, {sum(not p['expected'] for p in posts)} clean, "
          f"{sum(p['photo'] for p in posts)} photo, {sum(p['account'] == 'personal' for p in posts)} personal; "
          f"kinds {dict(sorted(c.items()))}; {len(pupils)} pupils, {len(staff)} staff; "
          f"{len(errors)} error(s), {len(warnings)} review note(s) (-v to list)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
