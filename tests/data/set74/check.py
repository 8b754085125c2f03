"""Run: env -u PYTHONPATH /work/main/.venv/bin/python check.py  (rebuilds nothing; checks)."""
import runpy, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent / "src"))
runpy.run_path(str(Path(__file__).parent / "src" / "check.py"), run_name="__main__")
