"""Build set 119: posts_*.txt markup -> ../posts.jsonl, ../register_*.csv, ../school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
and its body runs to the next header. Labels are inline: [[kind:text]] with kinds
full fn other email phone addr dob upn health circ. {UPN:Forename Surname} inserts the pupil's
UPN, {UPNS:Forename Surname} the same spaced in groups. \\uXXXX escapes are decoded (zero-width,
nbsp, homoglyphs). Lines starting with '%' are comments.
"""
import csv
import io
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
import pupils as reg  # noqa: E402

try:
    from clearpost.register.upn import check_letter
except ImportError:
    sys.exit("run with /work/main/.venv/bin/python, PYTHONPATH unset")

KINDS = {"full": "full_name", "fn": "forename", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth",
        "upn": "text.pupil_record", "health": "text.pupil_record",
        "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
KIND_TAG = {"full_name": "full-name", "forename": "forename", "other_person": "other-person",
            "email": "email", "phone": "phone", "address": "address", "dob": "dob", "upn": "upn",
            "health": "health", "circumstance": "circumstance"}


def upns():
    out = {}
    for i, (fn, pref, sn, year, la, _) in enumerate(reg.PUPILS):
        body = f"{la}{reg.ESTAB}{reg.ALLOC[year]}{101 + i}"
        out[f"{fn} {sn}"] = check_letter(body) + body
    return out


UPNS = upns()


def spaced(u):
    return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def decode(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def verdict(account, labels):
    worst = None
    for l in labels:
        sev = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


def parse_file(path):
    posts, cur = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("%"):
            continue
        if line.startswith("### "):
            if cur:
                posts.append(cur)
            parts = [p.strip() for p in line[4:].split("|")]
            if len(parts) != 4:
                sys.exit(f"{path.name}: bad header {line!r}")
            cur = {"head": parts, "body": [], "where": f"{path.name}"}
        elif cur is not None:
            cur["body"].append(line)
        elif line.strip():
            sys.exit(f"{path.name}: text before first header: {line!r}")
    if cur:
        posts.append(cur)
    return posts


def render(body, pid):
    body = re.sub(r"\{UPN:([^}]+)\}", lambda m: UPNS[m.group(1)], body)
    body = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(UPNS[m.group(1)]), body)
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, flags=re.S):
        text += decode(body[pos:m.start()])
        kind = KINDS.get(m.group(1))
        if not kind:
            sys.exit(f"{pid}: unknown kind {m.group(1)}")
        t = decode(m.group(2))
        labels.append((len(text), kind, t))
        text += t
        pos = m.end()
    text += decode(body[pos:])
    if "[[" in text or "]]" in text or "{UPN" in text:
        sys.exit(f"{pid}: stray markup")
    if "\\n" in text:
        sys.exit(f"{pid}: literal backslash-n")
    return text, labels


def check_labels(pid, text, labels):
    problems = []
    seen = {}
    for start, kind, t in labels:
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        k = seen.get(t, 0)
        if k >= len(occ) or occ[k] != start:
            problems.append(f"{pid}: label {t!r} is not occurrence {k + 1} of its text")
        seen[t] = k + 1
        before = text[start - 1] if start else " "
        after = text[start + len(t)] if start + len(t) < len(text) else " "
        if before.isalnum() or after.isalnum():
            problems.append(f"{pid}: label {t!r} not at word boundary")
    return problems


def main():
    files = sorted(HERE.glob("posts_*.txt"))
    raw = [p for f in files for p in parse_file(f)]
    posts, problems = [], []
    for n, p in enumerate(raw, 1):
        pid = f"z119-{n:03d}"
        cat, photo, acct, tags = p["head"]
        photo = {"y": True, "n": False}[photo]
        account = {"o": "official", "p": "personal"}[acct]
        body = "\n".join(p["body"]).strip("\n")
        text, labs = render(body, pid)
        labs.sort()
        problems += check_labels(pid, text, labs)
        expected = []
        for _, kind, t in labs:
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            else:
                rule = RULE[kind]
            expected.append({"rule": rule, "text": t, "kind": kind})
        tags = [t.strip() for t in tags.split(",") if t.strip()]
        auto = []
        if not expected:
            auto.append("clean")
        if account == "personal":
            auto.append("personal")
        if photo:
            auto.append("photo")
        for l in expected:
            tg = KIND_TAG[l["kind"]]
            if tg not in auto:
                auto.append(tg)
        tags = auto + [t for t in tags if t not in auto]
        posts.append({"id": pid, "category": cat, "account": account, "photo": photo,
                      "text": text, "expected": expected,
                      "verdict": verdict(account, expected), "tags": tags})
    for pr in problems:
        print("PROBLEM:", pr)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")

    # consent_name_with_photo: "yes" only for pupils never named in a photo post (every other one)
    photo_text = "\n".join(p["text"] for p in posts if p["photo"]).casefold()

    def named_in_photo(fn, pref, sn):
        words = [fn, pref] + fn.split()
        return any(w and re.search(r"(?<!\w)" + re.escape(w.casefold()) + r"(?!\w)", photo_text)
                   for w in words)

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    free = 0
    for i, (fn, pref, sn, year, la, sm) in enumerate(reg.PUPILS):
        nwp = "no"
        if not named_in_photo(fn, pref, sn):
            free += 1
            nwp = "yes" if free % 2 else "no"
        web = "no" if sm == "no" or i % 9 == 4 else "yes"
        press = "yes" if i % 3 == 0 and sm == "yes" else "no"
        bio = "no" if i % 5 == 2 else "yes"
        w.writerow([UPNS[f"{fn} {sn}"], fn, sn, pref, year, reg.CLASSES[year], sm, web, press,
                    nwp, bio])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo",
                "biometric_consent"])
    for row in reg.STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(reg.SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    json.dump(UPNS, open(HERE / "upns.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
    print(f"{len(posts)} posts written; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
