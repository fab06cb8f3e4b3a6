#!/usr/bin/env bash
# Run ClearGround's test suite on another QGIS: Debian trixie's QGIS 3.40 LTR (default) or sid's,
# in a minbase Debian root made with debootstrap and entered with chroot.
#
#   scripts/qgis340.sh [pytest arguments]          the whole suite when no argument is given
#   CG_SUITE=sid scripts/qgis340.sh                the same on Debian sid (QGIS 3.44)
#
# The root is kept in CG_CHROOT_CACHE (default /var/cache/clearground/<suite>, outside the checkout so
# that `make clean` never walks into it); a second run reuses it and only refreshes the copy of the
# project, so it starts in seconds. Mounts (/proc, /dev, /sys) live in a private mount namespace and
# vanish with the run, whatever way it ends. Needs root (uses sudo otherwise) and debootstrap.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=CG_SUITE,CG_CHROOT_CACHE,CG_MIRROR,PIP_CERT "$0" "$@"
fi

PROJECT=$(cd "$(dirname "$0")/.." && pwd)
SUITE=${CG_SUITE:-trixie}
CACHE=${CG_CHROOT_CACHE:-/var/cache/clearground}
ROOTFS=$CACHE/$SUITE
MIRROR=${CG_MIRROR:-http://deb.debian.org/debian}

# What the tests need, from Debian's packages. `qgis` brings /usr/bin/qgis_process.bin.
APT_PACKAGES=(python3-qgis qgis qgis-providers python3-shapely python3-pyproj python3-numpy python3-gdal
              python3-matplotlib python3-pytest python3-pytest-timeout python3-pip qttools5-dev-tools
              poppler-utils python3-psycopg2 make zip unzip ca-certificates)
# Development requirements that these Debian packages already provide (pip would replace them).
FROM_DEBIAN="numpy shapely pyproj matplotlib gdal pytest pytest-timeout ruff"

log() { printf 'qgis-%s: %s\n' "$SUITE" "$*" >&2; }

# The development requirements Debian does not package (pytest-qgis, oracles); never those Debian
# provides (a pin such as numpy<2 would pull a second numpy over Debian's), nor pip options.
pip_requirements() {
    local line name
    while IFS= read -r line; do
        line=${line%%#*}
        case "${line#"${line%%[![:space:]]*}"}" in -*) continue ;; esac  # pip options (--no-binary ...)
        name=$(printf '%s' "$line" | sed -E 's/[[:space:]]//g; s/[<>=!~;\[].*//' | tr 'A-Z_' 'a-z-')
        [ -n "$name" ] || continue
        case " $FROM_DEBIAN " in *" $name "*) continue ;; esac
        printf '%s\n' "$(printf '%s' "$line" | sed -E 's/[[:space:]]//g')"
    done <"$PROJECT/requirements-dev.txt"
}

in_root() {
    # Run a command inside the root with /proc, /dev and /sys mounted in a private namespace.
    unshare --mount --propagation private -- bash -euo pipefail -c '
        root=$1; shift
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
        mount -t sysfs -o ro sysfs "$root/sys"
        exec chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
            PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
    ' in_root "$ROOTFS" "$@"
}

make_root() {
    command -v debootstrap >/dev/null || {
        log "installing debootstrap"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
    }
    log "debootstrap --variant=minbase $SUITE into $ROOTFS (a few minutes, about 2 GB with QGIS)"
    rm -rf "$ROOTFS.partial"
    mkdir -p "$CACHE"
    debootstrap --variant=minbase "$SUITE" "$ROOTFS.partial" "$MIRROR" >"$CACHE/$SUITE-debootstrap.log" 2>&1 || {
        tail -20 "$CACHE/$SUITE-debootstrap.log" >&2
        exit 1
    }
    printf '#!/bin/sh\nexit 101\n' >"$ROOTFS.partial/usr/sbin/policy-rc.d"  # no services in the root
    chmod +x "$ROOTFS.partial/usr/sbin/policy-rc.d"
    # A mirror that serves a frozen snapshot has Release files past their Valid-Until date (sid's
    # say so after a week); this throwaway root accepts them.
    echo 'Acquire::Check-Valid-Until "false";' >"$ROOTFS.partial/etc/apt/apt.conf.d/99clearground"
    mv "$ROOTFS.partial" "$ROOTFS"
}

install_packages() {
    local wanted stamp="$ROOTFS/.clearground-packages"
    wanted=$(printf '%s\n' "${APT_PACKAGES[@]}" "--pip--" $(pip_requirements))
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
        return
    fi
    log "installing ${APT_PACKAGES[*]} and, with pip: $(pip_requirements | tr '\n' ' ')"
    cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
    in_root bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends "$@" >/dev/null' apt "${APT_PACKAGES[@]}"
    mapfile -t pip_packages < <(pip_requirements)
    if ((${#pip_packages[@]})); then
        # The host's certificate bundle: it trusts whatever the host trusts on the way to PyPI.
        cp "${PIP_CERT:-/etc/ssl/certs/ca-certificates.crt}" "$ROOTFS/etc/ssl/host-ca-certificates.crt"
        in_root python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore \
            --cert /etc/ssl/host-ca-certificates.crt --break-system-packages "${pip_packages[@]}"
    fi
    in_root apt-get clean
    printf '%s' "$wanted" >"$stamp"
}

copy_project() {
    # A fresh copy each run (a few MB): the tests write into build/ and the checkout stays untouched.
    # QGIS's settings from an earlier run go too, so that each run starts from the same state.
    rm -rf "$ROOTFS/work" "$ROOTFS/root/.local/share/QGIS" "$ROOTFS/root/.config/QGIS" "$ROOTFS/tmp/"*
    mkdir -p "$ROOTFS/work/main"
    tar -C "$PROJECT" -cf - --exclude=./.git --exclude=./.venv --exclude=./build --exclude=./dist \
        --exclude=./.qgis-settings --exclude=__pycache__ --exclude=.pytest_cache --exclude=.ruff_cache \
        --exclude='*.zip' . | tar -C "$ROOTFS/work/main" -xf -
    if [ -d "$PROJECT/../shared/data" ]; then
        mkdir -p "$ROOTFS/work/shared"
        cp -a "$PROJECT/../shared/data" "$ROOTFS/work/shared/"
    fi
}

main() {
    mkdir -p "$CACHE"
    exec 9>"$CACHE/$SUITE.lock"
    flock 9  # one run per root at a time
    [ -x "$ROOTFS/usr/bin/apt-get" ] || make_root
    install_packages
    copy_project
    local versions
    versions=$(in_root python3 -c 'from qgis.core import Qgis; import numpy, shapely, pyproj, sys
print(f"QGIS {Qgis.QGIS_VERSION}, Python {sys.version.split()[0]}, numpy {numpy.__version__}, "
      f"shapely {shapely.__version__}, pyproj {pyproj.__version__}")')
    log "$versions"
    run_pytest "$@"
}

run_pytest() {
    # pytest from a script outside the checkout (never `python -m pytest` in it: the checkout's
    # processing/ would shadow QGIS's). It writes each test's outcome to a file as soon as it is
    # known and leaves without Python's finalisation: QGIS 3.40 and 3.44 can crash while they shut
    # down after the last test, and such a crash must not hide (or fake) the result.
    local status=/tmp/clearground-pytest.status
    cat >"$ROOTFS/usr/local/bin/clearground-pytest" <<'PY'
#!/usr/bin/python3
import os
import sys

import pytest


class Recorder:
    def __init__(self, out):
        self.out = out

    def write(self, line):
        self.out.write(line + "\n")
        self.out.flush()

    def pytest_collection_finish(self, session):
        self.write(f"collected {len(session.items)}")

    def pytest_runtest_logreport(self, report):
        if report.when == "call" or report.outcome != "passed":
            self.write(f"{report.when} {report.outcome} {report.nodeid}")

    def pytest_sessionfinish(self, session, exitstatus):
        self.write(f"exitstatus {int(exitstatus)}")


with open(sys.argv[1], "w", encoding="utf-8") as out:
    code = int(pytest.main(sys.argv[2:], plugins=[Recorder(out)]))
sys.stdout.flush()
sys.stderr.flush()
os._exit(code)
PY
    chmod +x "$ROOTFS/usr/local/bin/clearground-pytest"
    rm -f "$ROOTFS$status"
    local rc=0
    in_root bash -c 'cd /work/main && QT_QPA_PLATFORM=offscreen exec clearground-pytest "$@"' run \
        "$status" -p no:cacheprovider "$@" || rc=$?
    if ((rc > 128)) && [ -f "$ROOTFS$status" ]; then
        local verdict=0
        python3 - "$ROOTFS$status" "$rc" <<'PY' || verdict=$?
import sys

lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
rc = int(sys.argv[2])
collected, outcomes, finished = None, {}, None
for line in lines:
    word, _, rest = line.partition(" ")
    if word == "collected":
        collected = int(rest)
    elif word == "exitstatus":
        finished = int(rest)
    else:
        outcome, _, nodeid = rest.partition(" ")
        if outcomes.get(nodeid) != "failed":
            outcomes[nodeid] = outcome
print(f"QGIS crashed (signal {rc - 128}) after the tests; the result comes from each test's report:")
if finished is None and (collected is None or len(outcomes) < collected):
    print(f"the crash came during the tests, after {len(outcomes)} of {collected}")
    sys.exit(rc)
failed = sorted(n for n, o in outcomes.items() if o == "failed")
for nodeid in failed:
    print(f"FAILED {nodeid}")
counts = {o: sum(1 for v in outcomes.values() if v == o) for o in ("passed", "failed", "skipped")}
print(f"{counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped")
sys.exit(finished if finished is not None else (1 if failed else 0))
PY
        rc=$verdict
    fi
    return "$rc"
}

main "$@"
