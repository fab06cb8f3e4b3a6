# The national-scale benchmark: ClearGround's algorithms next to the QGIS-native way of doing the same
# job, on generated data over the real districts (bench/README.md). Writes bench/RESULTS.md.
#   make bench                              scale 1: 10^6 recorded mines and finds (about 15 minutes)
#   make bench BENCH_ARGS="--scale 0.1 1 10"   10x smaller and larger, to show how cost grows
#   make bench BENCH_ARGS="--scale 0.01 --cache --results bench/out/RESULTS-0.01.md"   a quick look
#   make bench-standins                     each hand-written stand-in for a library call against that call,
#                                           the whole operation side by side at scale 1 (about 10 minutes);
#                                           rewrites the section "Library stand-ins" of bench/RESULTS.md
ifndef CLEARGROUND_BENCH_MK
CLEARGROUND_BENCH_MK := 1

BENCH_PYTHON ?= $(or $(VENV),.venv)/bin/python
BENCH_ARGS ?=
STANDINS_ARGS ?=

.PHONY: bench bench-standins

bench: setup
	QT_QPA_PLATFORM=offscreen $(BENCH_PYTHON) bench/run.py $(BENCH_ARGS)

bench-standins: setup
	QT_QPA_PLATFORM=offscreen $(BENCH_PYTHON) bench/standins.py $(STANDINS_ARGS)

endif
