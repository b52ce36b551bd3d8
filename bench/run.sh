#!/usr/bin/env bash
# Builds (Release) and runs the card benchmark on a private swtpm, or on the TPM named by
# TPMVSC_BENCH_TCTI. Usage: bench/run.sh [runs-per-figure] [signatures-per-rate]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build="$here/build-bench"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target tpmvsc-bench >/dev/null
"$build/bench/tpmvsc-bench" "${1:-7}" "${2:-300}"
