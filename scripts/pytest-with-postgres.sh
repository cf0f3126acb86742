#!/usr/bin/env bash
# Run pytest; when a PostgreSQL server is installed (CI installs it from the OS packages),
# start a throwaway cluster on a free loopback port so the store and delivery tests also run
# against PostgreSQL. Without one, those tests report themselves skipped.
set -euo pipefail
pytest_bin="$1"; shift
initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
if [ -n "$initdb" ] && [ -z "${BRIEFBOT_TEST_POSTGRES_URL:-}" ]; then
  bindir=$(dirname "$initdb")
  data=$(mktemp -d /tmp/briefbot-pg.XXXXXX)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  owner=""
  if [ "$(id -u)" = 0 ]; then owner=postgres; chown postgres "$data"; fi
  as_owner() { if [ -n "$owner" ]; then su "$owner" -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
  as_owner "$bindir/initdb -D $data/db -U briefbot --auth=trust -E UTF8 >/dev/null"
  as_owner "$bindir/pg_ctl -D $data/db -o '-k $data -h 127.0.0.1 -p $port' -l $data/log -w start >/dev/null"
  trap 'as_owner "$bindir/pg_ctl -D $data/db -m immediate stop >/dev/null" || true; rm -rf "$data"' EXIT
  as_owner "$bindir/createdb -h 127.0.0.1 -p $port -U briefbot briefbot_test"
  export BRIEFBOT_TEST_POSTGRES_URL="postgresql+asyncpg://briefbot@127.0.0.1:$port/briefbot_test"
  echo "PostgreSQL for tests on 127.0.0.1:$port"
fi
"$pytest_bin" "$@"
