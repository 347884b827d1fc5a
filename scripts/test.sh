#!/usr/bin/env bash
# Runs every test suite of Sanad: the integration and unit tests on SQLite, the same suite on a
# real PostgreSQL server, then the browser tests in Debian's Chromium. Installs and starts what
# it needs when missing (PostgreSQL, Chromium), so it works on a fresh Debian 12 machine.
set -euo pipefail
cd "$(dirname "$0")/.."

"$(dirname "$0")/test-services.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log_dir="$(mktemp -d)"
trap 'rm -rf "$log_dir"' EXIT

dotnet build Sanad.slnx -c Release -warnaserror 2>&1 | tail -n 3

run() { # a name, then the command; keeps the output to count results and to show failures
    local name="$1" rc=0; shift
    echo "== $name"
    "$@" > "$log_dir/$name.log" 2>&1 || rc=$?
    grep -E "^(Passed|Failed)!|\[FAIL\]| error " "$log_dir/$name.log" || true
    [ "$rc" -eq 0 ] || tail -n 100 "$log_dir/$name.log"
    return "$rc"
}

status=0
run sqlite dotnet test tests/Sanad.Tests -c Release --no-build || status=1
SANAD_TEST_PROVIDER=Postgres SANAD_TEST_POSTGRES="${SANAD_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres}" \
    run postgres dotnet test tests/Sanad.Tests -c Release --no-build || status=1
run browser dotnet test tests/Sanad.BrowserTests -c Release --no-build || status=1

passed=$(grep -hoE "Passed: +[0-9]+" "$log_dir"/*.log | awk '{s+=$2} END {print s+0}')
failed=$(grep -hoE "Failed: +[0-9]+" "$log_dir"/*.log | awk '{s+=$2} END {print s+0}')
echo "Tests: $passed passed, $failed failed"
exit $status
