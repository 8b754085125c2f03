"""Build posts.jsonl, the CSVs and school.json of set 81 from posts_*.txt markup.

Markup: a post starts with `### category | photo y/n | account o/p | tag, tag`; its body follows
(line breaks kept). A label is `[[kind:text]]` (kinds: fn full other email phone addr dob upn
health circ); `[[kind:text@Forename Surname]]` names the pupil a name label is about when the text
alone does not say; `[[upn:{Forename Surname}]]` is replaced by that pupil's UPN (`{...|spaced}`:
written in groups of spaces).
"""
import csv, io, json, re, sys, unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from register import PUPILS, STAFF, SCHOOL, YEAR_CODE, NO_SOCIAL, NO_PRESS, NO_BIO  # noqa
from clearpost.register.upn import check_letter

HERE = Path(__file__).parent
OUT = HERE.parent
NN = "81"
KINDS = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
         "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
         "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
        "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}


def upns():
    out = {}
    for i, (fn, sn, pref, yg, cls) in enumerate(PUPILS, 1):
        body = f"3587012{YEAR_CODE[yg]:02d}{100 + i:03d}"
        assert len(body) == 12, body
        out[f"{fn} {sn}"] = check_letter(body) + body
    return out


UPN = upns()


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ł", "l").replace("Ł", "L")
    return re.sub(r"[^a-z]", "", s.casefold())


def resolve(label, hint=None):
    """Which register pupil a name label is about (full name 'Forename Surname')."""
    if hint:
        assert hint in UPN, hint
        return hint
    t = re.sub(r"['’]s$", "", label.strip())
    f = fold(t)
    for fn, sn, pref, *_ in PUPILS:
        for first in filter(None, (fn, pref)):
            if fold(first + sn) in f or fold(sn + first) in f:
                return f"{fn} {sn}"
    for fn, sn, pref, *_ in PUPILS:
        for first in filter(None, (fn, pref)):
            if f == fold(first):
                return f"{fn} {sn}"
            if f == fold(first) + fold(sn)[0]:
                return f"{fn} {sn}"
            ini = "".join(w[0] for w in re.split(r"[\s-]+", first)) + fold(sn)[0]
            if re.fullmatch(r"([A-Za-z]\.?\s?){2,3}", t.strip()) and f == fold(ini):
                return f"{fn} {sn}"
    return None


LABEL = re.compile(r"\[\[(\w+):(.*?)\]\]", re.S)


def parse_file(path):
    posts, cur = [], None
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("### "):
            if cur:
                posts.append(cur)
            head = [h.strip() for h in line[4:].split("|")]
            cur = {"head": head, "body": []}
        elif line.startswith("%%"):
            continue
        elif cur is not None:
            cur["body"].append(line)
    if cur:
        posts.append(cur)
    return posts


def build_post(raw, n, errors):
    cat, photo, acct = raw["head"][0], raw["head"][1], raw["head"][2]
    tags = [t.strip() for t in raw["head"][3].split(",")] if len(raw["head"]) > 3 and raw["head"][3] else []
    body = "\n".join(raw["body"]).strip("\n")
    body = body.replace("\\u200b", "\u200b").replace("\\u00a0", "\u00a0").replace("\\u200c", "\u200c")
    photo = {"y": True, "n": False}[photo]
    account = {"o": "official", "p": "personal"}[acct]
    pid = f"z{NN}-{n:03d}"
    text, labels, pos = "", [], 0
    for m in LABEL.finditer(body):
        text += body[pos:m.start()]
        kind = KINDS[m.group(1)]
        t, hint = m.group(2), None
        if kind in ("forename", "full_name") and "@" in t:
            t, hint = t.split("@", 1)
        if kind == "upn":
            mm = re.fullmatch(r"\{(.+?)(\|spaced)?\}", t)
            if mm:
                u = UPN[mm.group(1)]
                t = f"{u[:1]} {u[1:4]} {u[4:8]} {u[8:]}" if mm.group(2) else u
        start = len(text)
        text += t
        who = None
        if kind in ("forename", "full_name"):
            who = resolve(t, hint)
            if not who:
                errors.append(f"{pid}: cannot resolve pupil for {t!r}")
        labels.append({"start": start, "text": t, "kind": kind, "who": who})
        pos = m.end()
    text += body[pos:]
    if "[[" in text or "]]" in text:
        errors.append(f"{pid}: stray markup")
    expected = []
    for lab in sorted(labels, key=lambda l: l["start"]):
        k = lab["kind"]
        rule = RULE.get(k) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
        expected.append({"rule": rule, "text": lab["text"], "kind": k})
    # nth label with a text must be the nth occurrence
    seen = {}
    for lab in sorted(labels, key=lambda l: l["start"]):
        t = lab["text"]
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        i = seen.get(t, 0)
        if i >= len(occ) or occ[i] != lab["start"]:
            errors.append(f"{pid}: label {t!r} is not occurrence {i + 1} (earlier unlabelled copy)")
        seen[t] = i + 1
    worst = None
    for e in expected:
        s = SEV[account].get(e["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    verdict = "allow" if worst in (None, "info") else worst
    auto = []
    if not expected:
        auto.append("clean")
    if account == "personal":
        auto.append("personal")
    if photo:
        auto.append("photo")
    for k in sorted({e["kind"] for e in expected}):
        auto.append(k.replace("_", "-"))
    kind_tags = {k.replace("_", "-") for k in KINDS.values()}
    tags = [t for t in tags if t not in kind_tags or t in auto]
    tags = list(dict.fromkeys(auto + tags))
    post = {"id": pid, "category": cat, "account": account, "photo": photo, "text": text,
            "expected": expected, "verdict": verdict, "tags": tags}
    return post, labels


def main():
    errors, posts, named_in_photo, who_all = [], [], set(), {}
    raws = []
    for f in sorted(HERE.glob("posts_*.txt")):
        raws += parse_file(f)
    for n, raw in enumerate(raws, 1):
        post, labels = build_post(raw, n, errors)
        posts.append(post)
        for lab in labels:
            if lab["who"]:
                who_all.setdefault(lab["who"], []).append(post["id"])
                if post["photo"]:
                    named_in_photo.add(lab["who"])
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as fh:
        for p in posts:
            line = json.dumps(p, ensure_ascii=False)
            for ch in ("\u200b", "\u200c", "\u200d", "\u00a0", "\u0397", "\u039d"):
                line = line.replace(ch, "\\u%04x" % ord(ch))
            fh.write(line + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    yn = lambda b: "yes" if b else "no"
    for fn, sn, pref, yg, cls in PUPILS:
        full = f"{fn} {sn}"
        w.writerow([UPN[full], fn, sn, pref, yg, cls, yn(full not in NO_SOCIAL),
                    yn(full not in NO_SOCIAL), yn(full not in NO_PRESS),
                    yn(full not in named_in_photo and full not in NO_SOCIAL), yn(full not in NO_BIO)])
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo", "biometric_consent"])
    for sid, title, fn, sn, role, cp in STAFF:
        w.writerow([sid, title, fn, sn, role, cp, cp])
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    unused = [p for p in UPN if p not in who_all]
    print(f"{len(posts)} posts; pupils never named: {unused}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0




def unlabelled_report():
    """Print every pupil forename/preferred/surname word left unlabelled, for review."""
    words = set()
    for fn, sn, pref, *_ in PUPILS:
        words |= {fn, sn} | ({pref} if pref else set())
        words |= set(fn.split())
    for line in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines():
        p = json.loads(line)
        spans, used = [], {}
        for e in p["expected"]:
            occ = [m.start() for m in re.finditer(re.escape(e["text"]), p["text"])]
            i = used.get(e["text"], 0)
            used[e["text"]] = i + 1
            if i < len(occ):
                spans.append((occ[i], occ[i] + len(e["text"])))
        for w in sorted(words):
            for m in re.finditer(r"(?<![\w'-])" + re.escape(w) + r"(?![\w-])", p["text"]):
                if not any(a <= m.start() < b for a, b in spans):
                    ctx = p["text"][max(0, m.start() - 25):m.end() + 25].replace("\n", " ")
                    print(f"  unlabelled {p['id']}: {w!r} ... {ctx}")


if __name__ == "__main__":
    rc = main()
    if "-r" in sys.argv:
        unlabelled_report()
    sys.exit(rc)
