"""Set 75 validator: runs src/check.py (labels, order, names, record phrases, verdicts, UPNs, CSVs).

    env -u PYTHONPATH /work/main/.venv/bin/python check.py
"""
import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).resolve().parent / "src" / "check.py"), run_name="__main__")
