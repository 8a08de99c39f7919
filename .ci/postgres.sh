#!/usr/bin/env bash
# Install (apt) and start a local PostgreSQL, create a throwaway test database, and print its
# SQLAlchemy URL on stdout (everything else goes to stderr). Idempotent: safe to run again.
# Used by .ci/run:  export CHRONICLE_TEST_PG_URL="$(bash .ci/postgres.sh)"
set -euo pipefail
DB="${CHRONICLE_PG_DB:-chronicle_test}"
ROLE=chronicle
PASS=chronicle

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
VER="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VER main"; then
  pg_createcluster "$VER" main >&2
fi
PORT="$(pg_lsclusters -h | awk -v v="$VER" '$1==v && $2=="main" {print $3}')"
if ! pg_lsclusters -h | awk -v v="$VER" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$VER" main start >&2
fi
for _ in $(seq 1 60); do
  pg_isready -q -h 127.0.0.1 -p "$PORT" && break
  sleep 0.5
done
pg_isready -h 127.0.0.1 -p "$PORT" >&2

psql_su() { runuser -u postgres -- psql -p "$PORT" -v ON_ERROR_STOP=1 -qAt "$@"; }
# Superuser: the integrity tests switch off foreign-key triggers to corrupt a copy on purpose.
if [ "$(psql_su -c "SELECT 1 FROM pg_roles WHERE rolname='$ROLE'")" != 1 ]; then
  psql_su -c "CREATE ROLE $ROLE LOGIN SUPERUSER PASSWORD '$PASS'" >&2
fi
psql_su -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >&2
psql_su -c "CREATE DATABASE $DB OWNER $ROLE" >&2
echo "postgresql+psycopg://$ROLE:$PASS@127.0.0.1:$PORT/$DB"
