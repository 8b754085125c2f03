"""Check set 82: labels, verdicts, UPNs, CSV import, unique record phrases, contact
formats, and list register names left unlabelled (for review: all should be intended traps)."""
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register import upn as upn_rules

OUT = Path(__file__).resolve().parent.parent
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
DRAMA = [r"07700 ?900 ?\d{3}", r"01632 ?960 ?\d{3}", r"0113 ?496 ?0\d{3}", r"020 ?7946 ?0\d{3}",
         r"0161 ?496 ?0\d{3}", r"0117 ?496 ?0\d{3}", r"0121 ?496 ?0\d{3}", r"0131 ?496 ?0\d{3}",
         r"0191 ?498 ?0\d{3}", r"028 ?9649 ?6\d{3}", r"029 ?2018 ?0\d{3}"]


def main(verbose=True):
    errors, notes = [], []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    school = json.loads((OUT / "school.json").read_text(encoding="utf-8"))
    if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
        errors.append("school.json keys")
    pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    staff = list(csv.DictReader(open(OUT / "register_staff.csv", encoding="utf-8")))
    for name, fn in (("register_pupils.csv", mis_import.parse_pupils),
                     ("register_staff.csv", mis_import.parse_staff)):
        parsed = fn((OUT / name).read_bytes())
        errors += [f"{name}: {p}" for p in parsed.problems]
    for p in pupils:
        if upn_rules.problem(p["upn"]):
            errors.append(f"bad UPN {p['upn']}")
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts")
    for i, p in enumerate(posts, 1):
        if p["id"] != f"z82-{i:03d}":
            errors.append(f"id {p['id']}")
    phrases = Counter()
    for p in posts:
        text, worst = p["text"], None
        if "\\n" in text:
            errors.append(f"{p['id']}: written backslash-n")
        seen = Counter()
        spans = []
        for l in p["expected"]:
            t = l["text"]
            seen[t] += 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) < seen[t]:
                errors.append(f"{p['id']}: {t!r} missing")
                continue
            s = occ[seen[t] - 1]
            for a, b in spans:
                if s < b and a < s + len(t):
                    errors.append(f"{p['id']}: {t!r} overlaps")
            spans.append((s, s + len(t)))
            sev = SEV[p["account"]].get(l["rule"], "block")
            worst = sev if worst is None or RANK[sev] > RANK[worst] else worst
            if l["kind"] in ("health", "circumstance"):
                phrases[t.casefold()] += 1
            if l["kind"] == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", t).upper()):
                errors.append(f"{p['id']}: bad upn {t}")
            if l["kind"] == "phone":
                digits = re.sub(r"\D", "", t.replace("O", "0").replace("o", "0"))
                flat = re.sub(r"\D", "", t)
                ok = any(re.fullmatch(d.replace(" ?", ""), digits.replace("44", "0", 1) if digits.startswith("44") else digits) for d in DRAMA)
                if not ok:
                    notes.append(f"{p['id']}: phone {t!r} not recognised as drama range (check by eye)")
            norm = re.sub(r"\s*(\[at\]|\(at\)|\bat\b)\s*", "@", t)
            norm = re.sub(r"\s*(\[dot\]|\(dot\)|\bdot\b)\s*", ".", norm).replace(" ", "")
            if l["kind"] == "email" and "@" in norm:
                dom = norm.split("@")[1].strip().casefold()
                if not (dom.endswith(".example") or dom in ("gmail.com", "hotmail.co.uk", "icloud.com",
                                                            "yahoo.co.uk", "outlook.com", "live.co.uk",
                                                            "hotmail.com", "btinternet.com")):
                    errors.append(f"{p['id']}: e-mail domain {dom}")
        v = "allow" if worst in (None, "info") else worst
        if v != p["verdict"]:
            errors.append(f"{p['id']}: verdict")
        if ("clean" in p["tags"]) != (not p["expected"]):
            errors.append(f"{p['id']}: clean tag")
        # register names left unlabelled
        covered = [(a, b) for a, b in spans]
        tokens = set()
        for q in pupils:
            for t in [q["forename"], q["preferred_forename"], q["surname"]] + q["forename"].split():
                if t:
                    tokens.add(t)
        for t in sorted(tokens):
            for m in re.finditer(r"(?<![A-Za-z])" + re.escape(t) + r"(?![a-z])", text, flags=re.I):
                if not any(a <= m.start() < b for a, b in covered):
                    notes.append(f"{p['id']}: unlabelled {m.group(0)!r}: …{text[max(0, m.start()-30):m.end()+30]!r}")
    for ph, n in phrases.items():
        if n > 1:
            errors.append(f"record phrase used {n}x: {ph!r}")
    if verbose:
        for n in notes:
            print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {len(errors)} error(s), {len(notes)} note(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main("-q" not in sys.argv))
