"""Set 87 checks: runs set2/validate.py, then its own checks.

Errors: label text not at its nth occurrence, verdict mismatch, bad UPN check letter, a label in a
clean-tagged post, a school detail labelled, a circumstance/health phrase used twice, a phone
outside the Ofcom drama ranges. Warnings (review list): a register forename/surname/preferred name
occurring as a capitalised word outside any label (traps are expected here).
"""
import csv, json, re, subprocess, sys
from collections import Counter
from pathlib import Path

from clearpost.register import upn as upn_rules
from clearpost.register import mis_import

SET = Path(__file__).resolve().parent.parent
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
DRAMA = re.compile(r"^(07700900\d{3}|01632960\d{3}|01134960\d{3}|02079460\d{3}|01614960\d{3}|"
                   r"01174960\d{3}|01214960\d{3}|01314960\d{3}|01914980\d{3}|02896496\d{3}|02920180\d{3})$")


def main(verbose: bool) -> int:
    errors, warnings = [], []
    r = subprocess.run([sys.executable, str(SET.parent / "set2" / "validate.py"), str(SET)],
                       capture_output=True, text=True)
    print(r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.stderr)
    if r.returncode:
        errors.append("set2/validate.py failed:\n" + r.stdout + r.stderr)
    school = json.loads((SET / "school.json").read_text())
    if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
        errors.append("school.json keys")
    pupils = list(csv.DictReader(open(SET / "register_pupils.csv", encoding="utf-8")))
    for p in pupils:
        if upn_rules.problem(p["upn"]):
            errors.append(f"bad UPN {p['upn']}")
    for name, fn in (("register_pupils.csv", mis_import.parse_pupils), ("register_staff.csv", mis_import.parse_staff)):
        res = fn((SET / name).read_bytes())
        if res.problems:
            errors.append(f"{name}: {res.problems}")
    words = set()
    for p in pupils:
        for n in (p["forename"], p["surname"], p["preferred_forename"]):
            if n:
                words.add(n)
    record_phrases = Counter()
    posts = [json.loads(l) for l in (SET / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(posts) == 220 and [p["id"] for p in posts] == [f"z87-{i:03d}" for i in range(1, 221)]
    for post in posts:
        text, labs = post["text"], post["expected"]
        worst = None
        for l in labs:
            sev = SEV[post["account"]].get(l["rule"], "block")
            worst = sev if worst is None or RANK[sev] > RANK[worst] else worst
        if post["verdict"] != ("allow" if worst in (None, "info") else worst):
            errors.append(f"{post['id']}: verdict")
        if ("clean" in post["tags"]) != (not labs):
            errors.append(f"{post['id']}: clean tag")
        covered = []
        seen = Counter()
        for l in labs:
            occ = [m.start() for m in re.finditer(re.escape(l["text"]), text)]
            k = seen[l["text"]]
            seen[l["text"]] += 1
            if k >= len(occ):
                errors.append(f"{post['id']}: {l['text']!r} missing")
                continue
            covered.append((occ[k], occ[k] + len(l["text"])))
            if l["kind"] in ("health", "circumstance"):
                record_phrases[l["text"].lower()] += 1
            if l["kind"] == "phone":
                digits = re.sub(r"\D", "", l["text"].replace("o", "0").replace("O", "0"))
                if not DRAMA.match(digits):
                    errors.append(f"{post['id']}: phone {l['text']} not in drama range")
            if l["kind"] in ("email", "phone", "address") and l["text"].lower() in {
                    str(v).lower() for v in school.values()}:
                errors.append(f"{post['id']}: school detail labelled")
            if l["kind"] == "upn" and upn_rules.problem(re.sub(r"[\s.-]", "", l["text"]).upper()):
                errors.append(f"{post['id']}: bad upn label")
        for w in words:
            for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                if not any(a <= m.start() < b for a, b in covered):
                    warnings.append(f"{post['id']}: unlabelled {w!r}: ...{text[max(0, m.start()-30):m.end()+30]!r}")
    for phrase, n in record_phrases.items():
        if n > 1:
            errors.append(f"record phrase used {n} times: {phrase}")
    if verbose:
        for w in warnings:
            print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"set87 check: {len(posts)} posts, {len(errors)} error(s), {len(warnings)} review warning(s) (traps)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv))
