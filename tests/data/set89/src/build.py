"""Build posts.jsonl, register CSVs and school.json from posts_0*.txt markup.

Markup: header `### category | photo y/n | account o/p | tag, tag`; body until the next header.
Labels `[[kind:text]]`, kinds fn full other email phone addr dob upn health circ.
`{UPN:Forename Surname}` -> that pupil's UPN; `{UPNS:Forename Surname}` -> spaced UPN.
"""
import csv, io, json, re, sys, unicodedata
from pathlib import Path
from clearpost.register import upn as upn_rules
sys.path.insert(0, str(Path(__file__).parent))
from pupils import PUPILS, STAFF, SCHOOL, CLASSES

HERE = Path(__file__).parent
OUT = HERE.parent
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def upns():
    out = {}
    for i, p in enumerate(PUPILS):
        yy = {7: "18", 8: "17", 9: "16", 10: "15", 11: "14"}[p[3]]
        if p[1] in ("Crăciun", "Lăcătuș", "Stoica", "Haile", "Kareem", "Mahmood", "Tesfay", "Lupu"):
            yy = "22"  # arrived in the UK later
        body = p[8] + p[9] + yy + str(101 + i)
        out[f"{p[0]} {p[1]}"] = upn_rules.check_letter(body) + body
    return out


def rule_for(kind, photo):
    if kind == "forename":
        return "text.pupil_name_with_photo" if photo else "text.pupil_forename"
    return {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
            "email": "text.contact_details", "phone": "text.contact_details",
            "address": "text.contact_details", "dob": "text.date_of_birth"}.get(kind, "text.pupil_record")


def parse(path, U):
    posts, cur = [], None
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("### "):
            if cur:
                posts.append(cur)
            parts = [x.strip() for x in line[4:].split("|")]
            cur = {"category": parts[0], "photo": parts[1] == "y",
                   "account": "personal" if parts[2] == "p" else "official",
                   "tags": [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else [],
                   "body": []}
        elif cur is not None:
            cur["body"].append(line)
    if cur:
        posts.append(cur)
    out = []
    for p in posts:
        raw = "\n".join(p["body"]).strip("\n")
        raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: U[m.group(1)], raw)
        raw = re.sub(r"\{UPNS:([^}]+)\}", lambda m: " ".join([U[m.group(1)][:1], U[m.group(1)][1:4], U[m.group(1)][4:8], U[m.group(1)][8:]]), raw)
        raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, re.S):
            text += raw[pos:m.start()]
            k, t = m.group(1), m.group(2)
            labels.append((KINDS[k], t, len(text)))
            text += t
            pos = m.end()
        text += raw[pos:]
        assert "[[" not in text and "]]" not in text, text
        p["text"], p["labels"] = text, labels
        out.append(p)
    return out


def main():
    U = upns()
    posts = []
    for f in sorted(HERE.glob("posts_0*.txt")):
        posts += parse(f, U)
    rows, problems = [], []
    photo_named = set()
    for n, p in enumerate(posts, 1):
        pid = f"z89-{n:03d}"
        exp, seen = [], {}
        for kind, t, start in p["labels"]:
            seen[t] = seen.get(t, 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(t), p["text"])]
            if occ.index(start) != seen[t] - 1:
                problems.append(f"{pid}: label {t!r} is occurrence {occ.index(start)+1}, labelled as #{seen[t]}")
            before = p["text"][start - 1] if start else " "
            after = p["text"][start + len(t)] if start + len(t) < len(p["text"]) else " "
            if (before.isalnum() or after.isalnum()):
                problems.append(f"{pid}: label {t!r} not at word boundary")
            exp.append({"rule": rule_for(kind, p["photo"]), "text": t, "kind": kind})
            if p["photo"] and kind in ("forename", "full_name"):
                photo_named.add(t)
        worst = None
        for l in exp:
            s = SEV[p["account"]].get(l["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        tags = list(dict.fromkeys(p["tags"]))
        if not exp:
            tags = ["clean"] + [t for t in tags if t != "clean"]
        if p["account"] == "personal" and "personal" not in tags:
            tags.append("personal")
        if p["photo"] and "photo" not in tags:
            tags.append("photo")
        rows.append({"id": pid, "category": p["category"], "account": p["account"],
                     "photo": p["photo"], "text": p["text"], "expected": exp,
                     "verdict": verdict, "tags": tags})
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=True) + "\n")

    def fold(s):
        return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()
    named_words = {w for t in photo_named for w in re.findall(r"[\w'-]+", fold(t))}
    named_initials = {re.sub(r"\W", "", fold(t)) for t in photo_named}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press", "consent_name_with_photo",
                "biometric_consent"])
    nwp_yes = 0
    for i, p in enumerate(PUPILS):
        fn, sn, pref = p[0], p[1], p[2]
        keys = {fold(fn), fold(pref)} - {""}
        inits = {fold(fn)[0] + fold(sn)[0]} | ({fold(pref)[0] + fold(sn)[0]} if pref else set())
        named = bool(keys & named_words) or bool(inits & named_initials)
        nwp = "no" if named or i % 3 == 0 or p[4] == "no" else "yes"
        nwp_yes += nwp == "yes"
        w.writerow([U[f"{fn} {sn}"], fn, sn, pref, f"Year {p[3]}", CLASSES[p[3]], p[4], p[5], p[6], nwp, p[7]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for s in STAFF:
        w.writerow(s)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2) + "\n", encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(U, indent=1, ensure_ascii=False), encoding="utf-8")
    for pr in problems:
        print("PROBLEM:", pr)
    print(f"{len(rows)} posts; {sum(1 for r in rows if not r['expected'])} clean; "
          f"{sum(1 for r in rows if r['photo'])} photo; {sum(1 for r in rows if r['account']=='personal')} personal; "
          f"name_with_photo yes {nwp_yes}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
