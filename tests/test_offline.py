"""Nothing touches the network at run time: a check runs with every socket refused."""

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import PUPILS_CSV

CLI = Path(sys.executable).with_name("clearpost")

# Loaded by Python at start-up (sitecustomize): any attempt to reach another machine fails.
NO_NETWORK = """
import socket

def refuse(*args, **kwargs):
    raise OSError("network use is forbidden in this test")

for name in ("connect", "connect_ex", "sendto"):
    setattr(socket.socket, name, refuse)
socket.getaddrinfo = refuse
socket.create_connection = refuse
"""


def test_a_check_with_the_network_closed(tmp_path):
    (tmp_path / "sitecustomize.py").write_text(NO_NETWORK)
    (tmp_path / "pupils.csv").write_text(PUPILS_CSV)
    env = dict(os.environ, CLEARPOST_HOME=str(tmp_path / "data"), PYTHONPATH=str(tmp_path))
    env.pop("CLEARPOST_DATABASE_URL", None)
    run = subprocess.run(
        [str(CLI), "register", "import", str(tmp_path / "pupils.csv")],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    run = subprocess.run(
        [str(CLI), "check", "--json", "--text",
         "Well done Olivia Barker! Email olivia.parent@example.com or ring 07700 900123."],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 20, run.stderr  # block
    rules = sorted(f["rule"] for f in json.loads(run.stdout)["findings"])
    assert rules == ["text.contact_details", "text.contact_details", "text.pupil_full_name"]
    # The sitecustomize really was in force (so the test can fail).
    probe = subprocess.run(
        [sys.executable, "-c", "import socket; socket.create_connection(('127.0.0.1', 9))"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "network use is forbidden" in probe.stderr
