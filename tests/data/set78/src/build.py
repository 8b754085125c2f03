"""Build posts.jsonl, register CSVs and school.json for set 78 from the marked-up sources.

Markup in posts_*.txt:
  ### category | y/n (photo) | o/p (account) | extra tags, comma separated
  body lines ... ; labels written [[kind:text]] or [[kind:text=Forename Surname]] (pupil hint)
  kinds: full fn other email phone addr dob upn health circ
  {UPN:Forename Surname} -> that pupil's UPN; {UPNS:...} -> the same, spaced in groups
  {ZW} zero-width space, {NBSP} no-break space, {CYR_a} {CYR_o} {CYR_e} Cyrillic homoglyphs
"""
import csv, io, json, re, sys, unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from clearpost.register import upn as upn_rules

HERE = Path(__file__).parent
OUT = HERE.parent
NN = "78"
SCHOOL = {
    "name": "Connswater Controlled Primary School",
    "address": "2 Lowther Brae, Ballymacarrett, Belfast",
    "postcode": "BZ5 9QD",
    "phone": "028 9649 6100",
    "email": "info@connswaterps.example.org",
    "website": "www.connswaterps.example.org",
}
YY = {"Nursery": "24", "P1": "23", "P2": "22", "P3": "21", "P4": "20", "P5": "19", "P6": "18", "P7": "17"}
KIND_RULE = {
    "full": ("full_name", "text.pupil_full_name"),
    "other": ("other_person", "text.other_person"),
    "email": ("email", "text.contact_details"),
    "phone": ("phone", "text.contact_details"),
    "addr": ("address", "text.contact_details"),
    "dob": ("dob", "text.date_of_birth"),
    "upn": ("upn", "text.pupil_record"),
    "health": ("health", "text.pupil_record"),
    "circ": ("circumstance", "text.pupil_record"),
}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
SUBS = {"{ZW}": "\u200b", "{NBSP}": "\u00a0", "{CYR_a}": "\u0430", "{CYR_o}": "\u043e", "{CYR_e}": "\u0435"}
CYR = {"\u0430": "a", "\u043e": "o", "\u0435": "e"}


def load_pupils():
    rows = []
    for i, line in enumerate(l for l in (HERE / "pupils.txt").read_text().splitlines() if l and not l.startswith("#")):
        f, s, pref, yr, cls, soc, web, press, bio = line.split("|")
        body = "871" + "3142" + YY[yr] + f"{101 + i:03d}"
        rows.append(dict(forename=f, surname=s, preferred=pref, year=yr, cls=cls, soc=soc, web=web,
                         press=press, bio=bio, upn=upn_rules.check_letter(body) + body))
    return rows


def fold(s):
    s = "".join(CYR.get(c, c) for c in s).replace("\u200b", "").replace("\u00a0", " ")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def resolve(label, hint, pupils, kind):
    if hint:
        m = [p for p in pupils if f"{p['forename']} {p['surname']}" == hint]
        return m
    t = fold(label)
    t2 = re.sub(r"[^a-z]", "", t)
    found = []
    for p in pupils:
        names = [p["forename"]] + ([p["preferred"]] if p["preferred"] else [])
        for n in names:
            n2 = re.sub(r"[^a-z]", "", fold(n))
            s2 = re.sub(r"[^a-z]", "", fold(p["surname"]))
            if kind == "full":
                if n2 + s2 in t2 or s2 + n2 in t2:
                    found.append(p); break
            else:
                if re.search(r"(^|[^a-z])" + re.escape(fold(n)) + r"($|[^a-z])", t):
                    found.append(p); break
    if not found and kind == "fn":  # initials
        letters = re.findall(r"[a-z]", t)
        for p in pupils:
            for n in [p["forename"]] + ([p["preferred"]] if p["preferred"] else []):
                ini = "".join(w[0] for w in re.split(r"[\s-]", fold(n))) + "".join(w[0] for w in re.split(r"[\s-]", fold(p["surname"])))
                if "".join(letters) in (ini, fold(n)[0] + fold(p["surname"])[0]):
                    found.append(p)
    return found


def parse(pupils):
    upn_of = {f"{p['forename']} {p['surname']}": p["upn"] for p in pupils}
    posts, errors = [], []
    raw = ""
    for f in sorted(HERE.glob("posts_*.txt")):
        raw += f.read_text(encoding="utf-8").rstrip("\n") + "\n"
    chunks = re.split(r"^### ", raw, flags=re.M)[1:]
    for n, chunk in enumerate(chunks, 1):
        head, _, body = chunk.partition("\n")
        parts = [x.strip() for x in head.split("|")]
        cat, photo, acct = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
        extra = [t.strip() for t in parts[3].split(",")] if len(parts) > 3 and parts[3] else []
        body = body.strip("\n")
        def upnsub(m):
            u = upn_of[m.group(2)]
            return u if m.group(1) == "UPN" else f"{u[0]} {u[1:5]} {u[5:9]} {u[9:]}"
        body = re.sub(r"\{(UPNS?):([^}]+)\}", upnsub, body)
        for k, v in SUBS.items():
            body = body.replace(k, v)
        text, labels, hints = "", [], []
        pos = 0
        for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", body, flags=re.S):
            text += body[pos:m.start()]
            kind, val = m.group(1), m.group(2)
            hint = None
            if "=" in val and kind in ("full", "fn"):
                val, hint = val.split("=", 1)
            start = len(text)
            text += val
            pos = m.end()
            labels.append((kind, val, start, hint))
        text += body[pos:]
        pid = f"z{NN}-{n:03d}"
        if "[[" in text or "]]" in text or "{" in text:
            errors.append(f"{pid}: leftover markup")
        exp = []
        seen = Counter()
        named = []
        for kind, val, start, hint in labels:
            if kind == "fn":
                k, rule = "forename", ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
            elif kind in KIND_RULE:
                k, rule = KIND_RULE[kind]
            else:
                errors.append(f"{pid}: unknown kind {kind}"); continue
            occ = [mm.start() for mm in re.finditer(re.escape(val), text)]
            seen[val] += 1
            if start not in occ or occ.index(start) != seen[val] - 1:
                errors.append(f"{pid}: label {val!r} is not occurrence #{seen[val]} of its text")
            before = text[start - 1] if start else " "
            after = text[start + len(val)] if start + len(val) < len(text) else " "
            if before.isalnum() or after.isalnum():
                errors.append(f"{pid}: label {val!r} not at word boundary")
            if kind in ("full", "fn"):
                who = resolve(val, hint, pupils, kind)
                if len(who) != 1:
                    errors.append(f"{pid}: {kind} label {val!r} resolves to {[w['forename'] for w in who]}")
                named += who
            exp.append({"rule": rule, "text": val, "kind": k})
        worst = None
        for l in exp:
            s = SEV[acct].get(l["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        tags = []
        if not exp: tags.append("clean")
        if acct == "personal": tags.append("personal")
        if photo: tags.append("photo")
        for k in sorted({l["kind"] for l in exp}):
            tags.append(k.replace("_", "-"))
        tags += [t for t in extra if t not in tags]
        posts.append(dict(id=pid, category=cat, account=acct, photo=photo, text=text, expected=exp,
                          verdict=verdict, tags=tags, _named=named, _photo=photo))
    return posts, errors


def main():
    pupils = load_pupils()
    posts, errors = parse(pupils)
    in_photo = {f"{p['forename']} {p['surname']}" for post in posts if post["_photo"] for p in post["_named"]}
    # phrase uniqueness
    ph = Counter(fold(l["text"]) for p in posts for l in p["expected"] if l["kind"] in ("health", "circumstance"))
    errors += [f"record phrase used twice: {t!r}" for t, c in ph.items() if c > 1]
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            q = {k: v for k, v in p.items() if not k.startswith("_")}
            fh.write(json.dumps(q, ensure_ascii=True) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,consent_website,consent_press,consent_name_with_photo,biometric_consent".split(","))
    for p in pupils:
        nwp = "no" if f"{p['forename']} {p['surname']}" in in_photo else "yes"
        w.writerow([p["upn"], p["forename"], p["surname"], p["preferred"], p["year"], p["cls"], p["soc"], p["web"], p["press"], nwp, p["bio"]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow("staff_id,title,forename,surname,role,consent_photo,biometric_consent".split(","))
    for line in (HERE / "staff.txt").read_text().splitlines():
        if line.strip():
            w.writerow(line.split("|"))
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2) + "\n", encoding="utf-8")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
          f"{sum(p['photo'] for p in posts)} photo, {sum(p['account']=='personal' for p in posts)} personal; "
          f"{len(errors)} error(s)")
    print(Counter(l["kind"] for p in posts for l in p["expected"]))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
