"""Own checks for set 43 (run with the project's venv, PYTHONPATH unset).

Errors: label text not at its nth occurrence / overlaps, wrong rule for kind+photo, wrong verdict,
bad UPN check letters (register and labels), CSV problems, a health/circumstance phrase used twice,
a phone outside the Ofcom drama ranges, an e-mail domain that is not webmail or .example,
consent_name_with_photo = yes for a pupil named in a photo post, school.json keys, ids.
Review list (--names): every word of a post that matches a register forename, preferred
forename or surname (accent-folded, any case) but lies in no label - to be read by hand.
"""
import csv, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

from clearpost.register import mis_import
from clearpost.register.upn import problem

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE / "src"))
from build import names_in_photo_posts  # noqa: E402

SEV = {"official": {"text.pupil_forename": "info", "text.other_person": "warn"},
       "personal": {"text.pupil_forename": "warn", "text.other_person": "warn"}}
RANK = {"info": 0, "warn": 1, "block": 2}
PHONE_OK = ["07700900", "01632960", "01134960", "02079460", "01614960", "01174960", "01214960",
            "01314960", "01914980", "02896496", "02920180"]
MAILS = ("gmail.com", "hotmail.co.uk", "icloud.com", "yahoo.co.uk", "outlook.com", ".example")


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def main():
    errors, review = [], []
    school = json.loads((HERE / "school.json").read_text(encoding="utf-8"))
    if sorted(school) != sorted(["name", "address", "postcode", "phone", "email", "website"]):
        errors.append("school.json keys")
    posts = [json.loads(l) for l in (HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    if [p["id"] for p in posts] != [f"z43-{i:03d}" for i in range(1, len(posts) + 1)]:
        errors.append("ids not z43-001.. in order")
    rows = list(csv.DictReader(open(HERE / "register_pupils.csv", encoding="utf-8")))
    for r in rows:
        if problem(r["upn"]):
            errors.append(f"register UPN {r['upn']}: {problem(r['upn'])}")
    pp = mis_import.parse_pupils((HERE / "register_pupils.csv").read_bytes())
    ps = mis_import.parse_staff((HERE / "register_staff.csv").read_bytes())
    errors += [f"pupils csv: {x}" for x in pp.problems] + [f"staff csv: {x}" for x in ps.problems]
    phrases = Counter()
    for p in posts:
        text, spans, seen = p["text"], [], Counter()
        worst = None
        for l in p["expected"]:
            t, k, rule = l["text"], l["kind"], l["rule"]
            seen[t] += 1
            occ = [m.start() for m in re.finditer(re.escape(t), text)]
            if len(occ) < seen[t]:
                errors.append(f"{p['id']}: {t!r} missing")
                continue
            s = occ[seen[t] - 1]
            if any(s < b and a < s + len(t) for a, b in spans):
                errors.append(f"{p['id']}: {t!r} overlaps")
            spans.append((s, s + len(t)))
            if k == "forename":
                want = "text.pupil_name_with_photo" if p["photo"] else "text.pupil_forename"
                if rule != want:
                    errors.append(f"{p['id']}: forename rule")
            if k in ("health", "circumstance"):
                phrases[fold(t)] += 1
            if k == "upn" and problem(re.sub(r"[\s\-.]", "", t).upper()):
                errors.append(f"{p['id']}: bad upn {t}")
            if k == "phone":
                d = re.sub(r"\D", "", t.replace("O", "0").replace("+44", "0"))
                if not any(d.startswith(x) for x in PHONE_OK):
                    errors.append(f"{p['id']}: phone {t} outside drama ranges")
            if k == "email":
                e = t.replace("[at]", "@").replace("(at)", "@").replace(" at ", "@").replace(" dot ", ".").replace("[dot]", ".")
                if not e.endswith(MAILS):
                    errors.append(f"{p['id']}: e-mail domain {t}")
            sev = SEV[p["account"]].get(rule, "block")
            if worst is None or RANK[sev] > RANK[worst]:
                worst = sev
        if p["verdict"] != ("allow" if worst in (None, "info") else worst):
            errors.append(f"{p['id']}: verdict")
        if ("clean" in p["tags"]) != (not p["expected"]):
            errors.append(f"{p['id']}: clean tag")
        # review: register words outside labels
        words = {}
        for r in rows:
            for key in ("forename", "preferred_forename", "surname"):
                if r[key]:
                    words[fold(r[key])] = key
        for m in re.finditer(r"[^\W\d_][\w'-]*", text):
            w = fold(m.group()).strip("'")
            w = re.sub(r"'s$", "", w)
            if w in words and not any(a <= m.start() < b for a, b in spans):
                review.append(f"{p['id']}: {m.group()!r} ({words[w]}) unlabelled")
    errors += [f"phrase used twice: {t}" for t, n in phrases.items() if n > 1]
    named = names_in_photo_posts(posts, [dict(forename=r["forename"], preferred=r["preferred_forename"],
                                              surname=r["surname"]) for r in rows])
    for i in named:
        if rows[i]["consent_name_with_photo"] != "no":
            errors.append(f"{rows[i]['forename']} named in a photo post but consent_name_with_photo yes")
    if "--names" in sys.argv:
        print("\n".join(review))
    for e in errors:
        print("ERROR:", e)
    print(f"{len(posts)} posts, {len(rows)} pupils; {len(errors)} error(s); {len(review)} register words outside labels (see --names)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
