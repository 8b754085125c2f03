"""Build register CSVs, school.json and posts.jsonl for set 51 from pupils.txt, staff.txt
and posts_*.txt (inline markup [[kind:text]] or [[kind:text|Forename Surname]]).
Run: env -u PYTHONPATH /work/main/.venv/bin/python src/build.py"""
import csv, io, json, re, sys, unicodedata
from pathlib import Path
from clearpost.register import upn as U

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
NN = "51"
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn",
         "health": "health", "circ": "circumstance"}
YEARS = {"R": ("Reception", 20), "1": ("Year 1", 19), "2": ("Year 2", 18), "3": ("Year 3", 17),
         "4": ("Year 4", 16), "5": ("Year 5", 15), "6": ("Year 6", 14)}
SCHOOL = {"name": "Grantchester Road Primary School",
          "address": "Grantchester Road, Newnham, Cambridge",
          "postcode": "CB3 9ZQ", "phone": "01632 960410",
          "email": "office@grantchesterroad.cambs.example",
          "website": "https://www.grantchesterroad.cambs.example"}
NO_SOCIAL = {"Shirin Hosseini", "Parisa Tehrani", "Ibrahim Kamara"}
NO_PRESS = {"Shirin Hosseini", "Parisa Tehrani", "Ibrahim Kamara", "Darius Rahimi", "Roya Karimi",
            "Arman Mohammadi", "Leila Ahmadi", "Kian Ahmadi", "Trinity Okafor", "Chidera Okafor",
            "Hope Ashby-Clarke", "Newton Ogundipe", "Meadow Linton", "Lucas de Jesus"}
NO_BIO = {"Zihan Wang", "Ananya Krishnan", "Ha-eun Choi", "Elodie Marchetti", "Ibrahim Kamara",
          "Rafael Santos"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def pupils():
    rows = []
    serial = 101
    for line in (HERE / "pupils.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f, s, p, y, c = line.split("|")
        body = f"873251{YEARS[y][1]:02d}{serial:03d}"[:12]
        body = "8732519" + f"{YEARS[y][1]:02d}" + f"{serial:03d}"
        body = body[:12]
        serial += 1
        rows.append(dict(upn=U.check_letter(body) + body, forename=f, surname=s, preferred=p,
                         year=YEARS[y][0], cls=c))
    return rows


def rule_for(kind, photo):
    if kind == "forename":
        return "text.pupil_name_with_photo" if photo else "text.pupil_forename"
    return {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
            "email": "text.contact_details", "phone": "text.contact_details",
            "address": "text.contact_details", "dob": "text.date_of_birth"}.get(kind, "text.pupil_record")


MARK = re.compile(r"\[\[(\w+):(.+?)\]\]", re.S)


def parse_posts(reg):
    byname = {f"{r['forename']} {r['surname']}": r for r in reg}
    posts, errors = [], []
    blocks = []
    for fn in sorted(HERE.glob("posts_*.txt")):
        cur = None
        for line in fn.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                cur = [line[4:], []]
                blocks.append(cur)
            elif cur is not None:
                cur[1].append(line)
    for i, (head, lines) in enumerate(blocks, 1):
        pid = f"z{NN}-{i:03d}"
        parts = [x.strip() for x in head.split("|")]
        cat, ph, acct = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
        tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
        raw = "\n".join(lines).strip("\n")
        raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: byname[m.group(1)]["upn"], raw)
        raw = raw.replace("\\u200b", "\u200b").replace("\\u00a0", "\u00a0")
        text, labels, pos = "", [], 0
        for m in MARK.finditer(raw):
            text += raw[pos:m.start()]
            k, t = m.group(1), m.group(2)
            who = None
            if "|" in t:
                t, who = t.split("|", 1)
            if k not in KINDS:
                errors.append(f"{pid}: bad kind {k}")
                continue
            labels.append(dict(start=len(text), text=t, kind=KINDS[k], who=who))
            text += t
            pos = m.end()
        text += raw[pos:]
        # nth label with same text must be nth occurrence
        seen = {}
        for l in labels:
            t = l["text"]
            seen[t] = seen.get(t, 0) + 1
            starts = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(starts) < seen[t] or starts[seen[t] - 1] != l["start"]:
                errors.append(f"{pid}: label {t!r} is not occurrence #{seen[t]}")
            s, e = l["start"], l["start"] + len(t)
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errors.append(f"{pid}: label {t!r} not at word boundary")
        exp = [dict(rule=rule_for(l["kind"], ph), text=l["text"], kind=l["kind"]) for l in labels]
        worst = None
        for l in exp:
            sv = SEV[acct].get(l["rule"], "block")
            if worst is None or RANK[sv] > RANK[worst]:
                worst = sv
        verdict = "allow" if worst in (None, "info") else worst
        if not exp and "clean" not in tags:
            tags = ["clean"] + tags
        if exp and "clean" in tags:
            errors.append(f"{pid}: tagged clean but has labels")
        tags = list(dict.fromkeys(tags))
        if acct == "personal" and "personal" not in tags:
            tags.append("personal")
        if ph and "photo" not in tags:
            tags.append("photo")
        posts.append(dict(id=pid, category=cat, account=acct, photo=ph, text=text, expected=exp,
                          verdict=verdict, tags=tags, _labels=labels))
    return posts, errors


def resolve(label, reg):
    """Which pupil a name label refers to (for consent_name_with_photo)."""
    if label["who"]:
        return [label["who"]]
    t = fold(re.sub(r"[#_'’s]*$", "", label["text"]).replace("\u200b", ""))
    t = fold(label["text"].replace("\u200b", "").replace("\n", " ").replace("_", " ").lstrip("#"))
    t = re.sub(r"[’']s$", "", t)
    hits = []
    for r in reg:
        names = {fold(r["forename"])} | ({fold(r["preferred"])} if r["preferred"] else set())
        sur = fold(r["surname"])
        full = f"{r['forename']} {r['surname']}"
        if label["kind"] == "full_name":
            compact = re.sub(r"[\s,]+", " ", t).strip()
            for n in names:
                if compact in (f"{n} {sur}", f"{sur} {n}") or compact.replace(" ", "") in (
                        (n + sur).replace(" ", ""), (sur + n).replace(" ", "")):
                    hits.append(full)
        else:
            base = re.sub(r"\s+[a-z]\.?$", "", t)
            if base in names:
                hits.append(full)
    return sorted(set(hits))


def main():
    reg = pupils()
    posts, errors = parse_posts(reg)
    in_photo = set()
    for p in posts:
        for l in p["_labels"]:
            if l["kind"] in ("full_name", "forename"):
                who = resolve(l, reg)
                if not who:
                    if not re.fullmatch(r"([A-Za-z]\.){2,3}|[A-Z]{2}", l["text"]):
                        errors.append(f"{p['id']}: cannot resolve {l['text']!r}")
                if p["photo"]:
                    in_photo.update(who)
    # phrases used once
    seenp = {}
    for p in posts:
        for l in p["expected"]:
            if l["kind"] in ("health", "circumstance"):
                k = l["text"].casefold()
                if k in seenp:
                    errors.append(f"{p['id']}: phrase {l['text']!r} already used in {seenp[k]}")
                seenp[k] = p["id"]
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,"
                   "consent_website,consent_press,consent_name_with_photo,biometric_consent".split(","))
        for r in reg:
            full = f"{r['forename']} {r['surname']}"
            yn = lambda b: "yes" if b else "no"
            w.writerow([r["upn"], r["forename"], r["surname"], r["preferred"], r["year"], r["cls"],
                        yn(full not in NO_SOCIAL), yn(full not in NO_SOCIAL), yn(full not in NO_PRESS),
                        yn(full not in in_photo), yn(full not in NO_BIO)])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
        for line in (HERE / "staff.txt").read_text(encoding="utf-8").splitlines():
            if line.strip():
                sid, t, f, s, role, cp = line.split("|")
                w.writerow([sid, t, f, s, role, cp, cp])
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            p = {k: v for k, v in p.items() if k != "_labels"}
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
          f"{sum(1 for p in posts if p['photo'])} photo, "
          f"{sum(1 for p in posts if p['account']=='personal')} personal; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
