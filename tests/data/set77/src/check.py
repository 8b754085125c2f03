"""Own checks for set 77 (run with the project venv, PYTHONPATH unset):
- every label text occurs at its nth occurrence, at word boundaries, no overlaps;
- verdicts; UPN check letters (register and labels); CSVs parse with mis_import;
- school.json has exactly the six keys; phones in Ofcom drama ranges; e-mail domains allowed;
- no circumstance/health phrase used twice;
- consent_name_with_photo = no for pupils named in photo posts (make_register.py);
- lists every unlabelled word that is a register forename/preferred/surname, for review."""
import json
import re
import sys
from collections import Counter

from clearpost.register import mis_import
from clearpost.register import upn as rules

from common import OUT, fold, pupils

SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
DRAMA = [r"07700\s?900\s?\d{3}", r"01632\s?960\s?\d{3}", r"0113\s?496\s?0\d{3}", r"020\s?7946\s?0\d{3}",
         r"0161\s?496\s?0\d{3}", r"0117\s?496\s?0\d{3}", r"0121\s?496\s?0\d{3}", r"0131\s?496\s?0\d{3}",
         r"0191\s?498\s?0\d{3}", r"028\s?9649\s?6\d{3}", r"029\s?2018\s?0\d{3}"]
MAIL_OK = ("gmail", "hotmail", "icloud", "outlook", "yahoo", "example")


def main(verbose=False):
    errors, review = [], []
    school = json.loads((OUT / "school.json").read_text(encoding="utf-8"))
    if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
        errors.append(f"school.json keys {sorted(school)}")
    rows = pupils()
    for p in rows:
        if rules.problem(p["upn"]):
            errors.append(f"register UPN {p['upn']}: {rules.problem(p['upn'])}")
    pp = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
    ps = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
    for name, parsed in (("pupils", pp), ("staff", ps)):
        errors += [f"{name} csv: {x}" for x in parsed.problems]
        if parsed.ignored_columns:
            errors.append(f"{name} csv ignored columns {parsed.ignored_columns}")
    words = {}
    for p in rows:
        for n in (p["forename"], p["preferred"], p["surname"]):
            if n:
                words[fold(n)] = n
    phrases = Counter()
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    ids = [f"z77-{i:03d}" for i in range(1, 221)]
    if [p["id"] for p in posts] != ids:
        errors.append("ids are not z77-001..z77-220")
    for post in posts:
        text, pid = post["text"], post["id"]
        spans, seen = [], Counter()
        worst = None
        for lab in post["expected"]:
            t = lab["text"]
            seen[t] += 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) < seen[t]:
                errors.append(f"{pid}: {t!r} occurs fewer times than labelled")
                continue
            s = occ[seen[t] - 1]
            for a, b in spans:
                if s < b and a < s + len(t):
                    errors.append(f"{pid}: {t!r} overlaps")
            spans.append((s, s + len(t)))
            sev = SEV[post["account"]].get(lab["rule"], "block")
            worst = sev if worst is None or RANK[sev] > RANK[worst] else worst
            if lab["kind"] == "upn" and rules.problem(re.sub(r"[\s\-.]", "", t).upper()):
                errors.append(f"{pid}: bad UPN {t}")
            if lab["kind"] in ("health", "circumstance"):
                phrases[fold(t)] += 1
            if lab["kind"] == "phone" and not any(re.fullmatch(d, re.sub(r"[-]", " ", t).replace("  ", " ")) or re.fullmatch(d, re.sub(r"\D", "", t)) for d in DRAMA):
                errors.append(f"{pid}: phone {t!r} not in a drama range")
            if lab["kind"] == "email" and not any(d in t.lower() for d in MAIL_OK):
                errors.append(f"{pid}: e-mail domain {t!r}")
            if lab["kind"] == "forename":
                want = "text.pupil_name_with_photo" if post["photo"] else "text.pupil_forename"
                if lab["rule"] != want:
                    errors.append(f"{pid}: forename rule")
        v = "allow" if worst in (None, "info") else worst
        if v != post["verdict"]:
            errors.append(f"{pid}: verdict {post['verdict']} != {v}")
        if ("clean" in post["tags"]) != (not post["expected"]):
            errors.append(f"{pid}: clean tag")
        for m in re.finditer(r"[#\w\u0400-\u04ff][\w\-\u0400-\u04ff]*", text):
            w = fold(m.group().lstrip("#"))
            if w in words and not any(a <= m.start() < b for a, b in spans):
                review.append(f"{pid}: unlabelled {m.group()!r}")
    for ph, n in phrases.items():
        if n > 1:
            errors.append(f"phrase used {n}x: {ph!r}")
    if verbose:
        for r in review:
            print("review:", r)
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s), {len(review)} unlabelled register words to review")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv))
