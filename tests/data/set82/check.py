"""Validator for set 82: runs src/check.py (labels, verdicts, UPNs, CSV import, unique record
phrases, contact formats; notes list register names left unlabelled, all intended traps).

    env -u PYTHONPATH /work/main/.venv/bin/python check.py        # with notes
    env -u PYTHONPATH /work/main/.venv/bin/python check.py -q     # errors only
"""
import runpy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))
mod = runpy.run_path(str(Path(__file__).resolve().parent / "src" / "check.py"))
sys.exit(mod["main"]("-q" not in sys.argv))
