"""Build set 134: src/posts_*.txt markup -> posts.jsonl, register CSVs, school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
and its body runs to the next header. Labels are written inline as [[kind:text]] with kinds
full fn other email phone addr dob upn health circ. {UPN:Forename Surname} / {UPNS:...}
insert a register pupil's UPN (plain / spaced in 4-4-4+1 groups) as a upn label. \\uXXXX
escapes give zero-width characters, nbsp and homoglyphs.
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
from pupils import NAME_WITH_PHOTO_YES, P, SCHOOL, STAFF, YEAR_CLASS  # noqa: E402

try:
    from clearpost.register.upn import check_letter
except ImportError:  # pragma: no cover
    sys.exit("run with /work/main/.venv/bin/python, PYTHONPATH unset")

KINDS = {
    "full": ("full_name", "text.pupil_full_name"),
    "fn": ("forename", None),
    "other": ("other_person", "text.other_person"),
    "email": ("email", "text.contact_details"),
    "phone": ("phone", "text.contact_details"),
    "addr": ("address", "text.contact_details"),
    "dob": ("dob", "text.date_of_birth"),
    "upn": ("upn", "text.pupil_record"),
    "health": ("health", "text.pupil_record"),
    "circ": ("circumstance", "text.pupil_record"),
}
SEV = {
    "official": {"text.pupil_forename": "info", "text.other_person": "warn"},
    "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"},
}
RANK = {"info": 0, "warn": 1, "block": 2}


def pupils():
    rows = []
    for i, (fn, sn, pref, yr, prefix, sm, web, press, bio) in enumerate(P):
        body = prefix + f"{101 + i:03d}"
        assert len(body) == 12, body
        rows.append(
            dict(upn=check_letter(body) + body, forename=fn, surname=sn, preferred_forename=pref,
                 year_group=yr, **{"class": YEAR_CLASS[yr]},
                 consent_social_media=sm, consent_website=web, consent_press=press, bio=bio)
        )
    return rows


PUPILS = pupils()
BY_NAME = {f"{r['forename']} {r['surname']}": r for r in PUPILS}


def upn_of(name, spaced):
    u = BY_NAME[name]["upn"]
    return f"{u[:4]} {u[4:8]} {u[8:12]} {u[12:]}" if spaced else u


def unescape(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def parse_file(path):
    posts, cur = [], None
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("### "):
            if cur:
                posts.append(cur)
            cat, photo, acct, tags = [x.strip() for x in line[4:].split("|")]
            cur = dict(category=cat, photo=photo == "y", account={"o": "official", "p": "personal"}[acct],
                       tags=[t.strip() for t in tags.split(",") if t.strip()], body=[])
        elif cur is not None:
            cur["body"].append(line)
    if cur:
        posts.append(cur)
    return posts


LABEL = re.compile(r"\[\[(\w+):(.+?)\]\]|\{(UPNS?):([^}]+)\}", re.S)


def render(post, errors, pid):
    raw = unescape("\n".join(post["body"]).strip("\n"))
    text, spans, pos = "", [], 0
    for m in LABEL.finditer(raw):
        text += raw[pos:m.start()]
        if m.group(1):
            kind, t = m.group(1), m.group(2)
        else:
            kind, t = "upn", upn_of(m.group(4).strip(), m.group(3) == "UPNS")
        if kind not in KINDS:
            errors.append(f"{pid}: unknown kind {kind}")
        spans.append((len(text), kind, t))
        text += t
        pos = m.end()
    text += raw[pos:]
    if "\\n" in text or "[[" in text or "]]" in text:
        errors.append(f"{pid}: stray markup or literal \\n")
    labels = []
    for start, kind, t in spans:
        k, rule = KINDS[kind]
        if kind == "fn":
            rule = "text.pupil_name_with_photo" if post["photo"] else "text.pupil_forename"
        labels.append(dict(rule=rule, text=t, kind=k, _start=start))
        before = text[start - 1] if start else " "
        after = text[start + len(t)] if start + len(t) < len(text) else " "
        if before.isalnum() or after.isalnum():
            errors.append(f"{pid}: label {t!r} not at word boundaries")
    # nth label of a text must be the nth occurrence
    by_text = {}
    for lab in labels:
        by_text.setdefault(lab["text"], []).append(lab["_start"])
    for t, starts in by_text.items():
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        if sorted(starts) != occ[: len(starts)]:
            errors.append(f"{pid}: label {t!r} is not the first {len(starts)} occurrence(s) of its text")
    labels.sort(key=lambda l: l["_start"])
    return text, labels


def verdict(account, labels):
    worst = None
    for lab in labels:
        s = SEV[account].get(lab["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def main():
    errors, posts = [], []
    files = sorted(HERE.glob("posts_*.txt"))
    raw_posts = [p for f in files for p in parse_file(f)]
    for n, post in enumerate(raw_posts, 1):
        pid = f"z134-{n:03d}"
        text, labels = render(post, errors, pid)
        tags = [t for t in post["tags"] if t not in ("clean", "personal", "photo")]
        if not labels:
            tags.insert(0, "clean")
        if post["account"] == "personal":
            tags.append("personal")
        if post["photo"]:
            tags.append("photo")
        posts.append(dict(id=pid, category=post["category"], account=post["account"], photo=post["photo"],
                          text=text, expected=[{k: v for k, v in l.items() if k != "_start"} for l in labels],
                          verdict=verdict(post["account"], labels), tags=tags))
    # record phrases used once only
    seen = {}
    for p in posts:
        for l in p["expected"]:
            if l["kind"] in ("health", "circumstance"):
                key = l["text"].casefold()
                if key in seen:
                    errors.append(f"{p['id']}: record phrase {l['text']!r} already used in {seen[key]}")
                seen[key] = p["id"]
    # name_with_photo consent only for pupils never named in a photo post
    named_in_photo = set()
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] in ("full_name", "forename"):
                for name, r in BY_NAME.items():
                    firsts = {r["forename"], r["forename"].split()[0], r["preferred_forename"]} - {""}
                    if any(fold(f) in fold(l["text"]) for f in firsts):
                        named_in_photo.add(name)
    for name in NAME_WITH_PHOTO_YES:
        if name in named_in_photo:
            errors.append(f"{name} has name_with_photo yes but is named in a photo post")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=True) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press", "consent_name_with_photo",
                "biometric_consent"])
    yn = {"y": "yes", "n": "no"}
    for r in PUPILS:
        name = f"{r['forename']} {r['surname']}"
        w.writerow([r["upn"], r["forename"], r["surname"], r["preferred_forename"], r["year_group"], r["class"],
                    yn[r["consent_social_media"]], yn[r["consent_website"]], yn[r["consent_press"]],
                    "yes" if name in NAME_WITH_PHOTO_YES else "no", yn[r["bio"]]])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(posts)} posts")


if __name__ == "__main__":
    main()
