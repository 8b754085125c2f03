"""Build set 38 from src/: register CSVs, school.json, posts.jsonl.

Markup in posts_*.txt:  header line `### category | y/n (photo) | o/p (account) | tags,comma,separated`
then the post body (real line breaks). Labels inline: [[k:text]] with k one of
n (full_name) f (forename) o (other_person) e (email) p (phone) a (address) d (dob)
u (upn) h (health) c (circumstance). Inside [[u:...]] a `{Forename Surname}` is replaced by that
pupil's UPN; `{Forename Surname|sp}` gives it spaced in groups.  Escapes: <ZW> = U+200B,
<NB> = U+00A0, <CYo>/<CYa>/<CYe> = Cyrillic о/а/е.
"""
import csv, json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from clearpost.register import upn as upn_rules  # noqa: E402

SET = "z38"
CLASSES = {7: "7 Lea", 8: "8 Pymmes", 9: "9 Salmons", 10: "10 Turkey", 11: "11 Chase"}
FIRST_YEAR = {7: "18", 8: "17", 9: "16", 10: "15", 11: "14"}
KINDS = {"n": "full_name", "f": "forename", "o": "other_person", "e": "email", "p": "phone",
         "a": "address", "d": "dob", "u": "upn", "h": "health", "c": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
        "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
ESC = {"<ZW>": "\u200b", "<NB>": "\u00a0", "<CYo>": "\u043e", "<CYa>": "\u0430", "<CYe>": "\u0435"}
SCHOOL = {
    "name": "Palmers Green Park Academy",
    "address": "Aldermoor Road, Palmers Green, London",
    "postcode": "N13 9QX",
    "phone": "020 7946 0310",
    "email": "office@palmersgreenpark.example.org",
    "website": "https://www.palmersgreenpark.example.org",
}


def pupils():
    rows = []
    serial = 201
    for line in (HERE / "pupils.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fn, sn, pref, yr = line.split("|")
        yr = int(yr)
        body = "308" + "4712" + FIRST_YEAR[yr] + f"{serial:03d}"
        serial += 1
        rows.append(dict(upn=upn_rules.check_letter(body) + body, forename=fn, surname=sn,
                         preferred_forename=pref, year=yr))
    return rows


def staff():
    rows = []
    for i, line in enumerate((HERE / "staff.txt").read_text(encoding="utf-8").splitlines(), 1):
        t, fn, sn, role, cp = line.split("|")
        rows.append(dict(staff_id=f"PGS{i:03d}", title=t, forename=fn, surname=sn, role=role,
                         consent_photo=cp, biometric_consent=cp))
    return rows


def parse_posts(pups):
    byname = {f"{p['forename']} {p['surname']}": p for p in pups}
    posts = []
    files = sorted(HERE.glob("posts_*.txt"))
    chunks = []
    for f in files:
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                cur = [line, []]
                chunks.append(cur)
            elif cur is not None:
                cur[1].append(line)
    for n, (head, body) in enumerate(chunks, 1):
        parts = [x.strip() for x in head[4:].split("|")]
        cat, photo, acct, tags = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]], parts[3]
        raw = "\n".join(body).strip("\n")
        for k, v in ESC.items():
            raw = raw.replace(k, v)

        def upn_sub(m):
            name, _, mode = m.group(1).partition("|")
            u = byname[name]["upn"]
            if mode == "sp":
                u = f"{u[:1]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"
            return u
        raw = re.sub(r"\{([^{}]+)\}", upn_sub, raw)
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[([nfoepaduhc]):(.+?)\]\]", raw, re.S):
            text += raw[pos:m.start()]
            kind = KINDS[m.group(1)]
            t = m.group(2)
            start = len(text)
            text += t
            pos = m.end()
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            else:
                rule = RULE[kind]
            labels.append({"rule": rule, "text": t, "kind": kind, "_start": start})
        text += raw[pos:]
        if "[[" in text or "]]" in text:
            raise SystemExit(f"post {n}: stray markup")
        taglist = [t.strip() for t in tags.split(",") if t.strip()]
        if acct == "personal" and "personal" not in taglist:
            taglist.append("personal")
        if photo and "photo" not in taglist:
            taglist.append("photo")
        taglist = [t for t in taglist if t != "clean"]
        if not labels:
            taglist.insert(0, "clean")
        worst = None
        for l in labels:
            s = SEV[acct].get(l["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        posts.append({"id": f"{SET}-{n:03d}", "category": cat, "account": acct, "photo": photo,
                      "text": text, "expected": labels, "verdict": verdict, "tags": taglist})
    return posts


def main():
    pups = pupils()
    posts = parse_posts(pups)
    # pupils named in photo posts: consent_name_with_photo = no
    named_in_photo = set()
    for p in posts:
        if not p["photo"]:
            continue
        low = p["text"].casefold()
        for pu in pups:
            for nm in {pu["forename"], pu["preferred_forename"]} - {""}:
                for l in p["expected"]:
                    if l["kind"] in ("full_name", "forename") and nm.casefold() in l["text"].casefold():
                        if l["kind"] == "forename" or pu["surname"].casefold() in l["text"].casefold().replace("\n", " "):
                            named_in_photo.add(pu["upn"])
    rnd = random.Random(38)
    no_social = {"Hodan Warsame", "Drilon Berisha"}
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                    "consent_social_media", "consent_website", "consent_press",
                    "consent_name_with_photo", "biometric_consent"])
        for pu in pups:
            full = f"{pu['forename']} {pu['surname']}"
            sm = "no" if full in no_social else "yes"
            web = "no" if full in no_social or rnd.random() < 0.05 else "yes"
            press = "yes" if rnd.random() < 0.6 else "no"
            nwp = "no" if pu["upn"] in named_in_photo else ("yes" if rnd.random() < 0.6 else "no")
            bio = "yes" if rnd.random() < 0.8 else "no"
            w.writerow([pu["upn"], pu["forename"], pu["surname"], pu["preferred_forename"],
                        f"Year {pu['year']}", CLASSES[pu["year"]], sm, web, press, nwp, bio])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
        for s in staff():
            w.writerow([s[k] for k in ("staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent")])
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            out = dict(p)
            out["expected"] = [{k: v for k, v in l.items() if not k.startswith("_")} for l in p["expected"]]
            fh.write(json.dumps(out, ensure_ascii=True) + "\n")
    # positions for check.py
    (HERE / "spans.json").write_text(json.dumps({p["id"]: [l["_start"] for l in p["expected"]] for p in posts}))
    print(f"{len(posts)} posts, {len(pups)} pupils, named in photo posts: {len(named_in_photo)}")


if __name__ == "__main__":
    main()
