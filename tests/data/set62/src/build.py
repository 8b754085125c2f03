"""posts_*.txt (inline markup) -> ../posts.jsonl; also the register CSVs and school.json.

Markup: [[kind:text]] with kind in fn full other email phone addr dob upn health circ;
{UPN:Forename Surname} -> that pupil's UPN, {UPNS:Forename Surname} -> spaced UPN.
Header: ### category | photo y/n | account o/p | tags (comma separated)
"""
import csv, io, json, re, sys, unicodedata
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from pupils import pupils, staff, upn_of, SCHOOL

HERE = Path(__file__).parent
OUT = HERE.parent
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
PUPILS = pupils()
BYNAME = {p["forename"] + " " + p["surname"]: p for p in PUPILS}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def sub_upn(text):
    def rep(m):
        u = upn_of(BYNAME[m.group(2)])
        if m.group(1) == "UPNS":
            u = f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"
        return u
    return re.sub(r"\{(UPNS?):([^}]+)\}", rep, text)


def parse(path):
    posts, cur = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            if cur:
                posts.append(cur)
            parts = [x.strip() for x in line[4:].split("|")]
            cur = dict(category=parts[0], photo=parts[1] == "y",
                       account="personal" if parts[2] == "p" else "official",
                       tags=[t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else [],
                       body=[])
        elif cur is not None:
            cur["body"].append(line)
    if cur:
        posts.append(cur)
    return posts


def render(raw, pid, errors):
    raw = sub_upn(raw.strip("\n"))
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, flags=re.S):
        text += raw[pos:m.start()]
        kind = KINDS.get(m.group(1))
        if not kind:
            errors.append(f"{pid}: bad kind {m.group(1)}")
        labels.append((len(text), m.group(2), kind))
        text += m.group(2)
        pos = m.end()
    text += raw[pos:]
    if "[[" in text or "]]" in text or "{UPN" in text:
        errors.append(f"{pid}: stray markup")
    return text, labels


def main():
    errors, warnings = [], []
    raw_posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        raw_posts += parse(f)
    out, photo_named = [], set()
    phrases = {}
    for i, p in enumerate(raw_posts, 1):
        pid = f"z62-{i:03d}"
        text, labels = render("\n".join(p["body"]), pid, errors)
        seen, expected = {}, []
        for start, t, kind in labels:
            starts = [m.start() for m in re.finditer(re.escape(t), text)]
            k = seen.get(t, 0)
            if k >= len(starts) or starts[k] != start:
                errors.append(f"{pid}: label {t!r} is not occurrence #{k+1}")
            seen[t] = k + 1
            a, b = start, start + len(t)
            if (a > 0 and (text[a-1].isalnum())) or (b < len(text) and text[b].isalnum()):
                warnings.append(f"{pid}: {t!r} not at word boundary")
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename"
            else:
                rule = RULE[kind]
            expected.append({"rule": rule, "text": t, "kind": kind})
            if kind in ("health", "circumstance"):
                key = fold(t)
                if key in phrases:
                    warnings.append(f"{pid}: phrase {t!r} also in {phrases[key]}")
                phrases[key] = pid
            if p["photo"] and kind in ("forename", "full_name"):
                photo_named.add(fold(t))
        worst = None
        for l in expected:
            s = SEV[p["account"]].get(l["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        tags = list(p["tags"])
        kinds = {l["kind"] for l in expected}
        auto = []
        if not expected:
            auto.append("clean")
        if p["account"] == "personal":
            auto.append("personal")
        if p["photo"]:
            auto.append("photo")
        auto += sorted(k.replace("_", "-") for k in kinds)
        tags = list(dict.fromkeys(auto + tags))
        out.append({"id": pid, "category": p["category"], "account": p["account"],
                    "photo": p["photo"], "text": text, "expected": expected,
                    "verdict": verdict, "tags": tags})
    # register
    def named_in_photo(pp):
        names = {fold(pp["forename"]), fold(pp["preferred"]) if pp["preferred"] else None}
        inits = {fold(pp["forename"][0] + "." + pp["surname"][0] + ".")}
        for t in photo_named:
            words = set(re.findall(r"[\w]+", t))
            if names & words or t in inits or fold(pp["surname"]) in words:
                return True
        return False
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow("upn,forename,surname,preferred_forename,year_group,class,consent_social_media,consent_website,consent_press,consent_name_with_photo,biometric_consent".split(","))
    nosm = {"Denis Bandy", "Zana Mahmoud", "Berivan Ali"}
    nopress = {"Hevi Rashid", "Dilan Hama", "Rebin Hama", "Vanesa Horváthová", "Dušan Horváth",
               "Navreet Gill", "Storm Hollis", "Avan Salih", "Karwan Faraj", "Patrik Giňa",
               "Romana Giňová", "Harvey Darley", "Lana Omar", "Erik Kaleja", "Noor Chahal",
               "Nikola Pompová", "Kristián Lakatoš", "Zuzanna Kowalczyk", "Mason Clough"}
    nobio = {"Erik Kaleja", "Baran Aziz", "Simran Kaur", "Kacper Mazur", "Lacey Shardlow",
             "Marek Demeter", "Hevi Rashid", "Žaneta Oláhová", "Ruby Gell", "Amrit Bains"}
    yn = lambda b: "yes" if b else "no"
    for pp in PUPILS:
        full = pp["forename"] + " " + pp["surname"]
        year = "Reception" if pp["year"] == "R" else "Year " + pp["year"]
        w.writerow([upn_of(pp), pp["forename"], pp["surname"], pp["preferred"], year, pp["cls"],
                    yn(full not in nosm), yn(full not in nosm), yn(full not in nopress and full not in nosm),
                    yn(not named_in_photo(pp)), yn(full not in nobio)])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow("staff_id,title,forename,surname,role,consent_photo,biometric_consent".split(","))
    for s in staff():
        w.writerow(s.values())
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    for w_ in warnings:
        print("warning:", w_)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(out)} posts, {sum(1 for o in out if not o['expected'])} clean, "
          f"{sum(1 for o in out if o['photo'])} photo, {sum(1 for o in out if o['account']=='personal')} personal; "
          f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
