"""Build set 115 from src/posts_*.txt: posts.jsonl, register CSVs, school.json.

Markup: a post starts with a header line
    ### category | photo y/n | account o/p | tag, tag
and its text follows (real line breaks) until the next header. Labels are inline:
    [[kind:text]]   kinds: fn full other email phone addr dob upn health circ
{UPN:Forename Surname} inserts the pupil's UPN, {UPNS:...} the same spaced in fours.
\\uXXXX escapes (zero-width, nbsp, homoglyphs) are decoded in text and labels.
Rules follow kind and photo; verdicts follow POLICY.md default severities.
Each label must sit at word boundaries and be the nth occurrence of its text.
"""
import csv, hashlib, io, json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from pupils import PUPILS, STAFF, SCHOOL, CLASSES, ENTRY, NO_SOCIAL

HERE = Path(__file__).parent
OUT = HERE.parent
NN = 115
KIND = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
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


def upn_of(index):
    from clearpost.register import upn as U
    fn, sn, pref, yr = PUPILS[index]
    body = "857" + "4213" + ENTRY[yr] + f"{101 + index:03d}"
    return U.check_letter(body) + body


UPNS = {f"{p[0]} {p[1]}": upn_of(i) for i, p in enumerate(PUPILS)}


def decode(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)


def sub_upn(s):
    def rep(m):
        u = UPNS[m.group(2)]
        if m.group(1) == "UPNS":
            u = " ".join([u[:4], u[4:8], u[8:]])
        return u
    return re.sub(r"\{(UPNS?):([^}]+)\}", rep, s)


def verdict(account, labels):
    worst = None
    for l in labels:
        s = SEV[account].get(l["rule"], "block")
        if worst is None or RANK[s] > RANK[worst]:
            worst = s
    return "allow" if worst in (None, "info") else worst


def parse(errors):
    raw = []
    for f in sorted(HERE.glob("posts_*.txt")):
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("### "):
                cur = {"head": line[4:], "lines": [], "file": f.name}
                raw.append(cur)
            elif cur is not None:
                cur["lines"].append(line)
    posts = []
    for n, r in enumerate(raw, 1):
        pid = f"z{NN}-{n:03d}"
        parts = [p.strip() for p in r["head"].split("|")]
        cat, photo, acct = parts[0], parts[1] == "y", {"o": "official", "p": "personal"}[parts[2]]
        tags = [t.strip() for t in parts[3].split(",") if t.strip()] if len(parts) > 3 else []
        body = "\n".join(r["lines"]).strip("\n")
        body = decode(sub_upn(body))
        text, labels, pos = "", [], []
        i = 0
        for m in re.finditer(r"\[\[(\w+):(.+?)\]\]", body, flags=re.S):
            text += body[i:m.start()]
            k = KIND[m.group(1)]
            pos.append(len(text))
            text += m.group(2)
            rule = RULE.get(k) or ("text.pupil_name_with_photo" if photo else "text.pupil_forename")
            labels.append({"rule": rule, "text": m.group(2), "kind": k})
            i = m.end()
        text += body[i:]
        if "[[" in text or "]]" in text or "\\n" in text or "{UPN" in text:
            errors.append(f"{pid}: leftover markup or literal \\n")
        seen = {}
        for l, s in zip(labels, pos):
            t = l["text"]
            seen[t] = seen.get(t, 0) + 1
            starts = [m.start() for m in re.finditer(re.escape(t), text)]
            if s not in starts or starts.index(s) != seen[t] - 1:
                errors.append(f"{pid}: label {t!r} is not occurrence #{seen[t]}")
            e = s + len(t)
            if (s > 0 and (text[s - 1].isalnum()) and t[0].isalnum()) or (
                    e < len(text) and text[e].isalnum() and t[-1].isalnum()):
                errors.append(f"{pid}: label {t!r} not at word boundary")
        if acct == "personal" and "personal" not in tags:
            tags.append("personal")
        if photo and "photo" not in tags:
            tags.append("photo")
        if not labels:
            tags = ["clean"] + [t for t in tags if t != "clean"]
        else:
            tags = [t for t in tags if t != "clean"]
        posts.append({"id": pid, "category": cat, "account": acct, "photo": photo,
                      "text": text, "expected": labels, "verdict": verdict(acct, labels),
                      "tags": tags})
    return posts


def yn(b):
    return "yes" if b else "no"


def h(s, k):
    return int(hashlib.sha1((s + k).encode()).hexdigest(), 16) % 100


def write_registers(posts):
    photo_text = " ".join(p["text"] for p in posts if p["photo"])
    rows = []
    for i, (fn, sn, pref, yr) in enumerate(PUPILS):
        key = f"{fn} {sn}"
        named_in_photo = any(re.search(r"\b" + re.escape(w) + r"\b", photo_text, re.I)
                             for w in filter(None, (fn, pref)))
        social = key not in NO_SOCIAL
        rows.append([UPNS[key], fn, sn, pref, yr, f"{yr} {CLASSES[yr]}", yn(social),
                     yn(social and h(key, "w") < 88), yn(h(key, "p") < 45),
                     yn(not named_in_photo and h(key, "n") < 70), yn(h(key, "b") < 80)])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["upn", "forename", "surname", "preferred_forename", "year_group", "class",
                "consent_social_media", "consent_website", "consent_press",
                "consent_name_with_photo", "biometric_consent"])
    w.writerows(rows)
    (OUT / "register_pupils.csv").write_text(buf.getvalue(), encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["staff_id", "title", "forename", "surname", "role", "consent_photo",
                "biometric_consent"])
    w.writerows(STAFF)
    (OUT / "register_staff.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "school.json").write_text(json.dumps(SCHOOL, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (HERE / "upns.json").write_text(json.dumps(UPNS, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")


def main():
    errors = []
    posts = parse(errors)
    with open(OUT / "posts.jsonl", "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=True) + "\n")
    write_registers(posts)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
          f"{len(errors)} build error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
