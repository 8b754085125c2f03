"""Build set 132 (Spinney Cross Community Primary School, Highfields, Leicester).

Reads src/posts_*.txt (markup below) and writes ../posts.jsonl, ../register_pupils.csv,
../register_staff.csv and ../school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag, ...
and runs to the next header. Inline labels are [[kind:text]], kind one of
    fn full other email phone addr dob upn health circ
{U:Forename Surname} inserts that pupil's UPN, {US:Forename Surname} the UPN spaced.
\\uXXXX escapes (zero-width space, nbsp, Cyrillic homoglyphs) are decoded.
Lines starting with '#//' are comments.
"""
import csv, io, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from pupils import PUPILS, STAFF, SCHOOL, upn_of  # noqa: E402

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
# markup headers sometimes carry a label word as category; map to a topic
CATEGORY = {"dob": "admin", "upn": "admin", "email": "notices", "phone": "notices",
            "address": "notices", "other": "notices", "contact": "notices", "trap": "school news",
            "clean": "school news", "photo": "class news", "personal": "teacher life",
            "circumstance": "pastoral", "behaviour": "pastoral", "staff note": "pastoral"}


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def expand(body):
    def upn(m):
        v = upn_of(m.group(2))
        return " ".join([v[0:4], v[4:8], v[8:]]) if m.group(1) == "US" else v
    body = re.sub(r"\{(US|U):([^}]+)\}", upn, body)
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), body)


def parse_body(body, photo, problems, pid):
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, flags=re.S):
        text += body[pos:m.start()]
        kind = KIND[m.group(1)]
        t = m.group(2)
        start = len(text)
        text += t
        rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
        labels.append({"rule": rule, "text": t, "kind": kind, "_start": start})
        pos = m.end()
    text += body[pos:]
    if "[[" in text or "]]" in text:
        problems.append(f"{pid}: stray markup")
    # nth label with the same text must be the nth occurrence
    seen = {}
    for l in labels:
        t = l["text"]
        seen[t] = seen.get(t, 0) + 1
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        if len(occ) < seen[t] or occ[seen[t] - 1] != l["_start"]:
            problems.append(f"{pid}: label {t!r} is not occurrence {seen[t]}")
        s, e = l["_start"], l["_start"] + len(t)
        if (s > 0 and text[s - 1].isalnum() and t[0].isalnum()) or (e < len(text) and text[e].isalnum() and t[-1].isalnum()):
            problems.append(f"{pid}: label {t!r} not at a word boundary")
    return text, labels


def load_posts(problems):
    posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        chunks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for chunk in chunks[1:]:
            head, _, body = chunk.partition("\n")
            cat, ph, acct, tags = [x.strip() for x in head.split("|")]
            body = "\n".join(l for l in body.split("\n") if not l.startswith("#//")).strip("\n")
            posts.append((f.name, cat, ph == "y", "personal" if acct == "p" else "official",
                          [t.strip() for t in tags.split(",") if t.strip()], body))
    out = []
    for n, (fname, cat, photo, acct, tags, body) in enumerate(posts, 1):
        pid = f"z132-{n:03d}"
        cat = CATEGORY.get(cat, cat)
        text, labels = parse_body(expand(body), photo, problems, pid)
        labels.sort(key=lambda l: l["_start"])
        for l in labels:
            del l["_start"]
        tags = [t for t in tags if t not in ("clean", "personal", "photo")]
        if not labels:
            tags = ["clean"] + tags
        if acct == "personal":
            tags.append("personal")
        if photo:
            tags.append("photo")
        out.append({"id": pid, "category": cat, "account": acct, "photo": photo, "text": text,
                    "expected": labels, "verdict": verdict(acct, labels), "tags": tags})
    return out


def write_csvs():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for p in PUPILS:
        w.writerow([upn_of(p["forename"] + " " + p["surname"]), p["forename"], p["surname"],
                    p["preferred"], p["year"], p["class"], p["sm"], p["web"], p["press"],
                    p["nwp"], p["bio"]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for s in STAFF:
        w.writerow(s)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")


def main():
    problems = []
    posts = load_posts(problems)
    write_csvs()
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(posts)} posts written; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
