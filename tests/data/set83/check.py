"""Validate set 83: env -u PYTHONPATH /work/main/.venv/bin/python check.py (runs src/check.py)."""
import runpy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))
sys.argv = [str(Path(__file__).resolve().parent / "src" / "check.py")]
runpy.run_path(sys.argv[0], run_name="__main__")
