#!/bin/sh
# rebuild set 74: posts, then register (consent_name_with_photo depends on photo posts), then check
cd "$(dirname "$0")/.." && PY="env -u PYTHONPATH /work/main/.venv/bin/python" && \
$PY src/build.py && $PY src/make_register.py && $PY check.py && $PY ../set2/validate.py . --counts > src/counts.txt
