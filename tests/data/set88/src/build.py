"""Build set 88 from src/: register CSVs, school.json and posts.jsonl.

posts_0N.txt: posts separated by header lines
    ### category | photo (p or -) | account (o or p) | tags, comma separated
Inline labels: [[kind:text]] with kinds fn full other email phone addr dob upn health circ.
{UPN:Forename Surname} (optionally :sp spaced or :lc lower case) is replaced by that pupil's UPN.
\\uXXXX escapes in the text are decoded (zero-width, NBSP, homoglyphs).
"""
import csv, io, json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from upn import make_upn  # noqa: E402

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
YEAR = {"Nursery": "24", "P1": "23", "P2": "22", "P3": "21", "P4": "20", "P5": "19", "P6": "18", "P7": "17"}
SCHOOL = {"name": "St Catherine's Primary School, Newry",
          "address": "Drumcashel Road, Newry, Co. Down",
          "postcode": "BX35 8QA",
          "phone": "028 9649 6100",
          "email": "info@stcatherinesnewry.example",
          "website": "www.stcatherinesnewry.example"}


def pupils():
    rows = []
    for n, line in enumerate(l for l in (HERE / "pupils.txt").read_text().splitlines()
                             if l.strip() and not l.startswith("#")):
        f, s, p, yg, cl = line.split("|")
        rows.append({"forename": f, "surname": s, "preferred": p, "year": yg, "class": cl,
                     "upn": make_upn("951", "3702", YEAR[yg], 101 + n)})
    return rows


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def upn_sub(m, by_name):
    name, _, fmt = m.group(1).partition(":")
    u = by_name[name]["upn"]
    if fmt == "sp":
        u = f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"
    elif fmt == "lc":
        u = u.lower()
    return u


def parse_posts(pups):
    by_name = {f"{p['forename']} {p['surname']}": p for p in pups}
    posts, errors = [], []
    files = sorted(HERE.glob("posts_0*.txt"))
    chunks = []
    for f in files:
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                if cur:
                    chunks.append(cur)
                cur = [line, []]
            elif cur is not None:
                cur[1].append(line)
        if cur:
            chunks.append(cur)
    for i, (head, body) in enumerate(chunks, 1):
        pid = f"z88-{i:03d}"
        parts = [x.strip() for x in head[4:].split("|")]
        category, photo, account = parts[0], parts[1] == "p", {"o": "official", "p": "personal"}[parts[2]]
        tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
        raw = "\n".join(body).strip("\n")
        raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: upn_sub(m, by_name), raw)
        raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, flags=re.S):
            text += raw[pos:m.start()]
            kind = KINDS[m.group(1)]
            start = len(text)
            text += m.group(2)
            labels.append((kind, m.group(2), start))
            pos = m.end()
        text += raw[pos:]
        if "[[" in text or "]]" in text:
            errors.append(f"{pid}: stray markup")
        expected, seen = [], {}
        for kind, t, start in labels:
            seen[t] = seen.get(t, 0) + 1
            occ = [mm.start() for mm in re.finditer(re.escape(t), text)]
            if occ[seen[t] - 1] != start:
                errors.append(f"{pid}: label {t!r} is not the {seen[t]}th occurrence")
            b, a = text[start - 1:start], text[start + len(t):start + len(t) + 1]
            if (b and (b.isalnum())) or (a and a.isalnum()):
                errors.append(f"{pid}: label {t!r} not at word boundary")
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
        tags = [t for t in tags if t != "clean"]
        if not expected:
            tags = ["clean"] + tags
        tags = list(dict.fromkeys(tags))
        if account == "personal" and "personal" not in tags:
            tags.append("personal")
        if photo and "photo" not in tags:
            tags.append("photo")
        posts.append({"id": pid, "category": category, "account": account, "photo": photo,
                      "text": text, "expected": expected, "verdict": verdict, "tags": tags})
    return posts, errors


def main():
    pups = pupils()
    posts, errors = parse_posts(pups)
    # names used in photo posts -> consent_name_with_photo = no
    photo_named = set()
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] in ("forename", "full_name"):
                t = fold(re.sub(r"[#_]", " ", l["text"]))
                for q in pups:
                    names = [fold(q["forename"]), fold(q["preferred"])] if q["preferred"] else [fold(q["forename"])]
                    if any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", t) or n.replace(" ", "") in t.replace(" ", "") for n in names if n):
                        if l["kind"] == "forename" or fold(q["surname"]).replace(" ", "") in t.replace(" ", "").replace("\n", ""):
                            photo_named.add(q["upn"])
    no_sm = {"Winifred Ward", "Delfina Ximenes", "Martin Cash"}
    no_press = {"Winifred Ward", "Margaret Ward", "Delfina Ximenes", "Francisco Ximenes", "Martin Cash",
                "Kathleen Joyce", "Bridget Joyce", "Natalino Soares", "Olinda Belo", "Rodrigo Santos",
                "Caoimhe Trainor", "Erin Mongan", "Mary Ellen Maughan", "Ugnė Vaitkutė", "Matas Vaitkus"}
    no_bio = {"Erin Mongan", "Lara Sousa", "Jokūbas Petrauskas", "Lukas Petrauskas", "Fátima Guterres",
              "Christopher McDonagh", "John McDonagh", "Hope McParland", "Tadhg Rafferty", "Ruby Power"}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    yn = lambda b: "yes" if b else "no"
    for i, q in enumerate(pups):
        full = f"{q['forename']} {q['surname']}"
        w.writerow([q["upn"], q["forename"], q["surname"], q["preferred"], q["year"], q["class"],
                    yn(full not in no_sm), yn(full not in no_sm and i % 11 != 5), yn(full not in no_press),
                    yn(q["upn"] not in photo_named and i % 4 != 3), yn(full not in no_bio)])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for line in (HERE / "staff.txt").read_text().splitlines():
        if line.strip():
            sid, t, f, s, r, c = line.split("|")
            w.writerow([sid, t, f, s, r, c, c])
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    for e in errors:
        print("ERROR", e)
    print(f"{len(posts)} posts, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
