"""Build set 52 from src/posts_*.txt markup: posts.jsonl, register CSVs, school.json.

Header line: `### category | photo y/n | account o/p | tag, tag`; the text follows until the next
header. Markup `[[kind:text]]` with kinds fn full other email phone addr dob upn health circ.
`{UPN:Forename Surname}` -> that pupil's UPN; `{UPNSP:Forename Surname}` -> spaced form.
`\\uXXXX` escapes in the text are decoded (zero-width, nbsp, homoglyphs).
"""
import csv, json, re, sys, unicodedata
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from clearpost.register.upn import check_letter

HERE = Path(__file__).parent
OUT = HERE.parent
NN = "52"
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
SCHOOL = {"name": "Bury Park Academy", "address": "Millinery Lane, Bury Park, Luton",
          "postcode": "LU9 2BP", "phone": "01632 960418",
          "email": "office@burypark-academy.example", "website": "www.burypark-academy.example"}
CLASSES = {"7": "7 Boater", "8": "8 Trilby", "9": "9 Panama", "10": "10 Bowler", "11": "11 Fedora"}


def pupils():
    rows = []
    for i, line in enumerate(l for l in (HERE / "pupils.txt").read_text().splitlines()
                             if l and not l.startswith("#")):
        fn, sn, pref, yr = line.split("|")
        body = "821" + "4721" + f"{25 - int(yr):02d}" + f"{101 + i:03d}"
        rows.append(dict(upn=check_letter(body) + body, forename=fn, surname=sn,
                         preferred_forename=pref, year_group=yr, klass=CLASSES[yr]))
    return rows


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def rule_for(kind, photo):
    if kind == "forename":
        return "text.pupil_name_with_photo" if photo else "text.pupil_forename"
    return {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
            "email": "text.contact_details", "phone": "text.contact_details",
            "address": "text.contact_details", "dob": "text.date_of_birth"}.get(kind, "text.pupil_record")


def build():
    P = pupils()
    byname = {f"{p['forename']} {p['surname']}": p for p in P}
    posts, problems = [], []
    src = "".join((f.read_text(encoding="utf-8") + "\n") for f in sorted(HERE.glob("posts_*.txt")))
    chunks = re.split(r"^### ", src, flags=re.M)[1:]
    for n, chunk in enumerate(chunks, 1):
        head, _, body = chunk.partition("\n")
        cat, ph, acct, tags = [x.strip() for x in head.split("|")]
        photo = ph == "y"
        account = {"o": "official", "p": "personal"}[acct]
        body = body.strip("\n")
        body = re.sub(r"\{UPN:([^}]+)\}", lambda m: byname[m.group(1)]["upn"], body)
        body = re.sub(r"\{UPNSP:([^}]+)\}", lambda m: (lambda u: f"{u[0]} {u[1:4]} {u[4:8]} {u[8:]}")(byname[m.group(1)]["upn"]), body)
        body = body.replace("\\n", "\n")
        body = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), body)
        labels, text, pos = [], "", 0
        spans = []
        for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", body, flags=re.S):
            text += body[pos:m.start()]
            k, t = m.group(1), m.group(2)
            if k not in KINDS:
                problems.append(f"post {n}: bad kind {k}")
            kind = KINDS[k]
            spans.append((len(text), t))
            text += t
            pos = m.end()
            labels.append({"rule": rule_for(kind, photo), "text": t, "kind": kind})
        text += body[pos:]
        pid = f"z{NN}-{n:03d}"
        # nth label with a text must be its nth occurrence
        seen = {}
        for start, t in spans:
            seen[t] = seen.get(t, 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if occ[seen[t] - 1] != start:
                problems.append(f"{pid}: label {t!r} is not its occurrence #{seen[t]}")
        worst = None
        for l in labels:
            s = SEV[account].get(l["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        tl = [t.strip() for t in tags.split(",") if t.strip()]
        if not labels:
            tl.insert(0, "clean")
        if account == "personal" and "personal" not in tl:
            tl.append("personal")
        if photo:
            tl.append("photo")
        for k in ("health", "circumstance", "upn", "dob", "email", "phone", "address", "other_person"):
            if any(l["kind"] == k for l in labels) and k.replace("_", "-") not in tl:
                tl.append(k.replace("_", "-"))
        if "[[" in text or "]]" in text or "{UPN" in text:
            problems.append(f"{pid}: leftover markup")
        tl = list(dict.fromkeys(tl))
        posts.append({"id": pid, "category": cat, "account": account, "photo": photo, "text": text,
                      "expected": labels, "verdict": verdict, "tags": tl})
    # consent_name_with_photo = no for any pupil plausibly named in a photo post
    named_in_photo = set()
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] not in ("forename", "full_name"):
                continue
            lt = fold(l["text"]).replace("\u200b", "")
            letters = re.sub(r"[^a-z]", "", lt)
            for q in P:
                names = [q["forename"], q["preferred_forename"]] if q["preferred_forename"] else [q["forename"]]
                first = [fold(x) for x in names]
                inits = {fold(x)[0] + fold(q["surname"])[0] for x in names}
                if any(re.search(r"(?<![a-z])" + re.escape(f) + r"(?![a-z])", lt) for f in first) or \
                   (len(letters) == 2 and letters in inits) or fold(q["surname"]) in lt.replace("_", " "):
                    named_in_photo.add(q["upn"])
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,"
                   "consent_website,consent_press,consent_name_with_photo,biometric_consent".split(","))
        for i, q in enumerate(P):
            no_sm = q["surname"] in ("Jama",)  # the Jama siblings: no social-media consent
            w.writerow([q["upn"], q["forename"], q["surname"], q["preferred_forename"],
                        f"Year {q['year_group']}", q["klass"],
                        "no" if no_sm else "yes", "no" if no_sm or i % 11 == 5 else "yes",
                        "yes" if i % 3 else "no",
                        "no" if q["upn"] in named_in_photo else ("yes" if i % 2 else "no"),
                        "yes" if i % 5 else "no"])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
        for i, line in enumerate(l for l in (HERE / "staff.txt").read_text().splitlines()
                                 if l and not l.startswith("#")):
            t, fn, sn, role, cp = line.split("|")
            w.writerow([f"BPA{101 + i}", t, fn, sn, role, cp, "yes" if cp == "yes" else "no"])
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=True) + "\n")
    for pr in problems:
        print("PROBLEM:", pr)
    print(len(posts), "posts;", sum(1 for p in posts if not p["expected"]), "clean;",
          sum(p["photo"] for p in posts), "photo;", sum(p["account"] == "personal" for p in posts), "personal")
    return posts


if __name__ == "__main__":
    build()
