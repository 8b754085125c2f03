"""Build set 80 (Lea Bridge Academy) from src/posts_0*.txt, pupils.txt and staff.txt.

Markup in the post files: [[kind:text]] with kind in
  full fn other email phone addr dob upn health circ
{UPN:Forename Surname} is replaced by that pupil's UPN.
Header of each post: ### category | y/n (photo) | o/p (account) | tags, comma separated
Writes ../posts.jsonl, ../register_pupils.csv, ../register_staff.csv, ../school.json.
"""
import csv, io, json, random, re, sys, unicodedata
from pathlib import Path
from clearpost.register import upn as upn_rules

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
NN = 80
KIND = {"full": "full_name", "fn": "forename", "other": "other_person", "email": "email",
        "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
        "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth",
        "upn": "text.pupil_record", "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
TAG = {"full_name": "full-name", "forename": "forename", "other_person": "other-person",
       "email": "email", "phone": "phone", "address": "address", "dob": "dob", "upn": "upn",
       "health": "health", "circumstance": "circumstance"}
SCHOOL = {
    "name": "Lea Bridge Academy",
    "address": "Coppermill Rise, Lea Bridge Road, Walthamstow, London",
    "postcode": "E17 9ZQ",
    "phone": "020 7946 0310",
    "email": "office@leabridgeacademy.example.org",
    "website": "www.leabridgeacademy.example.org",
}
YEARS_FIRST = {7: 18, 8: 17, 9: 16, 10: 15, 11: 14, 12: 13, 13: 12}


def pupils():
    rows = []
    for n, line in enumerate(l for l in (HERE / "pupils.txt").read_text().splitlines()
                             if l.strip() and not l.startswith("#")):
        fore, sur, pref, year, klass = line.split("|")
        body = f"320{6114}{YEARS_FIRST[int(year)]:02d}{101 + n:03d}"
        upn = upn_rules.check_letter(body) + body
        assert upn_rules.problem(upn) is None, upn
        rows.append(dict(upn=upn, forename=fore, surname=sur, preferred_forename=pref,
                         year_group=f"Year {year}", klass=klass))
    return rows


def fold(s):
    s = s.replace("ı", "i").replace("’", "'").replace("\u200b", "")
    s = s.translate(str.maketrans("АВЕКМНОРСТХаеорсх", "ABEKMHOPCTXaeopcx"))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def parse_posts(pup):
    by_name = {f"{p['forename']} {p['surname']}": p for p in pup}
    posts, errors = [], []
    files = sorted(HERE.glob("posts_0*.txt"))
    chunks = []
    for f in files:
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                cur = [line, []]
                chunks.append(cur)
            elif cur is not None:
                cur[1].append(line)
    for i, (head, body) in enumerate(chunks, 1):
        pid = f"z{NN}-{i:03d}"
        parts = [p.strip() for p in head[4:].split("|")]
        category, photo, account = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
        tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
        raw = "\n".join(body).strip("\n")
        def upn_sub(m):
            if m.group(1) not in by_name:
                errors.append(f"{pid}: unknown pupil in UPN {m.group(1)}")
                return "X"
            return by_name[m.group(1)]["upn"]
        raw = re.sub(r"\{UPN:([^}]+)\}", upn_sub, raw)
        raw = re.sub(r"\{UPNS:([^}]+)\}", lambda m: (lambda u: f"{u[0]} {u[1:5]} {u[5:9]} {u[9:]}")(upn_sub(m)), raw)
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, flags=re.S):
            text += raw[pos:m.start()]
            k, t = m.group(1), m.group(2)
            if k not in KIND:
                errors.append(f"{pid}: bad kind {k}")
                continue
            labels.append((len(text), KIND[k], t))
            text += t
            pos = m.end()
        text += raw[pos:]
        if "[[" in text or "]]" in text:
            errors.append(f"{pid}: stray markup")
        expected = []
        for start, kind, t in labels:
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if (before.isalnum() and not t.startswith("#")) or after.isalnum():
                errors.append(f"{pid}: label {t!r} not at word boundary")
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            nth = occ.index(start)
            same_before = sum(1 for s, _, tt in labels if tt == t and s < start)
            if nth != same_before:
                errors.append(f"{pid}: label {t!r}: an unlabelled occurrence comes first")
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            else:
                rule = RULE[kind]
            expected.append({"rule": rule, "text": t, "kind": kind})
        worst = None
        for l in expected:
            s = SEV[account].get(l["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        auto = []
        if not expected:
            auto.append("clean")
        if account == "personal":
            auto.append("personal")
        if photo:
            auto.append("photo")
        for l in expected:
            auto.append(TAG[l["kind"]])
        for t in auto:
            if t not in tags:
                tags.append(t)
        posts.append(dict(id=pid, category=category, account=account, photo=photo, text=text,
                          expected=expected, verdict=verdict, tags=tags))
    return posts, errors


def write_register(pup, posts):
    named_photo = set()
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] not in ("full_name", "forename"):
                continue
            lt = fold(l["text"]).lstrip("#")
            for q in pup:
                for fn in {q["forename"], q["preferred_forename"]} - {""}:
                    ini = fold(fn[0] + "." + q["surname"][0] + ".")
                    if fold(fn) in lt or lt.replace(" ", "") == ini:
                        named_photo.add(q["upn"])
    rng = random.Random(80)
    no_social = {"Ermal Hoxha", "Arbër Hoxha"}
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for q in pup:
        full = f"{q['forename']} {q['surname']}"
        sm = "no" if full in no_social else "yes"
        web = "no" if full in no_social else ("yes" if rng.random() < 0.95 else "no")
        press = "yes" if rng.random() < 0.7 else "no"
        nwp = "no" if q["upn"] in named_photo else ("yes" if rng.random() < 0.8 else "no")
        bio = "yes" if rng.random() < 0.85 else "no"
        w.writerow([q["upn"], q["forename"], q["surname"], q["preferred_forename"],
                    q["year_group"], q["klass"], sm, web, press, nwp, bio])
    (OUT / "register_pupils.csv").write_text(out.getvalue(), encoding="utf-8")
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for line in (HERE / "staff.txt").read_text().splitlines():
        sid, title, fore, sur, role = line.split("|")
        w.writerow([sid, title, fore, sur, role, "no" if sid == "ST13" else "yes",
                    "no" if sid in ("ST13", "ST08") else "yes"])
    (OUT / "register_staff.csv").write_text(out.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main():
    pup = pupils()
    posts, errors = parse_posts(pup)
    for e in errors:
        print("ERROR:", e)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    write_register(pup, posts)
    print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
          f"{sum(p['photo'] for p in posts)} photo, "
          f"{sum(p['account'] == 'personal' for p in posts)} personal, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
