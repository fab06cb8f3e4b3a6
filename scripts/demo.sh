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

qp() { /usr/bin/qgis_process.bin "$@" 2> >(grep -v -e "XDG_RUNTIME_DIR" -e "setapi" >&2) | grep -v "SAGA"; }
step() { printf '\n== %s\n' "$*"; }

rm -rf "$OUT"
mkdir -p "$OUT"
qp plugins enable clearground >/dev/null || true  # "already enabled" is an error to qgis_process

step "Sample workspace: minefield records, recorded mines, hazards, sectors and finds over the real districts"
qp run clearground:createsample -- OUTPUT="$OUT/clearground-sample.gpkg" SEED=42
WS=$OUT/clearground-sample.gpkg

step "Import a mine map written as a paper traverse (bearings in Soviet mils, distances in metres)"
qp run clearground:importminemap -- INPUT="$ROOT/tests/data/import/traverse.csv" DEFAULT_UNIT=mil6000 \
    OUTPUT_RECORDS="$OUT/imported_records.gpkg" OUTPUT_MINES="$OUT/imported_mines.gpkg" \
    OUTPUT_REJECTS="$OUT/import_rejects.csv"

step "Tally finds per district and quarter, with hectares released"
qp run clearground:tallyfinds -- FINDS="$WS|layername=finds" DISTRICTS="$DISTRICTS" DISTRICT_FIELD=shapeName \
    PERIOD=quarter SECTORS="$WS|layername=sectors" \
    OUTPUT_TABLE="$OUT/tally.csv" OUTPUT_LAYER="$OUT/tally_districts.gpkg"

step "Find where the mine maps and the finds disagree"
qp run clearground:finddiscrepancies -- RECORDS="$WS|layername=minefield_records" \
    RECORDED_MINES="$WS|layername=recorded_mines" FINDS="$WS|layername=finds" SECTORS="$WS|layername=sectors" \
    OUTPUT="$OUT/discrepancies.gpkg" OUTPUT_OFFSETS="$OUT/offsets.csv"

step "Move the uncleared rest of the shifted records by their estimated offsets"
qp run clearground:correctrecord -- RECORDS="$WS|layername=minefield_records" \
    RECORDED_MINES="$WS|layername=recorded_mines" OFFSETS="$OUT/offsets.csv" \
    OUTPUT_RECORDS="$OUT/corrected_records.gpkg" OUTPUT_MINES="$OUT/corrected_mines.gpkg"

step "Cut 25 m clearance sectors over every record"
qp run clearground:generatesectors -- INPUT="$WS|layername=minefield_records" ID_FIELD=record_id CELL_SIZE=25 \
    ORIENTATION=longest_edge OUTPUT="$OUT/record_sectors.gpkg"

step "Mark the record sectors that the sample's cleared ground covers"
qp run clearground:marksectors -- SECTORS="$OUT/record_sectors.gpkg" \
    CLEARED="$WS|layername=sectors|subset=\"status\" = 'cleared'" MIN_OVERLAP=90 STATUS=cleared \
    DATE=2024-06-30 TEAM=Demo METHOD=manual \
    OUTPUT="$OUT/record_sectors_marked.gpkg" OUTPUT_AUDIT="$OUT/mark_audit.csv"

step "Done. Results in $OUT:"
ls -1 "$OUT"
echo
echo "Open them in QGIS with the plugin loaded: make run"
