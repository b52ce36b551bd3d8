#!/bin/sh
# Builds the libFuzzer targets with clang in a separate build dir and runs each for a
# bounded time on a scratch copy of its seed corpus (the committed corpus stays as is).
# Exits non-zero when a target crashes or a sanitizer reports; the reproducer is left
# in the build dir as crash-<target>-*.
#
#   scripts/run-fuzzer.sh [SECONDS [TARGET...]]
#     SECONDS  per target, default 60
#     TARGET   fuzz_certificate_import (corpus fuzz/corpus/import),
#              fuzz_distinguished_name (fuzz/corpus/dn), fuzz_tpm_response
#              (fuzz/corpus/tpm-response), fuzz_attestation_bundle
#              (fuzz/corpus/attestation-bundle), fuzz_attestation_evidence
#              (fuzz/corpus/attestation-evidence), fuzz_aik_certification_request
#              (fuzz/corpus/aik-certification-request), fuzz_piv_apdu
#              (fuzz/corpus/piv-apdu) and/or fuzz_scep_certrep
#              (fuzz/corpus/scep-certrep); default: all
#   TPMVSC_FUZZ_BUILD_DIR  build dir, default build-fuzz in the source tree
#
# Needs clang and its libFuzzer runtime (Debian: clang, libclang-rt-14-dev).
set -eu

seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-"fuzz_certificate_import fuzz_distinguished_name fuzz_tpm_response fuzz_attestation_bundle fuzz_attestation_evidence fuzz_aik_certification_request fuzz_piv_apdu fuzz_scep_certrep"}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TPMVSC_FUZZ_BUILD_DIR:-$root/build-fuzz}

case $seconds in
    ''|*[!0-9]*) echo "run-fuzzer.sh: SECONDS must be a whole number, not '$seconds'" >&2; exit 2 ;;
esac

cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTPMVSC_FUZZ=ON -DTPMVSC_WITH_TESTS=OFF >/dev/null
# shellcheck disable=SC2086 # targets is a word list
ninja -C "$build" $targets

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM

for target in $targets; do
    case $target in
        fuzz_certificate_import) corpus=import; maxlen=65536 ;;
        fuzz_distinguished_name) corpus=dn; maxlen=8192 ;;
        fuzz_tpm_response) corpus=tpm-response; maxlen=4096 ;;
        fuzz_attestation_bundle) corpus=attestation-bundle; maxlen=16384 ;;
        fuzz_attestation_evidence) corpus=attestation-evidence; maxlen=16384 ;;
        fuzz_aik_certification_request) corpus=aik-certification-request; maxlen=16384 ;;
        fuzz_piv_apdu) corpus=piv-apdu; maxlen=4096 ;;
        fuzz_scep_certrep) corpus=scep-certrep; maxlen=16384 ;;
        *) echo "run-fuzzer.sh: unknown target '$target'" >&2; exit 2 ;;
    esac
    mkdir -p "$scratch/$target"
    cp "$root/fuzz/corpus/$corpus/"* "$scratch/$target/"
    echo "== $target: ${seconds}s, -max_len=$maxlen"
    # libFuzzer exits non-zero on a crash, a leak or a sanitizer report; set -e passes it on.
    "$build/fuzz/$target" -max_total_time="$seconds" -max_len="$maxlen" -print_final_stats=1 \
        -artifact_prefix="$build/crash-$target-" "$scratch/$target"
done
