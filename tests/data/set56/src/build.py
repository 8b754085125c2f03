"""Build posts.jsonl, register CSVs and school.json for set 56 from src/posts_*.txt.

Markup: [[kind:text]] with kind in fn full other email phone addr dob upn health circ.
{UPN:Forename Surname} -> that pupil's UPN; {UPNS:...} -> the UPN spaced in 4s.
Header line: ### category | photo y/n | account o/p | tags (comma separated)
"""
import csv, json, re, sys, unicodedata
from pathlib import Path

sys.path.insert(0, "/work/main")
from clearpost.register import upn as upn_rules

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
NN = "56"
CLASSES = {"Reception": "Minton", "Year 1": "Spode", "Year 2": "Doulton", "Year 3": "Moorcroft",
           "Year 4": "Wedgwood", "Year 5": "Cliff", "Year 6": "Bennett"}
YEARCODE = {"Reception": "20", "Year 1": "19", "Year 2": "18", "Year 3": "17", "Year 4": "16",
            "Year 5": "15", "Year 6": "14"}
KIND = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
        "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
        "circ": "circumstance"}
SCHOOL = {"name": "Burslem Bottle Kilns Primary School",
          "address": "Saggar Makers Lane, Burslem, Stoke-on-Trent",
          "postcode": "ST6 9QZ", "phone": "01632 960410",
          "email": "office@bottlekilns-primary.example",
          "website": "https://www.bottlekilns-primary.example"}


def pupils():
    rows = []
    for i, line in enumerate(l for l in (HERE / "pupils.txt").read_text().splitlines()
                             if l.strip() and not l.startswith("#")):
        fn, sn, pref, year = line.split("|")
        body = "861" + "2417" + YEARCODE[year] + f"{101 + i:03d}"
        rows.append(dict(upn=upn_rules.check_letter(body) + body, forename=fn, surname=sn,
                         preferred_forename=pref, year_group=year, class_=CLASSES[year]))
    return rows


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def parse_posts(prs):
    upns = {}
    for p in prs:
        upns[f"{p['forename']} {p['surname']}"] = p["upn"]
        if p["preferred_forename"]:
            upns[f"{p['preferred_forename']} {p['surname']}"] = p["upn"]
    blocks = []
    for f in sorted(HERE.glob("posts_*.txt")):
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                cur = {"head": line[4:], "lines": [], "file": f.name}
                blocks.append(cur)
            elif cur is not None:
                cur["lines"].append(line)
    posts, errors = [], []
    for n, b in enumerate(blocks, 1):
        pid = f"z{NN}-{n:03d}"
        cat, photo, acct, tags = [x.strip() for x in b["head"].split("|")]
        raw = "\n".join(b["lines"]).strip("\n")
        raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: upns[m.group(1)], raw)
        raw = re.sub(r"\{UPNS:([^}]+)\}", lambda m: " ".join(
            [upns[m.group(1)][i:i + 4] for i in range(0, 13, 4)]), raw)
        raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, re.S):
            text += raw[pos:m.start()]
            k, t = m.group(1), m.group(2)
            if k not in KIND:
                errors.append(f"{pid}: bad kind {k}")
            labels.append((len(text), KIND.get(k, k), t))
            text += t
            pos = m.end()
        text += raw[pos:]
        if "[[" in text or "]]" in text:
            errors.append(f"{pid}: stray markup")
        photo_b = photo == "y"
        account = {"o": "official", "p": "personal"}[acct]
        exp = []
        seen = {}
        for start, kind, t in labels:
            # nth label with this text must be the nth occurrence
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            seen[t] = seen.get(t, 0) + 1
            if occ.index(start) != seen[t] - 1:
                errors.append(f"{pid}: label {t!r} is not occurrence #{seen[t]}")
            rule = {"forename": "text.pupil_name_with_photo" if photo_b else "text.pupil_forename",
                    "full_name": "text.pupil_full_name", "other_person": "text.other_person",
                    "email": "text.contact_details", "phone": "text.contact_details",
                    "address": "text.contact_details", "dob": "text.date_of_birth"}.get(kind, "text.pupil_record")
            exp.append({"rule": rule, "text": t, "kind": kind})
        sev = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
               "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}[account]
        rank = {"info": 0, "warn": 1, "block": 2}
        worst = None
        for l in exp:
            s = sev.get(l["rule"], "block")
            if worst is None or rank[s] > rank[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        tg = [t.strip() for t in tags.split(",") if t.strip()]
        auto = []
        if not exp:
            auto.append("clean")
        if account == "personal":
            auto.append("personal")
        if photo_b:
            auto.append("photo")
        for k in sorted({l["kind"] for l in exp}):
            auto.append(k.replace("_", "-"))
        tg = list(dict.fromkeys(auto + tg))
        posts.append(dict(id=pid, category=cat, account=account, photo=photo_b, text=text,
                          expected=exp, verdict=verdict, tags=tg))
    return posts, errors


def main():
    prs = pupils()
    posts, errors = parse_posts(prs)
    # no health/circumstance phrase twice
    seenp = {}
    for p in posts:
        for l in p["expected"]:
            if l["kind"] in ("health", "circumstance"):
                key = l["text"].casefold()
                if key in seenp:
                    errors.append(f"{p['id']}: phrase {l['text']!r} also in {seenp[key]}")
                seenp[key] = p["id"]
    for e in errors:
        print("ERROR", e)
    # pupils named in photo posts
    named_photo = set()
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] in ("full_name", "forename"):
                lt = fold(l["text"])
                for i, r in enumerate(prs):
                    names = [r["forename"], r["preferred_forename"]] if r["preferred_forename"] else [r["forename"]]
                    for nm in names:
                        if re.search(r"(?<!\w)" + re.escape(fold(nm)) + r"(?!\w)", lt) or \
                           re.search(re.escape(fold(nm).replace("-", "")), lt.replace("_", "").replace(" ", "")):
                            named_photo.add(i)
                    init = fold(nm[0] + "." + r["surname"][0] + ".")
                    if lt.replace(" ", "") == init:
                        named_photo.add(i)
    no_social = {"Denis Lakatoš", "Vanesa Lakatošová", "Omar Alhassan"}
    no_press = {"Sabína Oláhová", "Kristián Gaži", "Nikola Balogová", "Hevi Rasul", "Shilan Rasul",
                "Rojin Karim", "Berzan Karim", "Patrik Horváth", "Dominik Horváth", "Joud Darwish",
                "Rahaf Darwish", "Lana Al-Ali", "Kinan Haddad", "Yousef Haddad", "Ester Duždová",
                "Marek Ferko", "Karolína Giňová", "Azad Mustafa", "Dilan Aziz", "Kacey Lovatt"}
    no_bio = {"Hope Bloor", "Ruby Bloor", "Musa Hussain", "Mohammed Hussain", "Hevi Rasul",
              "Shilan Rasul", "Denis Lakatoš", "Vanesa Lakatošová", "Omar Alhassan", "Jack Wedgwood"}
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                    "consent_social_media", "consent_website", "consent_press",
                    "consent_name_with_photo", "biometric_consent"])
        for i, r in enumerate(prs):
            full = f"{r['forename']} {r['surname']}"
            yn = lambda b: "yes" if b else "no"
            w.writerow([r["upn"], r["forename"], r["surname"], r["preferred_forename"], r["year_group"],
                        r["class_"], yn(full not in no_social), yn(full not in no_social and i % 11 != 5),
                        yn(full not in no_press and full not in no_social),
                        yn(i not in named_photo and full not in no_social and i % 3 != 0),
                        yn(full not in no_bio)])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
        for line in (HERE / "staff.txt").read_text(encoding="utf-8").splitlines():
            sid, t, f, s, role, c = line.split("|")
            w.writerow([sid, t, f, s, role, c, c])
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
          f"{sum(1 for p in posts if p['photo'])} photo, {sum(1 for p in posts if p['account']=='personal')} personal, "
          f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
