#!/usr/bin/env bash
# Runs every test of OutlookClientCare on a fresh Debian/Ubuntu machine that has the .NET SDK.
# Tests that read ../shared (public corpus, Graph metadata) skip with a message where it is missing.
set -uo pipefail
cd "$(dirname "$0")"

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
