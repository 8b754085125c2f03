"""Own checks for set 67 (beyond set2/validate.py)."""
import csv, json, re, sys
from collections import Counter
from common import HERE, OUT, fold
from resolve import resolve

sys.path.insert(0, str(HERE))


def main():
    errors, warnings = [], []
    from clearpost.register import mis_import, upn as rules
    rows = list(csv.DictReader(open(OUT / "register_pupils.csv")))
    for name, fn in (("register_pupils.csv", mis_import.parse_pupils), ("register_staff.csv", mis_import.parse_staff)):
        parsed = fn((OUT / name).read_bytes())
        errors += [f"{name}: {p}" for p in parsed.problems]
    for r in rows:
        if rules.problem(r["upn"]):
            errors.append(f"bad UPN {r['upn']}")
    school = json.load(open(OUT / "school.json"))
    if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
        errors.append("school.json keys")
    spans = json.load(open(HERE / "spans.json"))
    posts = [json.loads(l) for l in open(OUT / "posts.jsonl")]
    phrases = Counter()
    photo_named = set()
    for p in posts:
        text, seen = p["text"], Counter()
        for l, start in zip(p["expected"], spans[p["id"]]):
            t = l["text"]
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            seen[t] += 1
            if len(occ) < seen[t] or occ[seen[t] - 1] != start:
                errors.append(f"{p['id']}: label {t!r} is not its occurrence number {seen[t]}")
            a, b = start - 1, start + len(t)
            if (a >= 0 and text[a].isalnum()) or (b < len(text) and text[b].isalnum()):
                errors.append(f"{p['id']}: label {t!r} not at word boundary")
            if l["kind"] in ("health", "circumstance"):
                phrases[fold(t)] += 1
            if l["kind"] in ("full_name", "forename"):
                who = resolve(l, rows)
                if not who:
                    errors.append(f"{p['id']}: name {t!r} matches no register pupil")
                elif len(who) > 1:
                    warnings.append(f"{p['id']}: {t!r} could be {[w['forename'] + ' ' + w['surname'] for w in who]}")
                if p["photo"]:
                    photo_named |= {w["upn"] for w in who}
            if l["kind"] == "upn" and rules.problem(re.sub(r"[\s\-.]", "", t).upper()):
                errors.append(f"{p['id']}: bad upn label {t}")
            for pat in (r"07700 ?900 ?\d{3}", r"0161 ?496 ?0\d{3}", r"\+44 7700 900 \d{3}", r"07700900\d{3}"):
                pass
        # unlabelled register forenames/surnames left in the text (for review)
        for r in rows:
            for f in filter(None, (r["forename"], r["preferred_forename"])):
                for m in re.finditer(r"(?<![\w#])" + re.escape(f) + r"(?!\w)", text):
                    if not any(s <= m.start() < s + len(l["text"]) for l, s in zip(p["expected"], spans[p["id"]])):
                        warnings.append(f"{p['id']}: unlabelled {f!r}")
        for num in re.findall(r"\b0\d[\d ]{8,12}\d\b|\+44[\d ]+", text):
            if not any(fold(num.strip()) in fold(l["text"]) or fold(l["text"]) in num for l in p["expected"]) and \
                    re.sub(r"\D", "", num) not in ("01614960417", "08082000247"):
                errors.append(f"{p['id']}: unlabelled number {num}")
    for ph, n in phrases.items():
        if n > 1:
            errors.append(f"phrase used {n}x: {ph!r}")
    for r in rows:
        if r["upn"] in photo_named and r["consent_name_with_photo"] != "no":
            errors.append(f"{r['forename']} named in a photo post but consent_name_with_photo=yes")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
