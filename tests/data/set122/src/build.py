"""Build set 122 from src/: posts_*.txt (markup) + pupils.py -> posts.jsonl, CSVs, school.json.

Markup: a post starts with a header line
    ### category | y/n (photo) | o/p (official/personal) | tag, tag
and runs to the next header. Labels inline as [[kind:text]], kinds
    fn full other email phone addr dob upn health circ
In an upn label, `@Forename Surname` is the pupil's UPN, `@@Forename Surname` the UPN spaced
in groups, `@l:Forename Surname` lower-cased. `\\uXXXX` is a character escape (zero-width,
nbsp, homoglyphs). Lines starting with `%` are comments.
Run: env -u PYTHONPATH /work/main/.venv/bin/python src/build.py
"""
import csv
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from pupils import CLASSES, PUPILS, SCHOOL, STAFF  # noqa: E402
from clearpost.register import upn as upn_rules  # noqa: E402

NN = 122
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
ENTRY = {"P1": "23", "P2": "22", "P3": "21", "P4": "20", "P5": "19", "P6": "18", "P7": "17"}
TAG_OF_KIND = {"full_name": "full-name", "forename": "forename", "other_person": "other-person",
               "email": "email", "phone": "phone", "address": "address", "dob": "dob",
               "upn": "upn", "health": "health", "circumstance": "circumstance"}


def upns():
    out = {}
    for i, p in enumerate(PUPILS):
        body = "907" + "4122" + ENTRY[p[3]] + str(101 + i)
        out[f"{p[0]} {p[1]}"] = upn_rules.check_letter(body) + body
    return out


UPN = upns()


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def upn_text(spec):
    if spec.startswith("@@"):
        u = UPN[spec[2:]]
        return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"
    if spec.startswith("@l:"):
        return UPN[spec[3:]].lower()
    if spec.startswith("@"):
        return UPN[spec[1:]]
    return spec


def unescape(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


HEAD = re.compile(r"^### (.+?) \| ([yn]) \| ([op]) \|(.*)$")
MARK = re.compile(r"\[\[(\w+):(.+?)\]\]", re.S)


def parse_posts():
    raw = []
    for f in sorted(HERE.glob("posts_*.txt")):
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("%"):
                continue
            m = HEAD.match(line)
            if m:
                cur = {"head": m.groups(), "lines": [], "file": f.name}
                raw.append(cur)
            elif cur is not None:
                cur["lines"].append(line)
            elif line.strip():
                sys.exit(f"{f.name}: text before first header: {line!r}")
    return raw


def build_post(n, r, errors):
    cat, photo, acct, tags = r["head"]
    photo = photo == "y"
    account = "official" if acct == "o" else "personal"
    src = "\n".join(r["lines"]).strip("\n")
    pid = f"z{NN}-{n:03d}"
    text, labels, pos = "", [], 0
    for m in MARK.finditer(src):
        text += unescape(src[pos:m.start()])
        k, t = m.group(1), m.group(2)
        if k not in KIND:
            errors.append(f"{pid}: unknown kind {k}")
            continue
        kind = KIND[k]
        t = unescape(upn_text(t) if kind == "upn" else t)
        labels.append((len(text), kind, t))
        text += t
        pos = m.end()
    text += unescape(src[pos:])
    if "[[" in text or "]]" in text:
        errors.append(f"{pid}: unclosed markup")
    if "\\n" in text:
        errors.append(f"{pid}: literal backslash-n")
    expected = []
    seen = {}
    for start, kind, t in labels:
        occ = [mm.start() for mm in re.finditer(re.escape(t), text)]
        i = seen.get(t, 0)
        seen[t] = i + 1
        if i >= len(occ) or occ[i] != start:
            errors.append(f"{pid}: label {t!r} is not occurrence {i + 1} of its text")
        before = text[start - 1] if start else " "
        after = text[start + len(t)] if start + len(t) < len(text) else " "
        if (before.isalnum() and t[0].isalnum()) or (after.isalnum() and t[-1].isalnum()):
            errors.append(f"{pid}: label {t!r} not at word boundary")
        if kind == "forename":
            rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
        else:
            rule = RULE[kind]
        expected.append({"rule": rule, "text": t, "kind": kind})
    worst = None
    for e in expected:
        s = SEV[account].get(e["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    verdict = "allow" if worst in (None, "info") else worst
    tl = [t.strip() for t in tags.split(",") if t.strip()]
    auto = []
    if not expected:
        auto.append("clean")
    if account == "personal":
        auto.append("personal")
    if photo:
        auto.append("photo")
    for e in expected:
        tg = TAG_OF_KIND[e["kind"]]
        if tg not in auto:
            auto.append(tg)
    alltags = []
    kind_tags = set(TAG_OF_KIND.values()) | {"clean", "personal", "photo"}
    tl = [t for t in tl if t not in kind_tags or t in auto]
    for t in auto + tl:
        if t not in alltags:
            alltags.append(t)
    return {"id": pid, "category": cat.strip(), "account": account, "photo": photo,
            "text": text, "expected": expected, "verdict": verdict, "tags": alltags}


INVISIBLE = re.compile("[\u00a0\u200b-\u200f\u2060\ufeff\u0400-\u04ff]")


def dump(post):
    s = json.dumps(post, ensure_ascii=False)
    return INVISIBLE.sub(lambda m: "\\u%04x" % ord(m.group()), s)


def main():
    errors = []
    raw = parse_posts()
    posts = [build_post(i + 1, r, errors) for i, r in enumerate(raw)]
    if len(posts) != 220:
        errors.append(f"{len(posts)} posts, want 220")
    # pupils named in photo posts never get consent_name_with_photo = yes
    named_in_photo = set()
    for p in posts:
        if not p["photo"]:
            continue
        for e in p["expected"]:
            if e["kind"] in ("full_name", "forename"):
                lt = fold(e["text"]).casefold()
                for pu in PUPILS:
                    for nm in (pu[0], pu[2]):
                        if nm and re.search(r"(?<![a-z])" + re.escape(fold(nm).casefold()), lt):
                            named_in_photo.add((pu[0], pu[1]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    nwp = 0
    for i, (fn, sn, pref, yr, med, sm, press, bio) in enumerate(PUPILS):
        web = "no" if (sm == "no" or i in (7, 33, 50)) else "yes"
        photo_ok = "no"
        if (fn, sn) not in named_in_photo and i % 3 != 0 and sm == "yes":
            photo_ok = "yes"
            nwp += 1
        w.writerow([UPN[f"{fn} {sn}"], fn, sn, pref, yr, CLASSES[(med, yr)], sm, web, press,
                    photo_ok, bio])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for s in STAFF:
        w.writerow(s)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
    (OUT / "posts.jsonl").write_text("".join(dump(p) + "\n" for p in posts), encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(UPN, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts; {nwp} pupils with consent_name_with_photo=yes; "
          f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
