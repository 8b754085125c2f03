"""Build posts.jsonl, the register CSVs and school.json from the hand-written sources.

Markup in posts_*.txt: header `### category | photo y/n | account o/p | tags`; labels
`[[kind:text]]` with kind in fn full other email phone addr dob upn health circ;
inside a upn label `{Forename Surname}` is replaced by that pupil's UPN (`{Forename Surname|s}`
spaced in groups, `{Forename Surname|l}` lower case).
"""
import csv, io, json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from upn import pupil_upns

HERE = Path(__file__).parent
OUT = HERE.parent
NN = "47"
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth",
        "upn": "text.pupil_record", "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
CLASSES = {"R": "Lugg", "1": "Lugg", "2": "Frome", "3": "Frome", "4": "Arrow", "5": "Arrow", "6": "Wye"}
SCHOOL = {
    "name": "Lugwardine Brook CE Primary School",
    "address": "Brook Lane, Lugwardine, Hereford, Herefordshire",
    "postcode": "HZ1 4QX",
    "phone": "01632 960418",
    "email": "office@lugwardinebrook-ce.example",
    "website": "https://www.lugwardinebrook-ce.example",
}


def pupils():
    rows = []
    for line in (HERE / "pupils.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            f, s, p, y = line.split("|")
            rows.append({"forename": f, "surname": s, "preferred": p, "year": y})
    for r, u in zip(rows, pupil_upns(rows)):
        r["upn"] = u
    return rows


def upn_sub(m, byname):
    name, _, mode = m.group(1).partition("|")
    u = byname[name]
    if mode == "s":
        return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"
    if mode == "l":
        return u.lower()
    return u


LABEL = re.compile(r"\[\[(\w+):(.*?)\]\]", re.S)


def parse_posts(pp):
    byname = {}
    for r in pp:
        byname[f"{r['forename']} {r['surname']}"] = r["upn"]
        if r["preferred"]:
            byname[f"{r['preferred']} {r['surname']}"] = r["upn"]
    posts = []
    files = sorted(HERE.glob("posts_*.txt"))
    blocks = []
    for f in files:
        cur = None
        for line in f.read_text(encoding="utf-8").split("\n"):
            if line.startswith("### "):
                cur = [line[4:], []]
                blocks.append(cur)
            elif cur is not None:
                cur[1].append(line)
    for n, (head, lines) in enumerate(blocks, 1):
        cat, photo, acct, tags = [x.strip() for x in head.split("|")]
        raw = "\n".join(lines).strip("\n")
        raw = re.sub(r"\{([^{}]+)\}", lambda m: upn_sub(m, byname), raw)
        raw = raw.replace("\\u200b", "\u200b").replace("\\u00a0", "\u00a0")
        text, labels, spans = "", [], []
        pos = 0
        for m in LABEL.finditer(raw):
            text += raw[pos:m.start()]
            kind = KINDS[m.group(1)]
            start = len(text)
            text += m.group(2)
            spans.append((start, len(text), kind, m.group(2)))
            pos = m.end()
        text += raw[pos:]
        photo_b = photo == "y"
        account = "personal" if acct == "p" else "official"
        exp = []
        for s, e, kind, t in spans:
            rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo_b else "text.pupil_forename")
            exp.append({"rule": rule, "text": t, "kind": kind, "_start": s})
        worst = None
        for l in exp:
            sev = SEV[account].get(l["rule"], "block")
            if worst is None or RANK[sev] > RANK[worst]:
                worst = sev
        verdict = "allow" if worst in (None, "info") else worst
        tg = [t.strip() for t in tags.split(",") if t.strip()]
        if not exp:
            tg.insert(0, "clean")
        if account == "personal":
            tg.append("personal")
        if photo_b:
            tg.append("photo")
        for k in sorted({l["kind"] for l in exp}):
            tg.append(k.replace("_", "-"))
        seen = []
        for t in tg:
            if t not in seen:
                seen.append(t)
        posts.append({"id": f"z{NN}-{n:03d}", "category": cat, "account": account, "photo": photo_b,
                      "text": text, "expected": exp, "verdict": verdict, "tags": seen})
    return posts


def write_register(pp, posts):
    photo_named = set()
    for p in posts:
        if p["photo"]:
            for l in p["expected"]:
                if l["kind"] in ("forename", "full_name"):
                    photo_named |= match_pupils(l["text"], pp)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for i, r in enumerate(pp):
        yg = "Reception" if r["year"] == "R" else f"Year {r['year']}"
        # two families (Ivanov, Kolev) said no to social media; some press refusals; a few no biometrics
        sm = "no" if r["surname"] in ("Ivanov", "Kolev") else "yes"
        web = "no" if r["surname"] in ("Ivanov", "Kolev", "Hollis") else "yes"
        press = "no" if (i % 3 == 0 or r["surname"] in ("Hatwell", "Hollis", "Petrov", "Petrova")) else "yes"
        nwp = "no" if r["upn"] in photo_named or i % 4 == 0 else "yes"
        bio = "no" if i % 7 == 3 else "yes"
        w.writerow([r["upn"], r["forename"], r["surname"], r["preferred"], yg, CLASSES[r["year"]],
                    sm, web, press, nwp, bio])
    (OUT / "register_pupils.csv").write_text(out.getvalue(), encoding="utf-8")
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for line in (HERE / "staff.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            sid, ti, f, s, role, cp = line.split("|")
            w.writerow([sid, ti, f, s, role, cp, cp])
    (OUT / "register_staff.csv").write_text(out.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def fold(s):
    import unicodedata
    s = s.replace("\u200b", "").replace("\u00a0", " ").replace("\n", " ")
    s = s.translate(str.maketrans("\u0430\u0435\u043e\u0440\u0441\u0445\u0410\u0412\u0415\u041c\u041e\u0420\u0421\u0422", "aeopcxABEMOPCT"))
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).casefold()


def match_pupils(t, pp):
    """UPNs of register pupils a name label can refer to."""
    ft = fold(t).lstrip("#").replace("'s", "").replace("’s", "")
    ft_nospace = re.sub(r"[\s_.,'’-]", "", ft)
    hits = set()
    for r in pp:
        fns = [r["forename"]] + ([r["preferred"]] if r["preferred"] else [])
        for fn in fns:
            f, s = fold(fn), fold(r["surname"])
            cands = {f, f + s, s + f}
            cands = {re.sub(r"[\s_.,'’-]", "", c) for c in cands}
            ini = (f[0] + s[0])
            if ft_nospace in cands or re.sub(r"[\s_.,'’-]", "", ft) == ini:
                hits.add(r["upn"])
            if ft_nospace.endswith(re.sub(r"[\s_.,'’-]", "", f + s)) or ft_nospace.endswith(re.sub(r"[\s_.,'’-]", "", s + f)):
                hits.add(r["upn"])
            # forename + surname initial
            if re.fullmatch(re.escape(f) + r" ?" + re.escape(s[0]) + r"\.?", ft):
                hits.add(r["upn"])
    return hits


def main():
    pp = pupils()
    posts = parse_posts(pp)
    write_register(pp, posts)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            q = dict(p)
            q["expected"] = [{k: v for k, v in l.items() if not k.startswith("_")} for l in p["expected"]]
            fh.write(json.dumps(q, ensure_ascii=True) + "\n")
    print(f"{len(posts)} posts")


if __name__ == "__main__":
    main()
