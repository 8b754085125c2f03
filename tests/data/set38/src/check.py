"""Own checks for set 38 (beyond tests/data/set2/validate.py). Run via ../check.py."""
import csv, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
from clearpost.register import upn as upn_rules, mis_import

SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
PHONE_OK = [r"^447700900\d{3}$", r"^07700900\d{3}$", r"^01632960\d{3}$", r"^(44)?0?11349600?\d{2,3}$",
            r"^(44)?0?2079460\d{3}$", r"^(44)?0?1614960\d{3}$", r"^(44)?0?1174960\d{3}$",
            r"^(44)?0?1214960\d{3}$", r"^(44)?0?1314960\d{3}$", r"^(44)?0?1914980\d{3}$",
            r"^(44)?0?2896496\d{3}$", r"^(44)?0?2920180\d{3}$", r"^447700900\d{3}$"]
MAIL_OK = ("gmail.com", "hotmail.co.uk", "hotmail.com", "icloud.com", "outlook.com", "yahoo.co.uk",
           "live.co.uk", "btinternet.com", "googlemail.com")
VARIANTS = {"panayiotis": "panagiotis", "cagla": "cagla"}


def fold(s):
    s = s.replace("ı", "i").replace("İ", "I")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.replace("\u200b", "").replace("\u00a0", " ")
    s = s.translate(str.maketrans("оае", "oae"))
    return s.casefold()


def main():
    errors, notes = [], []
    posts = [json.loads(l) for l in (OUT / "posts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    spans = json.loads((HERE / "spans.json").read_text())
    pupils = list(csv.DictReader(open(OUT / "register_pupils.csv", encoding="utf-8")))
    staff = list(csv.DictReader(open(OUT / "register_staff.csv", encoding="utf-8")))
    school = json.loads((OUT / "school.json").read_text(encoding="utf-8"))
    if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
        errors.append("school.json keys")
    pp = mis_import.parse_pupils((OUT / "register_pupils.csv").read_bytes())
    ps = mis_import.parse_staff((OUT / "register_staff.csv").read_bytes())
    errors += [f"pupils csv: {p}" for p in pp.problems] + [f"staff csv: {p}" for p in ps.problems]
    for p in pupils:
        if upn_rules.problem(p["upn"]):
            errors.append(f"bad register UPN {p['upn']}")
    upns = {p["upn"] for p in pupils}
    fores = {}
    for p in pupils:
        for f in {p["forename"], p["preferred_forename"]} - {""}:
            fores.setdefault(fold(f), []).append(p)
    fulls = set()
    for p in pupils:
        for f in {p["forename"], p["preferred_forename"]} - {""}:
            fulls.add((fold(f), fold(p["surname"])))
    initials = {fold(f[0] + p["surname"][0]) for p in pupils for f in {p["forename"], p["preferred_forename"]} - {""}}
    phrases = Counter()
    ids = [p["id"] for p in posts]
    if ids != [f"z38-{i:03d}" for i in range(1, len(posts) + 1)]:
        errors.append("ids not sequential")
    for post in posts:
        pid, text = post["id"], post["text"]
        seen = Counter()
        worst = None
        for lab, start in zip(post["expected"], spans[pid]):
            t, k = lab["text"], lab["kind"]
            seen[t] += 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) < seen[t] or occ[seen[t] - 1] != start:
                errors.append(f"{pid}: label {t!r} is not its occurrence #{seen[t]}")
            # word boundaries
            if start > 0 and (text[start - 1].isalnum()) or (start + len(t) < len(text) and text[start + len(t)].isalnum()):
                errors.append(f"{pid}: label {t!r} not at word boundary")
            s = SEV[post["account"]].get(lab["rule"], "block")
            worst = s if worst is None or RANK[s] > RANK[worst] else worst
            if k in ("health", "circumstance"):
                phrases[fold(t)] += 1
            if k == "upn" and re.sub(r"[\s\-.]", "", t).upper() not in upns:
                notes.append(f"{pid}: UPN {t} not in register")
            if k == "full_name":
                ft = fold(t).lstrip("#")
                ft = re.sub(r"['’]s$", "", ft)
                words = re.findall(r"[a-z'’\-]+", ft)
                joined = re.sub(r"[^a-z]", "", ft)
                ok = any((a in words or a in joined) and (b in ft.replace(" ", "").replace("\n", "") or b in words)
                         for a, b in fulls) or any(VARIANTS.get(w) for w in words)
                if not ok:
                    errors.append(f"{pid}: full_name {t!r} not a register pupil")
            if k == "forename":
                ft = fold(t).lstrip("#")
                first = re.split(r"[\s]", ft)[0]
                if first not in fores and re.sub(r"[^a-z]", "", ft) not in initials:
                    errors.append(f"{pid}: forename {t!r} not a register pupil")
            if k == "other_person":
                ft = fold(t).lstrip("#")
                if any(f"{a} {b}" == ft for a, b in fulls):
                    errors.append(f"{pid}: other_person {t!r} is a pupil")
                if any(fold(f"{s['forename']} {s['surname']}") == ft for s in staff):
                    errors.append(f"{pid}: other_person {t!r} is staff")
            if k == "phone":
                d = re.sub(r"\D", "", t.replace("O", "0").replace("o", "0"))
                if not any(re.match(r, d) for r in PHONE_OK):
                    errors.append(f"{pid}: phone {t!r} not in a drama range ({d})")
            if k == "email":
                tt = fold(t).replace(" dot ", ".").replace(" at ", "@").replace("[at]", "@").replace("(at)", "@").replace("[dot]", ".").replace(" ", "")
                dom = tt.split("@")[-1]
                if not (dom in MAIL_OK or dom.endswith(".example") or ".example." in dom or dom.endswith("example.org")):
                    errors.append(f"{pid}: email domain {dom!r}")
        v = "allow" if worst in (None, "info") else worst
        if v != post["verdict"]:
            errors.append(f"{pid}: verdict")
        if post["photo"]:
            for lab in post["expected"]:
                if lab["kind"] == "forename" and lab["rule"] != "text.pupil_name_with_photo":
                    errors.append(f"{pid}: photo forename rule")
        # pupils named in photo posts must have consent_name_with_photo = no
        if post["photo"]:
            for lab in post["expected"]:
                if lab["kind"] in ("forename", "full_name"):
                    ft = fold(lab["text"])
                    for p in pupils:
                        fs = {fold(p["forename"]), fold(p["preferred_forename"])} - {""}
                        if any(re.search(r"\b" + re.escape(f) + r"\b", ft) for f in fs) and p["consent_name_with_photo"] == "yes":
                            if lab["kind"] == "forename" or fold(p["surname"]) in ft.replace("\n", " "):
                                errors.append(f"{pid}: {p['forename']} named in photo post but consent yes")
        # unlabelled name-like words, for review
        labelled = [(s, s + len(l["text"])) for l, s in zip(post["expected"], spans[pid])]
        for m in re.finditer(r"[#@]?[\wÀ-ž'’\-]+", text):
            w = fold(m.group().lstrip("#@"))
            if w in fores and not any(a <= m.start() < b for a, b in labelled):
                notes.append(f"{pid}: unlabelled {m.group()!r}")
    for ph, n in phrases.items():
        if n > 1:
            errors.append(f"record phrase used {n}x: {ph!r}")
    if "-v" in sys.argv:
        for n in notes:
            print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"check.py: {len(posts)} posts, {len(errors)} error(s), {len(notes)} note(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
