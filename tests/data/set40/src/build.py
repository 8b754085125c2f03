"""Build set 40 from the markup in posts_*.txt.

Markup: header line `### category | photo y/n | account o/p | tag,tag`, then the post text
(until the next header). Inline labels `[[kind:text]]` with kinds
fn full other email phone addr dob upn health circ. `{UPN:Forename Surname}` is replaced by that
pupil's UPN (labelled upn); `{UPNSP:...}` the same, spaced in groups. `\\uXXXX` escapes in the
markup become the character (zero-width, nbsp, Cyrillic homoglyphs).
Writes ../posts.jsonl, ../register_pupils.csv, ../register_staff.csv, ../school.json.
"""
import csv, io, json, re, sys
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE.parent
NN = "40"
sys.path.insert(0, str(HERE))
from upn import make_upn  # noqa

KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
        "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
YEARS = {"Reception": ("R", "Limpets", 24), "Year 1": ("1", "Crabs", 23), "Year 2": ("2", "Seals", 22),
         "Year 3": ("3", "Puffins", 21), "Year 4": ("4", "Gannets", 20), "Year 5": ("5", "Choughs", 19),
         "Year 6": ("6", "Kittiwakes", 18)}

SCHOOL = {"name": "Penwithick Bay Community Primary School",
          "address": "Chapel Street, Penwithick Bay, Penzance, Cornwall",
          "postcode": "TR29 4QX", "phone": "01632 960418",
          "email": "office@penwithickbay.example.sch.uk",
          "website": "https://www.penwithickbay.example.sch.uk"}


def load_pupils():
    pupils = []
    for i, line in enumerate(l for l in (HERE / "pupils.txt").read_text().splitlines()
                             if l.strip() and not l.startswith("#")):
        fn, sn, pref, year, sm, press = line.split("|")
        pupils.append(dict(forename=fn, surname=sn, preferred=pref, year=year, sm=sm, press=press,
                           upn=make_upn("908", "2417", YEARS[year][2], 101 + i)))
    return pupils


def unesc(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def parse(pupils):
    by_name = {f"{p['forename']} {p['surname']}": p for p in pupils}
    posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        chunks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)[1:]
        for ch in chunks:
            head, _, body = ch.partition("\n")
            cat, photo, acct, tags = [x.strip() for x in head.split("|")]
            posts.append((f.name, cat, photo, acct, tags, body.strip("\n")))

    out = []
    for n, (fname, cat, photo, acct, tags, body) in enumerate(posts, 1):
        pid = f"z{NN}-{n:03d}"
        photo_b = {"photo y": True, "photo n": False}[photo]
        account = {"account o": "official", "account p": "personal"}[acct]

        def upn_sub(m):
            p = by_name[m.group(2)]
            u = p["upn"]
            if m.group(1) == "UPNSP":
                u = f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"
            return f"[[upn:{u}]]"
        body = re.sub(r"\{(UPN|UPNSP):([^}]+)\}", upn_sub, body)
        body = unesc(body)
        text, labels, pos = "", [], []
        last = 0
        for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", body, flags=re.S):
            text += body[last:m.start()]
            kind = KINDS[m.group(1)]
            t = m.group(2)
            pos.append(len(text))
            text += t
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo_b else "text.pupil_forename"
            else:
                rule = RULE[kind]
            labels.append({"rule": rule, "text": t, "kind": kind})
            last = m.end()
        text += body[last:]
        if "[[" in text or "]]" in text:
            sys.exit(f"{pid}: stray markup")
        # nth label with a text must be its nth occurrence
        seen = {}
        for lab, p in zip(labels, pos):
            t = lab["text"]
            seen[t] = seen.get(t, 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if occ[seen[t] - 1] != p:
                print(f"ORDER {pid} ({fname}): {t!r} labelled occurrence is not occurrence #{seen[t]}")
        worst = None
        for lab in labels:
            s = SEV[account].get(lab["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        taglist = [t.strip() for t in tags.split(",") if t.strip()]
        extra = []
        if not labels:
            extra.append("clean")
        if account == "personal":
            extra.append("personal")
        if photo_b:
            extra.append("photo")
        taglist = extra + [t for t in taglist if t not in extra]
        out.append({"id": pid, "category": cat, "account": account, "photo": photo_b, "text": text,
                    "expected": labels, "verdict": verdict, "tags": taglist})
    return out


def fold(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalpha()).casefold()


def pupils_named(label, pupils):
    """Pupils a name label refers to (for consent_name_with_photo)."""
    t = label["text"]
    hits = []
    if label["kind"] == "full_name":
        f = fold(t)
        for p in pupils:
            if fold(p["surname"]) in f and any(fold(x) in f for x in (p["forename"], p["preferred"]) if x):
                hits.append(p)
    else:
        f = fold(t)
        for p in pupils:
            for x in (p["forename"], p["preferred"]):
                if x and (f.startswith(fold(x))):
                    hits.append(p)
            ini = fold(p["forename"][0] + p["surname"][0])
            ini2 = fold((p["preferred"] or "?")[0] + p["surname"][0])
            if re.fullmatch(r"[A-Za-z]\.?\s?[A-Za-z]\.?", t.strip()) and f in (ini, ini2):
                hits.append(p)
    return hits


def main():
    pupils = load_pupils()
    posts = parse(pupils)
    named_photo = set()
    for post in posts:
        if post["photo"]:
            for lab in post["expected"]:
                if lab["kind"] in ("full_name", "forename"):
                    hits = pupils_named(lab, pupils)
                    if not hits:
                        print(f"WARN {post['id']}: name label {lab['text']!r} matches no pupil")
                    named_photo.update(p["upn"] for p in hits)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,"
               "consent_website,consent_press,consent_name_with_photo,biometric_consent".split(","))
    for i, p in enumerate(pupils):
        yr = YEARS[p["year"]]
        w.writerow([p["upn"], p["forename"], p["surname"], p["preferred"], p["year"], yr[1], p["sm"],
                    p["sm"], p["press"], "no" if p["upn"] in named_photo else "yes",
                    "no" if (p["sm"] == "no" or i % 7 == 3) else "yes"])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for i, line in enumerate((HERE / "staff.txt").read_text(encoding="utf-8").splitlines(), 1):
        title, fn, sn, role, cons = line.split("|")
        w.writerow([f"PB{i:03d}", title, fn, sn, role, cons, cons])
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"{len(posts)} posts; {len(named_photo)} pupils named in photo posts")


if __name__ == "__main__":
    main()
