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

log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet test OutlookClientCare.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One closing line over all test projects: "N passed, N failed, N skipped".
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
