"""Check set 140 (run from the set folder or src/; PYTHONPATH unset, project venv).

- ids z140-001 ... z140-220 in order; no literal backslash-n in any text;
- every register pupil's forename/preferred (or first part of a double forename) + surname, in any
  case, accent-folded (zero-width characters dropped, Cyrillic look-alikes read as Latin), split by
  spaces/line breaks/underscores, either order ("Baker, Hope"), lies inside a full_name label,
  unless listed in TRAPS;
- every hashtag holding such a pair run together is labelled whole as full_name;
- no pupil with consent_name_with_photo = yes is named (forename, preferred, dotted initials) in a
  photo post;
- the CSVs parse with clearpost.register.mis_import.
-v lists every unlabelled register word per post for review (all are meant as traps).
"""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

from clearpost.register import mis_import

HERE = Path(__file__).resolve().parent
SETDIR = HERE.parent if HERE.name == "src" else HERE
SET = 140
N = 220

ZW = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
CYR = dict(zip("АВЕКМНОРСТХаеорсухіј", "ABEKMHOPCTXaeopcyxij"))

# (post id, folded matched text) of deliberate unlabelled pairs:
# z140-177 "Mr Gheorghe Ciobanu, Ana-Maria Ciobanu's dad" - the father's surname then the pupil's
# forename across a comma; both names are labelled (other_person, full_name).
TRAPS: set = {("z140-177", "ciobanu, ana-maria")}


def fold_char(c: str) -> str:
    if c in ZW:
        return ""
    c = CYR.get(c, c)
    d = unicodedata.normalize("NFKD", c)
    d = "".join(ch for ch in d if not unicodedata.combining(ch))
    return d.casefold()


def fold(text: str):
    out, idx = [], []
    for i, c in enumerate(text):
        f = fold_char(c)
        for ch in f:
            out.append(ch)
            idx.append(i)
    return "".join(out), idx


def fold_s(s: str) -> str:
    return fold(s)[0]


def label_spans(post):
    spans, seen = [], {}
    for lab in post["expected"]:
        t = lab["text"]
        seen[t] = seen.get(t, 0) + 1
        starts = [m.start() for m in re.finditer(re.escape(t), post["text"])]
        s = starts[seen[t] - 1]
        spans.append((s, s + len(t), lab))
    return spans


def main() -> int:
    verbose = "-v" in sys.argv
    errors = []
    rows = list(csv.DictReader(open(SETDIR / "register_pupils.csv", encoding="utf-8")))
    staff = list(csv.DictReader(open(SETDIR / "register_staff.csv", encoding="utf-8")))
    posts = [json.loads(l) for l in open(SETDIR / "posts.jsonl", encoding="utf-8") if l.strip()]

    ids = [p["id"] for p in posts]
    want = [f"z{SET}-{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        errors.append(f"ids are not {want[0]}..{want[-1]} in order")

    pairs = []  # (forename variant folded, surname folded, pupil row)
    for r in rows:
        fns = {r["forename"], r["preferred_forename"]}
        if " " in r["forename"]:
            fns.add(r["forename"].split()[0])
        for fn in fns:
            if fn:
                pairs.append((fold_s(fn), fold_s(r["surname"]), r))
    nwp = [r for r in rows if r["consent_name_with_photo"] == "yes"]
    words = set()
    for r in rows:
        for w in (r["forename"], r["preferred_forename"], r["surname"]):
            for part in re.split(r"[\s-]+", w):
                if part:
                    words.add(fold_s(part))

    for p in posts:
        pid, text = p["id"], p["text"]
        if "\\n" in text:
            errors.append(f"{pid}: literal backslash-n")
        ft, idx = fold(text)
        spans = label_spans(p)
        full_spans = [(a, b) for a, b, l in spans if l["kind"] == "full_name"]

        def inside(a, b):
            return any(x <= a and b <= y for x, y in full_spans)

        for fn, sn, r in pairs:
            fnp = r"[\s_]*".join(re.escape(w) for w in fn.split())
            snp = re.escape(sn)
            for pat in (rf"(?<![\w]){fnp}[\s_]*{snp}(?![\w])",
                        rf"(?<![\w]){snp}[\s,_]*{fnp}(?![\w])"):
                for m in re.finditer(pat, ft):
                    a, b = idx[m.start()], idx[m.end() - 1] + 1
                    if not inside(a, b) and (pid, m.group(0)) not in TRAPS:
                        errors.append(f"{pid}: unlabelled pair {text[a:b]!r}")
        # hashtags
        for m in re.finditer(r"#[\w\u200b-\u200d]+", text):
            tag = m.group(0)
            body = fold_s(tag).replace("_", "")
            for fn, sn, r in pairs:
                if fn.replace(" ", "") + sn in body or sn + fn.replace(" ", "") in body:
                    ok = any(l["text"] == tag and l["kind"] == "full_name" for _, _, l in spans)
                    if not ok:
                        errors.append(f"{pid}: hashtag {tag!r} holds a pupil's name, not labelled whole")
        # consent name with photo
        if p["photo"]:
            for r in nwp:
                for fn in {r["forename"], r["preferred_forename"]} - {""}:
                    if re.search(rf"(?<!\w){re.escape(fold_s(fn))}(?!\w)", ft):
                        errors.append(f"{pid}: photo post names {fn} (consent_name_with_photo yes)")
                ini = fold_s(r["forename"][0] + "." + r["surname"][0] + ".")
                if re.search(rf"(?<!\w){re.escape(ini)}", ft):
                    errors.append(f"{pid}: photo post has initials {ini} of a name-with-photo pupil")
        # labels: exact substring counts
        for lab in p["expected"]:
            if text.count(lab["text"]) < sum(1 for l in p["expected"] if l["text"] == lab["text"]):
                errors.append(f"{pid}: label {lab['text']!r} over-counted")
        if verbose:
            lab_ranges = [(a, b) for a, b, _ in spans]
            loose = []
            for m in re.finditer(r"\w+", ft):
                if m.group(0) in words:
                    a = idx[m.start()]
                    if not any(x <= a < y for x, y in lab_ranges):
                        loose.append(text[a:idx[m.end() - 1] + 1])
            if loose:
                print(f"{pid}: unlabelled register words: {', '.join(loose)}")

    pp = mis_import.parse_pupils((SETDIR / "register_pupils.csv").read_bytes())
    ps = mis_import.parse_staff((SETDIR / "register_staff.csv").read_bytes())
    for name, parsed in (("pupils", pp), ("staff", ps)):
        if parsed.problems or parsed.ignored_columns:
            errors.append(f"{name} csv: {parsed.problems} {parsed.ignored_columns}")
    if len(pp.rows) != 60:
        errors.append(f"{len(pp.rows)} pupils, want 60")

    for e in errors:
        print("ERROR:", e)
    print(f"check: {len(posts)} posts, {len(rows)} pupils, {len(staff)} staff; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
