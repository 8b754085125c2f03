"""Build set 79 from src/: posts_0[1-4].txt markup -> posts.jsonl; pupils.txt/staff.txt -> CSVs; school.json.

Markup: header `### category | y/n (photo) | o/p (account) | tags`, then the post text.
Labels inline `[[kind:text]]`, kinds fn full other email phone addr dob upn health circ.
`{UPN:Forename Surname}` / `{UPNS:...}` / `{UPNL:...}` -> that pupil's UPN (plain / spaced / lower case); `{ZW}` -> U+200B, `{NB}` -> U+00A0.
Run: env -u PYTHONPATH /work/main/.venv/bin/python src/build.py
"""
import csv, io, json, re, sys, unicodedata
from pathlib import Path
from clearpost.register import upn as upn_rules

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
NN = "79"
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
KIND_TAG = {"forename": "forename", "full_name": "full-name", "other_person": "other-person",
            "email": "email", "phone": "phone", "address": "address", "dob": "dob", "upn": "upn",
            "health": "health", "circumstance": "circumstance"}
RANK = {"info": 0, "warn": 1, "block": 2}
YY = {"Nursery": "22", "P1": "21", "P2": "20", "P3": "19", "P4": "18", "P5": "17", "P6": "16", "P7": "15"}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def load_pupils():
    rows = []
    for i, line in enumerate(l for l in (SRC / "pupils.txt").read_text().splitlines() if l and not l.startswith("#")):
        f, s, p, yg, cl, soc, web, press, bio = line.split("|")
        body = "915" + "2047" + YY[yg] + f"{101 + i:03d}"
        upn = upn_rules.check_letter(body) + body
        assert upn_rules.problem(upn) is None, upn
        rows.append(dict(upn=upn, forename=f, surname=s, preferred_forename=p, year_group=yg, class_=cl,
                         social=soc, website=web, press=press, bio=bio))
    return rows


def rule_for(kind, photo):
    if kind == "forename":
        return "text.pupil_name_with_photo" if photo else "text.pupil_forename"
    return {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
            "email": "text.contact_details", "phone": "text.contact_details", "address": "text.contact_details",
            "dob": "text.date_of_birth"}.get(kind, "text.pupil_record")


def severity(rule, account):
    if rule == "text.pupil_forename":
        return "info" if account == "official" else "warn"
    if rule == "text.other_person":
        return "warn"
    return "block"


def parse_posts(pupils):
    by_name = {f"{p['forename']} {p['surname']}": p for p in pupils}
    raw = "\n".join((SRC / f"posts_0{i}.txt").read_text() for i in range(1, 5))
    blocks = re.split(r"^### ", raw, flags=re.M)[1:]
    posts, problems = [], []
    for n, block in enumerate(blocks, 1):
        header, _, body = block.partition("\n")
        cat, ph, acct, tags = [x.strip() for x in header.split("|")]
        body = body.rstrip("\n").replace("{ZW}", "\u200b").replace("{NB}", "\u00a0")

        def upn_sub(m):
            p = by_name[m.group(2)]
            u = p["upn"]
            if m.group(1) == "UPNL":
                return u.lower()
            return u if m.group(1) == "UPN" else f"{u[0]} {u[1:5]} {u[5:9]} {u[9:]}"
        body = re.sub(r"\{(UPN[SL]?):([^}]+)\}", upn_sub, body)
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", body, flags=re.S):
            text += body[pos:m.start()]
            kind = KINDS[m.group(1)]
            labels.append((len(text), kind, m.group(2)))
            text += m.group(2)
            pos = m.end()
        text += body[pos:]
        if "[[" in text or "]]" in text:
            problems.append(f"post {n}: stray markup")
        photo = ph == "y"
        account = "official" if acct == "o" else "personal"
        # nth label with a text must be the nth occurrence
        seen = {}
        for start, kind, t in labels:
            seen[t] = seen.get(t, 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if occ[seen[t] - 1] != start:
                problems.append(f"post {n}: label {t!r} is not occurrence #{seen[t]}")
        expected = [{"rule": rule_for(k, photo), "text": t, "kind": k} for _, k, t in labels]
        worst = max((severity(l["rule"], account) for l in expected), key=RANK.get, default=None)
        verdict = "allow" if worst in (None, "info") else worst
        tagl = [t.strip() for t in tags.split(",") if t.strip()]
        tagl = [t for t in tagl if t not in KIND_TAG.values() and t not in ("clean", "personal", "photo")]
        for k in sorted({l["kind"] for l in expected}):
            tagl.append(KIND_TAG[k])
        if not expected:
            tagl.insert(0, "clean")
        if account == "personal":
            tagl.append("personal")
        if photo:
            tagl.append("photo")
        posts.append({"id": f"z{NN}-{n:03d}", "category": cat, "account": account, "photo": photo,
                      "text": text, "expected": expected, "verdict": verdict,
                      "tags": list(dict.fromkeys(tagl)), "_spans": labels})
    return posts, problems


def initials_of(p):
    out = set()
    for f in filter(None, [p["forename"], p["preferred_forename"]]):
        sur = p["surname"]
        s1 = sur[0] + (sur[2] if sur.startswith("O'") else "")
        s2 = "".join(x[0] for x in re.split(r"[-' ]", sur) if x)
        for s in (s1, s2, sur[0]):
            out.add(fold(f[0] + s))
    return out


def named_in_photo(posts, pupils):
    named = set()
    for post in posts:
        if not post["photo"]:
            continue
        for l in post["expected"]:
            if l["kind"] not in ("forename", "full_name"):
                continue
            t = fold(l["text"].replace("\u200b", ""))
            letters = re.sub(r"[^a-z]", "", t)
            for p in pupils:
                names = {fold(x) for x in (p["forename"], p["preferred_forename"], p["surname"]) if x}
                words = set(re.findall(r"[a-z]+", t))
                hashtag = re.sub(r"[^a-z]", "", t)
                if names & words or any(len(x) > 3 and x.replace("-", "") in hashtag for x in names) \
                        or ("." in l["text"] and letters in initials_of(p)):
                    named.add(p["upn"])
    return named


def main():
    pupils = load_pupils()
    posts, problems = parse_posts(pupils)
    for p in problems:
        print("PROBLEM:", p)
    named = named_in_photo(posts, pupils)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for post in posts:
            post = {k: v for k, v in post.items() if k != "_spans"}
            fh.write(json.dumps(post, ensure_ascii=True) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class", "consent_social_media",
                "consent_website", "consent_press", "consent_name_with_photo", "biometric_consent"])
    for p in pupils:
        w.writerow([p["upn"], p["forename"], p["surname"], p["preferred_forename"], p["year_group"], p["class_"],
                    p["social"], p["website"], p["press"], "no" if p["upn"] in named else "yes", p["bio"]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for line in (SRC / "staff.txt").read_text().splitlines():
        if line.strip():
            w.writerow(line.split("|"))
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    school = {"name": "Calder Street Primary School", "address": "40 Calder Street, Govanhill, Glasgow",
              "postcode": "GX42 7QA", "phone": "01632 960452",
              "email": "enquiries@calderstreetps.glasgow.example", "website": "https://calderstreetps.glasgow.example"}
    (OUT / "school.json").write_text(json.dumps(school, indent=2) + "\n", encoding="utf-8")
    print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
          f"{sum(p['photo'] for p in posts)} photo, {sum(p['account'] == 'personal' for p in posts)} personal; "
          f"{len(named)} pupils named in photo posts")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
