# ClearGround developer commands (Debian 12; run as root or with sudo). See README.md.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
SITE := $(shell ls -d $(CURDIR)/$(VENV)/lib/python3*/site-packages 2>/dev/null | head -1)
PLUGINS := $(CURDIR)/build/qgis-plugins
PROFILE := $(CURDIR)/build/profile
SAMPLE := $(CURDIR)/sample
export QT_QPA_PLATFORM ?= offscreen
QGIS_ENV = QGIS_PLUGINPATH=$(PLUGINS) QGIS_CUSTOM_CONFIG_PATH=$(PROFILE) PYTHONPATH=$(SITE)
QGIS_PROCESS = $(QGIS_ENV) /usr/bin/qgis_process.bin

.PHONY: setup test test-unit demo run lint styles screenshot clean

# translations, package, test-qgis340, bench
include $(wildcard mk/*.mk)

setup:
	@bash scripts/setup.sh

# the whole suite, and the benchmark's code at a tiny scale (so that it cannot rot; no timing is asserted)
TEST_PATHS ?= tests bench/test_bench.py

test: setup
	$(VENV)/bin/pytest $(TEST_PATHS) $(PYTEST_ARGS)

test-unit: setup
	$(VENV)/bin/pytest tests/unit -p no:pytest_qgis $(PYTEST_ARGS)

demo: setup
	@bash scripts/demo.sh

run: setup
	test -f sample/clearground-sample.gpkg || bash scripts/demo.sh
	$(QGIS_ENV) QT_QPA_PLATFORM= qgis --nologo --code scripts/open_sample.py

lint: setup
	$(VENV)/bin/ruff check .

styles: setup
	$(PY) scripts/make_styles.py

clean:
	rm -rf build sample dist i18n/*.qm .pytest_cache .ruff_cache
	find . -name __pycache__ -prune -exec rm -rf {} +

screenshot: setup
	test -f sample/clearground-sample.gpkg || bash scripts/demo.sh
	$(QGIS_ENV) QT_QPA_PLATFORM= xvfb-run -a -s "-screen 0 1600x1000x24" qgis --nologo --code scripts/screenshot.py
	@echo "wrote docs/screenshot.png"
