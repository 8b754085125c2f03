"""Own checks for set 51: rebuild from markup (span/occurrence/phrase-uniqueness checks),
UPN check letters, CSVs parse with clearpost's importer, then run set2/validate.py."""
import subprocess, sys
from pathlib import Path
D = Path(__file__).resolve().parent.parent
PY = sys.executable
rc = subprocess.call([PY, str(D / "src" / "build.py")])
from clearpost.register import upn as U, mis_import
import csv
bad = [r["upn"] for r in csv.DictReader(open(D / "register_pupils.csv", encoding="utf-8")) if U.problem(r["upn"])]
print("bad register UPNs:", bad)
for f, fn in (("register_pupils.csv", mis_import.parse_pupils), ("register_staff.csv", mis_import.parse_staff)):
    res = fn((D / f).read_bytes())
    print(f, len(res.rows), "rows, problems:", res.problems)
    rc |= bool(res.problems)
rc |= subprocess.call([PY, str(D.parent / "set2" / "validate.py"), str(D)])
sys.exit(1 if (rc or bad) else 0)
