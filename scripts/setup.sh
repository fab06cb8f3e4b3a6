#!/usr/bin/env bash
# Install what ClearGround's development needs on Debian 12, only what is missing, then the .venv.
# Idempotent: a second run with everything in place takes about a second.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(qgis python3-qgis qgis-providers python3-pyproj python3-gdal python3-matplotlib python3-venv libgeos-dev
              xvfb xauth qttools5-dev-tools pyqt5-dev-tools poppler-utils zip
              postgresql-15-postgis-3 python3-psycopg2)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "setup: installing ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
    echo "setup: creating .venv (system Python, so that it sees PyQGIS)"
    /usr/bin/python3 -m venv --system-site-packages .venv
fi
stamp=.venv/.requirements-dev.stamp
if [ ! -f "$stamp" ] || ! cmp -s requirements-dev.txt "$stamp"; then
    echo "setup: installing the development Python packages"
    .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt 2>&1 \
        | { grep -v -e "is ignored: it is neither" -e "^DEPRECATION: --no-binary" || true; }
    cp requirements-dev.txt "$stamp"
fi

# QGIS finds plugins by folder name: expose this checkout as 'clearground' on QGIS_PLUGINPATH.
mkdir -p .venv/qgis-plugins
ln -sfn "$PWD" .venv/qgis-plugins/clearground
