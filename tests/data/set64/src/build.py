"""Build set 64 from src/: pupils.txt, staff.txt, posts_*.txt -> ../register_*.csv, ../school.json, ../posts.jsonl.
Run: env -u PYTHONPATH /work/main/.venv/bin/python src/build.py"""
import csv, io, json, re, sys, unicodedata
from pathlib import Path
from clearpost.register.upn import check_letter

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
NN = "64"
YEAR_ALLOC = {"Reception": "24", "Year 1": "23", "Year 2": "22", "Year 3": "21", "Year 4": "20", "Year 5": "19", "Year 6": "18"}
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email", "phone": "phone",
         "addr": "address", "dob": "dob", "upn": "upn", "upns": "upn", "health": "health", "circ": "circumstance"}
SUBS = {"{ZW}": "\u200b", "{NBSP}": "\u00a0", "{ca}": "\u0430", "{co}": "\u043e", "{ce}": "\u0435", "{cA}": "\u0410", "{cO}": "\u041e"}
SCHOOL = {
    "name": "Ryde Esplanade Primary Academy",
    "address": "Esplanade Rise, Ryde, Isle of Wight",
    "postcode": "IW33 2QZ",
    "phone": "01632 960418",
    "email": "office@ryde-esplanade.example",
    "website": "www.ryde-esplanade.example",
}


def pupils():
    rows = []
    for n, line in enumerate(l for l in (SRC / "pupils.txt").read_text(encoding="utf-8").splitlines()
                             if l.strip() and not l.startswith("#")):
        fore, sur, pref, year, cls = line.split("|")
        digits = "921" + "2045" + YEAR_ALLOC[year] + f"{101 + n:03d}"
        rows.append(dict(upn=check_letter(digits) + digits, forename=fore, surname=sur, preferred_forename=pref,
                         year_group=year, class_=cls, n=n))
    return rows


def sub(s):
    for k, v in SUBS.items():
        s = s.replace(k, v)
    return s


def parse_posts(pmap):
    posts = []
    raw = "\n".join((SRC / f).read_text(encoding="utf-8") for f in sorted(p.name for p in SRC.glob("posts_*.txt")))
    blocks = re.split(r"^### ", raw, flags=re.M)[1:]
    for i, block in enumerate(blocks, 1):
        head, _, body = block.partition("\n")
        cat, photo, acct, tags = [x.strip() for x in head.split("|")]
        body = sub(body.strip("\n").rstrip())
        text, labels = "", []
        pos = 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, flags=re.S):
            text += body[pos:m.start()]
            kind, t = m.group(1), m.group(2)
            if kind in ("upn", "upns"):
                u = pmap[t]["upn"]
                t = u if kind == "upn" else " ".join([u[:1], u[1:4], u[4:8], u[8:]])
            labels.append((len(text), t, KINDS[kind]))
            text += t
            pos = m.end()
        text += body[pos:]
        if "[[" in text or "]]" in text:
            sys.exit(f"post {i}: stray markup")
        isphoto = photo == "y"
        account = {"o": "official", "p": "personal"}[acct]
        expected, seen = [], {}
        for start, t, kind in labels:
            # nth label with this text must be its nth occurrence
            nth = seen.get(t, 0)
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if occ.index(start) != nth:
                sys.exit(f"post {i}: label {t!r} is occurrence {occ.index(start)} but label number {nth}")
            seen[t] = nth + 1
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if isphoto else "text.pupil_forename"
            elif kind == "full_name":
                rule = "text.pupil_full_name"
            elif kind == "other_person":
                rule = "text.other_person"
            elif kind in ("email", "phone", "address"):
                rule = "text.contact_details"
            elif kind == "dob":
                rule = "text.date_of_birth"
            else:
                rule = "text.pupil_record"
            expected.append({"rule": rule, "text": t, "kind": kind, "_start": start})
        sev = {"official": {"text.pupil_forename": 0, "text.other_person": 1},
               "personal": {"text.pupil_forename": 1, "text.other_person": 1}}[account]
        worst = max([sev.get(l["rule"], 2) for l in expected], default=-1)
        verdict = {-1: "allow", 0: "allow", 1: "warn", 2: "block"}[worst]
        taglist = [t.strip() for t in tags.split(",") if t.strip()]
        if not expected:
            taglist.insert(0, "clean")
        if account == "personal":
            taglist.append("personal")
        if isphoto:
            taglist.append("photo")
        taglist = list(dict.fromkeys(taglist))
        posts.append(dict(id=f"z{NN}-{i:03d}", category=cat, account=account, photo=isphoto, text=text,
                          expected=expected, verdict=verdict, tags=taglist))
    return posts


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def main():
    prows = pupils()
    pmap = {f"{p['forename']} {p['surname']}": p for p in prows}
    posts = parse_posts(pmap)
    if len(posts) != 220:
        print(f"warning: {len(posts)} posts")
    # consent_name_with_photo = no for any pupil whose forename/preferred/surname appears in a photo post
    photo_text = fold(" ".join(p["text"] for p in posts if p["photo"]))
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,consent_website,"
               "consent_press,consent_name_with_photo,biometric_consent".split(","))
    for p in prows:
        n = p["n"]
        names = [p["forename"], p["surname"]] + ([p["preferred_forename"]] if p["preferred_forename"] else [])
        named = any(re.search(r"\b" + re.escape(fold(x)) + r"\b", photo_text) for x in names)
        w.writerow([p["upn"], p["forename"], p["surname"], p["preferred_forename"], p["year_group"], p["class_"],
                    "no" if n in (21, 47) else "yes",
                    "no" if n in (21, 47, 12) else "yes",
                    "no" if n % 3 == 0 or n in (21, 47) else "yes",
                    "no" if named else "yes",
                    "no" if n % 5 == 2 else "yes"])
    (OUT / "register_pupils.csv").write_text(out.getvalue(), encoding="utf-8")
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow("staff_id,title,forename,surname,role,consent_photo,biometric_consent".split(","))
    for line in (SRC / "staff.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            w.writerow(line.split("|"))
    (OUT / "register_staff.csv").write_text(out.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in posts:
            p = dict(p, expected=[{k: v for k, v in l.items() if k != "_start"} for l in p["expected"]])
            f.write(json.dumps(p, ensure_ascii=True) + "\n")
    print(f"built {len(posts)} posts, {len(prows)} pupils")


if __name__ == "__main__":
    main()
