# The plugin as QGIS's plugin repository wants it: dist/clearground-VERSION.zip holding one folder,
# clearground/, with the translations compiled fresh from i18n/*.ts, LICENSE and metadata.txt, and none
# of the development files (tests, bench, scripts, mk, docs, .ts sources, Makefile, pyproject.toml,
# requirements-dev.txt, hidden files such as .ci and .gitignore, caches, build output). The zip is then
# checked as plugins.qgis.org checks every upload, and by bandit and detect-secrets
# (scripts/check_package.py); a zip that fails is removed and make fails.
#   make package                       (PACKAGE_DIR=... and PACKAGE_STAGE=... move the output)
ifndef CLEARGROUND_PACKAGE_MK
CLEARGROUND_PACKAGE_MK := 1
include $(dir $(lastword $(MAKEFILE_LIST)))i18n.mk

PLUGIN_NAME := clearground
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
PACKAGE_DIR ?= dist
PACKAGE_ZIP = $(abspath $(PACKAGE_DIR)/$(PLUGIN_NAME)-$(VERSION).zip)
PACKAGE_STAGE ?= build/package
PACKAGE_ROOT = $(PACKAGE_STAGE)/$(PLUGIN_NAME)
# The repository's upload checks, bandit and detect-secrets (development tools: the .venv's Python)
CHECK_PYTHON ?= $(firstword $(wildcard .venv/bin/python) python3)
# Paths as tar names them when archiving '.'; patterns without a slash match at any depth.
PACKAGE_EXCLUDES := ./tests ./bench ./scripts ./mk ./docs ./build ./dist ./sample ./Makefile \
	./pyproject.toml ./requirements-dev.txt '*/.*' __pycache__ '*.pyc' '*.pyo' '*.ts' '*.qm' '*.zip' '*~'

.PHONY: package

package:
	@test -n "$(VERSION)" || { echo "package: no version= in metadata.txt" >&2; exit 1; }
	rm -rf $(PACKAGE_ROOT) && mkdir -p $(PACKAGE_ROOT) $(PACKAGE_DIR)
	tar -cf - $(foreach pattern,$(PACKAGE_EXCLUDES),--exclude=$(pattern)) . | tar -C $(PACKAGE_ROOT) -xf -
	mkdir -p $(PACKAGE_ROOT)/i18n
	$(foreach ts,$(TS_FILES),$(LRELEASE) -silent -removeidentical -nounfinished $(ts) \
		-qm $(PACKAGE_ROOT)/$(ts:.ts=.qm) &&) true
	rm -f $(PACKAGE_ZIP)
	cd $(PACKAGE_STAGE) && zip -qrX -9 $(PACKAGE_ZIP) $(PLUGIN_NAME)
	$(CHECK_PYTHON) scripts/check_package.py $(PACKAGE_ZIP) || { rm -f $(PACKAGE_ZIP); exit 1; }
	@echo "package: $(PACKAGE_ZIP)"

endif
