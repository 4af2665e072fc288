#!/usr/bin/env bash
# Runs every test of OutlookClientCare on a fresh Debian/Ubuntu machine that has the .NET SDK.
# Tests that read ../shared (public corpus, Graph metadata) skip with a message where it is missing.
set -uo pipefail
cd "$(dirname "$0")"

# The task pane is built with Node (npm) as part of the server build; the browser tests drive
# Debian's Chromium. Install Chromium when it is missing (as root through apt-get), else say what to do.
if ! command -v npm >/dev/null 2>&1; then
  echo "test.sh: Node.js with npm is needed to build the task pane (apt-get install -y nodejs npm)." >&2
  exit 1
fi
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing Chromium for the browser tests (about 80 s)..."
    apt-get update -qq \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 chromium \
      || { echo "test.sh: could not install chromium with apt-get." >&2; exit 1; }
  else
    echo "test.sh: the browser tests need Chromium at /usr/bin/chromium: run 'sudo apt-get install -y chromium' or run this script as root." >&2
    exit 1
  fi
fi

# The server tests run twice: on SQLite (the default store) and on PostgreSQL (the store for
# several instances). OCC_TEST_POSTGRES names a server and a role that may create databases; without
# it, as root, Debian's PostgreSQL is installed when missing, started, and given such a role.
if [ -z "${OCC_TEST_POSTGRES:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    if ! command -v pg_lsclusters >/dev/null 2>&1; then
      echo "test.sh: installing PostgreSQL for the server tests on PostgreSQL (about 30 s)..."
      apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 postgresql \
        || { echo "test.sh: could not install postgresql with apt-get." >&2; exit 1; }
    fi
    if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
      pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
      pg_createcluster "$pg_version" main >/dev/null || { echo "test.sh: could not create a PostgreSQL $pg_version cluster." >&2; exit 1; }
    fi
    read -r pg_version pg_cluster pg_port pg_status _ < <(pg_lsclusters -h | head -n 1)
    if [ "$pg_status" != online ]; then
      pg_ctlcluster "$pg_version" "$pg_cluster" start || { echo "test.sh: could not start PostgreSQL $pg_version/$pg_cluster." >&2; exit 1; }
    fi
    runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -p "$pg_port" -d postgres <<'SQL' \
      || { echo "test.sh: could not create the PostgreSQL role occ_test." >&2; exit 1; }
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'occ_test') THEN
    CREATE ROLE occ_test;
  END IF;
END $$;
ALTER ROLE occ_test LOGIN CREATEDB PASSWORD 'occ_test';
SQL
    export OCC_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=occ_test;Password=occ_test;Database=postgres"
  else
    echo "test.sh: the server tests also run on PostgreSQL: set OCC_TEST_POSTGRES to the connection string of a role that may create databases (Host=...;Username=...;Password=...;Database=postgres), or run this script as root." >&2
    exit 1
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

OCC_TEST_POSTGRES= dotnet test OutlookClientCare.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

echo "test.sh: the server tests again, on PostgreSQL..."
dotnet test tests/OutlookClientCare.Server.Tests -c Release --no-build 2>&1 | tee -a "$log"
[ "${PIPESTATUS[0]}" = 0 ] || status=1

# One closing line over all test runs: "N passed, N failed, N skipped".
awk '
  /(Passed|Failed)!  *- *Failed: / {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:")  { f += $(i+1) + 0 }
      if ($i == "Passed:")  { p += $(i+1) + 0 }
      if ($i == "Skipped:") { s += $(i+1) + 0 }
    }
    found = 1
  }
  END { if (found) printf "%d passed, %d failed, %d skipped\n", p, f, s }
' "$log"

exit "$status"
