"""UPNs: DfE check letter + 884 (Herefordshire LA) + 3127 (fictional establishment) + 2-digit
year of first allocation (25 for Reception ... 19 for Year 6) + serial 101-160."""
import subprocess, json, sys

YEAR = {"R": "25", "1": "24", "2": "23", "3": "22", "4": "21", "5": "20", "6": "19"}


def check_letter(body):
    try:
        from clearpost.register.upn import check_letter as cl
        return cl(body)
    except ImportError:
        raise SystemExit("run with env -u PYTHONPATH /work/main/.venv/bin/python")


def pupil_upns(rows):
    out = []
    for i, r in enumerate(rows):
        body = "884" + "3127" + YEAR[r["year"]] + f"{101 + i:03d}"
        out.append(check_letter(body) + body)
    return out
