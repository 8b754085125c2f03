"""Build register_*.csv, school.json and posts.jsonl from src/*.txt (markup posts)."""
import csv, io, json, re, sys, unicodedata
from pathlib import Path
from clearpost.register import upn as U

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
NN = "53"
SCHOOL = {
    "name": "Allendale Moor First School",
    "address": "Moor Road, Allendale Moor, Hexham, Northumberland",
    "postcode": "NX47 3QZ",
    "phone": "01632 960410",
    "email": "office@allendalemoor.example.org",
    "website": "www.allendalemoor.example.org",
}
YEAR_CODE = {"Nursery": "24", "Reception": "23", "Year 1": "22", "Year 2": "21", "Year 3": "20", "Year 4": "19"}
KIND = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email", "phone": "phone",
        "addr": "address", "dob": "dob", "upn": "upn", "health": "health", "circ": "circumstance"}


def pupils():
    rows = []
    for i, line in enumerate(l for l in (SRC / "pupils.txt").read_text().splitlines() if l and not l.startswith("#")):
        f, s, p, y, c, sm, web, pr, bio = line.split("|")
        body = "929" + "2413" + YEAR_CODE[y] + f"{101 + i:03d}"
        rows.append(dict(upn=U.check_letter(body) + body, forename=f, surname=s, preferred_forename=p,
                         year_group=y, class_=c, social=sm, website=web, press=pr, bio=bio))
    return rows


def fold(t):
    return "".join(ch for ch in unicodedata.normalize("NFKD", t) if not unicodedata.combining(ch)).casefold()


def parse_posts(pup):
    by_name = {}
    for r in pup:
        by_name[f"{r['forename']} {r['surname']}"] = r
    posts = []
    files = sorted(SRC.glob("posts_*.txt"))
    blocks = []
    for fp in files:
        cur = None
        for line in fp.read_text(encoding="utf-8").split("\n"):
            if line.startswith("### "):
                if cur:
                    blocks.append(cur)
                cur = [line, []]
            elif cur is not None:
                cur[1].append(line)
        if cur:
            blocks.append(cur)
    for n, (head, body) in enumerate(blocks, 1):
        parts = [x.strip() for x in head[4:].split("|")]
        cat, photo, acct = parts[0], parts[1] == "p", ("personal" if parts[2] == "p" else "official")
        tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
        raw = "\n".join(body).strip("\n")
        raw = raw.replace("\\n", "\n").replace("\\u200b", "\u200b").replace("\\u00a0", "\u00a0").replace("\\u0430", "\u0430").replace("\\u043e", "\u043e")
        labels, out, pos = [], [], 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, re.S):
            out.append(raw[pos:m.start()])
            k, t = m.group(1), m.group(2)
            if k == "upn":
                spaced = t.startswith("@@")
                r = by_name[t.lstrip("@")]
                t = r["upn"]
                if spaced:
                    t = f"{t[0]} {t[1:4]} {t[4:8]} {t[8:10]} {t[10:]}"
            kind = KIND[k]
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            elif kind == "full_name":
                rule = "text.pupil_full_name"
            elif kind in ("email", "phone", "address"):
                rule = "text.contact_details"
            elif kind == "dob":
                rule = "text.date_of_birth"
            elif kind == "other_person":
                rule = "text.other_person"
            else:
                rule = "text.pupil_record"
            # nth-occurrence ordering: record position
            labels.append((len("".join(out)), {"rule": rule, "text": t, "kind": kind}))
            out.append(t)
            pos = m.end()
        out.append(raw[pos:])
        text = "".join(out)
        # order labels so that the nth label with a text is its nth occurrence
        ordered = [l for _, l in sorted(labels, key=lambda x: x[0])]
        sev = {"official": {"text.pupil_forename": 0, "text.other_person": 1},
               "personal": {"text.pupil_forename": 1, "text.other_person": 1}}[acct]
        worst = max([sev.get(l["rule"], 2) for l in ordered], default=-1)
        verdict = {-1: "allow", 0: "allow", 1: "warn", 2: "block"}[worst]
        tags = [t for t in dict.fromkeys(tags) if t != "clean"]
        if not ordered:
            tags = ["clean"] + tags
        if acct == "personal" and "personal" not in tags:
            tags.append("personal")
        if photo and "photo" not in tags:
            tags.append("photo")
        posts.append({"id": f"z{NN}-{n:03d}", "category": cat, "account": acct, "photo": photo, "text": text,
                      "expected": ordered, "verdict": verdict, "tags": tags, "_pos": [p for p, _ in sorted(labels, key=lambda x: x[0])]})
    return posts


def main():
    pup = pupils()
    posts = parse_posts(pup)
    # consent_name_with_photo = no for every pupil named in a photo post
    named_photo = set()
    for p in posts:
        if not p["photo"]:
            continue
        low = fold(p["text"])
        for r in pup:
            fns = {r["forename"], r["preferred_forename"]} - {""}
            for l in p["expected"]:
                if l["kind"] in ("forename", "full_name"):
                    lt = fold(l["text"]).replace("#", "")
                    if any(fold(f) in lt or fold(f).replace("-", "") in lt.replace("-", "") for f in fns):
                        named_photo.add(r["upn"])
                    ini = re.sub(r"[^a-z]", "", lt)
                    if re.fullmatch(r"(?:[a-z]\.\s?){2,3}", fold(l["text"])):
                        for f in fns:
                            if ini in (fold(f[0] + r["surname"][0]), fold("".join(x[0] for x in f.split("-")) + r["surname"][0])):
                                named_photo.add(r["upn"])
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,consent_website,consent_press,consent_name_with_photo,biometric_consent".split(","))
        for r in pup:
            w.writerow([r["upn"], r["forename"], r["surname"], r["preferred_forename"], r["year_group"], r["class_"],
                        r["social"], r["website"], r["press"], "no" if r["upn"] in named_photo else "yes", r["bio"]])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow("staff_id,title,forename,surname,role,consent_photo,biometric_consent".split(","))
        for line in (SRC / "staff.txt").read_text().splitlines():
            if line.strip():
                w.writerow(line.split("|"))
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            p = {k: v for k, v in p.items() if k != "_pos"}
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    print(len(posts), "posts;", sum(1 for p in posts if not p["expected"]), "clean;", len(named_photo), "pupils named in photo posts")


if __name__ == "__main__":
    main()
