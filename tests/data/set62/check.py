"""Run: env -u PYTHONPATH /work/main/.venv/bin/python check.py  (rebuilds from src/, then checks)."""
import runpy, subprocess, sys
from pathlib import Path
here = Path(__file__).parent
subprocess.run([sys.executable, str(here / "src" / "build.py")], check=True)
runpy.run_path(str(here / "src" / "check.py"), run_name="__main__")
