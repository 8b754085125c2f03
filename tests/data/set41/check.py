"""Run the set 41 validator: env -u PYTHONPATH /work/main/.venv/bin/python check.py"""
import runpy, pathlib
runpy.run_path(str(pathlib.Path(__file__).resolve().parent / "src" / "check.py"), run_name="__main__")
