"""Build set 127 from the markup in posts_*.txt: posts.jsonl, register CSVs, school.json.

Markup: a post starts with `### category | photo y/n | account o/p | tags, ...`; its text is the
following lines (real line breaks). Labels are `[[kind:text]]`, kinds fn full other email phone
addr dob upn health circ. `{UPN:Forename Surname}` inserts that pupil's UPN, `{UPNS:...}` the UPN
spaced in fours after the letter. `\\uXXXX` writes a character (zero-width space, nbsp, homoglyph).
Run with the project venv and PYTHONPATH unset (for the UPN check letters).
"""
import csv
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

from clearpost.register import upn as upn_rules

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from pupils import CLASSES, PUPILS, SCHOOL, STAFF  # noqa: E402

NN = "127"
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
KIND_TAG = {"full_name": "full-name", "forename": "forename", "other_person": "other-person",
            "email": "email", "phone": "phone", "address": "address", "dob": "dob", "upn": "upn",
            "health": "health", "circumstance": "circumstance"}


def upns():
    out = {}
    for i, (fn, sn, _pref, year, la, entry, _c) in enumerate(PUPILS):
        digits = f"{la}2417{entry}{101 + i:03d}"
        out[f"{fn} {sn}"] = upn_rules.check_letter(digits) + digits
    return out


UPNS = upns()


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def parse_files():
    posts = []
    for path in sorted(HERE.glob("posts_*.txt")):
        cur = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                if cur:
                    posts.append(cur)
                cur = {"head": line[4:], "lines": [], "src": f"{path.name}"}
            elif line.startswith("#|"):
                continue  # markup comment
            elif cur is not None:
                cur["lines"].append(line)
        if cur:
            posts.append(cur)
    return posts


def render(raw, errors, pid):
    def upn_sub(m):
        key = m.group(2)
        if key not in UPNS:
            errors.append(f"{pid}: unknown UPN pupil {key}")
            return "X"
        u = UPNS[key]
        return u if m.group(1) == "UPN" else f"{u[0]} {u[1:5]} {u[5:9]} {u[9:]}"

    raw = re.sub(r"\{(UPNS?):([^}]+)\}", upn_sub, raw)
    raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    text, labels, pos = [], [], 0
    for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", raw, flags=re.S):
        text.append(raw[pos:m.start()])
        start = sum(len(t) for t in text)
        kind = KINDS.get(m.group(1))
        if not kind:
            errors.append(f"{pid}: bad kind {m.group(1)}")
            kind = "full_name"
        labels.append((kind, m.group(2), start))
        text.append(m.group(2))
        pos = m.end()
    text.append(raw[pos:])
    text = "".join(text)
    if "[[" in text or "]]" in text:
        errors.append(f"{pid}: unclosed markup")
    return text, labels


def main():
    errors, warnings = [], []
    posts_out = []
    named_in_photo = set()
    for n, p in enumerate(parse_files(), 1):
        pid = f"z{NN}-{n:03d}"
        head = [h.strip() for h in p["head"].split("|")]
        if len(head) != 4:
            errors.append(f"{pid}: bad header {p['head']}")
            continue
        category, photo, account, tags = head
        photo = {"y": True, "n": False}[photo]
        account = {"o": "official", "p": "personal"}[account]
        tags = [t.strip() for t in tags.split(",") if t.strip()]
        lines = p["lines"]
        while lines and not lines[0].strip():
            lines = lines[1:]
        while lines and not lines[-1].strip():
            lines = lines[:-1]
        text, raw_labels = render("\n".join(lines), errors, pid)
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        expected, seen = [], {}
        for kind, t, start in raw_labels:
            seen[t] = seen.get(t, 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) < seen[t] or occ[seen[t] - 1] != start:
                errors.append(f"{pid}: label {t!r} is not occurrence #{seen[t]} of its text")
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if (before.isalnum() and not t.startswith("#")) or after.isalnum():
                warnings.append(f"{pid}: label {t!r} not at word boundary")
            if kind == "forename":
                rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            else:
                rule = RULE[kind]
            expected.append({"rule": rule, "text": t, "kind": kind})
            if kind == "upn" and upn_rules.problem(re.sub(r"[\s\-.]", "", t).upper()):
                errors.append(f"{pid}: bad UPN {t}")
            if photo and kind in ("forename", "full_name"):
                named_in_photo.add(re.sub(r"[\W_]", "", fold(t)))
        worst = None
        for lab in expected:
            s = SEV[account].get(lab["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        spans = [(s, s + len(t)) for _k, t, s in raw_labels]
        full_spans = [(s, s + len(t)) for k, t, s in raw_labels if k == "full_name"]
        # every register forename+surname pair must be a full_name label unless tagged trap-pair
        ftext = fold(text)
        for fn, sn, pref, *_ in PUPILS:
            for f in filter(None, (fn, pref)):
                for pat in (rf"\b{re.escape(fold(f))}\W{{0,3}}\s*\W{{0,2}}{re.escape(fold(sn))}",
                            rf"\b{re.escape(fold(sn))},?\s+{re.escape(fold(f))}\b"):
                    for m in re.finditer(pat, ftext):
                        if not any(a <= m.start() and m.end() <= b for a, b in full_spans):
                            if "trap-pair" not in tags:
                                errors.append(f"{pid}: unlabelled pair {text[m.start():m.end()]!r}")
        for m in re.finditer(r"#\w+", text):
            h = fold(m.group()).replace("_", "")
            for fn, sn, pref, *_ in PUPILS:
                if any(fold(f).replace("-", "") + fold(sn) in h for f in filter(None, (fn, pref))):
                    if not any(t == m.group() and k == "full_name" for k, t, s in raw_labels):
                        errors.append(f"{pid}: hashtag {m.group()} not labelled whole")
        auto = []
        if not expected:
            auto.append("clean")
        if account == "personal":
            auto.append("personal")
        if photo:
            auto.append("photo")
        auto += sorted({KIND_TAG[l["kind"]] for l in expected})
        tags = [t for t in tags if t != "trap-pair"] + ([ "trap-pair"] if "trap-pair" in tags else [])
        alltags = []
        for t in auto + tags:
            if t not in alltags:
                alltags.append(t)
        posts_out.append({"id": pid, "category": category, "account": account, "photo": photo,
                          "text": text, "expected": expected, "verdict": verdict, "tags": alltags})
    if len(posts_out) != 220:
        errors.append(f"{len(posts_out)} posts, want 220")

    # registers
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    k = 0
    for i, (fn, sn, pref, year, _la, _e, sm) in enumerate(PUPILS):
        keys = [re.sub(r"[\W_]", "", fold(x)) for x in (fn, pref) if x]
        inits = fold(fn[0] + sn[0])
        photo_named = any(k in lab for lab in named_in_photo for k in keys) or inits in named_in_photo
        nwp = "no"
        if not photo_named:
            k += 1
            nwp = "yes" if k % 3 == 1 else "no"
        w.writerow([UPNS[f"{fn} {sn}"], fn, sn, pref, year, CLASSES[year], sm,
                    "yes" if i % 9 != 4 else "no", "yes" if i % 3 == 0 else "no", nwp,
                    "yes" if i % 5 != 2 else "no"])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    w.writerows(STAFF)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts_out:
            line = json.dumps(p, ensure_ascii=False)
            line = "".join(
                f"\\u{ord(c):04x}" if (unicodedata.category(c) in ("Cf", "Zs") and c != " ")
                or "CYRILLIC" in unicodedata.name(c, "") else c
                for c in line
            )
            fh.write(line + "\n")
    for wmsg in warnings:
        print("warning:", wmsg)
    for e in errors:
        print("ERROR:", e)
    print(f"built {len(posts_out)} posts; {len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
