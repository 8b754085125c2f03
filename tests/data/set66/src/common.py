"""Shared helpers for set 66 (Princess Road Academy): register, markup parsing."""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
NN = "66"
CLASSES = {7: "7 Sissay", 8: "8 Pankhurst", 9: "9 Turing", 10: "10 Lowry", 11: "11 Rutherford"}
ALLOC_YEAR = {7: "18", 8: "17", 9: "16", 10: "15", 11: "14"}
LA, EST = "352", "4066"

TOKENS = {
    "{ZW}": "\u200b", "{ZWJ}": "\u200d", "{NBSP}": "\u00a0",
    "{Ca}": "\u0430", "{Ce}": "\u0435", "{Co}": "\u043e", "{Cp}": "\u0440", "{Cc}": "\u0441",
    "{Cy}": "\u0443", "{Cx}": "\u0445", "{Ci}": "\u0456",
    "{CA}": "\u0410", "{CE}": "\u0415", "{CO}": "\u041e", "{CK}": "\u041a", "{CM}": "\u041c",
    "{CH}": "\u041d", "{CT}": "\u0422", "{CB}": "\u0412", "{CC}": "\u0421", "{CP}": "\u0420",
}
CYR = {"\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0443": "y",
       "\u0445": "x", "\u0456": "i", "\u0410": "A", "\u0415": "E", "\u041e": "O", "\u041a": "K",
       "\u041c": "M", "\u041d": "H", "\u0422": "T", "\u0412": "B", "\u0421": "C", "\u0420": "P"}

KIND_CODES = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
              "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn",
              "health": "health", "circ": "circumstance"}


def upn_of(p, check_letter):
    body = LA + EST + ALLOC_YEAR[p["year"]] + p["serial"]
    return check_letter(body) + body


def load_pupils():
    rows = []
    for line in (HERE / "pupils.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f, s, pref, y, serial = line.split("|")
        rows.append({"forename": f, "surname": s, "preferred": pref, "year": int(y), "serial": serial})
    return rows


def load_staff():
    rows = []
    for line in (HERE / "staff.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            sid, title, f, s, role, cp = line.split("|")
            rows.append({"staff_id": sid, "title": title, "forename": f, "surname": s, "role": role,
                         "consent_photo": cp})
    return rows


def fold(s):
    s = "".join(CYR.get(c, c) for c in s)
    s = s.replace("\u200b", "").replace("\u200d", "").replace("\u00a0", " ").replace("\u2019", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


def resolve(kind, text, pupils):
    """Which register pupils a full_name / forename label can mean."""
    t = fold(text).lstrip("#")
    t = re.sub(r"^(welldone|wd|congrats|wellplayed|starof(the)?week)", "", t)
    squash = re.sub(r"[^a-z']", "", t.replace("'", ""))
    out = []
    for p in pupils:
        fns = {fold(p["forename"])} | ({fold(p["preferred"])} if p["preferred"] else set())
        sur = fold(p["surname"])
        if kind == "full_name":
            for fn in fns:
                a = re.sub(r"[^a-z]", "", fn + sur)
                b = re.sub(r"[^a-z]", "", sur + fn)
                if squash.replace("'", "") in (a, b) or squash.endswith(a):
                    out.append(p)
                    break
        else:
            letters = re.sub(r"[^a-z]", "", t)
            m = re.fullmatch(r"(.+?)\s+([a-z])\.?", t)
            base = m.group(1) if m else t
            if base in fns and (not m or sur.startswith(m.group(2))):
                out.append(p)
            elif re.fullmatch(r"[a-z]\.?\s?[a-z]\.?(-?[a-z]\.?)?", t) and len(letters) in (2, 3):
                for fn in fns:
                    ini = fn[0] + "".join(w[0] for w in re.split(r"[- ]", sur))
                    if letters == ini:
                        out.append(p)
                        break
    return out


def spaced(u):
    return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


LABEL_RE = re.compile(r"\[\[(\w+):(.*?)\]\]", re.S)


def parse_posts(upn_lookup):
    """Parse src/posts_*.txt -> list of dicts (text, labels with spans, header)."""
    posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        chunks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for ch in chunks[1:]:
            head, _, body = ch.partition("\n")
            cat, photo, acct, tags = [x.strip() for x in head.split("|")]
            body = body.strip("\n")
            for k, v in TOKENS.items():
                body = body.replace(k, v)
            body = re.sub(r"\{UPN:([^}]+)\}", lambda m: upn_lookup[m.group(1)], body)
            body = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(upn_lookup[m.group(1)]), body)
            text, labels, pos = "", [], 0
            for m in LABEL_RE.finditer(body):
                text += body[pos:m.start()]
                code, lt = m.group(1), m.group(2)
                if code not in KIND_CODES:
                    raise SystemExit(f"{f.name}: unknown kind code {code} in {head}")
                labels.append({"kind": KIND_CODES[code], "text": lt, "start": len(text)})
                text += lt
                pos = m.end()
            text += body[pos:]
            posts.append({"src": f.name, "category": cat, "photo": photo == "y",
                          "account": {"o": "official", "p": "personal"}[acct],
                          "tags": [t.strip() for t in tags.split(",") if t.strip()],
                          "text": text, "labels": labels})
    return posts
