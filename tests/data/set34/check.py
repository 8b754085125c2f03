"""Validate set 34 (Gaelscoil Chnoc na Fuinseoige, west Belfast): rebuild-free check of posts.jsonl and the registers.

Run:  env -u PYTHONPATH /work/main/.venv/bin/python check.py
(from this folder; it runs src/check.py, which imports clearpost.register.mis_import to parse the
CSVs, re-derives rule/verdict from the markup exactly as src/build.py does, checks that every label
text occurs in its post at a word boundary, UPN check letters, no repeated health/circumstance
phrase, and consent_name_with_photo = no for every pupil named in a photo post).
Exit code 0 and "0 errors" = valid. Warnings list register forenames left unlabelled (intended traps).
"""
import os, runpy, sys
here = os.path.dirname(os.path.abspath(__file__))
os.chdir(os.path.join(here, "src"))
sys.path.insert(0, os.getcwd())
runpy.run_path("check.py", run_name="__main__")
