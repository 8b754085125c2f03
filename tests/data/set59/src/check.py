"""Validator for set 59 (run via ../check.py with the project venv, PYTHONPATH unset)."""
import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register.upn import problem

OUT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(OUT / "src"))
from make_register import fold, named_in_photo  # noqa: E402
from upn import pupils_with_upns  # noqa: E402

SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
PHONE_OK = [r"07700 ?900 ?\d{3}", r"01632 ?960 ?\d{3}", r"0113 ?496 ?0\d{3}", r"020 ?7946 ?0\d{3}",
            r"0161 ?496 ?0\d{3}", r"0117 ?496 ?0\d{3}", r"0121 ?496 ?0\d{3}", r"0131 ?496 ?0\d{3}",
            r"0191 ?498 ?0\d{3}", r"028 ?9649 ?6\d{3}", r"029 ?2018 ?0\d{3}"]
MAIL_OK = ("gmail.com", "hotmail.co.uk", "icloud.com", "outlook.com", "yahoo.co.uk", ".example")


def main():
    errors, warnings = [], []
    school = json.loads((OUT / "school.json").read_text(encoding="utf-8"))
    if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
        errors.append(f"school.json keys {sorted(school)}")
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    if [p["id"] for p in posts] != [f"z59-{i:03d}" for i in range(1, 221)]:
        errors.append("ids are not z59-001..z59-220")
    phrases = Counter()
    for p in posts:
        text, labs = p["text"], p["expected"]
        seen = Counter()
        spans = []
        worst = None
        for l in labs:
            if set(l) != {"rule", "text", "kind"}:
                errors.append(f"{p['id']}: label fields {sorted(l)}")
            t = l["text"]
            seen[t] += 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) < seen[t]:
                errors.append(f"{p['id']}: {t!r} not found {seen[t]}x")
                continue
            s = occ[seen[t] - 1]
            e = s + len(t)
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()
                                                    and not t.endswith(" ")):
                warnings.append(f"{p['id']}: {t!r} not at word boundary")
            for a, b in spans:
                if s < b and a < e:
                    errors.append(f"{p['id']}: {t!r} overlaps")
            spans.append((s, e))
            if l["kind"] == "forename":
                want = "text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename"
                if l["rule"] != want:
                    errors.append(f"{p['id']}: forename rule")
            if l["kind"] in ("health", "circumstance"):
                phrases[fold(t)] += 1
            if l["kind"] == "upn" and problem(re.sub(r"[\s.\-]", "", t).upper()):
                errors.append(f"{p['id']}: bad UPN {t}")
            if l["kind"] == "phone":
                norm = t.replace("o", "0").replace("O", "0").replace("+44 ", "0").replace("-", " ")
                norm = re.sub(r"[()]", "", norm)
                if not any(re.fullmatch(rx, norm) for rx in PHONE_OK):
                    errors.append(f"{p['id']}: phone {t!r} outside drama ranges")
            if l["kind"] == "email":
                flat = re.sub(r"\s*[\[(]?\b(at|dot)\b[\])]?\s*", lambda m: "@" if "at" in m.group(1) else ".", t)
                flat = flat.replace(" ", "")
                if not flat.endswith(MAIL_OK):
                    errors.append(f"{p['id']}: email domain {t!r} ({flat})")
            sev = SEV[p["account"]].get(l["rule"], "block")
            if worst is None or RANK[sev] > RANK[worst]:
                worst = sev
        v = "allow" if worst in (None, "info") else worst
        if v != p["verdict"]:
            errors.append(f"{p['id']}: verdict {p['verdict']} != {v}")
        if ("clean" in p["tags"]) != (not labs):
            errors.append(f"{p['id']}: clean tag")
        for m in re.finditer(r"\b0\d{3,4}[ \d]{6,9}\d\b|\b07\d{3} ?\d{6}\b", text):
            if not any(re.search(rx, m.group()) for rx in PHONE_OK):
                errors.append(f"{p['id']}: phone-like {m.group()!r} outside drama ranges")
    for ph, n in phrases.items():
        if n > 1:
            errors.append(f"health/circumstance phrase used {n}x: {ph!r}")
    pupils = pupils_with_upns()
    reg = list(csv.DictReader(io.StringIO((OUT / "register_pupils.csv").read_text(encoding="utf-8"))))
    for r in reg:
        if problem(r["upn"]):
            errors.append(f"register UPN {r['upn']}: {problem(r['upn'])}")
    named = named_in_photo(pupils)
    for r in reg:
        if r["upn"] in named and r["consent_name_with_photo"] != "no":
            errors.append(f"{r['forename']} named in photo post but consent_name_with_photo yes")
    for name, fn in (("register_pupils.csv", mis_import.parse_pupils),
                     ("register_staff.csv", mis_import.parse_staff)):
        parsed = fn((OUT / name).read_bytes())
        errors += [f"{name}: {x}" for x in parsed.problems]
        if parsed.ignored_columns:
            errors.append(f"{name}: ignored {parsed.ignored_columns}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {sum(len(p['expected']) for p in posts)} labels, "
          f"{len(reg)} pupils; {len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
