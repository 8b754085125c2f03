"""Markup (posts_*.txt) -> posts.jsonl, register CSVs, school.json.

Post block:  ### category | photo(y/n) | account(o/p) | tag, tag
Body lines (real line breaks become \n). Labels: [[kind:text]] with kinds
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} -> that
pupil's UPN; {UPNS:Forename Surname} -> the UPN written in spaced groups.
"""
import csv, json, re, sys
from common import HERE, OUT, SET, SCHOOL, fold, load_pupils, load_staff

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
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]", re.S)


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def main():
    pupils = load_pupils()
    by_name = {fold(p["forename"] + " " + p["surname"]): p for p in pupils}
    by_name.update({fold(p["preferred_forename"] + " " + p["surname"]): p for p in pupils if p["preferred_forename"]})

    def upn_of(name, spaced=False):
        p = by_name[fold(name)]
        u = p["upn"]
        return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}" if spaced else u

    posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        raw = f.read_text(encoding="utf-8")
        for block in re.split(r"^### ", raw, flags=re.M)[1:]:
            head, _, body = block.partition("\n")
            cat, photo, acct, tags = [x.strip() for x in head.split("|")]
            body = body.rstrip("\n")
            body = re.sub(r"\{UPND:(.*?)\}", lambda m: "-".join(upn_of(m.group(1), True).split(" ")), body)
            body = re.sub(r"\{UPN(S?):(.*?)\}", lambda m: upn_of(m.group(2), m.group(1) == "S"), body)
            text, labels, pos = "", [], []
            last = 0
            for m in MARK.finditer(body):
                text += body[last:m.start()]
                k, t = m.group(1), m.group(2)
                kind = KIND[k]
                if kind == "forename":
                    rule = "text.pupil_name_with_photo" if photo == "y" else "text.pupil_forename"
                else:
                    rule = RULE[kind]
                labels.append({"rule": rule, "text": t, "kind": kind})
                pos.append(len(text))
                text += t
                last = m.end()
            text += body[last:]
            text = text.replace("\\u200b", "\u200b").replace("\\u00a0", "\u00a0")
            for l in labels:
                l["text"] = l["text"].replace("\\u200b", "\u200b").replace("\\u00a0", "\u00a0")
            account = {"o": "official", "p": "personal"}[acct]
            tg = [t.strip() for t in tags.split(",") if t.strip()]
            if not labels:
                tg.insert(0, "clean")
            if account == "personal" and "personal" not in tg:
                tg.append("personal")
            if photo == "y" and "photo" not in tg:
                tg.append("photo")
            for kind in dict.fromkeys(l["kind"] for l in labels):
                t = kind.replace("_", "-")
                if t not in tg:
                    tg.append(t)
            posts.append(dict(category=cat, account=account, photo=photo == "y", text=text,
                              expected=labels, verdict=verdict(account, labels), tags=tg, _pos=pos,
                              _file=f.name))
    for i, p in enumerate(posts, 1):
        p["id"] = f"z{SET}-{i:03d}"
    # name-with-photo consent: pupils named in a photo post
    named_in_photo = set()
    for p in posts:
        if p["photo"]:
            for l in p["expected"]:
                if l["kind"] in ("forename", "full_name"):
                    for q in resolve(l["text"], l["kind"], pupils):
                        named_in_photo.add(q["upn"])
    json.dump(sorted(named_in_photo), open(HERE / "photo_named.json", "w"), indent=0)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            out = {k: p[k] for k in ("id", "category", "account", "photo", "text", "expected", "verdict", "tags")}
            fh.write(json.dumps(out, ensure_ascii=True) + "\n")
    with open(HERE / "positions.json", "w") as fh:
        json.dump({p["id"]: p["_pos"] for p in posts}, fh)
    cols = ["upn", "forename", "surname", "preferred_forename", "year_group", "class",
            "consent_social_media", "consent_website", "consent_press", "consent_name_with_photo",
            "biometric_consent"]
    with open(OUT / "register_pupils.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, cols)
        w.writeheader()
        for q in pupils:
            q = dict(q, consent_name_with_photo="no" if q["upn"] in named_in_photo else "yes")
            w.writerow(q)
    with open(OUT / "register_staff.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, ["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
        w.writeheader()
        w.writerows(load_staff())
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(posts)} posts written")


ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
HOMO = str.maketrans("аеорсхуіАЕОРСХВМНТКЅ", "aeopcxyiAEOPCXBMHTKS")


def norm(t):
    t = t.translate(ZW).translate(HOMO).replace("\u00a0", " ").replace("\u2019", "'")
    t = re.sub(r"'s$", "", t)
    return fold(t)


def resolve(text, kind, pupils):
    """Register pupils a name label may refer to (empty list = unresolved)."""
    t = norm(text).lstrip("#")
    words = re.sub(r"[_\s]+", " ", t).strip()
    squash = re.sub(r"[\W_]", "", t)
    out = []
    for p in pupils:
        fns = [p["forename"]] + ([p["preferred_forename"]] if p["preferred_forename"] else [])
        sn = fold(p["surname"])
        if kind == "full_name":
            for fn in fns:
                fn = fold(fn)
                cands = [f"{fn} {sn}", f"{sn} {fn}", f"{sn}, {fn}"]
                if words in cands or fn.replace(" ", "").replace("-", "") + sn.replace(" ", "").replace("-", "").replace("'", "") in squash.replace("'", ""):
                    out.append(p); break
                if re.sub(r"[\W_]", "", fn + sn) in squash:
                    out.append(p); break
        else:
            for fn in fns:
                fn = fold(fn)
                if words == fn or re.fullmatch(re.escape(fn) + r" [a-z][a-z.]*", words) or words == fn.split()[0]:
                    out.append(p); break
            else:
                ini = fold(p["forename"])[0] + re.sub(r"[^a-z]", "", "".join(w[0] for w in re.split(r"[\s-]", fold(p["surname"])) if w))
                ini2 = [ini]
                if p["preferred_forename"]:
                    ini2.append(fold(p["preferred_forename"])[0] + ini[1:])
                w2 = words.replace("ll", "l")
                ini2 += [i[:2] for i in ini2]
                if re.fullmatch(r"([a-z]\.?\s?)+", w2) and re.sub(r"[^a-z]", "", w2) in ini2:
                    out.append(p)
    return out


if __name__ == "__main__":
    main()
