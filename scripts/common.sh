# shellcheck shell=bash
# Shared by setup-and-run.sh and setup-and-test.sh (sourced, not run).

# Run as root through sudo, install as root, but build and run as the user who typed
# `sudo`: a build tree owned by root in a user's clone would need sudo forever after,
# and the cards of a normal user are what we want to exercise.
as_user() {
    if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "${SUDO_USER}" != root ]; then
        # runuser (util-linux) is on every Debian; sudo need not be (root login).
        local user_home
        user_home=$(getent passwd "$SUDO_USER" | cut -d: -f6)
        runuser -u "$SUDO_USER" -- env HOME="$user_home" USER="$SUDO_USER" LOGNAME="$SUDO_USER" \
            "${user_env[@]}" "$@"
    else
        env "${user_env[@]}" "$@"
    fi
}
user_env=(PATH="$PATH")

# configure_and_build BUILD_DIR [cmake options...] [-- targets...]
configure_and_build() {
    local dir=$1
    shift
    local options=() targets=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do options+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    targets=("$@")
    as_user cmake -S . -B "$dir" -G Ninja -DTPMVSC_WERROR=ON "${options[@]}"
    if [ ${#targets[@]} -gt 0 ]; then
        as_user cmake --build "$dir" --target "${targets[@]}"
    else
        as_user cmake --build "$dir"
    fi
}
