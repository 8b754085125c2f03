"""Build register CSVs, school.json and posts.jsonl for set 68 from src/posts_*.txt.

Markup in posts_*.txt:
  ### category | y/n (photo) | o/p (account) | tag,tag
  text lines (joined with \n) ...
  [[kind:text]]  kind in fn full other email phone addr dob upn health circ
  {UPN:Forename Surname} -> that pupil's UPN; {UPNS:...} spaced (Q 6762 1041 7001)
  \\uXXXX escapes are decoded (zero-width, nbsp, homoglyphs).
"""
import csv, io, json, re, sys, unicodedata
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from register import PUPILS, STAFF, SCHOOL, CLASSES, ALLOC
from clearpost.register import upn as upn_rules

HERE = Path(__file__).parent
OUT = HERE.parent
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def upns():
    out, serial = {}, 1
    for p in PUPILS:
        body = "676" + "2104" + ALLOC[p[3]] + f"{serial:03d}"
        out[f"{p[0]} {p[1]}"] = upn_rules.check_letter(body) + body
        serial += 1
    return out


UPNS = upns()


def rule_for(kind, photo):
    return {"full_name": "text.pupil_full_name",
            "forename": "text.pupil_name_with_photo" if photo else "text.pupil_forename",
            "other_person": "text.other_person", "email": "text.contact_details",
            "phone": "text.contact_details", "address": "text.contact_details",
            "dob": "text.date_of_birth"}.get(kind, "text.pupil_record")


def expand(s):
    def up(m):
        u = UPNS[m.group(2)]
        return u if m.group(1) == "UPN" else f"{u[0]} {u[1:5]} {u[5:9]} {u[9:]}"
    s = re.sub(r"\{(UPNS?):([^}]+)\}", up, s)
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def parse(path, errors):
    posts = []
    blocks = re.split(r"^### ", path.read_text(encoding="utf-8"), flags=re.M)[1:]
    for b in blocks:
        head, _, body = b.partition("\n")
        parts = [x.strip() for x in head.split("|")]
        cat, photo, acct = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
        tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
        body = expand(body.strip("\n"))
        text, labels, pos = "", [], []
        i = 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, flags=re.S):
            text += body[i:m.start()]
            k, t = m.group(1), m.group(2)
            pos.append(len(text))
            labels.append({"rule": rule_for(KINDS[k], photo), "text": t, "kind": KINDS[k]})
            text += t
            i = m.end()
        text += body[i:]
        if "[[" in text or "]]" in text:
            errors.append(f"{path.name}: stray markup in {text[:60]!r}")
        seen = {}
        for lab, p in zip(labels, pos):
            t = lab["text"]
            seen[t] = seen.get(t, 0) + 1
            starts = [m.start() for m in re.finditer(re.escape(t), text)]
            if starts[seen[t] - 1] != p:
                errors.append(f"{path.name}: label {t!r} is not occurrence #{seen[t]} in {text[:60]!r}")
        posts.append(dict(category=cat, account=acct, photo=photo, text=text, expected=labels, tags=tags))
    return posts


def verdict(acct, labels):
    worst = None
    for l in labels:
        s = SEV[acct].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def main():
    errors = []
    posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        posts += parse(f, errors)
    # names mentioned in photo posts -> consent_name_with_photo = no
    photo_tokens = set()
    for p in posts:
        if p["photo"]:
            for l in p["expected"]:
                if l["kind"] in ("forename", "full_name"):
                    t = fold(l["text"]).lstrip("#")
                    photo_tokens.update(re.findall(r"[a-z']+", t))
                    photo_tokens.add(re.sub(r"[^a-z]", "", t))  # initials / hashtags
    rows = []
    for n, (fore, sur, pref, yg, c) in enumerate(PUPILS):
        toks = set(re.findall(r"[a-z']+", fold(f"{fore} {sur} {pref}")))
        inits = {fold(fore[0] + sur[0])} | ({fold(pref[0] + sur[0])} if pref else set())
        named = bool(toks & photo_tokens) or bool(inits & photo_tokens) or \
            any(fold(x).replace(" ", "").replace("-", "") in " ".join(photo_tokens)
                for x in (fore, pref) if x)
        yn = lambda ch: "yes" if ch == "y" else "no"
        rows.append([UPNS[f"{fore} {sur}"], fore, sur, pref, yg, CLASSES[yg], yn(c[0]), yn(c[1]),
                     yn(c[2]), "no" if named else "yes", yn(c[3])])
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,"
                   "consent_website,consent_press,consent_name_with_photo,biometric_consent".split(","))
        w.writerows(rows)
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow("staff_id,title,forename,surname,role,consent_photo,biometric_consent".split(","))
        w.writerows(STAFF)
    (OUT / "school.json").write_text(json.dumps(SCHOOL, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for n, p in enumerate(posts, 1):
            kt = {"full_name": "full-name", "forename": "forename", "other_person": "other-person",
                  "phone": "phone", "email": "email", "address": "address", "dob": "dob",
                  "upn": "upn", "health": "health", "circumstance": "circumstance"}
            tags = [t for t in p["tags"] if t not in kt.values()]
            for l in p["expected"]:
                if kt[l["kind"]] not in tags:
                    tags.append(kt[l["kind"]])
            for t, cond in (("clean", not p["expected"]), ("personal", p["account"] == "personal"),
                            ("photo", p["photo"])):
                if cond and t not in tags:
                    tags.append(t)
            rec = {"id": f"z68-{n:03d}", "category": p["category"], "account": p["account"],
                   "photo": p["photo"], "text": p["text"], "expected": p["expected"],
                   "verdict": verdict(p["account"], p["expected"]), "tags": tags}
            fh.write(json.dumps(rec, ensure_ascii=True) + "\n")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {sum(len(p['expected']) for p in posts)} labels, "
          f"{sum(r[9] == 'yes' for r in rows)} pupils with name_with_photo yes; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
