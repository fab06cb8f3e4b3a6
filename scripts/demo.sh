#!/usr/bin/env bash
# The demo: build the sample workspace over the real districts and run the ClearGround algorithms on
# it with qgis_process, as a batch user would. Results go to ./sample/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/sample
SITE=$(ls -d "$ROOT"/.venv/lib/python3*/site-packages | head -1)
export QT_QPA_PLATFORM=offscreen
export QGIS_PLUGINPATH=$ROOT/build/qgis-plugins
export QGIS_CUSTOM_CONFIG_PATH=$ROOT/build/profile
export PYTHONPATH=$SITE
mkdir -p "$QGIS_PLUGINPATH"
ln -sfn "$ROOT" "$QGIS_PLUGINPATH/clearground"
DISTRICTS=$ROOT/resources/data/districts/geoBoundaries-AZE-ADM2.geojson

qp() { /usr/bin/qgis_process.bin "$@" 2> >(grep -v -e "XDG_RUNTIME_DIR" -e "setapi" >&2); }
step() { printf '\n== %s\n' "$*"; }

rm -rf "$OUT"
mkdir -p "$OUT"
qp plugins enable clearground >/dev/null

step "Sample workspace: minefield records, recorded mines, hazards, sectors and finds over the real districts"
qp run clearground:createsample -- OUTPUT="$OUT/clearground-sample.gpkg" SEED=42
WS=$OUT/clearground-sample.gpkg
