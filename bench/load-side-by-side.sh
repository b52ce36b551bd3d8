#!/usr/bin/env bash
# What loading a PKCS#11 module costs a program that lists modules when the user has no
# card: `pkcs11-tool --module M -L` (load, C_Initialize, C_GetInfo, C_GetSlotList,
# C_Finalize), timed as a whole process, for
#   tpmvsc       our module as registered with p11-kit (the loader)
#   tpmvsc-impl  our implementation loaded directly (what every program paid before the
#                loader)
#   tpm2-pkcs11  Debian's tpm2-pkcs11, on a private swtpm with an empty store
#   trust        p11-kit-trust, a small module (it reads the system's CA bundle)
#   none         a module path that does not exist: pkcs11-tool's own start-up, the floor
# RUNS rounds (default 30) after one warm-up round; each round runs the five in turn, so a
# machine whose speed drifts slows them alike. Prints the median, min and max wall time and
# the median peak resident memory (/usr/bin/time's %M) of each.
#   bench/load-side-by-side.sh [RUNS]
# Our card store is an empty TPMVSC_HOME. tpm2-pkcs11 talks to the TPM in C_Initialize and
# fails without one, so it gets a swtpm (TPM2_PKCS11_TCTI) and an empty TPM2_PKCS11_STORE,
# where it makes its database on the warm-up run; it then lists one empty slot.
# BUILD (default build-bench) is the Release build tree used, configured and built here.
# Needs opensc (pkcs11-tool), swtpm, libtpm2-pkcs11-1, p11-kit-modules, time.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$here/build-bench}
runs=${1:-30}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target tpmvsc-pkcs11 >/dev/null
modules=/usr/lib/x86_64-linux-gnu/pkcs11
names=(tpmvsc tpmvsc-impl tpm2-pkcs11 trust none)
paths=("$build/pkcs11/libtpmvsc-pkcs11.so" "$build/tpmvsc/libtpmvsc-pkcs11-impl.so"
    "$modules/libtpm2_pkcs11.so" "$modules/p11-kit-trust.so" /nonexistent/module.so)

tmp=$(mktemp -d)
swtpm socket --tpm2 --tpmstate dir="$tmp" --server type=unixio,path="$tmp/swtpm.sock" \
    --ctrl type=unixio,path="$tmp/swtpm.sock.ctrl" --flags not-need-init,startup-clear \
    2>/dev/null &
swtpm_pid=$!
trap 'kill $swtpm_pid 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 50); do [ -S "$tmp/swtpm.sock" ] && break; sleep 0.1; done
mkdir -m 700 "$tmp/tpmvsc" "$tmp/tpm2-pkcs11"
export TPMVSC_HOME="$tmp/tpmvsc" TPM2_PKCS11_STORE="$tmp/tpm2-pkcs11"
export TPM2_PKCS11_TCTI="swtpm:path=$tmp/swtpm.sock" TSS2_LOG=all+NONE TPM2_PKCS11_LOG_LEVEL=0

# One run: "<wall µs> <peak KiB>".
run() {
    local start end
    start=${EPOCHREALTIME/./}
    /usr/bin/time -f %M -o "$tmp/rss" pkcs11-tool --module "$1" -L >/dev/null 2>&1 || true
    end=${EPOCHREALTIME/./}
    # The last line: time(1) puts "Command exited with non-zero status" before it.
    echo "$((end - start)) $(tail -n 1 "$tmp/rss")"
}

for i in "${!names[@]}"; do
    # The warm-up round, which also shows that each module answers.
    printf '%-12s ' "${names[$i]}"
    { pkcs11-tool --module "${paths[$i]}" -L 2>&1 || true; } | grep -m1 -E '^(Slot|No slots)|rror' || echo
    : >"$tmp/times-${names[$i]}"
done
for _ in $(seq "$runs"); do
    for i in "${!names[@]}"; do
        run "${paths[$i]}" >>"$tmp/times-${names[$i]}"
    done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf '\n%-12s %10s %10s %10s %12s\n' module "wall ms" min max "peak MiB"
for name in "${names[@]}"; do
    f="$tmp/times-$name"
    awk '{ print $1 }' "$f" | median >"$tmp/m"
    printf '%-12s %10.1f %10.1f %10.1f %12.1f\n' "$name" \
        "$(awk '{ print $1 / 1000 }' "$tmp/m")" \
        "$(awk '{ print $1 / 1000 }' "$f" | sort -n | head -1)" \
        "$(awk '{ print $1 / 1000 }' "$f" | sort -n | tail -1)" \
        "$(awk '{ print $2 / 1024 }' "$f" | median)"
done
