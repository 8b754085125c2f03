"""Build set 96 from src/: posts_*.txt markup -> ../posts.jsonl, register CSVs, school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
followed by its text (real line breaks kept; trailing blank lines dropped). Labels inline:
    [[kind:text]]   kind in fn full other email phone addr dob upn health circ
`{UPN:Forename Surname}` / `{UPNS:Forename Surname}` insert a pupil's UPN plain / spaced.
`\\uXXXX` escapes give zero-width characters, non-breaking spaces and homoglyphs.
Lines starting with `//` are comments.
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

try:
    from clearpost.register.upn import check_letter
except ImportError:  # pragma: no cover
    sys.exit("run with /work/main/.venv/bin/python and PYTHONPATH unset")

NN = "96"
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
YEARS = {"Reception": "24", "Year 1": "23", "Year 2": "22", "Year 3": "21", "Year 4": "20",
         "Year 5": "19", "Year 6": "18"}


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def upns() -> dict:
    out = {}
    for n, (fore, sur, _pref, year, _c) in enumerate(PUPILS, 1):
        body = f"9705217{YEARS[year]}{n:03d}"
        out[f"{fore} {sur}"] = check_letter(body) + body
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


LABEL_RE = re.compile(r"\[\[(fn|full|other|email|phone|addr|dob|upn|health|circ):(.+?)\]\]", re.S)


def parse_post(raw: str, photo: bool, where: str):
    raw = re.sub(r"\{UPN:([^}]+)\}", lambda m: UPNS[m.group(1)], raw)
    raw = re.sub(r"\{UPNS:([^}]+)\}", lambda m: spaced(UPNS[m.group(1)]), raw)
    raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    text, labels, pos = "", [], 0
    for m in LABEL_RE.finditer(raw):
        text += raw[pos:m.start()]
        kind = KINDS[m.group(1)]
        t = m.group(2)
        start = len(text)
        text += t
        rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
        labels.append({"rule": rule, "text": t, "kind": kind, "_start": start})
        pos = m.end()
    text += raw[pos:]
    if "[[" in text or "]]" in text or "{UPN" in text:
        raise SystemExit(f"{where}: unparsed markup in {text!r}")
    if "\\n" in text:
        raise SystemExit(f"{where}: literal backslash-n")
    seen = {}
    for l in labels:
        t = l["text"]
        k = seen.get(t, 0)
        starts = [m.start() for m in re.finditer(re.escape(t), text)]
        if k >= len(starts) or starts[k] != l["_start"]:
            raise SystemExit(f"{where}: label {t!r} is not occurrence #{k + 1} of its text")
        seen[t] = k + 1
        s, e = l["_start"], l["_start"] + len(t)
        if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
            raise SystemExit(f"{where}: label {t!r} not at word boundaries")
    for l in labels:
        del l["_start"]
    return text, labels


def read_posts() -> list:
    posts = []
    for f in sorted(HERE.glob("posts_*.txt")):
        cur = None
        for ln, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("//"):
                continue
            if line.startswith("### "):
                if cur:
                    posts.append(cur)
                parts = [p.strip() for p in line[4:].split("|")]
                if len(parts) != 4:
                    raise SystemExit(f"{f.name}:{ln}: bad header")
                cat, ph, acct, tags = parts
                assert ph in ("y", "n") and acct in ("o", "p"), f"{f.name}:{ln}"
                cur = {"where": f"{f.name}:{ln}", "category": cat, "photo": ph == "y",
                       "account": "official" if acct == "o" else "personal",
                       "tags": [t.strip() for t in tags.split(",") if t.strip()], "lines": []}
            elif cur is not None:
                cur["lines"].append(line)
            elif line.strip():
                raise SystemExit(f"{f.name}:{ln}: text before first header")
        if cur:
            posts.append(cur)
    out = []
    for n, p in enumerate(posts, 1):
        raw = "\n".join(p["lines"]).strip("\n")
        text, labels = parse_post(raw, p["photo"], p["where"])
        tags = list(p["tags"])
        auto = []
        if not labels:
            auto.append("clean")
        if p["account"] == "personal":
            auto.append("personal")
        if p["photo"]:
            auto.append("photo")
        for k in sorted({l["kind"] for l in labels}):
            auto.append(k.replace("_", "-"))
        for t in auto:
            if t not in tags:
                tags.append(t)
        if labels and "clean" in tags:
            raise SystemExit(f"{p['where']}: tagged clean but labelled")
        out.append({
            "id": f"z{NN}-{n:03d}", "category": p["category"], "account": p["account"],
            "photo": p["photo"], "text": text, "expected": labels,
            "verdict": verdict(p["account"], labels), "tags": tags, "_where": p["where"],
        })
    return out


def named_in_photo(posts: list) -> set:
    names = set()
    for p in posts:
        if not p["photo"]:
            continue
        for l in p["expected"]:
            if l["kind"] not in ("full_name", "forename"):
                continue
            t = fold(l["text"])
            letters = re.sub(r"[^a-z]", "", t)
            for fore, sur, pref, _y, _c in PUPILS:
                key = f"{fore} {sur}"
                for f in {fore, pref} - {""}:
                    ff = fold(f)
                    if re.search(r"(?<![a-z])" + re.escape(ff) + r"(?![a-z])", t) or (
                        l["text"].startswith("#") and ff.replace(" ", "") in letters):
                        names.add(key)
                    if "." in l["text"] and letters == (ff[0] + fold(sur)[0]):
                        names.add(key)
    return names


def esc(s: str) -> str:
    def r(m):
        return "\\u%04x" % ord(m.group(0))
    return re.sub(r"[\u00a0\u200b-\u200f\u2060\ufeff\u0400-\u04ff]", r, s)


def main() -> None:
    posts = read_posts()
    if len(posts) != 220:
        print(f"WARNING: {len(posts)} posts (want 220)")
    photo_named = named_in_photo(posts)
    with (OUT / "posts.jsonl").open("w", encoding="utf-8") as fh:
        for p in posts:
            q = {k: v for k, v in p.items() if not k.startswith("_")}
            fh.write(esc(json.dumps(q, ensure_ascii=False)) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    for n, (fore, sur, pref, year, sm) in enumerate(PUPILS, 1):
        key = f"{fore} {sur}"
        web = "no" if n % 11 == 4 else "yes"
        press = "yes" if n % 3 != 0 else "no"
        nwp = "yes" if key not in photo_named and n % 4 == 1 else "no"
        bio = "no" if n % 6 == 5 else "yes"
        w.writerow([UPNS[key], fore, sur, pref, year, CLASSES[year], sm, web, press, nwp, bio])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["title", "forename", "surname", "role", "consent_photo"])
    for row in STAFF:
        w.writerow(row)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(UPNS, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    print(f"built {len(posts)} posts; {len(photo_named)} pupils named in photo posts")


if __name__ == "__main__":
    main()
