"""Build set 106 from the markup in posts_*.txt.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
followed by its text (real line breaks kept; trailing blank lines dropped). Inline labels:
    [[kind:text]]   kind in fn full other email phone addr dob upn health circ
    {UPN:Forename Surname}   the pupil's UPN, labelled upn
    {UPNS:Forename Surname}  the same, written spaced
\\uXXXX escapes are decoded (zero-width spaces, nbsp, homoglyphs).
Writes ../posts.jsonl, ../register_pupils.csv, ../register_staff.csv, ../school.json.
"""

import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pupils import CLASSES, ENTRY, PUPILS, SCHOOL, STAFF  # noqa: E402

try:
    from clearpost.register.upn import check_letter
except ImportError:  # pragma: no cover
    sys.exit("run with /work/main/.venv/bin/python and PYTHONPATH unset")

HERE = Path(__file__).parent
OUT = HERE.parent
KINDS = {
    "fn": ("forename", None), "full": ("full_name", "text.pupil_full_name"),
    "other": ("other_person", "text.other_person"), "email": ("email", "text.contact_details"),
    "phone": ("phone", "text.contact_details"), "addr": ("address", "text.contact_details"),
    "dob": ("dob", "text.date_of_birth"), "upn": ("upn", "text.pupil_record"),
    "health": ("health", "text.pupil_record"), "circ": ("circumstance", "text.pupil_record"),
}
KIND_TAG = {"forename": "forename", "full_name": "full-name", "other_person": "other-person",
            "email": "email", "phone": "phone", "address": "address", "dob": "dob", "upn": "upn",
            "health": "health", "circumstance": "circumstance"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
# pupils given consent_name_with_photo = yes: build fails if any is named in a photo post
NAME_WITH_PHOTO_YES = {"Ellie Hart", "Darius Rusu", "Paige Fenwick", "Fahim Rahman",
                       "Antoni Mazur", "Arif Chowdhury", "Jordan Bell"}


def upns() -> dict:
    out = {}
    for i, (fn, sn, _pref, yg, _c) in enumerate(PUPILS):
        body = "805" + "2117" + ENTRY[yg] + str(101 + i)
        out[f"{fn} {sn}"] = check_letter(body) + body
    return out


UPNS = upns()


def decode(s: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def spaced(u: str) -> str:
    return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def parse_file(path: Path) -> list:
    posts, cur = [], None
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("### "):
            if cur:
                posts.append(cur)
            parts = [p.strip() for p in line[4:].split("|")]
            if len(parts) != 4:
                raise SystemExit(f"{path.name}: bad header {line!r}")
            cur = {"head": parts, "lines": [], "file": path.name, "hline": line}
        elif cur is not None:
            cur["lines"].append(line)
        elif line.strip():
            raise SystemExit(f"{path.name}: text before first header: {line!r}")
    if cur:
        posts.append(cur)
    return posts


def render(raw: str, where: str):
    raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: f"[[upn:{UPNS[m.group(1)]}]]", raw)
    raw = re.sub(r"\{UPNS:([^}]+)\}", lambda m: f"[[upn:{spaced(UPNS[m.group(1)])}]]", raw)
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, flags=re.S):
        text += decode(raw[pos:m.start()])
        kind, lt = m.group(1), decode(m.group(2))
        if kind not in KINDS:
            raise SystemExit(f"{where}: unknown kind {kind}")
        labels.append((kind, lt, len(text)))
        text += lt
        pos = m.end()
    text += decode(raw[pos:])
    if "[[" in text or "]]" in text or "{UPN" in text:
        raise SystemExit(f"{where}: stray markup")
    return text, labels


def main() -> None:
    raw_posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        raw_posts += parse_file(f)
    if len(raw_posts) != 220 and "--partial" not in sys.argv:
        raise SystemExit(f"{len(raw_posts)} posts, want 220")
    out, errors = [], []
    for n, rp in enumerate(raw_posts, 1):
        pid = f"z106-{n:03d}"
        cat, photo, acct, tags = rp["head"]
        photo = {"y": True, "n": False}[photo]
        account = {"o": "official", "p": "personal"}[acct]
        body = "\n".join(rp["lines"]).strip("\n")
        text, labels = render(body, f"{pid} ({rp['hline']})")
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        expected, seen = [], Counter()
        for kind, lt, start in labels:
            seen[lt] += 1
            occ = [m.start() for m in re.finditer(re.escape(lt), text)]
            if occ[seen[lt] - 1] != start:
                errors.append(f"{pid}: label {lt!r} is not occurrence {seen[lt]} of its text")
            before = text[start - 1] if start else " "
            after = text[start + len(lt)] if start + len(lt) < len(text) else " "
            if (before.isalnum() and lt[0].isalnum()) or (after.isalnum() and lt[-1].isalnum()):
                errors.append(f"{pid}: label {lt!r} not at word boundaries")
            k, rule = KINDS[kind]
            if k == "forename":
                rule = "text.pupil_name_with_photo" if photo else "text.pupil_forename"
            expected.append({"rule": rule, "text": lt, "kind": k})
        worst = None
        for lab in expected:
            s = SEV[account].get(lab["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        tags = [t.strip() for t in tags.split(",") if t.strip()]
        auto = []
        if not expected:
            auto.append("clean")
        if account == "personal":
            auto.append("personal")
        if photo:
            auto.append("photo")
        auto += sorted({KIND_TAG[l["kind"]] for l in expected})
        tags = list(dict.fromkeys(auto + tags))
        if "clean" in tags and expected:
            errors.append(f"{pid}: tagged clean but labelled")
        out.append({"id": pid, "category": cat, "account": account, "photo": photo, "text": text,
                    "expected": expected, "verdict": verdict, "tags": tags})
    # name-with-photo consent: never for a pupil named in a photo post
    for p in out:
        if not p["photo"]:
            continue
        for lab in p["expected"]:
            if lab["kind"] not in ("forename", "full_name"):
                continue
            for full in NAME_WITH_PHOTO_YES:
                fn = full.split()[0]
                if fn.casefold() in lab["text"].casefold():
                    errors.append(f"{p['id']}: {full} has name_with_photo yes but is named in a photo post")
    if errors:
        print("\n".join(errors))
        raise SystemExit(f"{len(errors)} error(s)")
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in out:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for i, (fn, sn, pref, yg, social) in enumerate(PUPILS):
        website = "no" if i % 11 == 7 else "yes"
        press = "yes" if i % 3 == 0 else "no"
        nwp = "yes" if f"{fn} {sn}" in NAME_WITH_PHOTO_YES else "no"
        bio = "no" if i % 5 == 2 else "yes"
        w.writerow([UPNS[f"{fn} {sn}"], fn, sn, pref, yg, CLASSES[yg], social, website, press, nwp, bio])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for row in STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} posts, {sum(len(p['expected']) for p in out)} labels")


if __name__ == "__main__":
    main()
