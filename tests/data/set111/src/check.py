"""Own checks for set 111 (run with the project's venv, PYTHONPATH unset).

- set2/validate.py on the set (0 errors expected);
- every hashtag containing a register pupil's forename (or preferred) + surname is labelled
  full_name with the whole hashtag text;
- every forename+surname pair in a post (any case, spacing, accents folded, apostrophe style)
  lies inside a label span;
- no literal backslash-n in any text; circumstance/health phrases not repeated;
- consent_name_with_photo is `no` for every pupil named in a photo post.
`-v` lists unlabelled capitalised register forenames/surnames for review (intended traps).
"""
import csv
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
VALIDATE = SET.parent / "set2" / "validate.py"


def fold(s):
    out = []
    for ch in s:
        d = unicodedata.normalize("NFKD", ch)
        d = "".join(c for c in d if not unicodedata.combining(c)) or ch
        d = {"ł": "l", "Ł": "L", "’": "'", "\u0435": "e", "\u200b": "", "\u00a0": " "}.get(ch, d)
        out.append((d[:1] if d else "").casefold() if len(d) <= 1 else d[0].casefold())
    return out  # one char (or "") per original char


def main():
    verbose = "-v" in sys.argv
    problems = []
    r = subprocess.run([sys.executable, str(VALIDATE), str(SET)], capture_output=True, text=True)
    print(r.stdout.strip().splitlines()[-1])
    if r.returncode:
        problems.append("validate.py reports errors:\n" + r.stdout)
    pupils = list(csv.DictReader(open(SET / "register_pupils.csv", encoding="utf-8")))
    pairs = []
    for p in pupils:
        for fn in {p["forename"], p["preferred_forename"]} - {""}:
            pairs.append((fn, p["surname"], p))
    posts = [json.loads(l) for l in open(SET / "posts.jsonl", encoding="utf-8")]
    seen_record = {}
    named_in_photo = set()
    for post in posts:
        text = post["text"]
        if "\\n" in text:
            problems.append(f"{post['id']}: literal backslash-n")
        spans, n = [], {}
        for lab in post["expected"]:
            t = lab["text"]
            n[t] = n.get(t, 0) + 1
            s = [m.start() for m in re.finditer(re.escape(t), text)][n[t] - 1]
            spans.append((s, s + len(t), lab))
            if lab["kind"] in ("health", "circumstance"):
                key = lab["text"].casefold()
                if key in seen_record:
                    problems.append(f"{post['id']}: record phrase {t!r} repeats {seen_record[key]}")
                seen_record[key] = post["id"]
        ftext = fold(text)
        flat = "".join(c if c else "\x00" for c in ftext)
        idx = [i for i, c in enumerate(ftext) for _ in range(len(c) or 1)]
        # pair search on folded text with flexible whitespace / hyphen / underscore / nothing
        for fn, sn, p in pairs:
            f1 = "".join(fold(fn)); s1 = "".join(fold(sn))
            sep = r"[\s_\x00]*,?[\s_\x00]*"
            for pat in (re.escape(f1) + sep + re.escape(s1), re.escape(s1) + r",?[\s\x00]+" + re.escape(f1)):
                for m in re.finditer(r"(?<![a-z])" + pat + r"(?![a-z])", flat):
                    a, b = idx[m.start()], idx[m.end() - 1] + 1
                    inside = [l for (x, y, l) in spans if x <= a and b <= y]
                    if not inside or inside[0]["kind"] != "full_name":
                        problems.append(f"{post['id']}: unlabelled pair {text[a:b]!r}")
        for m in re.finditer(r"#[\w’'-]+", text):
            h = "".join(fold(m.group()))
            h = re.sub(r"[^a-z0-9]", "", h)
            for fn, sn, p in pairs:
                key = re.sub(r"[^a-z0-9]", "", "".join(fold(fn + sn)))
                if key in h:
                    ok = any(l["kind"] == "full_name" and l["text"] == m.group() for l in post["expected"])
                    if not ok:
                        problems.append(f"{post['id']}: hashtag {m.group()} not labelled full_name")
        if post["photo"]:
            for lab in post["expected"]:
                if lab["kind"] in ("full_name", "forename"):
                    named_in_photo.add("".join(fold(lab["text"])))
        if verbose:
            words = {p["forename"] for p in pupils} | {p["preferred_forename"] for p in pupils} | {
                p["surname"] for p in pupils}
            for w in sorted(words - {""}):
                for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                    if not any(x <= m.start() < y for (x, y, _l) in spans):
                        print(f"  {post['id']}: unlabelled {w!r}: …{text[max(0, m.start()-30):m.end()+30]!r}…".replace("\n", " "))
    for p in pupils:
        if p["consent_name_with_photo"] == "yes":
            names = {p["forename"], p["preferred_forename"]} - {""}
            inits = {"".join(fold(f"{n[0]}.{p['surname'].split()[-1][0]}.")) for n in names}
            for lab in named_in_photo:
                if any("".join(fold(nm)) in lab for nm in names) or lab in inits:
                    problems.append(f"{p['forename']} {p['surname']}: named in a photo post but consent_name_with_photo=yes")
    for pr in problems:
        print("PROBLEM:", pr)
    print(f"check.py: {len(posts)} posts, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
