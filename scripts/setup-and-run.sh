#!/usr/bin/env bash
# From a fresh clone on Debian 12: installs the dependencies, builds tpmvsc and shows it
# working: creates a virtual smart card, lists it, shows its status and destroys it.
# Uses the machine's TPM when this user may open /dev/tpmrm0, else the built-in software
# TPM (--simulator). The demo works in a throwaway card store: it never touches the
# cards you already have.
#   sudo bash scripts/setup-and-run.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/common.sh

bash scripts/install-deps.sh
configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo -- tpmvscmgr

tpmvscmgr=$(find build -type f -name tpmvscmgr -perm -u+x | head -n 1)
[ -n "$tpmvscmgr" ] || { echo "setup-and-run: tpmvscmgr was not built" >&2; exit 1; }

home=$(as_user mktemp -d -t tpmvsc-demo.XXXXXX)
trap 'as_user rm -rf "$home"' EXIT
user_env+=(TPMVSC_HOME="$home")

tpm=(--simulator)
if as_user test -r /dev/tpmrm0 -a -w /dev/tpmrm0; then
    tpm=()
    echo "== Using this machine's TPM (/dev/tpmrm0)"
else
    echo "== No usable /dev/tpmrm0 for this user: using the built-in software TPM (--simulator)"
fi

run() {
    echo "\$ tpmvscmgr $*"
    as_user "$tpmvscmgr" "${tpm[@]}" "$@"
}

created=$(run create /name DemoVSC /pin default /adminkey random /generate) || {
    echo "$created"
    exit 1
}
echo "$created"
instance=$(grep -o 'ROOT\\SMARTCARDREADER\\[0-9]\{4\}' <<<"$created" | head -n 1 || true)
instance=${instance:-'ROOT\SMARTCARDREADER\0000'}
run list
run status /instance "$instance"
run destroy /instance "$instance"
run list
echo "== Done: the demo card was created on the TPM, inspected and destroyed."
