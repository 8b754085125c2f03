"""Build posts.jsonl, register CSVs and school.json for set 87 from the markup files.

Markup: posts_0N.txt, each post starts with `### category | photo y/n | account o/p | tags`;
text follows (lines joined with \n); `[[kind:text]]` marks a label; `{UPN:Forename Surname}`
becomes that pupil's UPN; `\\u200b`-style escapes become the character.
Kinds: fn full oth em ph ad dob upn hl ci.
"""
import csv, json, re, sys
from pathlib import Path
from collections import Counter

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
NN = "87"
sys.path.insert(0, str(HERE))
from upn import make_upn

KIND = {"fn": "forename", "full": "full_name", "oth": "other_person", "em": "email", "ph": "phone",
        "ad": "address", "dob": "dob", "upn": "upn", "hl": "health", "ci": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details", "address": "text.contact_details",
        "dob": "text.date_of_birth", "upn": "text.pupil_record", "health": "text.pupil_record",
        "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def pupils():
    rows = []
    for n, line in enumerate(l for l in (HERE / "pupils.txt").read_text().splitlines() if l and not l.startswith("#")):
        f, s, pref, yr, cls, soc, web, press, bio = line.split("|")
        rows.append(dict(forename=f, surname=s, preferred=pref, year=yr, cls=cls, soc=soc, web=web,
                         press=press, bio=bio, upn=make_upn(yr, 101 + n)))
    return rows


def spaced(u):
    return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:]}"


def verdict(account, labels):
    worst = None
    for lab in labels:
        sev = SEV[account].get(lab["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


def parse_posts(pups):
    upns = {f"{p['forename']} {p['surname']}": p["upn"] for p in pups}
    blocks = []
    for f in sorted(HERE.glob("posts_0*.txt")):
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                cur = [line[4:], []]
                blocks.append(cur)
            elif cur is not None:
                cur[1].append(line)
    posts, problems = [], []
    for i, (head, lines) in enumerate(blocks, 1):
        cat, ph, acc, tags = [x.strip() for x in head.split("|")]
        cat = {"circumstance": "staff note", "safeguarding": "staff note", "immigration": "staff note",
               "religion": "staff note", "police": "staff note", "upn": "school office", "dob": "school office",
               "address": "school office", "contact": "community", "other": "community"}.get(cat, cat)
        raw = "\n".join(lines).strip().replace("\\n", "\n")
        raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
        raw = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(upns[m.group(1)]), raw)
        raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: upns[m.group(1)], raw)
        photo = ph == "y"
        account = "official" if acc == "o" else "personal"
        text, labels, spans = "", [], []
        pos = 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, re.S):
            text += raw[pos:m.start()]
            kind = KIND[m.group(1)]
            start = len(text)
            text += m.group(2)
            rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
            labels.append({"rule": rule, "text": m.group(2), "kind": kind})
            spans.append(start)
            pos = m.end()
        text += raw[pos:]
        pid = f"z{NN}-{i:03d}"
        if "[[" in text or "]]" in text:
            problems.append(f"{pid}: leftover markup")
        seen = Counter()
        for lab, start in zip(labels, spans):
            t = lab["text"]
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            k = seen[t]
            seen[t] += 1
            if k >= len(occ) or occ[k] != start:
                problems.append(f"{pid}: label {t!r} is not occurrence #{k+1}")
        derived = {"clean", "circumstance", "health", "dob", "upn", "email", "phone", "address", "forename",
                   "full-name", "full_name", "other-person", "other_person", "contact", "photo", "personal"}
        tagset = [t for t in (x.strip() for x in tags.split(",")) if t and t not in derived]
        if not labels:
            tagset.insert(0, "clean")
        if account == "personal" and "personal" not in tagset:
            tagset.append("personal")
        if photo and "photo" not in tagset:
            tagset.append("photo")
        for lab in labels:
            if lab["kind"] not in tagset:
                tagset.append(lab["kind"])
        posts.append({"id": pid, "category": cat, "account": account, "photo": photo, "text": text,
                      "expected": labels, "verdict": verdict(account, labels), "tags": tagset})
    return posts, problems


def main():
    pups = pupils()
    posts, problems = parse_posts(pups)
    # consent_name_with_photo = no for every pupil named in a photo post
    import unicodedata

    def fold(t):
        t = t.translate(str.maketrans("\u0430\u0456\u0435\u043e\u200b", "aieo "))
        t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
        return t.lower().replace(" ", "")

    photo_text = fold(" ".join(p["text"] for p in posts if p["photo"]))
    photo_labels = [fold(l["text"]) for p in posts if p["photo"] for l in p["expected"]
                    if l["kind"] in ("forename", "full_name")]
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,"
                   "consent_website,consent_press,consent_name_with_photo,biometric_consent".split(","))
        for p in pups:
            names = {fold(p["forename"]), fold(p["preferred"])} - {""}
            named = any(any(n in lt for n in names) or fold(p["surname"]) in lt for lt in photo_labels)
            named = named or any(n in photo_text for n in names)
            w.writerow([p["upn"], p["forename"], p["surname"], p["preferred"], p["year"], p["cls"],
                        p["soc"], p["web"], p["press"], "no" if named else "yes", p["bio"]])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
        for n, line in enumerate((HERE / "staff.txt").read_text().splitlines(), 1):
            t, f, s, role, cp = line.split("|")
            w.writerow([f"EMD{n:03d}", t, f, s, role, cp, cp])
    (OUT / "school.json").write_text(json.dumps({
        "name": "East Marsh Docks Primary",
        "address": "Netherdock Street, East Marsh, Grimsby",
        "postcode": "DX31 4QT",
        "phone": "01632 960410",
        "email": "office@eastmarshdocks.example.sch.uk",
        "website": "www.eastmarshdocks.example.sch.uk"}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    for pr in problems:
        print("PROBLEM", pr)
    c = Counter()
    for p in posts:
        c["posts"] += 1
        c["clean"] += not p["expected"]
        c["photo"] += p["photo"]
        c["personal"] += p["account"] == "personal"
        for l in p["expected"]:
            c["k:" + l["kind"]] += 1
    print(dict(c))


if __name__ == "__main__":
    main()
