"""Build set 92 from src/: posts_*.txt markup -> ../posts.jsonl, the two CSVs and school.json.

Markup: a post starts with a header line
    ### category | p or - (photo) | o or p (official / personal account) | tag, tag
and runs to the next header. Labels are inline: [[kind:text]] with kind one of
fn full other email phone addr dob upn health circ. {UPN:Forename Surname} inserts that pupil's
UPN, {UPNS:Forename Surname} the same spaced in groups. \\uXXXX escapes give zero-width spaces,
non-breaking spaces and homoglyphs. Run: python build.py (then check.py runs).
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
from pupils import CLASSES, ENTRY, EST, LA, LATE, NO_SOCIAL, PUPILS, SCHOOL, STAFF  # noqa: E402
from clearpost.register.upn import check_letter  # noqa: E402

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
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def upns() -> dict:
    out, serial = {}, 101
    for fn, sn, _pref, yg in PUPILS:
        la, yr = LATE.get(f"{fn} {sn}", (LA, ENTRY[yg]))
        body = f"{la}{EST}{yr}{serial}"
        out[f"{fn} {sn}"] = check_letter(body) + body
        serial += 1
    return out


UPNS = upns()


def spaced(u: str) -> str:
    return f"{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}"


def verdict(account: str, labels: list) -> str:
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def parse(path: Path) -> list:
    posts, cur = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            if cur:
                posts.append(cur)
            parts = [p.strip() for p in line[4:].split("|")]
            assert len(parts) == 4, line
            cur = {"category": parts[0], "photo": parts[1] == "p",
                   "account": {"o": "official", "p": "personal"}[parts[2]],
                   "tags": [t.strip() for t in parts[3].split(",") if t.strip()], "lines": []}
            assert parts[1] in ("p", "-"), line
        elif cur is not None:
            cur["lines"].append(line)
    if cur:
        posts.append(cur)
    return posts


def render(raw: str, photo: bool, pid: str):
    raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: UPNS[m.group(1)], raw)
    raw = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(UPNS[m.group(1)]), raw)
    raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", raw, flags=re.S):
        text += raw[pos:m.start()]
        kind = KINDS[m.group(1)]
        t = m.group(2)
        rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
        labels.append({"rule": rule, "text": t, "kind": kind, "_at": len(text)})
        text += t
        pos = m.end()
    text += raw[pos:]
    assert "[[" not in text and "]]" not in text, pid
    # nth label with a given text must be the nth occurrence
    seen = {}
    for l in labels:
        t = l["text"]
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        n = seen.get(t, 0)
        if occ[n] != l["_at"]:
            raise SystemExit(f"{pid}: label {t!r} is not occurrence {n + 1} of its text")
        seen[t] = n + 1
        a, b = l["_at"], l["_at"] + len(t)
        if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
            raise SystemExit(f"{pid}: label {t!r} not at word boundaries")
        del l["_at"]
    return text, labels


def main() -> None:
    posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        posts += parse(f)
    out, named_in_photo = [], set()
    for i, p in enumerate(posts, 1):
        pid = f"z92-{i:03d}"
        raw = "\n".join(p["lines"]).strip("\n")
        text, labels = render(raw, p["photo"], pid)
        tags = [t for t in p["tags"] if t not in ("clean", "personal", "photo")]
        if not labels:
            tags.insert(0, "clean")
        if p["account"] == "personal":
            tags.append("personal")
        if p["photo"]:
            tags.append("photo")
        if p["photo"]:
            flat_labels = [re.sub(r"[\W_]", "", l["text"]).casefold() for l in labels
                           if l["kind"] in ("forename", "full_name")]
            for fn, sn, pref, _ in PUPILS:
                initials = (fn[0] + sn[0]).casefold()
                for name in filter(None, (fn, pref)):
                    flat = re.sub(r"\W", "", name).casefold()
                    if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags=re.I) or any(
                        flat in fl or fl == initials for fl in flat_labels
                    ):
                        named_in_photo.add(f"{fn} {sn}")
        out.append({"id": pid, "category": p["category"], "account": p["account"],
                    "photo": p["photo"], "text": text, "expected": labels,
                    "verdict": verdict(p["account"], labels), "tags": tags})
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    unnamed = 0
    for n, (fn, sn, pref, yg) in enumerate(PUPILS):
        full = f"{fn} {sn}"
        social = "no" if full in NO_SOCIAL else "yes"
        website = "no" if n % 9 == 4 or full in NO_SOCIAL else "yes"
        press = "yes" if n % 3 == 0 else "no"
        nwp = "no"
        if full not in named_in_photo:
            unnamed += 1
            nwp = "yes" if unnamed % 3 == 1 else "no"
        bio = "no" if n % 5 == 2 else "yes"
        w.writerow([UPNS[full], fn, sn, pref, yg, CLASSES[yg], social, website, press, nwp, bio])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo",
                "biometric_consent"])
    w.writerows(STAFF)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    json.dump(UPNS, open(HERE / "upns.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"built {len(out)} posts; {len(named_in_photo)} pupils named in photo posts")


if __name__ == "__main__":
    main()
