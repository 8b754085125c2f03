"""Build set 107: src/posts_*.txt (markup) + pupils.py -> ../posts.jsonl, CSVs, school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
followed by its text (up to the next header; trailing blank lines dropped; lines starting
with '#' followed by a letter are hashtags, kept). Labels inline: [[kind:text]] with kinds
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} inserts a pupil's
UPN, {UPNS:Forename Surname} the same spaced. \\uXXXX escapes are decoded.
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
from pupils import CLASSES, PUPILS, SCHOOL, STAFF  # noqa: E402

try:
    from clearpost.register.upn import check_letter
except ImportError:
    sys.exit("run with /work/main/.venv/bin/python, PYTHONPATH unset")

KINDS = {
    "fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
    "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
    "circ": "circumstance",
}
RULE = {
    "full_name": "text.pupil_full_name", "other_person": "text.other_person",
    "email": "text.contact_details", "phone": "text.contact_details",
    "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
    "health": "text.pupil_record", "circumstance": "text.pupil_record",
}
SEV = {
    "official": {"text.pupil_forename": "info", "text.other_person": "warn"},
    "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"},
}
RANK = {"info": 0, "warn": 1, "block": 2}
ENTRY = {"R": "26", "1": "25", "2": "24", "3": "23", "4": "22", "5": "21", "6": "20"}
# never named in any photo post (check.py verifies)
NAME_WITH_PHOTO_YES = {"Dolma Tamang", "Bishal Thapa", "Maryam Sadiq", "Melroy Dias",
                       "Nived Menon", "Sujan Rai"}
NO_PRESS = {"Dolma Tamang", "Bishal Thapa", "Blessy Kurian", "Pemba Sherpa", "Sunny Kurian",
            "Keiran D'Souza", "Ayaan Raza", "Haniya Raza", "Lena Zielińska", "Tyler Hibberd",
            "Maryam Sadiq", "Kayden Legg", "Hope Legg", "Muhammad Iqbal", "Musa Iqbal",
            "Inaaya Mahmood", "Hamza Mahmood", "Zara Hussain", "Eesa Hussain", "Diya Pillai"}
NO_WEB = {"Dolma Tamang", "Bishal Thapa", "Blessy Kurian", "Kayden Legg", "Hope Legg"}
NO_BIO = {"Dolma Tamang", "Blessy Kurian", "Pemba Sherpa", "Zara Hussain", "Eesa Hussain",
          "Antoni Kamiński", "Oliwia Kowalska", "Jakub Kowalski", "Savio Fernandes",
          "Trisha Fernandes", "Glenn Mascarenhas", "Tyler Hibberd"}


def upns():
    out = {}
    for i, (f, s, _p, y, _c) in enumerate(PUPILS):
        body = "8662417" + ENTRY[y] + f"{101 + i:03d}"
        out[f"{f} {s}"] = check_letter(body) + body
    return out


UPNS = upns()


def spaced(u):
    return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def decode(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def parse_file(path):
    posts, cur = [], None
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("### "):
            if cur:
                posts.append(cur)
            parts = [p.strip() for p in line[4:].split("|")]
            cur = {"head": parts, "lines": [], "src": f"{path.name}"}
        elif cur is not None:
            cur["lines"].append(line)
    if cur:
        posts.append(cur)
    return posts


def render(raw, pid, errors):
    raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: UPNS[m.group(1)], raw)
    raw = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(UPNS[m.group(1)]), raw)
    raw = decode(raw)
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, flags=re.S):
        text += raw[pos:m.start()]
        kind = KINDS.get(m.group(1))
        if not kind:
            errors.append(f"{pid}: unknown kind {m.group(1)}")
        labels.append((len(text), m.group(2), kind))
        text += m.group(2)
        pos = m.end()
    text += raw[pos:]
    if "[[" in text or "]]" in text or "{UPN" in text:
        errors.append(f"{pid}: leftover markup")
    if "\\" in text:
        errors.append(f"{pid}: backslash in text")
    # nth label with text t must be the nth occurrence of t
    seen = {}
    for start, t, kind in labels:
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        n = seen.get(t, 0)
        if n >= len(occ) or occ[n] != start:
            errors.append(f"{pid}: label {t!r} is not occurrence #{n + 1} of its text")
        seen[t] = n + 1
        before = text[start - 1] if start else " "
        after = text[start + len(t)] if start + len(t) < len(text) else " "
        if (before.isalnum() and t[0].isalnum()) or (after.isalnum() and t[-1].isalnum()):
            errors.append(f"{pid}: label {t!r} not at a word boundary")
    return text, labels


def verdict(account, labels):
    worst = None
    for l in labels:
        sev = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


def build():
    errors, out = [], []
    files = sorted(HERE.glob("posts_*.txt"))
    raw_posts = [p for f in files for p in parse_file(f)]
    for i, p in enumerate(raw_posts, 1):
        pid = f"z107-{i:03d}"
        cat, photo, acct = p["head"][0], p["head"][1], p["head"][2]
        tags = [t.strip() for t in p["head"][3].split(",")] if len(p["head"]) > 3 and p["head"][3] else []
        lines = p["lines"]
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        raw = "\n".join(lines)
        text, labs = render(raw, pid, errors)
        photo_b = {"y": True, "n": False}[photo]
        account = {"o": "official", "p": "personal"}[acct]
        expected = []
        for _s, t, kind in labs:
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo_b else "text.pupil_forename"
            else:
                rule = RULE.get(kind, "?")
            expected.append({"rule": rule, "text": t, "kind": kind})
        kinds = {l["kind"] for l in expected}
        auto = []
        if not expected:
            auto.append("clean")
        if account == "personal":
            auto.append("personal")
        if photo_b:
            auto.append("photo")
        for k in sorted(kinds):
            auto.append(k.replace("_", "-"))
        tags = list(dict.fromkeys(auto + [t for t in tags if t]))
        out.append({
            "id": pid, "category": cat, "account": account, "photo": photo_b, "text": text,
            "expected": expected, "verdict": verdict(account, expected), "tags": tags,
        })
    return out, errors


def write_csvs():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for f, s, pref, y, sm in PUPILS:
        key = f"{f} {s}"
        w.writerow([UPNS[key], f, s, pref, "Reception" if y == "R" else f"Year {y}", CLASSES[y], sm,
                    "no" if key in NO_WEB else "yes", "no" if key in NO_PRESS else "yes",
                    "yes" if key in NAME_WITH_PHOTO_YES else "no",
                    "no" if key in NO_BIO else "yes"])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for row in STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    posts, errors = build()
    write_csvs()
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=True) + "\n")
    (HERE / "upns.json").write_text(json.dumps(UPNS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {sum(len(p['expected']) for p in posts)} labels, {len(errors)} error(s)")
    sys.exit(1 if errors else 0)
