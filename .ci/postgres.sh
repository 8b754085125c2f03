#!/usr/bin/env bash
# Install (from Debian's packages) and start a PostgreSQL server on 127.0.0.1 for the
# register tests, and print the URL the tests use. Idempotent.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 && break
  sleep 1
done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='clearpost'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"CREATE ROLE clearpost LOGIN PASSWORD 'clearpost'\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='clearpost_test'\"" | grep -q 1 ||
  su postgres -c "createdb -O clearpost clearpost_test"
echo "postgresql+psycopg://clearpost:clearpost@127.0.0.1:5432/clearpost_test"
