"""Own checks for set 62: rebuild, run set2/validate.py, re-check labels, UPNs, phrases, contacts."""
import json, re, subprocess, sys
from pathlib import Path
HERE = Path(__file__).parent
SET = HERE.parent
PY = sys.executable
sys.path.insert(0, str(HERE))
from clearpost.register import upn as U

errors = []
posts = [json.loads(l) for l in open(SET / "posts.jsonl", encoding="utf-8")]
ids = [p["id"] for p in posts]
if ids != [f"z62-{i:03d}" for i in range(1, 221)]:
    errors.append("ids are not z62-001..z62-220")
school = json.loads((SET / "school.json").read_text())
if set(school) != {"name", "address", "postcode", "phone", "email", "website"}:
    errors.append("school.json keys")
PHONE_OK = re.compile(r"(07700\s?900|01632\s?960|0113\s?496\s?0|020\s?7946\s?0|0161\s?496\s?0|0117\s?496\s?0|0121\s?496\s?0|0131\s?496\s?0|0191\s?498\s?0|028\s?9649\s?6|029\s?2018\s?0)")
for p in posts:
    for l in p["expected"]:
        if l["text"] not in p["text"]:
            errors.append(f"{p['id']}: {l['text']!r} missing")
        if l["kind"] == "phone":
            d = l["text"].replace("o", "0").replace("O", "0").replace("+44 ", "0").replace("(", "").replace(")", "")
            if not PHONE_OK.search(d.replace(" ", " ")) and not PHONE_OK.search(re.sub(r"\s", "", d)[:5] + " " + re.sub(r"\s", "", d)[5:]):
                errors.append(f"{p['id']}: phone {l['text']!r} outside drama ranges")
        if l["kind"] == "upn" and U.problem(re.sub(r"[\s.-]", "", l["text"]).upper()):
            errors.append(f"{p['id']}: bad upn {l['text']}")
    for m in re.finditer(r"\b0\d{3,4}[\s\d]{6,9}\d\b|07\d{3}\s?\d{6}", p["text"]):
        s = re.sub(r"\s", "", m.group())
        if not any(re.sub(r"\s", "", x).startswith(s[:7]) for x in ("07700900", "01632960", "01134960", "02079460", "01614960", "01174960", "01214960", "01314960", "01914980", "02896496", "02920180")):
            errors.append(f"{p['id']}: phone-like {m.group()!r} outside drama ranges")
    for m in re.finditer(r"[\w.]+@([\w.-]+)", p["text"]):
        dom = m.group(1).lower()
        if not (dom.endswith(".example") or dom in {"gmail.com", "hotmail.co.uk", "icloud.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "wp.pl"}):
            errors.append(f"{p['id']}: e-mail domain {dom}")
r = subprocess.run([PY, "/work/main/tests/data/set2/validate.py", str(SET)], capture_output=True, text=True)
print(r.stdout.strip().splitlines()[-1])
if r.returncode:
    errors.append("validate.py failed:\n" + r.stdout)
for e in errors:
    print("ERROR:", e)
print(f"check.py: {len(errors)} error(s)")
sys.exit(1 if errors else 0)
