"""Build set 111: markup posts_*.txt -> ../posts.jsonl, register CSVs and school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
and its text runs to the next header. Labels are [[kind:text]] with kinds
fn full other email phone addr dob upn health circ. {UPN:Forename Surname},
{UPNS:...} (spaced) and {UPND:...} (dashed) insert a register pupil's UPN.
\\uXXXX writes zero-width spaces, non-breaking spaces and homoglyphs.
Run with the project's venv (PYTHONPATH unset): it imports clearpost.register.upn.
"""
import csv
import io
import json
import re
import sys
from pathlib import Path

from clearpost.register import upn as upn_rules

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from pupils import EST, NO_BIOMETRIC, NO_PRESS, NO_SOCIAL, NO_WEBSITE, PUPILS, SCHOOL, STAFF  # noqa: E402

KINDS = {
    "fn": ("forename", None), "full": ("full_name", "text.pupil_full_name"),
    "other": ("other_person", "text.other_person"), "email": ("email", "text.contact_details"),
    "phone": ("phone", "text.contact_details"), "addr": ("address", "text.contact_details"),
    "dob": ("dob", "text.date_of_birth"), "upn": ("upn", "text.pupil_record"),
    "health": ("health", "text.pupil_record"), "circ": ("circumstance", "text.pupil_record"),
}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def upns():
    out = {}
    for i, (fn, sn, _pref, _y, _c, la, yy) in enumerate(PUPILS):
        body = f"{la}{EST}{yy}{101 + i:03d}"
        out[f"{fn} {sn}"] = upn_rules.check_letter(body) + body
    return out


UPNS = upns()


def subst_upn(text):
    def rep(m):
        u = UPNS[m.group(2)]
        if m.group(1) == "UPNS":
            return f"{u[:4]} {u[4:8]} {u[8:10]} {u[10:]}"
        if m.group(1) == "UPND":
            return f"{u[:4]}-{u[4:8]}-{u[8:]}"
        return u
    return re.sub(r"\{(UPN|UPNS|UPND):([^}]+)\}", rep, text)


def verdict(account, labels):
    worst = None
    for lab in labels:
        s = SEV[account].get(lab["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def parse(path, problems):
    posts = []
    blocks = re.split(r"^### ", path.read_text(encoding="utf-8"), flags=re.M)
    for block in blocks[1:]:
        head, _, body = block.partition("\n")
        cat, photo, acct, tags = [x.strip() for x in head.split("|")]
        body = body.strip("\n").rstrip()
        body = subst_upn(body)
        body = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), body)
        text, labels, pos = "", [], 0
        for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", body, flags=re.S):
            text += body[pos:m.start()]
            kind, lt = m.group(1), m.group(2)
            labels.append((kind, lt, len(text)))
            text += lt
            pos = m.end()
        text += body[pos:]
        if "[[" in text or "]]" in text or "\\n" in text:
            problems.append(f"{path.name}: stray markup or backslash-n in {text[:60]!r}")
        posts.append(dict(cat=cat, photo=photo == "y", acct={"o": "official", "p": "personal"}[acct],
                          tags=[t.strip() for t in tags.split(",") if t.strip()], text=text,
                          labels=labels))
    return posts


def main():
    problems = []
    raw = []
    for f in sorted(HERE.glob("posts_*.txt")):
        raw += parse(f, problems)
    out = []
    for n, p in enumerate(raw, 1):
        pid = f"z111-{n:03d}"
        expected, seen = [], {}
        for kind, lt, start in p["labels"]:
            k, rule = KINDS[kind]
            if kind == "fn":
                rule = "text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename"
            seen[lt] = seen.get(lt, 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(lt), p["text"])]
            if len(occ) < seen[lt] or occ[seen[lt] - 1] != start:
                problems.append(f"{pid}: label {lt!r} is not the nth occurrence of its text")
            before = p["text"][start - 1] if start else " "
            after = p["text"][start + len(lt)] if start + len(lt) < len(p["text"]) else " "
            if before.isalnum() or after.isalnum():
                problems.append(f"{pid}: label {lt!r} not at word boundaries")
            expected.append({"rule": rule, "text": lt, "kind": k})
        auto = {"forename": "forename", "full_name": "full-name", "other_person": "other-person",
                "email": "email", "phone": "phone", "address": "address", "dob": "dob",
                "upn": "upn", "health": "health", "circumstance": "circumstance"}
        present = {auto[e["kind"]] for e in expected}
        tags = [t for t in p["tags"] if t not in ("clean", "personal") and
                (t not in auto.values() or t in present)]
        tags += sorted(present - set(tags))
        if not expected:
            tags.insert(0, "clean")
        if p["acct"] == "personal":
            tags.append("personal")
        if p["photo"] and "photo" not in tags:
            tags.append("photo")
        out.append({"id": pid, "category": p["cat"], "account": p["acct"], "photo": p["photo"],
                    "text": p["text"], "expected": expected,
                    "verdict": verdict(p["acct"], expected), "tags": tags})
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for post in out:
            fh.write(json.dumps(post, ensure_ascii=False) + "\n")

    # who is named in a photo post -> consent_name_with_photo must be no
    named_in_photo = set()
    for post in out:
        if post["photo"]:
            for lab in post["expected"]:
                if lab["kind"] in ("full_name", "forename"):
                    named_in_photo.add(lab["text"])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    yn = lambda b: "yes" if b else "no"
    import unicodedata
    fold = lambda x: "".join(c for c in unicodedata.normalize("NFKD", x)
                             if not unicodedata.combining(c)).casefold()
    photo_text = fold(" ".join(named_in_photo))
    for i, (fn, sn, pref, year, cls, _la, _yy) in enumerate(PUPILS):
        full = f"{fn} {sn}"
        names = {fn, pref} - {""}
        inits = {f"{n[0]}.{sn.split()[-1][0]}.".casefold() for n in names}
        in_photo = any(fold(nm) in photo_text for nm in names) or any(
            lab.casefold() in inits for lab in named_in_photo)
        nwp = (not in_photo) and i % 3 == 0
        w.writerow([UPNS[full], fn, sn, pref, year, cls, yn(full not in NO_SOCIAL),
                    yn(full not in NO_WEBSITE), yn(full not in NO_PRESS), yn(nwp),
                    yn(full not in NO_BIOMETRIC)])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for row in STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(UPNS, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
    for pr in problems:
        print("PROBLEM:", pr)
    print(f"built {len(out)} posts; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
