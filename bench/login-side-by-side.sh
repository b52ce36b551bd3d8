#!/usr/bin/env bash
# C_Login of tpmvsc's PKCS#11 module and of tpm2-pkcs11, side by side on one private swtpm
# provisioned as a fleet machine's TPM is (the TCG storage key persistent at 0x81000001,
# which both modules then use). Each module gets a token with user PIN 12345678 and one
# P-256 key; the two are measured in turn, REPEATS times, ROUNDS logins each.
#   bench/login-side-by-side.sh [ROUNDS] [REPEATS]
# The swtpm TCTI finds the control socket at the data socket's path + ".ctrl".
# Both reach the TPM through tpm2-abrmd (its own D-Bus session bus): tpm2_ptool needs a
# resource manager, since swtpm holds only three loaded objects.
# Needs swtpm, tpm2-tools, tpm2-abrmd, libtss2-tcti-tabrmd0, libtpm2-pkcs11-1 and
# libtpm2-pkcs11-tools (tpm2_ptool).
set -euo pipefail
if [ -z "${TPMVSC_LOGIN_BENCH_BUS:-}" ]; then
    TPMVSC_LOGIN_BENCH_BUS=1 exec dbus-run-session -- bash "$0" "$@"
fi
here=$(cd "$(dirname "$0")/.." && pwd)
build="$here/build-bench"
rounds=${1:-20}
repeats=${2:-3}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target tpmvsc-bench-login tpmvsc-pkcs11 tpmvscmgr >/dev/null
ours="$build/pkcs11/libtpmvsc-pkcs11.so"
theirs=/usr/lib/x86_64-linux-gnu/pkcs11/libtpm2_pkcs11.so

tmp=$(mktemp -d)
swtpm socket --tpm2 --tpmstate dir="$tmp" --server type=unixio,path="$tmp/swtpm.sock" \
    --ctrl type=unixio,path="$tmp/swtpm.sock.ctrl" --flags not-need-init,startup-clear &
swtpm_pid=$!
trap 'kill $swtpm_pid 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 50); do [ -S "$tmp/swtpm.sock" ] && break; sleep 0.1; done
tpm2-abrmd --session --allow-root --tcti="swtpm:path=$tmp/swtpm.sock" &
abrmd_pid=$!
trap 'kill $abrmd_pid $swtpm_pid 2>/dev/null; rm -rf "$tmp"' EXIT
tcti="tabrmd:bus_type=session"
for _ in $(seq 50); do tpm2_getcap -T "$tcti" properties-fixed >/dev/null 2>&1 && break; sleep 0.1; done
export TPM2TOOLS_TCTI="$tcti" TPM2_PKCS11_TCTI="$tcti" TPMVSC_TCTI="$tcti"
tpm2_dictionarylockout -Q -s -n 1000 -t 1 -l 1
tpm2_createprimary -Q -C o -g sha256 -G ecc256:aes128cfb -c "$tmp/srk.ctx" \
    -a "fixedtpm|fixedparent|sensitivedataorigin|userwithauth|noda|restricted|decrypt"
tpm2_evictcontrol -Q -C o -c "$tmp/srk.ctx" 0x81000001
tpm2_flushcontext -t

export TPMVSC_HOME="$tmp/tpmvsc" TPM2_PKCS11_STORE="$tmp/tpm2-pkcs11"
mkdir -m 700 "$TPMVSC_HOME" "$TPM2_PKCS11_STORE"
"$build/app/tpmvscmgr" create /name bench /pin default /adminkey random /generate /quiet >/dev/null
printf '12345678\n' | "$build/app/tpmvscmgr" keygen /instance 0 /key p256 /quiet >/dev/null
tpm2_ptool init --primary-handle=0x81000001 >/dev/null
tpm2_ptool addtoken --pid=1 --label=bench --sopin=so-pin-1234 --userpin=12345678 >/dev/null
tpm2_ptool addkey --label=bench --userpin=12345678 --algorithm=ecc256 --key-label=k >/dev/null

for i in $(seq "$repeats"); do
    printf 'tpmvsc      %s: ' "$i"
    printf '12345678\n' | "$build/bench/tpmvsc-bench-login" "$ours" "$rounds"
    printf 'tpm2-pkcs11 %s: ' "$i"
    printf '12345678\n' | "$build/bench/tpmvsc-bench-login" "$theirs" "$rounds"
done
