"""Validate set 87: env -u PYTHONPATH /work/main/.venv/bin/python check.py [-v]"""
import runpy, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))
runpy.run_path(str(Path(__file__).resolve().parent / "src" / "check.py"), run_name="__main__")
