#!/usr/bin/env bash
# From a fresh clone on Debian 12: installs the dependencies, builds tpmvsc and opens its
# card creation wizard on this machine's TPM when this user may open /dev/tpmrm0, else on
# the built-in software TPM (--simulator, for testing: keys are not hardware-protected).
# Cards are made in your own card store (~/.local/share/tpmvsc), as the app always does.
#   sudo bash scripts/setup-and-run.sh
# Needs a graphical session (X11 or Wayland); without one it builds, says so and fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/common.sh

bash scripts/install-deps.sh
configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo -- tpmvsc tpmvscmgr

app=build/app/tpmvsc
[ -x "$app" ] || { echo "setup-and-run: $app was not built" >&2; exit 1; }

# sudo keeps DISPLAY but may drop what a Wayland or X11 client also needs: pass it on.
for var in DISPLAY WAYLAND_DISPLAY XAUTHORITY XDG_RUNTIME_DIR XDG_SESSION_TYPE; do
    if [ -n "${!var:-}" ]; then
        user_env+=("$var=${!var}")
    fi
done
if [ -n "${WAYLAND_DISPLAY:-}" ] && [ -z "${XDG_RUNTIME_DIR:-}" ] && [ -n "${SUDO_USER:-}" ]; then
    user_env+=("XDG_RUNTIME_DIR=/run/user/$(id -u "$SUDO_USER")")
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    cat >&2 <<MSG
setup-and-run: tpmvsc is built ($app), but there is no graphical session to open its
window in: neither DISPLAY (X11) nor WAYLAND_DISPLAY (Wayland) is set.
  - Run this script from a terminal inside your desktop session. If sudo dropped the
    variables, keep them:  sudo --preserve-env=DISPLAY,WAYLAND_DISPLAY,XAUTHORITY,XDG_RUNTIME_DIR bash scripts/setup-and-run.sh
  - Over ssh, connect with X forwarding (ssh -X) and run it again.
  - Without any display, the command line does the same work, for example:
      $(dirname "$app")/tpmvscmgr --simulator create /name MyCard /PIN PROMPT /AdminKey DEFAULT /generate
MSG
    exit 2
fi

tpm=(--simulator)
if as_user test -r /dev/tpmrm0 -a -w /dev/tpmrm0; then
    tpm=()
    echo "== Using this machine's TPM (/dev/tpmrm0)"
else
    echo "== No usable /dev/tpmrm0 for this user: using the built-in software TPM (--simulator)"
fi
echo "== Opening the card creation wizard: $app ${tpm[*]} --create"
as_user "$app" "${tpm[@]}" --create
