"""Validate set 75: labels, order, names resolve, unique record phrases, verdicts, UPNs, CSVs.

Run: env -u PYTHONPATH /work/main/.venv/bin/python src/check.py   (from the set folder or anywhere)
"""
import json, re, sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, SCHOOL, fold, load_pupils, load_staff  # noqa: E402
from build import resolve, verdict, norm  # noqa: E402
from clearpost.register import mis_import, upn as upn_rules  # noqa: E402

errors, warnings = [], []
posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
pupils = load_pupils()
staff = load_staff()
if len(posts) != 220:
    errors.append(f"{len(posts)} posts, want 220")
ids = [p["id"] for p in posts]
if ids != [f"z75-{i:03d}" for i in range(1, len(posts) + 1)]:
    errors.append("ids not z75-001..")
record_phrases = Counter()
full_names = []
for q in pupils:
    for fn in filter(None, [q["forename"], q["preferred_forename"]]):
        full_names.append((fold(fn + " " + q["surname"]), q))
staff_full = {fold(s["forename"] + " " + s["surname"]) for s in staff}
for p in posts:
    pid, text, labels = p["id"], p["text"], p["expected"]
    if p["verdict"] != verdict(p["account"], labels):
        errors.append(f"{pid}: verdict")
    # order: labelled occurrences are the first n occurrences of each text; no overlaps
    seen, spans = Counter(), []
    for l in labels:
        t = l["text"]
        seen[t] += 1
        starts = [m.start() for m in re.finditer(re.escape(t), text)]
        if len(starts) < seen[t]:
            errors.append(f"{pid}: {t!r} occurs too few times")
            continue
        s = starts[seen[t] - 1]
        e = s + len(t)
        for a, b, o in spans:
            if s < b and a < e:
                errors.append(f"{pid}: {t!r} overlaps {o!r} (order)")
        spans.append((s, e, t))
        before = text[s - 1] if s else " "
        after = text[e] if e < len(text) else " "
        if before.isalnum() or (after.isalnum() and not text[s:e].endswith(("'s",))):
            errors.append(f"{pid}: {t!r} not at a word boundary")
        k = l["kind"]
        if k in ("forename", "full_name"):
            if not resolve(t, k, pupils):
                warnings.append(f"{pid}: {k} {t!r} does not resolve to a pupil")
        if k == "other_person":
            if resolve(t, "full_name", pupils) or norm(t) in staff_full:
                errors.append(f"{pid}: other_person {t!r} is a pupil/staff")
        if k in ("health", "circumstance"):
            record_phrases[fold(t)] += 1
        if k == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", t).upper()):
            errors.append(f"{pid}: bad upn {t!r}")
        if k in ("email", "phone", "address") and re.sub(r"\W", "", t).casefold() in {re.sub(r"\W", "", v).casefold() for v in SCHOOL.values()}:
            errors.append(f"{pid}: school's own detail labelled {t!r}")
    # unlabelled pupil full names in the text
    flat = fold(norm(text))
    lab = fold(norm(" | ".join(l["text"] for l in labels if l["kind"] == "full_name")))
    for name, q in full_names:
        n_text = len(re.findall(r"\b" + re.escape(name) + r"\b", re.sub(r"\s+", " ", flat)))
        n_lab = len(re.findall(r"\b" + re.escape(name) + r"\b", re.sub(r"\s+", " ", lab)))
        if n_text > n_lab:
            errors.append(f"{pid}: unlabelled full name {name!r}")
    # unlabelled forenames (review list)
    labelled = {l["text"] for l in labels}
    for q in pupils:
        for fn in filter(None, [q["forename"], q["preferred_forename"]]):
            for m in re.finditer(r"(?<!\w)" + re.escape(fn) + r"(?!\w)", text):
                if not any(a <= m.start() < b for a, b, _ in spans):
                    warnings.append(f"{pid}: unlabelled forename-word {fn!r}: ...{text[max(0,m.start()-30):m.end()+30]!r}")
    if ("clean" in p["tags"]) != (not labels):
        errors.append(f"{pid}: clean tag mismatch")
for ph, n in record_phrases.items():
    if n > 1:
        errors.append(f"record phrase used {n}x: {ph!r}")
pp = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
ps = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
for name, parsed in (("pupils", pp), ("staff", ps)):
    errors += [f"{name}: {x}" for x in parsed.problems]
    if parsed.ignored_columns:
        errors.append(f"{name}: ignored columns {parsed.ignored_columns}")
school = json.loads((OUT / "school.json").read_text())
if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
    errors.append("school.json keys")
named_photo = set(json.loads((Path(__file__).parent / "photo_named.json").read_text()))
for r in pp.rows:
    from clearpost.register.mis_import import PupilRow  # noqa
for line in (OUT / "register_pupils.csv").read_text(encoding="utf-8").splitlines()[1:]:
    f = line.split(",")
    if f[0] in named_photo and f[9] != "no":
        errors.append(f"{f[0]} named in photo post but consent_name_with_photo={f[9]}")
kinds = Counter(l["kind"] for p in posts for l in p["expected"])
print("kinds:", dict(kinds))
print("clean:", sum(1 for p in posts if not p["expected"]), "photo:", sum(p["photo"] for p in posts),
      "personal:", sum(p["account"] == "personal" for p in posts))
for w in warnings:
    print("warning:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(posts)} posts, {len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
