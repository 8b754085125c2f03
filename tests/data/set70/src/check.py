"""Own checks for set 70 (besides set2/validate.py). Run: env -u PYTHONPATH /work/main/.venv/bin/python check.py"""
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from people import PUPILS, STAFF, NICKNAMES  # noqa: E402
from make_register import candidates, fold  # noqa: E402
from clearpost.register import upn as upn_rules  # noqa: E402
from clearpost.register import mis_import  # noqa: E402

OFCOM = [r"07700900\d{3}", r"01632960\d{3}", r"01134960\d{3}", r"02079460\d{3}", r"01614960\d{3}",
         r"01174960\d{3}", r"01214960\d{3}", r"01314960\d{3}", r"01914980\d{3}", r"02896496\d{3}",
         r"02920180\d{3}"]
MAILDOMAINS = ("gmail.com", "hotmail.co.uk", "icloud.com", "yahoo.co.uk", "btinternet.com",
               "outlook.com", ".example")


def main():
    errors, warnings = [], []
    posts = [json.loads(l) for l in (ROOT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    school = json.loads((ROOT / "school.json").read_text(encoding="utf-8"))
    if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
        errors.append(f"school.json keys {sorted(school)}")
    if [p["id"] for p in posts] != [f"z70-{i:03d}" for i in range(1, 221)]:
        errors.append("ids are not z70-001 ... z70-220")
    phrases = Counter()
    staff_names = {fold(s[2]) for s in STAFF} | {fold(s[3]) for s in STAFF}
    for p in posts:
        for l in p["expected"]:
            k, t = l["kind"], l["text"]
            if k in ("full_name", "forename"):
                if not candidates(k, t):
                    errors.append(f"{p['id']}: name label {t!r} resolves to no pupil")
            elif k in ("health", "circumstance"):
                phrases[t.casefold()] += 1
            elif k == "phone":
                d = re.sub(r"\D", "", t.replace("O", "0"))
                d = "0" + d[2:] if d.startswith("44") else d
                if not any(re.fullmatch(r, d) for r in OFCOM):
                    errors.append(f"{p['id']}: phone {t!r} not in an Ofcom drama range")
            elif k == "email":
                norm = re.sub(r"\s*(\[at\]|\(at\)| at )\s*", "@", t)
                norm = re.sub(r"\s*(\[dot\]|\(dot\)| dot )\s*", ".", norm).replace(" ", "").lower()
                if not norm.endswith(MAILDOMAINS):
                    errors.append(f"{p['id']}: e-mail {t!r} has an unexpected domain ({norm})")
            elif k == "upn":
                if upn_rules.problem(re.sub(r"[\s\-.]", "", t).upper()):
                    errors.append(f"{p['id']}: bad UPN {t!r}")
        # every phone-like / e-mail-like string in the text is labelled or is the school's
        for m in re.finditer(r"[\w.+-]+@[\w.-]+\.\w+", p["text"]):
            if m.group() != school["email"] and not any(m.group() in l["text"] for l in p["expected"]):
                errors.append(f"{p['id']}: unlabelled e-mail {m.group()!r}")
        # register names present in the text but not inside any label: listed for review
        covered = [(p["text"].find(l["text"]), len(l["text"])) for l in p["expected"]]
        for pu in PUPILS:
            for n in {pu[0], pu[2], pu[1]} - {""}:
                for m in re.finditer(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", p["text"]):
                    if not any(a <= m.start() < a + ln for a, ln in covered):
                        warnings.append(f"{p['id']}: unlabelled register word {n!r}")
    dup = [t for t, c in phrases.items() if c > 1]
    if dup:
        errors.append(f"health/circumstance phrases used twice: {dup}")
    pupils = mis_import.parse_pupils((ROOT / "register_pupils.csv").read_bytes())
    staff = mis_import.parse_staff((ROOT / "register_staff.csv").read_bytes())
    errors += [f"pupils csv: {x}" for x in pupils.problems] + [f"staff csv: {x}" for x in staff.problems]
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    for k in ("full_name", "forename", "other_person", "email", "phone", "address", "dob", "upn",
              "health", "circumstance"):
        if kinds[k] < 5:
            errors.append(f"only {kinds[k]} {k} labels")
    clean = sum(1 for p in posts if not p["expected"])
    if clean < 70:
        errors.append(f"only {clean} clean posts")
    if "-v" in sys.argv:
        for w in sorted(set(warnings)):
            print("review:", w)
    r = subprocess.run([sys.executable, str(ROOT.parent / "set2" / "validate.py"), str(ROOT)],
                       capture_output=True, text=True)
    print(r.stdout.strip().splitlines()[-1])
    if r.returncode:
        errors.append("set2/validate.py reports errors")
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {clean} clean, {sum(kinds.values())} labels, "
          f"{len(set(warnings))} unlabelled register words for review (-v), {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
