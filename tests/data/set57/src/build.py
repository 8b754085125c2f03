"""Build set 57 from src/*.txt: posts.jsonl, register CSVs, school.json.
Markup: '### category | y/n (photo) | o/p (account) | tags' then the post text;
[[kind:text]] labels (kinds fn full other email phone addr dob upn health circ);
{UPN:Forename Surname} / {UPNS:..} (spaced) / {UPNL:..} (lower case) -> that pupil's UPN;
\\u200b in the text -> zero-width space."""
import csv, json, re, sys, unicodedata
from pathlib import Path
from clearpost.register import upn as upn_rules

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
NN = "57"
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
CLASSES = {"R": ("Reception", "Wrens", 25), "1": ("Year 1", "Robins", 24), "2": ("Year 2", "Kingfishers", 23),
           "3": ("Year 3", "Herons", 22), "4": ("Year 4", "Kestrels", 21), "5": ("Year 5", "Owls", 20),
           "6": ("Year 6", "Red Kites", 19)}
SCHOOL = {"name": "Oakgrove Brook Primary School", "address": "Brookfield Way, Broughton, Milton Keynes",
          "postcode": "MX10 4QZ", "phone": "01632 960100", "email": "office@oakgrovebrook.example.org",
          "website": "https://www.oakgrovebrook.example.org"}


def pupils():
    rows = []
    for n, line in enumerate(l for l in (SRC / "pupils.txt").read_text().splitlines() if l and not l.startswith("#")):
        fore, sur, pref, yr, sm = line.split("|")
        yg, cls, yy = CLASSES[yr]
        body = f"826{2419:04d}{yy:02d}{101 + n:03d}"
        rows.append(dict(upn=upn_rules.check_letter(body) + body, forename=fore, surname=sur,
                         preferred_forename=pref, year_group=yg, **{"class": cls},
                         consent_social_media=sm))
    return rows


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def main():
    pp = pupils()
    by_name = {f"{p['forename']} {p['surname']}": p for p in pp}
    for p in pp:
        if p["preferred_forename"]:
            by_name[f"{p['preferred_forename']} {p['surname']}"] = p

    def upn_sub(m):
        form, name = m.group(1), m.group(2)
        u = by_name[name]["upn"]
        if form == "UPNS":
            return f"{u[:4]} {u[4:8]} {u[8:10]} {u[10:]}"
        if form == "UPNL":
            return u.lower()
        return u

    raw = "\n".join((SRC / f).read_text() for f in sorted(p.name for p in SRC.glob("posts_*.txt")))
    chunks = re.split(r"^### ", raw, flags=re.M)[1:]
    posts, errors = [], []
    for i, chunk in enumerate(chunks, 1):
        head, _, body = chunk.partition("\n")
        cat, photo, acct, tags = [x.strip() for x in head.split("|")]
        body = body.strip().replace("\\u200b", "\u200b")
        body = re.sub(r"\{(UPN|UPNS|UPNL):([^}]+)\}", upn_sub, body)
        labels, text, pos = [], "", 0
        spans = []
        for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", body, flags=re.S):
            text += body[pos:m.start()]
            kind = KINDS[m.group(1)]
            spans.append((len(text), m.group(2), kind))
            text += m.group(2)
            pos = m.end()
        text += body[pos:]
        pid = f"z{NN}-{i:03d}"
        if "[[" in text or "]]" in text or "{UPN" in text:
            errors.append(f"{pid}: leftover markup")
        photo_b = photo == "y"
        for start, t, kind in spans:
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            nth = sum(1 for s, tt, _ in spans if tt == t and s < start)
            if occ[nth] != start:
                errors.append(f"{pid}: label {t!r} is not occurrence {nth + 1}")
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if (before.isalnum() and not t[0] == "#") or after.isalnum():
                errors.append(f"{pid}: label {t!r} not at a word boundary")
            rule = {"forename": "text.pupil_name_with_photo" if photo_b else "text.pupil_forename",
                    "full_name": "text.pupil_full_name", "other_person": "text.other_person",
                    "email": "text.contact_details", "phone": "text.contact_details",
                    "address": "text.contact_details", "dob": "text.date_of_birth"}.get(kind, "text.pupil_record")
            labels.append({"rule": rule, "text": t, "kind": kind})
        account = {"o": "official", "p": "personal"}[acct]
        sev = {"text.pupil_forename": "info" if account == "official" else "warn", "text.other_person": "warn"}
        rank = {"info": 0, "warn": 1, "block": 2}
        worst = max((sev.get(l["rule"], "block") for l in labels), key=rank.get, default=None)
        verdict = "allow" if worst in (None, "info") else worst
        tags = [t.strip() for t in tags.split(",") if t.strip()]
        if labels and "clean" in tags:
            errors.append(f"{pid}: tagged clean but has labels")
        if not labels and "clean" not in tags:
            tags.insert(0, "clean")
        if photo_b and "photo" not in tags:
            tags.append("photo")
        if account == "personal" and "personal" not in tags:
            tags.append("personal")
        posts.append({"id": pid, "category": cat, "account": account, "photo": photo_b, "text": text,
                      "expected": labels, "verdict": verdict, "tags": tags})

    # pupils named in photo posts -> consent_name_with_photo = no
    named_in_photo = set()
    for post in posts:
        if not post["photo"]:
            continue
        for l in post["expected"]:
            if l["kind"] not in ("full_name", "forename"):
                continue
            t = fold(l["text"].replace("\u200b", " ").replace("\u0430", "a").lstrip("#"))
            toks = set(re.findall(r"\w+", t))
            for p in pp:
                names = {fold(x) for x in (p["forename"], p["preferred_forename"]) if x}
                words = set()
                for nm in names:
                    words |= set(re.findall(r"\w+", nm))
                inits = {fold(n[0] + "." + p["surname"][0] + ".") for n in names}
                squash = t.replace(" ", "").replace("_", "")
                if words & toks or t in inits or any(fold(n + p["surname"]).replace(" ", "") in squash for n in names):
                    named_in_photo.add(p["upn"])
    cols = ["upn", "forename", "surname", "preferred_forename", "year_group", "class", "consent_social_media",
            "consent_website", "consent_press", "consent_name_with_photo", "biometric_consent"]
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for n, p in enumerate(pp):
            sm = p["consent_social_media"]
            w.writerow([p["upn"], p["forename"], p["surname"], p["preferred_forename"], p["year_group"], p["class"],
                        sm, sm, "no" if sm == "no" or n % 4 == 1 else "yes",
                        "no" if p["upn"] in named_in_photo or sm == "no" else "yes",
                        "no" if n % 6 == 2 or sm == "no" else "yes"])
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
        for line in (SRC / "staff.txt").read_text().splitlines():
            if line.strip():
                sid, title, fore, sur, role, cp = line.split("|")
                w.writerow([sid, title, fore, sur, role, cp, cp])
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=True) + "\n")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
          f"{sum(len(p['expected']) for p in posts)} labels, {len(named_in_photo)} pupils named in photo posts")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
