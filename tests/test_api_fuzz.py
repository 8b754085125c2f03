"""Schemathesis against the real `clearpost serve`, from the API's own OpenAPI document.

Issue 17: no request of any shape makes the service answer 5xx, and every 4xx is JSON with
a message saying what to do (the extension shows it; a 500 in "warn" mode would let the
post out unchecked). Schemathesis's CLI runs its phases against every operation: the
document's examples, the coverage phase (each field's boundaries, wrong types, missing and
extra fields, odd headers, undeclared methods), then random requests that fit the document
and that do not; with the shared token and a generated X-Clearpost-User, as the extension
and scripts send them.

Checks: no 5xx; answers as documented (status, content type, headers, JSON schema);
requests the document rules out are refused; undeclared methods get a 405 with Allow; and
refusal_is_json_with_a_message (tests/schemathesis_checks.py). Not checked: that every
schema-valid request is accepted, which a random enrolment code or base64 "photo" cannot be.

Bounded: EXAMPLES per operation and phase, a fixed seed (the same requests every run, so a
failure is reproducible), no example database written; about 30 s on 2 busy cores.
"""

import os
import subprocess
import sys
from pathlib import Path

import test_serve

from clearpost.web.openapi import document

server = test_serve.server  # the fixture: `clearpost serve` in a subprocess, on a free port

ST = Path(sys.executable).with_name("st")
EXAMPLES = 40
CHECKS = (
    "not_a_server_error", "status_code_conformance", "content_type_conformance",
    "response_headers_conformance", "response_schema_conformance", "negative_data_rejection",
    "unsupported_method", "refusal_is_json_with_a_message",
)  # fmt: skip


def test_no_request_gets_a_5xx_and_every_refusal_says_what_to_do(server, tmp_path):
    base, home, proc = server
    token = (home / "api.token").read_text().strip()
    env = dict(
        os.environ,
        SCHEMATHESIS_HOOKS="schemathesis_checks",
        PYTHONPATH=os.pathsep.join([str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")]),
        NO_COLOR="1",
    )
    run = subprocess.run(
        [
            str(ST), "run", f"{base}/api/v1/openapi.json",
            "--header", f"Authorization: Bearer {token}",
            "--checks", ",".join(CHECKS),
            "--max-examples", str(EXAMPLES), "--seed", "1",
            "--generation-database", "none", "--no-color",
            "--report", "junit", "--report-dir", str(tmp_path),
            "--request-timeout", "60", "--max-failures", "50", "--continue-on-failure",
        ],
        env=env, capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )  # fmt: skip
    out = run.stdout + run.stderr
    assert run.returncode == 0, out[-12000:]
    # It really ran: every operation, with the token accepted (a check was made).
    operations = sum(len(item) for item in document()["paths"].values()) - 1  # not itself
    assert f"{operations} selected / {operations} total" in out, out[-3000:]
    assert test_serve.get(base + "/api/v1/health")[0] == 200
