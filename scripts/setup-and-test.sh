#!/usr/bin/env bash
# From a fresh clone on Debian 12: installs the dependencies, builds tpmvsc and runs the
# whole test suite (unit, integration against swtpm, scripted UI, end-to-end).
#   sudo bash scripts/setup-and-test.sh          plain build in build/
#   sudo bash scripts/setup-and-test.sh --asan   ASan+UBSan build in build-asan/
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/common.sh

asan=0
case "${1:-}" in
    "") ;;
    --asan) asan=1 ;;
    *) echo "usage: $0 [--asan]" >&2; exit 2 ;;
esac

bash scripts/install-deps.sh

if [ "$asan" -eq 1 ]; then
    build="build-asan"
    configure_and_build "$build" -DCMAKE_BUILD_TYPE=Debug -DTPMVSC_WITH_ASAN=ON
    # halt_on_error: a UBSan finding fails the test that caused it, not just a log line.
    user_env+=(ASAN_OPTIONS=detect_leaks=1
               UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1)
else
    build=build
    configure_and_build "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi

# -j2: each integration test starts its own swtpm; more in parallel only adds noise.
as_user ctest --test-dir "$build" --output-on-failure -j2
