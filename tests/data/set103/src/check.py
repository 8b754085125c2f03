"""Own checks for set 103 (run after build.py): python src/check.py [-v]

- every label text at its nth occurrence (build.py), verdicts (validate.py);
- every register forename/preferred + surname in a post (any casing, accents folded, run together,
  line break, double space, surname-first) lies inside a full_name label;
- every hashtag containing a pupil's forename+surname is labelled whole as full_name;
- no literal backslash-n; health/circumstance phrases never repeated;
- phone labels only in Ofcom drama ranges; contact labels never the school's own;
- -v: list unlabelled capitalised register forenames/surnames (to review as intended traps).
"""
import json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import pupils as reg

DRAMA = [r"^(?:44|0)7700900\d{3}$", r"^(?:44|0)1632960\d{3}$", r"^(?:44|0)1134960\d{3}$",
         r"^(?:44|0)1214960\d{3}$", r"^(?:44|0)2079460\d{3}$", r"^(?:44|0)1614960\d{3}$"]


def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("\u200b", "").replace("\u200c", "").replace("\u2060", ""))
    s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def main():
    verbose = "-v" in sys.argv
    posts = [json.loads(l) for l in (HERE.parent / "posts.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = reg.pupils()
    errs, notes = [], []
    phrases = Counter()
    for p in posts:
        t, labs = p["text"], p["expected"]
        if "\\n" in t:
            errs.append(f"{p['id']}: literal backslash-n")
        spans = []
        for k, l in enumerate(labs):
            n = sum(1 for x in labs[:k] if x["text"] == l["text"])
            s = [m.start() for m in re.finditer(re.escape(l["text"]), t)][n]
            spans.append((s, s + len(l["text"]), l))
            if l["kind"] in ("health", "circumstance"):
                phrases[l["text"].casefold()] += 1
            if l["kind"] == "phone":
                d = re.sub(r"\D", "", l["text"].replace("O", "0").replace("o", "0"))
                if not any(re.match(r, d) for r in DRAMA):
                    errs.append(f"{p['id']}: phone {l['text']!r} not in a drama range")
        ft = fold(t)
        # map folded index to original index (fold may change length): build char map
        fmap, buf = [], ""
        for i, c in enumerate(t):
            f = fold(c)
            buf += f
            fmap += [i] * len(f)
        for r in rows:
            firsts = {r["forename"]} | ({r["preferred_forename"]} if r["preferred_forename"] else set())
            for fn in firsts:
                sn = r["surname"]
                pats = [re.escape(fold(fn)) + r"[\s_\-]*" + re.escape(fold(sn)),
                        re.escape(fold(sn)) + r",?\s+" + re.escape(fold(fn))]
                for pat in pats:
                    for m in re.finditer(r"(?<![a-z])" + pat + r"(?![a-z])", buf):
                        a, b = fmap[m.start()], fmap[m.end() - 1] + 1
                        ok = any(s <= a and b <= e and l["kind"] == "full_name" for s, e, l in spans)
                        if not ok:
                            msg = f"{p['id']}: unlabelled full name {t[a:b]!r}"
                            (errs if "trap-fullname" not in p["tags"] else notes).append(msg)
        for m in re.finditer(r"#\w+", t):
            h = fold(m.group()).replace("_", "")
            for r in rows:
                for fn in {r["forename"], r["preferred_forename"]} - {""}:
                    key = re.sub(r"[\s\-']", "", fold(fn) + fold(r["surname"]))
                    if key in re.sub(r"[\s\-']", "", h):
                        if not any(l["text"] == m.group() and l["kind"] == "full_name" for l in labs):
                            errs.append(f"{p['id']}: hashtag {m.group()} not labelled whole as full_name")
        for l in labs:
            if l["kind"] in ("phone", "email", "address"):
                if fold(re.sub(r"\W", "", l["text"])) in {fold(re.sub(r"\W", "", v)) for v in reg.SCHOOL.values()}:
                    errs.append(f"{p['id']}: school's own detail labelled")
        if verbose:
            words = {r["forename"] for r in rows} | {r["preferred_forename"] for r in rows} | {r["surname"] for r in rows}
            for w in sorted(words - {""}):
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", t):
                    if not any(s <= m.start() < e for s, e, _ in spans):
                        notes.append(f"{p['id']}: unlabelled {w!r}: ...{t[max(0, m.start()-30):m.end()+30]!r}")
    for ph, c in phrases.items():
        if c > 1:
            errs.append(f"record phrase used {c}x: {ph!r}")
    for n in notes:
        print("note:", n)
    for e in errs:
        print("ERROR:", e)
    kinds = Counter(l["kind"] for p in posts for l in p["expected"])
    print(f"{len(posts)} posts, {sum(1 for p in posts if not p['expected'])} clean, "
          f"{sum(p['photo'] for p in posts)} photo, {sum(p['account'] == 'personal' for p in posts)} personal; "
          f"kinds {dict(sorted(kinds.items()))}; verdicts {dict(Counter(p['verdict'] for p in posts))}; "
          f"{len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
