"""Build set 65 from src/: posts_*.txt (inline markup) + pupils.txt + staff.txt.

Markup in posts: [[kind:text]] with kind in fn full other email phone addr dob upn health circ.
Inside a label or anywhere in a post: the two characters \\n are a line break, \\uXXXX a character.
{Forename Surname} inside a label is that pupil's UPN ({Name|sp} spaced, {Name|lc} lower case).
Header of each post: ### category | photo (p or -) | account (o or p) | tags, comma separated
Run: env -u PYTHONPATH /work/main/.venv/bin/python src/build.py
"""
import csv, json, re, sys, unicodedata
from pathlib import Path
from clearpost.register import upn as upn_rules

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
YEARS = {"R": ("Reception", "Nene", "25"), "1": ("Year 1", "Welland", "24"), "2": ("Year 2", "Ouse", "23"),
         "3": ("Year 3", "Witham", "22"), "4": ("Year 4", "Trent", "21"), "5": ("Year 5", "Severn", "20"),
         "6": ("Year 6", "Thames", "19")}
SCHOOL = {"name": "Gladstone Street Primary School", "address": "Gladstone Street, Millfield, Peterborough",
          "postcode": "PX1 2GZ", "phone": "01632 960240", "email": "office@gladstonestreet.example",
          "website": "https://www.gladstonestreet.example"}
HOMO = str.maketrans("аеорсхіуАЕОРСХІКМТВН", "aeopcxiyAEOPCXIKMTBH")


def fold(s):
    s = s.translate(HOMO)
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s).replace("\u00a0", " ")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def load_pupils():
    pupils = []
    for i, line in enumerate(l for l in (SRC / "pupils.txt").read_text().splitlines() if l and not l.startswith("#")):
        fore, sur, pref, yr, flags = line.split("|")
        year, cls, alloc = YEARS[yr]
        body = "874" + "2063" + alloc + f"{101 + i:03d}"
        pupils.append(dict(forename=fore, surname=sur, pref=pref, year=year, cls=cls, flags=flags,
                           upn=upn_rules.check_letter(body) + body))
    return pupils


def upn_sub(m, by_name):
    name, _, fmt = m.group(1).partition("|")
    u = by_name[name]["upn"]
    if fmt == "sp":
        return f"{u[0]}{u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"
    if fmt == "lc":
        return u.lower()
    return u


def unescape(s):
    s = s.replace("\\n", "\n")
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def name_tokens(p):
    toks = {fold(p["forename"]), fold(p["forename"].split()[0])}
    if p["pref"]:
        toks.add(fold(p["pref"]))
    return toks


def match_pupils(kind, text, pupils):
    t = fold(text).lstrip("#")
    t = re.sub(r"[’']s$", "", t)
    words = [w for w in re.split(r"[^a-z\-']+", t.replace("’", "'")) if w]
    flat = re.sub(r"[^a-z]", "", t)
    found = []
    for p in pupils:
        fn, sur = name_tokens(p), fold(p["surname"])
        surflat = re.sub(r"[^a-z]", "", sur)
        if kind == "full_name":
            if any(re.sub(r"[^a-z]", "", f) in flat for f in fn) and surflat in flat:
                found.append(p)
        else:
            if words and (words[0] in fn or " ".join(words[:2]) in fn):
                found.append(p)
            elif re.fullmatch(r"([a-z])\.?\s?([a-z])\.?", t.strip()):
                a, b = re.fullmatch(r"([a-z])\.?\s?([a-z])\.?", t.strip()).groups()
                if any(f[0] == a for f in fn) and sur[0] == b:
                    found.append(p)
    return found


def parse_posts(pupils):
    by_name = {f"{p['forename']} {p['surname']}": p for p in pupils}
    raw = "".join((SRC / f).read_text() for f in sorted(x.name for x in SRC.glob("posts_*.txt")))
    chunks = re.split(r"^### ", raw, flags=re.M)[1:]
    posts, errors, photo_named = [], [], set()
    for n, chunk in enumerate(chunks, 1):
        head, _, body = chunk.partition("\n")
        cat, photo, acct, tags = [x.strip() for x in head.split("|")]
        body = re.sub(r"\{([^}]+)\}", lambda m: upn_sub(m, by_name), body.strip("\n").rstrip())
        pid = f"z65-{n:03d}"
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", body, flags=re.S):
            text += unescape(body[pos:m.start()])
            k, lt = m.group(1), unescape(m.group(2))
            labels.append((KINDS[k], lt, len(text)))
            text += lt
            pos = m.end()
        text += unescape(body[pos:])
        if "[[" in text or "]]" in text:
            errors.append(f"{pid}: stray markup")
        is_photo = photo == "p"
        account = "personal" if acct == "p" else "official"
        expected = []
        for kind, lt, start in labels:
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if is_photo else "text.pupil_forename"
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
            expected.append({"rule": rule, "text": lt, "kind": kind})
            # nth label with this text must be the nth occurrence
            nth = sum(1 for k2, t2, s2 in labels if t2 == lt and s2 < start)
            occ = [m2.start() for m2 in re.finditer(re.escape(lt), text)]
            if len(occ) <= nth or occ[nth] != start:
                errors.append(f"{pid}: label {lt!r} is not occurrence #{nth + 1}")
            before = text[start - 1] if start else " "
            after = text[start + len(lt)] if start + len(lt) < len(text) else " "
            if before.isalnum() or after.isalnum():
                errors.append(f"{pid}: label {lt!r} not at word boundary")
            if kind in ("forename", "full_name"):
                who = match_pupils(kind, lt, pupils)
                if not who:
                    errors.append(f"{pid}: name label {lt!r} matches no pupil")
                if is_photo:
                    photo_named.update(p["upn"] for p in who)
            if kind == "upn" and upn_rules.problem(re.sub(r"[\s.\-]", "", lt).upper()):
                errors.append(f"{pid}: bad upn {lt!r}")
        sev = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
               "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}[account]
        rank = {"info": 0, "warn": 1, "block": 2}
        worst = max((sev.get(e["rule"], "block") for e in expected), key=rank.get, default=None)
        verdict = "allow" if worst in (None, "info") else worst
        taglist = [t.strip() for t in tags.split(",") if t.strip()]
        if not expected:
            taglist.insert(0, "clean")
        if account == "personal":
            taglist.append("personal")
        if is_photo:
            taglist.append("photo")
        taglist = list(dict.fromkeys(taglist))
        posts.append({"id": pid, "category": cat, "account": account, "photo": is_photo, "text": text,
                      "expected": expected, "verdict": verdict, "tags": taglist})
    return posts, errors, photo_named


def main():
    pupils = load_pupils()
    posts, errors, photo_named = parse_posts(pupils)
    seen = {}
    for p in posts:
        for e in p["expected"]:
            if e["kind"] in ("health", "circumstance"):
                key = fold(e["text"])
                if key in seen and seen[key] != p["id"]:
                    errors.append(f"{p['id']}: record phrase {e['text']!r} reused from {seen[key]}")
                seen.setdefault(key, p["id"])
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=True) + "\n")
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,consent_website,"
                   "consent_press,consent_name_with_photo,biometric_consent".split(","))
        for p in pupils:
            fl = p["flags"]
            yn = lambda c: "no" if c in fl else "yes"
            w.writerow([p["upn"], p["forename"], p["surname"], p["pref"], p["year"], p["cls"], yn("s"), yn("w"),
                        yn("p"), "no" if p["upn"] in photo_named else "yes", yn("b")])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
        for i, line in enumerate((SRC / "staff.txt").read_text().splitlines(), 1):
            t, fo, su, role, cp, bio = line.split("|")
            w.writerow([f"GS{i:03d}", t, fo, su, role, cp, bio])
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for e in errors:
        print("ERROR", e)
    print(f"{len(posts)} posts, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
