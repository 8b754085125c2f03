"""Build set 84 from the hand-written markup in posts_*.txt.

Markup: [[kind:text]] where kind is fn full other email phone addr dob upn health circ.
[[upn:Forename Surname]] is replaced by that pupil's UPN; [[upn_sp:Forename Surname]] by the
UPN written in groups of spaces; [[upn_lc:...]] lower case.
Header line of each post: ### category | photo y/n | account o/p | tag, tag
Run: env -u PYTHONPATH /work/main/.venv/bin/python src/build.py
"""
import csv, io, json, re, sys
from pathlib import Path
from clearpost.register import upn as upn_rules

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
KIND = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
        "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "upn_sp": "upn",
        "upn_lc": "upn", "health": "health", "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
        "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
SCHOOL = {"name": "Ysgol Twthill", "address": "Ffordd Twthill, Caernarfon, Gwynedd",
          "postcode": "LL55 9TW", "phone": "01632 960410",
          "email": "swyddfa@ysgol-twthill.example", "website": "https://www.ysgol-twthill.example"}


def pupils():
    rows = []
    for n, line in enumerate((HERE / "pupils.txt").read_text(encoding="utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        f, s, p, y, c = line.split("|")
        yy = {"Nursery": "23", "Reception": "22", "Year 1": "21", "Year 2": "20", "Year 3": "19",
              "Year 4": "18", "Year 5": "17", "Year 6": "16"}[y]
        digits = "6612199" + yy + f"{100 + len(rows) + 1:03d}"
        rows.append({"upn": upn_rules.check_letter(digits) + digits, "forename": f, "surname": s,
                     "preferred_forename": p, "year_group": y, "class": c})
    return rows


def parse(pup):
    byname = {f"{r['forename']} {r['surname']}": r["upn"] for r in pup}
    byname.update({f"{r['preferred_forename']} {r['surname']}": r["upn"] for r in pup if r["preferred_forename"]})
    posts = []
    files = sorted(HERE.glob("posts_*.txt"))
    blocks = []
    for f in files:
        cur = None
        for line in f.read_text(encoding="utf-8").split("\n"):
            if line.startswith("### "):
                if cur:
                    blocks.append(cur)
                cur = [line, []]
            elif cur is not None:
                cur[1].append(line)
        if cur:
            blocks.append(cur)
    errors = []
    for i, (head, body) in enumerate(blocks, 1):
        parts = [x.strip() for x in head[4:].split("|")]
        cat, photo, acct = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
        tags = [t.strip() for t in parts[3].split(",")] if len(parts) > 3 and parts[3] else []
        raw = "\n".join(body).strip("\n")
        raw = raw.replace("\\u200b", "\u200b").replace("\\u00a0", "\u00a0")
        text, labels, pos = "", [], []
        k = 0
        for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", raw, re.S):
            text += raw[k:m.start()]
            kind, t = m.group(1), m.group(2)
            if kind.startswith("upn"):
                u = byname.get(t)
                if not u:
                    errors.append(f"{i}: unknown upn pupil {t}")
                    u = t
                if kind == "upn_sp":
                    u = f"{u[:4]} {u[4:8]} {u[8:]}"
                if kind == "upn_lc":
                    u = u.lower()
                t = u
            pos.append(len(text))
            text += t
            K = KIND[kind]
            rule = RULE.get(K) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
            labels.append({"rule": rule, "text": t, "kind": K})
            k = m.end()
        text += raw[k:]
        if "[[" in text or "]]" in text:
            errors.append(f"{i}: stray markup")
        # nth label with a text must be its nth raw occurrence
        seen = {}
        for lab, p in zip(labels, pos):
            t = lab["text"]
            seen[t] = seen.get(t, 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) < seen[t] or occ[seen[t] - 1] != p:
                errors.append(f"post {i} ({cat}): label {t!r} is not occurrence #{seen[t]} ({occ} vs {p})")
        worst = None
        for lab in labels:
            s = SEV[acct].get(lab["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        auto = []
        if not labels:
            auto.append("clean")
        if acct == "personal":
            auto.append("personal")
        if photo:
            auto.append("photo")
        for K in sorted({l["kind"] for l in labels}):
            auto.append(K.replace("_", "-"))
        alltags = []
        for t in auto + tags:
            if t and t not in alltags:
                alltags.append(t)
        posts.append({"id": f"z84-{i:03d}", "category": cat, "account": acct, "photo": photo,
                      "text": text, "expected": labels, "verdict": verdict, "tags": alltags})
    return posts, errors


def main():
    pup = pupils()
    posts, errors = parse(pup)
    for e in errors:
        print("ERROR", e)
    print(len(posts), "posts")
    # names in photo posts -> consent_name_with_photo = no
    photo_text = "\n".join(l["text"] for p in posts if p["photo"] for l in p["expected"]
                           if l["kind"] in ("forename", "full_name"))
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    cols = ["upn", "forename", "surname", "preferred_forename", "year_group", "class",
            "consent_social_media", "consent_website", "consent_press", "consent_name_with_photo",
            "biometric_consent"]
    named_in_photo = set()
    for p in posts:
        if p["photo"]:
            for l in p["expected"]:
                if l["kind"] in ("forename", "full_name"):
                    named_in_photo.add(l["text"])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for n, r in enumerate(pup):
        names = {r["forename"], r["preferred_forename"]} - {""}
        in_photo = any(any(nm in t for nm in names) for t in named_in_photo)
        r = dict(r)
        r["consent_social_media"] = "no" if n in (7, 33, 50) else "yes"
        r["consent_website"] = "no" if n in (7, 33, 50, 21) else "yes"
        r["consent_press"] = "no" if n % 3 == 0 else "yes"
        r["consent_name_with_photo"] = "no" if in_photo or n % 2 else "yes"
        r["biometric_consent"] = "no" if n % 5 == 0 else "yes"
        w.writerow([r[c] for c in cols])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    n = 0
    for line in (HERE / "staff.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        n += 1
        t, f, s, role, cp = line.split("|")
        w.writerow([f"TW{n:03d}", t, f, s, role, cp, "yes" if cp == "yes" else "no"])
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
