"""Build posts.jsonl, register CSVs and school.json for set 43 from the marked-up sources.

Markup in posts_0N.txt: header `### category | photo y/n | account o/p | tags`, then the post
text (several lines allowed). Labels inline as [[kind:text]] with kinds
fn full other email phone addr dob upn health circ. `{UPN:Forename Surname}` (optionally
`|spaced` or `|lower`) is replaced by that pupil's UPN. `\\uXXXX` escapes are decoded.
"""
import csv, io, json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from upn import make_upn  # noqa: E402

KIND = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
        "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
        "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
        "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
YEARS = ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"]
CLASSES = dict(zip(YEARS, ["Seacole", "Tull", "Morris", "Moody", "Equiano", "Blackman", "Mandela"]))
SCHOOL = {"name": "Rye Lane Community Primary School and Nursery",
          "address": "Holdron Passage, Rye Lane, Peckham, London",
          "postcode": "SE15 9QJ", "phone": "020 7946 0415",
          "email": "office@ryelane-primary.example", "website": "www.ryelane-primary.example"}


def load_pupils():
    rows, serial = [], 100
    for line in (HERE / "pupils.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fn, sn, pref, year, sm = line.split("|")
        serial += 1
        yy = 25 - YEARS.index(year)
        rows.append(dict(forename=fn, surname=sn, preferred=pref, year=year, sm=sm,
                         upn=make_upn(f"2102417{yy:02d}{serial:03d}")))
    return rows


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def upn_sub(m, pupils):
    name, _, fmt = m.group(1).partition("|")
    p = next(p for p in pupils if f"{p['forename']} {p['surname']}" == name
             or f"{p['preferred']} {p['surname']}" == name)
    u = p["upn"]
    if fmt == "spaced":
        u = f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"
    elif fmt == "lower":
        u = u.lower()
    return u


def parse_posts(pupils):
    posts, errors = [], []
    src = "".join((HERE / f).read_text(encoding="utf-8") for f in sorted(
        p.name for p in HERE.glob("posts_0*.txt")))
    chunks = re.split(r"^### ", src, flags=re.M)[1:]
    for n, chunk in enumerate(chunks, 1):
        head, _, body = chunk.partition("\n")
        cat, photo, acct, tags = [x.strip() for x in head.split("|")]
        body = body.strip("\n").rstrip()
        body = re.sub(r"\{UPN:([^}]*)\}", lambda m: upn_sub(m, pupils), body)
        body = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), body)
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", body, flags=re.S):
            text += body[pos:m.start()]
            kind = KIND[m.group(1)]
            labels.append((len(text), kind, m.group(2)))
            text += m.group(2)
            pos = m.end()
        text += body[pos:]
        if "[[" in text or "]]" in text:
            errors.append(f"post {n}: stray markup")
        photo = photo == "y"
        account = {"o": "official", "p": "personal"}[acct]
        expected, seen = [], {}
        for start, kind, t in sorted(labels):
            seen[t] = seen.get(t, 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if occ[seen[t] - 1] != start:
                errors.append(f"post {n}: label {t!r} is not its occurrence #{seen[t]}")
            rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
            expected.append({"rule": rule, "text": t, "kind": kind})
        worst = None
        for l in expected:
            s = SEV[account].get(l["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        tl = [t.strip() for t in tags.split(",") if t.strip()]
        tl = [t for t in tl if t != "clean"]
        if not expected:
            tl.insert(0, "clean")
        if photo:
            tl.append("photo")
        if account == "personal":
            tl.append("personal")
        for k in sorted({l["kind"] for l in expected}):
            tl.append(k.replace("_", "-"))
        tl = list(dict.fromkeys(tl))
        posts.append({"id": f"z43-{n:03d}", "category": cat, "account": account, "photo": photo,
                      "text": text, "expected": expected, "verdict": verdict, "tags": tl})
    return posts, errors


def names_in_photo_posts(posts, pupils):
    named = set()
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] not in ("forename", "full_name"):
                continue
            t = fold(l["text"]).replace("#", " ").replace("_", " ")
            words = set(re.findall(r"[\w-]+", t))
            compact = re.sub(r"[^a-z]", "", t)
            for i, pu in enumerate(pupils):
                firsts = {fold(pu["forename"])} | ({fold(pu["preferred"])} if pu["preferred"] else set())
                inits = {f[0] + fold(pu["surname"])[0] for f in firsts}
                if firsts & words or any(f.replace("-", "") in compact for f in firsts if len(f) > 3) \
                        or (len(compact) == 2 and compact in inits):
                    named.add(i)
    return named


def write_register(pupils, posts):
    named = names_in_photo_posts(posts, pupils)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for i, p in enumerate(pupils):
        sm = p["sm"]
        web = "no" if sm == "no" or i % 17 == 5 else "yes"
        press = "yes" if i % 3 != 1 and sm == "yes" else "no"
        nwp = "no" if i in named or i % 4 == 0 else "yes"
        bio = "no" if i % 5 == 2 else "yes"
        w.writerow([p["upn"], p["forename"], p["surname"], p["preferred"], p["year"],
                    CLASSES[p["year"]], sm, web, press, nwp, bio])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for line in (HERE / "staff.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            sid, title, fn, sn, role, cp = line.split("|")
            w.writerow([sid, title, fn, sn, role, cp, cp])
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return named


def main():
    pupils = load_pupils()
    posts, errors = parse_posts(pupils)
    named = write_register(pupils, posts)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts; {len(named)} pupils named in photo posts; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
