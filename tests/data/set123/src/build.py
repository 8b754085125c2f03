"""Build set 123 from src/: posts_*.txt markup -> posts.jsonl, register CSVs, school.json.

Markup: each post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
followed by its text (real line breaks) up to the next header. Labels are inline
[[kind:text]] with kind one of fn full other email phone addr dob upn health circ.
{UPN:Forename Surname} inserts that pupil's UPN, {UPNS:...} the UPN spaced in groups.
\\uXXXX escapes are decoded (zero-width, nbsp, homoglyphs).
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
import pupils as P  # noqa: E402

try:
    from clearpost.register.upn import check_letter
except ImportError:  # pragma: no cover
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


def upns() -> dict:
    out = {}
    for i, (fn, sn, pref, year) in enumerate(P.PUPILS):
        body = "871" + "2417" + P.ADMIT[year] + f"{101 + i:03d}"
        out[f"{fn} {sn}"] = check_letter(body) + body
    return out


UPNS = upns()


def spaced(u: str) -> str:
    return f"{u[:1]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def expand(s: str) -> str:
    s = re.sub(r"\{UPN:([^}]+)\}", lambda m: UPNS[m.group(1)], s)
    s = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(UPNS[m.group(1)]), s)
    s = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)
    return s


def verdict(account: str, labels: list) -> str:
    worst = None
    for lab in labels:
        sev = SEV[account].get(lab["rule"], "block")
        if worst is None or RANK[sev] > RANK[worst]:
            worst = sev
    return "allow" if worst in (None, "info") else worst


def parse_post(raw: str, photo: bool, pid: str, problems: list):
    text, labels, spans = "", [], []
    pos = 0
    for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", raw, flags=re.S):
        text += expand(raw[pos:m.start()])
        kind = KINDS[m.group(1)]
        t = expand(m.group(2))
        spans.append((len(text), len(text) + len(t), t, kind))
        text += t
        pos = m.end()
    text += expand(raw[pos:])
    if "[[" in text or "]]" in text or "{UPN" in text:
        problems.append(f"{pid}: stray markup")
    for a, b, t, kind in spans:
        if kind == "forename":
            rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
        else:
            rule = RULE[kind]
        labels.append({"rule": rule, "text": t, "kind": kind})
        # word boundaries
        if (a > 0 and text[a - 1].isalnum() and t[:1].isalnum()) or (
            b < len(text) and text[b].isalnum() and t[-1:].isalnum()
        ):
            problems.append(f"{pid}: label {t!r} not at word boundary")
        # nth label with this text must be nth occurrence
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        nth = sum(1 for a2, _, t2, _ in spans if t2 == t and a2 < a)
        if nth >= len(occ) or occ[nth] != a:
            problems.append(f"{pid}: label {t!r} is not occurrence #{nth + 1} of its text")
    return text, labels


def read_posts(problems: list) -> list:
    posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        chunks = re.split(r"^### ", f.read_text(encoding="utf-8"), flags=re.M)
        for chunk in chunks[1:]:
            head, _, body = chunk.partition("\n")
            cat, photo, acct, tags = [x.strip() for x in head.split("|")]
            pid = f"z123-{len(posts) + 1:03d}"
            photo_b = photo == "y"
            account = {"o": "official", "p": "personal"}[acct]
            text, labels = parse_post(body.strip("\n").rstrip(), photo_b, pid, problems)
            tags = [t.strip() for t in tags.split(",") if t.strip()]
            if not labels and "clean" not in tags:
                tags.insert(0, "clean")
            if labels and "clean" in tags:
                problems.append(f"{pid}: tagged clean but has labels")
            if account == "personal" and "personal" not in tags:
                tags.append("personal")
            if photo_b and "photo" not in tags:
                tags.append("photo")
            posts.append({
                "id": pid, "category": cat, "account": account, "photo": photo_b, "text": text,
                "expected": labels, "verdict": verdict(account, labels), "tags": tags,
            })
    return posts


def fold(s: str) -> str:
    import unicodedata
    s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def write_registers(posts: list) -> None:
    photo_text = " ".join(fold(p["text"]).lower() for p in posts if p["photo"])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for i, (fn, sn, pref, year) in enumerate(P.PUPILS):
        full = f"{fn} {sn}"
        yn = lambda b: "yes" if b else "no"
        named_in_photo = any(
            re.search(r"\b" + re.escape(fold(x).lower()) + r"\b", photo_text)
            for x in (fn, pref) if x
        )
        w.writerow([UPNS[full], fn, sn, pref, year, P.CLASSES[year],
                    yn(full not in P.NO_SOCIAL), yn(full not in P.NO_WEBSITE),
                    yn(i % 3 != 1), yn(not named_in_photo and i % 2 == 0),
                    yn(full not in P.NO_BIOMETRIC)])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo",
                "biometric_consent"])
    for row in P.STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(P.SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")


def main() -> int:
    problems = []
    posts = read_posts(problems)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            line = json.dumps(p, ensure_ascii=False)
            line = re.sub("[\u200b-\u200f\u2060\ufeff\u00a0\u0400-\u04ff]",
                          lambda m: "\\u%04x" % ord(m.group()), line)
            fh.write(line + "\n")
    write_registers(posts)
    (HERE / "upns.json").write_text(json.dumps(UPNS, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    for pr in problems:
        print("PROBLEM:", pr)
    print(f"{len(posts)} posts written; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
