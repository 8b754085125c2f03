"""Build set 71 from src/posts_*.txt (inline markup) and src/pupils.txt / staff.txt.

Markup: [[kind:text]] with kind in fn full other email phone addr dob upn health circ;
{UPN:Forename Surname} -> that pupil's UPN; {UPNS:...} -> the UPN spaced in groups;
\\uXXXX -> that character. Header: ### category | photo y/n | account o/p | tags
"""
import csv, io, json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from upn import load_pupils  # noqa: E402

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
SCHOOL = {"name": "Cliftonville Sands Primary School",
          "address": "Sea View Parade, Cliftonville, Margate, Kent",
          "postcode": "CX9 2QZ", "phone": "01632 960410",
          "email": "office@cliftonvillesands.example.org",
          "website": "https://www.cliftonvillesands.example.org"}

pupils = load_pupils(HERE / "pupils.txt")
by_name = {f"{p['forename']} {p['surname']}": p for p in pupils}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def upn_sub(m):
    p = by_name[m.group(2)]
    u = p["upn"]
    if m.group(1) == "UPNS":
        return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"
    return u


def parse(path):
    posts, cur = [], None
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("### "):
            cur = {"head": line[4:], "body": []}
            posts.append(cur)
        elif cur is not None:
            cur["body"].append(line)
    return posts


def build():
    out, problems = [], []
    files = sorted(HERE.glob("posts_*.txt"))
    raw = [p for f in files for p in parse(f)]
    for n, post in enumerate(raw, 1):
        pid = f"z71-{n:03d}"
        head = [h.strip() for h in post["head"].split("|")]
        cat, photo, acct = head[0], head[1] == "photo y", head[2]
        account = {"account o": "official", "account p": "personal"}[acct]
        tags = [t.strip() for t in head[3].split(",") if t.strip()] if len(head) > 3 else []
        body = "\n".join(post["body"]).strip("\n")
        body = re.sub(r"\{(UPNS?):([^}]+)\}", upn_sub, body)
        body = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), body)
        text, labels, spans = "", [], []
        pos = 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, flags=re.S):
            text += body[pos:m.start()]
            kind = KINDS[m.group(1)]
            t = m.group(2)
            spans.append((len(text), t))
            text += t
            pos = m.end()
            rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
            labels.append({"rule": rule, "text": t, "kind": kind})
        text += body[pos:]
        if "[[" in text or "]]" in text:
            problems.append(f"{pid}: stray markup")
        # nth label with a text must be its nth occurrence
        seen = {}
        for start, t in spans:
            seen[t] = seen.get(t, 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if occ[seen[t] - 1] != start:
                problems.append(f"{pid}: label {t!r} #{seen[t]} is not occurrence #{seen[t]}")
        worst = None
        for l in labels:
            s = SEV[account].get(l["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        if not labels and "clean" not in tags:
            tags.insert(0, "clean")
        if labels and "clean" in tags:
            problems.append(f"{pid}: clean tag on a labelled post")
        if account == "personal" and "personal" not in tags:
            tags.append("personal")
        if photo and "photo" not in tags:
            tags.append("photo")
        out.append({"id": pid, "category": cat, "account": account, "photo": photo, "text": text,
                    "expected": labels, "verdict": verdict, "tags": tags})
    return out, problems


def names_in_photo_posts(posts):
    named = set()
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] not in ("full_name", "forename"):
                continue
            t = fold(l["text"])
            letters = re.sub(r"[^a-z]", "", t)
            for q in pupils:
                keys = [q["forename"], q["preferred"], q["surname"]]
                keys = [fold(k) for k in keys if k]
                inits = fold(q["forename"][0] + q["surname"][0])
                inits2 = fold(q["preferred"][0] + q["surname"][0]) if q["preferred"] else None
                if any(re.search(r"(?<![a-z])" + re.escape(k) + r"(?![a-z])", t.replace("_", " ").replace("#", " ")) for k in keys) \
                        or any(k.replace("-", "").replace("'", "") in letters for k in keys if len(k) > 3) \
                        or (len(letters) == 2 and letters in (inits, inits2)):
                    named.add(q["upn"])
    return named


def main():
    posts, problems = build()
    for pr in problems:
        print("PROBLEM", pr)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=True) + "\n")
    named = names_in_photo_posts(posts)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for q in pupils:
        w.writerow([q["upn"], q["forename"], q["surname"], q["preferred"], q["year"], q["cls"],
                    q["social"], q["website"], q["press"], "no" if q["upn"] in named else "yes", q["bio"]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for line in (HERE / "staff.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            w.writerow(line.split("|"))
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
          f"{sum(p['photo'] for p in posts)} photo, {sum(p['account']=='personal' for p in posts)} personal")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
