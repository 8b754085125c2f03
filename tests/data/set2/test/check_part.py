"""Checks for the TEST part of set 2 (this folder only).

Run with the project's virtualenv and PYTHONPATH unset:

    env -u PYTHONPATH /work/main/.venv/bin/python tests/data/set2/test/check_part.py

Errors make the exit status 1; notes (things worth a human look, e.g. a label text that
also occurs unlabelled in the same post) are printed but do not fail the check.
"""

import csv
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from clearpost.register import upn as upn_rules
from clearpost.register.mis_import import parse_pupils, parse_staff

HERE = Path(__file__).resolve().parent

KIND_RULES = {
    "full_name": {"text.pupil_full_name"},
    "forename": {"text.pupil_forename", "text.pupil_name_with_photo"},
    "other_person": {"text.other_person"},
    "email": {"text.contact_details"},
    "phone": {"text.contact_details"},
    "address": {"text.contact_details"},
    "dob": {"text.date_of_birth"},
    "upn": {"text.pupil_record"},
    "health": {"text.pupil_record"},
    "circumstance": {"text.pupil_record"},
}
RULES = set().union(*KIND_RULES.values())
MIN_PER_KIND = {k: 12 for k in KIND_RULES}
MIN_PER_KIND["full_name"] = 40
MIN_PER_KIND["forename"] = 40
MIN_POSTS, MIN_CLEAN = 165, 48
PLATFORMS = {"x", "facebook", "instagram", "website"}
SEV = {"info": 0, "warn": 1, "block": 2}

# Cyrillic/Greek look-alikes -> Latin, for matching names written with homoglyphs.
HOMOGLYPHS = str.maketrans(
    {
        "\u0430": "a",
        "\u0435": "e",
        "\u043e": "o",
        "\u0440": "p",
        "\u0441": "c",
        "\u0445": "x",
        "\u0443": "y",
        "\u0456": "i",
        "\u0455": "s",
        "\u0410": "A",
        "\u0412": "B",
        "\u0415": "E",
        "\u041a": "K",
        "\u041c": "M",
        "\u041d": "H",
        "\u041e": "O",
        "\u0420": "P",
        "\u0421": "C",
        "\u0422": "T",
        "\u0425": "X",
        "\u0406": "I",
        "\u0405": "S",
        "\u0408": "J",
    }
)
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")

errors: list[str] = []
notes: list[str] = []


def err(where: str, msg: str) -> None:
    errors.append(f"{where}: {msg}")


def note(where: str, msg: str) -> None:
    notes.append(f"{where}: {msg}")


def fold(s: str) -> str:
    """Lower case, accents dropped, invisible characters removed, homoglyphs mapped."""
    s = INVISIBLE.sub("", s).translate(HOMOGLYPHS)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u0142", "l").replace("\u0141", "L")
    return s.casefold()


def letters(s: str) -> str:
    return re.sub(r"[^a-z]", "", fold(s))


def severity(rule: str, account: str) -> str:
    if rule == "text.pupil_forename":
        return "info" if account == "official" else "warn"
    if rule == "text.other_person":
        return "warn"
    return "block"


def expected_verdict(rules: list[str], account: str) -> str:
    if not rules:
        return "allow"
    top = max((severity(r, account) for r in rules), key=SEV.get)
    return "allow" if top == "info" else top


# ---------------------------------------------------------------- register
def check_register():
    pupils_bytes = (HERE / "register_pupils.csv").read_bytes()
    staff_bytes = (HERE / "register_staff.csv").read_bytes()
    parsed = parse_pupils(pupils_bytes)
    for prob in parsed.problems:
        err("register_pupils.csv", str(prob))
    for n in parsed.notes:
        note("register_pupils.csv", n)
    staff = parse_staff(staff_bytes)
    for prob in staff.problems:
        err("register_staff.csv", str(prob))
    for n in staff.notes:
        note("register_staff.csv", n)
    if not 55 <= len(parsed.rows) <= 66:
        err("register_pupils.csv", f"{len(parsed.rows)} pupils (want about 60)")
    if not 10 <= len(staff.rows) <= 14:
        err("register_staff.csv", f"{len(staff.rows)} staff (want 10-14)")
    for row in parsed.rows:
        if upn_rules.problem(row.upn):
            err("register_pupils.csv", f"line {row.line}: {upn_rules.problem(row.upn)}")
    years = Counter(r.year_group for r in parsed.rows)
    for y in ["Reception"] + [f"Year {i}" for i in range(1, 7)]:
        if not years.get(y):
            err("register_pupils.csv", f"no pupils in {y}")
    rows = list(csv.DictReader(pupils_bytes.decode("utf-8").splitlines()))
    staff_rows = list(csv.DictReader(staff_bytes.decode("utf-8").splitlines()))
    return rows, staff_rows


# ---------------------------------------------------------------- posts
def pupil_name_forms(p):
    fores = {p["forename"]} | ({p["preferred_forename"]} if p.get("preferred_forename") else set())
    return fores, p["surname"]


def matches_full_name(text: str, pupils) -> bool:
    t = letters(text)
    for p in pupils:
        fores, sur = pupil_name_forms(p)
        for f in fores:
            if letters(f) + letters(sur) in t or letters(sur) + letters(f) in t:
                return True
    return False


def matches_forename(text: str, pupils) -> bool:
    t = fold(text).strip()
    t_letters = letters(text)
    for p in pupils:
        fores, sur = pupil_name_forms(p)
        for f in fores:
            ff = fold(f)
            # forename alone, or forename + surname initial(s) ("Leo F", "KAI T-R", "Amelia K.")
            if t == ff:
                return True
            if t.startswith(ff + " "):
                rest = re.sub(r"[^a-z]", "", t[len(ff) :])
                initials = "".join(w[0] for w in re.split(r"[-\s']+", fold(sur)) if w)
                if rest and (rest == initials or rest == initials[:1] or rest == letters(sur)[:1]):
                    return True
            # initials: "O.B.", "ob", "h.w."
            fi = letters(f)[:1] + letters(sur)[:1]
            if t_letters == fi and len(t_letters) == 2 and len(text.replace(".", "").strip()) == 2:
                return True
    return False


def check_posts(pupils, staff, school):
    path = HERE / "posts.jsonl"
    records = []
    ids = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"posts.jsonl:{n}", "blank line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as exc:
            err(f"posts.jsonl:{n}", f"bad JSON: {exc}")
            continue
        records.append(r)
        where = r.get("id", f"line {n}")
        for k in ("id", "category", "account", "photo", "text", "expected", "verdict", "tags"):
            if k not in r:
                err(where, f"missing field {k}")
        if r["id"] in ids:
            err(where, "duplicate id")
        ids.add(r["id"])
        if r["account"] not in ("official", "personal"):
            err(where, f"bad account {r['account']!r}")
        if not isinstance(r["photo"], bool):
            err(where, "photo must be true/false")
        text = r["text"]
        per_text = Counter()
        for lab in r["expected"]:
            if set(lab) != {"rule", "text", "kind"}:
                err(where, f"label keys {sorted(lab)}")
                continue
            kind, rule, lt = lab["kind"], lab["rule"], lab["text"]
            if kind not in KIND_RULES:
                err(where, f"unknown kind {kind!r}")
                continue
            if rule not in RULES or rule not in KIND_RULES[kind]:
                err(where, f"rule {rule!r} does not fit kind {kind!r}")
            if kind == "forename":
                want = "text.pupil_name_with_photo" if r["photo"] else "text.pupil_forename"
                if rule != want:
                    err(where, f"forename label {lt!r} should be {want}")
            if not lt or lt != lt.strip():
                err(where, f"label text {lt!r} is empty or has outer spaces")
            per_text[lt] += 1
            # kind-specific sanity checks
            if kind == "full_name" and not matches_full_name(lt, pupils):
                err(where, f"full_name {lt!r} is no register pupil's forename + surname")
            if kind == "forename" and not matches_forename(lt, pupils):
                err(where, f"forename {lt!r} is no register pupil's forename / initials")
            if kind == "other_person":
                if matches_full_name(lt, pupils):
                    err(where, f"other_person {lt!r} is a register pupil")
                if matches_full_name(lt, staff):
                    err(where, f"other_person {lt!r} is a member of staff")
                if len(
                    re.findall(r"[A-Za-z\u00c0-\u024f]+", lt.lstrip("#"))
                ) < 2 and not lt.startswith("#"):
                    err(where, f"other_person {lt!r} is not a full name")
            if kind == "upn":
                norm = re.sub(r"[\s\-]", "", lt).upper()
                prob = upn_rules.problem(norm)
                if prob:
                    err(where, f"UPN {lt!r}: {prob}")
                elif norm not in {p["upn"] for p in pupils}:
                    note(where, f"UPN {lt!r} is valid but not in the register")
            if kind == "phone":
                digits = phone_digits(lt)
                if not digits:
                    err(where, f"phone {lt!r} has no readable number")
                elif not in_drama_range(digits):
                    err(where, f"phone {lt!r} ({digits}) is not in an Ofcom drama range")
            if kind == "email":
                if "kingfisherfields" in fold(lt) and fold(lt).startswith("office"):
                    err(where, "the school's own e-mail is labelled")
            if kind in ("email", "phone", "address") and is_school_detail(lt, school):
                err(where, f"{lt!r} is the school's own public detail")
        for lt, k in per_text.items():
            occ = text.count(lt)
            if occ < k:
                err(where, f"{lt!r} labelled {k}x but occurs {occ}x")
            elif occ > k:
                note(
                    where,
                    f"{lt!r} labelled {k}x, occurs {occ}x (check the labelled one comes first)",
                )
            # nth occurrence should stand on word boundaries
            start = -1
            for _ in range(k):
                start = text.find(lt, start + 1)
                if start < 0:
                    break
                before = text[start - 1] if start > 0 else " "
                after = text[start + len(lt)] if start + len(lt) < len(text) else " "
                if (before.isalnum() and lt[0].isalnum()) or (after.isalnum() and lt[-1].isalnum()):
                    err(where, f"{lt!r} occurrence at {start} is inside a longer word")
        # verdict
        want = expected_verdict([lab["rule"] for lab in r["expected"]], r["account"])
        if r["verdict"] != want:
            err(where, f"verdict {r['verdict']!r}, expected {want!r}")
        # tags
        tags = r["tags"]
        if ("clean" in tags) != (not r["expected"]):
            err(where, "'clean' tag must be present exactly when there are no labels")
        if ("personal" in tags) != (r["account"] == "personal"):
            err(where, "'personal' tag must match the account")
        plats = PLATFORMS & set(tags)
        if len(plats) != 1:
            err(where, f"exactly one platform tag wanted, got {sorted(plats)}")
        # school details must never be labelled, and the text shouldn't carry literal \n
        if "\\n" in text:
            err(where, "literal backslash-n in text")
    return records


def phone_digits(s: str) -> str:
    words = {
        "oh": "0",
        "zero": "0",
        "one": "1",
        "two": "2",
        "three": "3",
        "four": "4",
        "five": "5",
        "six": "6",
        "seven": "7",
        "eight": "8",
        "nine": "9",
    }
    low = s.lower()
    if re.search(r"[a-z]{3,}", low):
        out = []
        for w in re.findall(r"[a-z]+|\d", low):
            if w == "double":
                out.append("D")
            elif w in words:
                out.append(words[w])
            elif w.isdigit():
                out.append(w)
        s2 = "".join(out)
        while "D" in s2:
            i = s2.index("D")
            s2 = s2[:i] + s2[i + 1 : i + 2] * 2 + s2[i + 2 :]
        return s2
    s = s.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1")
    d = re.sub(r"\D", "", s)
    if d.startswith("44"):
        d = "0" + d[2:]
    return d


def in_drama_range(d: str) -> bool:
    pats = [
        r"07700900\d{3}",
        r"01632960\d{3}",
        r"01164960\d{3}",
        r"01174960\d{3}",
        r"02079460\d{3}",
        r"01614960\d{3}",
        r"01134960\d{3}",
    ]
    return any(re.fullmatch(p, d) for p in pats)


def is_school_detail(lt: str, school) -> bool:
    f = fold(lt)
    if phone_digits(lt) and phone_digits(lt) == phone_digits(school["phone"]):
        return True
    return any(fold(school[k]) in f for k in ("email", "website", "postcode"))


def summarise(records, pupils):
    kinds = Counter(lab["kind"] for r in records for lab in r["expected"])
    clean = sum(1 for r in records if not r["expected"])
    if len(records) < MIN_POSTS:
        err("posts.jsonl", f"{len(records)} posts, want at least {MIN_POSTS}")
    if clean < MIN_CLEAN:
        err("posts.jsonl", f"{clean} clean posts, want at least {MIN_CLEAN}")
    for k, m in MIN_PER_KIND.items():
        if kinds[k] < m:
            err("posts.jsonl", f"kind {k}: {kinds[k]} labels, want at least {m}")
    # circumstance / health phrases should not repeat
    for kind in ("circumstance", "health"):
        c = Counter(
            fold(lab["text"]) for r in records for lab in r["expected"] if lab["kind"] == kind
        )
        for t, n in c.items():
            if n > 1:
                note("posts.jsonl", f"{kind} phrase {t!r} used {n} times")
    # consent_name_with_photo = yes only for pupils never named in a photo post
    photo_labels = [
        lab["text"]
        for r in records
        if r["photo"]
        for lab in r["expected"]
        if lab["kind"] in ("full_name", "forename")
    ]
    photo_texts = " ".join(fold(r["text"]) for r in records if r["photo"])
    for p in pupils:
        if p["consent_name_with_photo"] != "yes":
            continue
        fores, sur = pupil_name_forms(p)
        for lab in photo_labels:
            if matches_full_name(lab, [p]) or matches_forename(lab, [p]):
                err(
                    "register_pupils.csv",
                    f"{p['forename']} {sur} has name_with_photo=yes but is named "
                    f"in a photo post ({lab!r})",
                )
        for f in fores:
            if re.search(r"\b" + re.escape(fold(f)) + r"\b", photo_texts):
                note(
                    "register_pupils.csv",
                    f"{f} {sur}: name_with_photo=yes and the forename word "
                    "appears in a photo post (as a word, not a label?)",
                )
    verdicts = Counter((r["account"], r["verdict"]) for r in records)
    print(
        f"posts {len(records)}, clean {clean}, photo {sum(r['photo'] for r in records)}, "
        f"personal {sum(r['account'] == 'personal' for r in records)}"
    )
    print("kinds:", dict(sorted(kinds.items())))
    print("verdicts:", dict(sorted(verdicts.items())))


def main() -> int:
    pupils, staff = check_register()
    school = json.loads((HERE / "school.json").read_text(encoding="utf-8"))
    for k in ("name", "address", "postcode", "phone", "email", "website"):
        if k not in school:
            err("school.json", f"missing {k}")
    records = check_posts(pupils, staff, school)
    summarise(records, pupils)
    for n in notes:
        print("NOTE", n)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s), {len(notes)} note(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
