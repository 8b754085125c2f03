"""Markup (posts_*.txt) -> ../posts.jsonl, and the registers. Run with the project venv, PYTHONPATH unset."""
import glob, json, os, re, sys, unicodedata
from collections import Counter
import make_register
from register import PUPILS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KIND = {"fn": "forename", "full": "full_name", "other": "other_person", "email": "email",
        "phone": "phone", "addr": "address", "dob": "dob", "upn": "upn", "health": "health",
        "circ": "circumstance"}
RULE = {"full_name": "text.pupil_full_name", "other_person": "text.other_person",
        "email": "text.contact_details", "phone": "text.contact_details",
        "address": "text.contact_details", "dob": "text.date_of_birth", "upn": "text.pupil_record",
        "health": "text.pupil_record", "circumstance": "text.pupil_record"}
SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
HOMO = str.maketrans("аеорсіАЕОРСІ", "aeopciAEOPCI")
MARK = re.compile(r"\[\[(\w+):(.+?)(?:\|([^\]]+))?\]\]", re.S)


def fold(s):
    s = s.translate(HOMO).replace("\u200b", "").replace("\u200c", "").replace("\u00a0", " ")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().replace("’", "'")


def resolve(text, kind, ref):
    """Register pupils a name label may refer to."""
    if ref:
        hits = [p for p in PUPILS if f"{p[0]} {p[1]}" == ref]
        if not hits:
            raise ValueError(f"bad ref {ref!r}")
        return hits
    t = fold(text).lstrip("#")
    t = re.sub(r"'s$", "", t)
    words = [w for w in re.split(r"[\s_,]+", t) if w]
    hits = []
    for p in PUPILS:
        fns = {fold(p[0])} | ({fold(p[2])} if p[2] else set())
        sur = fold(p[1])
        if kind == "full_name":
            flat = t.replace(" ", "").replace("_", "").replace("\n", "").replace(",", "")
            for fn in fns:
                for form in (fn + sur, sur + fn):
                    if form.replace(" ", "") in flat:
                        hits.append(p); break
                else:
                    continue
                break
        else:
            w0 = words[0] if words else ""
            if w0 in fns:
                if len(words) == 1 or words[1].rstrip(".")[:1] == sur[:1]:
                    hits.append(p)
            letters = re.sub(r"[^a-z]", "", t)
            if len(letters) in (2, 3) and "." in text or (len(letters) == 2 and text.isupper()):
                for fn in fns:
                    ini = fn[0] + "".join(x[0] for x in re.split(r"[\s\-]", sur))
                    if letters == ini:
                        hits.append(p)
    return hits


def escape_invisible(line):
    return "".join(c if not (c in "\u200b\u200c\u200d\u00a0\ufeff" or "\u0400" <= c <= "\u04ff")
                   else "\\u%04x" % ord(c) for c in line)


def parse():
    upn = make_register.upns()
    posts, errors = [], []
    files = sorted(glob.glob(os.path.join(HERE, "posts_*.txt")))
    blocks = []
    for f in files:
        cur = None
        for line in open(f, encoding="utf-8").read().split("\n"):
            if line.startswith("### "):
                cur = [line[4:], []]
                blocks.append(cur)
            elif cur is not None:
                cur[1].append(line)
    named_photo = set()
    phrases = Counter()
    for n, (head, lines) in enumerate(blocks, 1):
        pid = "z46-%03d" % n
        cat, photo, acct, tags = [x.strip() for x in head.split("|")]
        raw = "\n".join(lines).strip()
        raw = re.sub(r"\{UPN(_SP)?:([^}]+)\}", lambda m: (lambda u: u if not m.group(1) else
                     f"{u[:4]} {u[4:8]} {u[8:10]} {u[10:]}")(upn[tuple(m.group(2).split(" ", 1))]), raw)
        raw = raw.replace("\\n", "\n")
        raw = raw.replace("\\u200b", "\u200b").replace("\\u00a0", "\u00a0")
        raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
        text, labels, pos = "", [], []
        i = 0
        for m in MARK.finditer(raw):
            text += raw[i:m.start()]
            k, t, ref = m.group(1), m.group(2), m.group(3)
            if k not in KIND:
                errors.append(f"{pid}: bad kind {k}")
                continue
            kind = KIND[k]
            pos.append((len(text), t))
            text += t
            i = m.end()
            photo_b = photo == "y"
            rule = RULE.get(kind) or ("text.pupil_name_with_photo" if photo_b else "text.pupil_forename")
            labels.append({"rule": rule, "text": t, "kind": kind})
            if kind in ("full_name", "forename"):
                try:
                    hits = resolve(t, kind, ref)
                except ValueError as e:
                    errors.append(f"{pid}: {e}"); hits = []
                if not hits:
                    errors.append(f"{pid}: name label {t!r} matches no register pupil")
                if photo_b:
                    named_photo.update((h[0], h[1]) for h in hits)
            if kind in ("health", "circumstance"):
                phrases[fold(t)] += 1
                if phrases[fold(t)] > 1:
                    errors.append(f"{pid}: phrase {t!r} used twice in the set")
        text += raw[i:]
        if "[[" in text or "]]" in text:
            errors.append(f"{pid}: unparsed markup")
        # nth label of a text must be the nth occurrence; word boundaries
        seen = Counter()
        for start, t in pos:
            seen[t] += 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if occ[seen[t] - 1] != start:
                errors.append(f"{pid}: label {t!r} #{seen[t]} is not occurrence #{seen[t]}")
            before = text[start - 1] if start else " "
            after = text[start + len(t)] if start + len(t) < len(text) else " "
            if before.isalnum() or after.isalnum():
                errors.append(f"{pid}: label {t!r} not at a word boundary")
        account = {"o": "official", "p": "personal"}[acct]
        worst = None
        for l in labels:
            s = SEV[account].get(l["rule"], "block")
            if worst is None or RANK[s] > RANK[worst]:
                worst = s
        verdict = "allow" if worst in (None, "info") else worst
        tl = [t for t in tags.split(",") if t.strip()] if tags else []
        tl = [t.strip() for t in tl]
        if not labels:
            tl.insert(0, "clean")
        if account == "personal":
            tl.append("personal")
        if photo == "y":
            tl.append("photo")
        for kd in sorted({l["kind"] for l in labels}):
            tl.append(kd.replace("_", "-"))
        tl = list(dict.fromkeys(tl))
        posts.append({"id": pid, "category": cat, "account": account, "photo": photo == "y",
                      "text": text, "expected": labels, "verdict": verdict, "tags": tl})
    return posts, named_photo, errors


if __name__ == "__main__":
    posts, named_photo, errors = parse()
    with open(os.path.join(OUT, "posts.jsonl"), "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(escape_invisible(json.dumps(p, ensure_ascii=False)) + "\n")
    make_register.write(frozenset(named_photo))
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {len(errors)} errors")
    sys.exit(1 if errors else 0)
