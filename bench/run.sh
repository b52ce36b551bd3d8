#!/usr/bin/env bash
# Builds (Release) and runs a benchmark on a private swtpm, or on the TPM named by
# TPMVSC_BENCH_TCTI.
#   bench/run.sh [runs-per-figure] [signatures-per-rate]   card operations (tpmvsc-bench)
#   bench/run.sh pkcs11 [signatures-per-rate] [rounds]     the PKCS#11 module (tpmvsc-bench-pkcs11)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build="$here/build-bench"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
if [[ "${1:-}" == pkcs11 ]]; then
    cmake --build "$build" --target tpmvsc-bench-pkcs11 >/dev/null # builds the module too
    "$build/bench/tpmvsc-bench-pkcs11" -n "${2:-100}" -r "${3:-5}"
else
    cmake --build "$build" --target tpmvsc-bench >/dev/null
    "$build/bench/tpmvsc-bench" "${1:-7}" "${2:-300}"
fi
