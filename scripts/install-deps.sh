#!/usr/bin/env bash
# Installs everything tpmvsc needs to build, run and test on Debian 12. The one package
# list of the project: setup-and-run.sh, setup-and-test.sh and .ci/run all come here.
# Always runs apt-get (it is idempotent and quick when everything is there), so a
# package added to this list reaches every machine on its next run.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libgl-dev qt6-tools-dev qt6-l10n-tools
    # the attestation CA (tpmvsc-attestca) serves HTTP (Qt's CMake package of the HTTP
    # server needs the WebSockets one, which Debian does not pull in)
    qt6-httpserver-dev qt6-websockets-dev
    # SVG icons (the icon engine plugin) and Qt's own ja/de strings (wizard buttons)
    qt6-svg-dev qt6-translations-l10n
    libtss2-dev libssl-dev libp11-kit-dev
    # the software TPM: tests, and the built-in simulator (--simulator)
    swtpm swtpm-tools
    # independent checkers used by the tests (gdb: gcore where core_pattern pipes cores away)
    tpm2-tools opensc gnutls-bin openssl openssh-client p11-kit gdb
    # sshd for the tests of tpmvscmgr /machine (a real ssh to a loopback server)
    openssh-server
    # PKCS#11 peers of the module's acceptance tests: OpenSSL engine, PAM logon
    libengine-pkcs11-openssl libpam-pkcs11 pamtester
    # a SCEP CA (micromdm's scepserver) for the enrollment tests, and python3's http.server
    # as the web server that answers junk in its place
    scep python3
    # the PC/SC side of the cards: pcscd with vsmartcard's virtual reader driver, read by
    # OpenSC's PIV driver (opensc, above) in the reader's tests
    pcscd vsmartcard-vpcd
    # pgrep: the reader's test refuses to run beside a pcscd someone else started
    procps
    # the .desktop file and AppStream metainfo are validated by the tests
    desktop-file-utils appstream
    # the libFuzzer target for the certificate import parser
    clang libclang-rt-14-dev
    # headless UI tests (offscreen or Xvfb) need a font to lay out text
    xvfb xauth fonts-dejavu-core
    # Japanese text in the translated UI and its screenshots
    fonts-ipafont-gothic
    # style
    clang-format
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "install-deps: run as root (or install sudo) to install: ${packages[*]}" >&2
        exit 1
    fi
}

export DEBIAN_FRONTEND=noninteractive
as_root env DEBIAN_FRONTEND=noninteractive apt-get update </dev/null
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    "${packages[@]}" </dev/null
