"""Own checks for set 83 (run with the project venv, PYTHONPATH unset).

Errors: label text not at its markup position as the nth occurrence, not at word boundaries,
overlapping labels, unresolved/ambiguous pupil names, repeated health/circumstance phrases,
wrong verdicts, bad UPNs, CSV problems, school.json keys, clean tag mismatch, phone numbers
outside the Ofcom drama ranges, e-mail domains that are neither webmail nor .example.
Warnings (to review by hand): register forenames/surnames and contact-like strings left unlabelled.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
sys.path.insert(0, str(HERE))
from clearpost.register import mis_import  # noqa: E402
from clearpost.register.upn import problem  # noqa: E402
from names import fold  # noqa: E402

SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
DRAMA = [r"7700 ?900 ?\d{3}", r"1632 ?960 ?\d{3}", r"113 ?496 ?0\d{3}", r"20 ?7946 ?0\d{3}",
         r"161 ?496 ?0\d{3}", r"117 ?496 ?0\d{3}", r"121 ?496 ?0\d{3}", r"131 ?496 ?0\d{3}",
         r"191 ?498 ?0\d{3}", r"28 ?9649 ?6\d{3}", r"29 ?2018 ?0\d{3}"]
WEBMAIL = ("gmail.com", "hotmail.co.uk", "hotmail.com", "icloud.com", "yahoo.co.uk", "outlook.com")


def main():
    errors, warnings = [], []
    posts = [json.loads(l) for l in (SET / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    side = {s["id"]: s["labels"] for s in json.loads((HERE / "label_spans.json").read_text(encoding="utf-8"))}
    school = json.loads((SET / "school.json").read_text(encoding="utf-8"))
    if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
        errors.append(f"school.json keys {sorted(school)}")
    pupils = mis_import.parse_pupils((SET / "register_pupils.csv").read_bytes())
    staff = mis_import.parse_staff((SET / "register_staff.csv").read_bytes())
    for name, parsed in (("pupils", pupils), ("staff", staff)):
        errors += [f"{name} csv: {p}" for p in parsed.problems]
    import csv
    rows = list(csv.DictReader((SET / "register_pupils.csv").open(encoding="utf-8")))
    for r in rows:
        if problem(r["upn"]):
            errors.append(f"register UPN {r['upn']}: {problem(r['upn'])}")
    ids = [p["id"] for p in posts]
    if ids != [f"z83-{i:03d}" for i in range(1, len(posts) + 1)]:
        errors.append("ids not z83-001.. in order")
    phrases = Counter()
    for p in posts:
        pid, text = p["id"], p["text"]
        labs = side[pid]
        seen = Counter()
        spans = []
        for lab, sl in zip(p["expected"], labs):
            t = lab["text"]
            seen[t] += 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) < seen[t] or occ[seen[t] - 1] != sl["start"]:
                errors.append(f"{pid}: label {t!r} is not occurrence #{seen[t]} of its text")
            s, e = sl["start"], sl["start"] + len(t)
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errors.append(f"{pid}: label {t!r} not at word boundaries")
            for a, b, o in spans:
                if s < b and a < e:
                    errors.append(f"{pid}: {t!r} overlaps {o!r}")
            spans.append((s, e, t))
            if lab["kind"] in ("forename", "full_name"):
                if not sl["pupil"] or sl["pupil"].startswith("?"):
                    errors.append(f"{pid}: name {t!r} resolves to {sl['pupil']!r}")
            if lab["kind"] in ("health", "circumstance"):
                phrases[fold(t)] += 1
            if lab["kind"] == "upn":
                v = re.sub(r"[\s\-.]", "", t).upper()
                if problem(v):
                    errors.append(f"{pid}: upn {t!r}: {problem(v)}")
            if lab["kind"] == "phone":
                digits = re.sub(r"\D", "", t.replace("O", "0").replace("o", "0"))
                digits = re.sub(r"^(44|0)", "", digits)
                if not any(re.fullmatch(d.replace(" ?", ""), digits) for d in DRAMA):
                    errors.append(f"{pid}: phone {t!r} outside the drama ranges")
            if lab["kind"] == "email":
                dom = re.sub(r"\s*[\(\[]?(dot)[\)\]]?\s*", ".", t.split("at")[-1] if "@" not in t else t.split("@")[-1])
                dom = dom.replace(" ", "").strip(".")
                if not (dom.endswith(".example") or any(dom.endswith(w) for w in WEBMAIL)):
                    errors.append(f"{pid}: e-mail domain {dom!r}")
        worst = None
        for lab in p["expected"]:
            sv = SEV[p["account"]].get(lab["rule"], "block")
            worst = sv if worst is None or RANK[sv] > RANK[worst] else worst
        v = "allow" if worst in (None, "info") else worst
        if v != p["verdict"]:
            errors.append(f"{pid}: verdict {p['verdict']} should be {v}")
        if ("clean" in p["tags"]) != (not p["expected"]):
            errors.append(f"{pid}: clean tag mismatch")
        # review aids: unlabelled register name words and contact-like strings
        covered = [(s, e) for s, e, _ in spans]
        words = set()
        for r in rows:
            for w in [r["forename"], r["preferred_forename"], r["surname"]]:
                if w:
                    words.add(w)
        for w in words:
            for m in re.finditer(r"(?<!\w)" + re.escape(fold(w)) + r"(?!\w)", fold(text)):
                if not any(a <= m.start() < b for a, b in covered):
                    warnings.append(f"{pid}: unlabelled {text[m.start():m.end()]!r}")
        for m in re.finditer(r"#\w+", text):
            if any(a <= m.start() < b for a, b in covered):
                continue
            sq = re.sub(r"[^a-z]", "", fold(m.group()))
            for r in rows:
                for f in [r["forename"], r["preferred_forename"]]:
                    if f and re.sub(r"[^a-z]", "", fold(f)) in sq and re.sub(r"[^a-z]", "", fold(r["surname"])) in sq:
                        errors.append(f"{pid}: unlabelled hashtag name {m.group()!r}")
        for m in re.finditer(r"[\w.]+@[\w.-]+|\b0[\dO][\dO ]{8,}\d", text):
            if not any(a <= m.start() < b for a, b in covered) and fold(m.group()) not in (
                    fold(school["email"]), fold(school["phone"])):
                warnings.append(f"{pid}: unlabelled contact-like {m.group()!r}")
    for ph, n in phrases.items():
        if n > 1:
            errors.append(f"health/circumstance phrase used {n}x: {ph!r}")
    # photo-consent column
    named = {sl["pupil"] for p in posts if p["photo"] for sl in side[p["id"]] if sl["pupil"]}
    for r in rows:
        if f"{r['forename']} {r['surname']}" in named and r["consent_name_with_photo"] != "no":
            errors.append(f"{r['forename']} {r['surname']} named in a photo post but consent_name_with_photo=yes")
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    for k in ("full_name", "forename", "other_person", "email", "phone", "address", "dob", "upn",
              "health", "circumstance"):
        if kinds[k] < 5:
            errors.append(f"only {kinds[k]} {k} labels")
    clean = sum(1 for p in posts if not p["expected"])
    if len(posts) != 220 or clean < 70:
        errors.append(f"{len(posts)} posts, {clean} clean")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {clean} clean, photo {sum(p['photo'] for p in posts)}, personal "
          f"{sum(p['account'] == 'personal' for p in posts)}; kinds {dict(sorted(kinds.items()))}; "
          f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
