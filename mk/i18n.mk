# Translations: i18n/clearground_<lang>.ts (kept in git) -> i18n/clearground_<lang>.qm (built).
#   make translations          compile the .qm files with lrelease (Debian: qttools5-dev-tools)
#   make translations-update   collect the strings of the code into the .ts files (keeps translations)
#   make translations-check    fail when a string is untranslated in az, ru or uk
ifndef CLEARGROUND_I18N_MK
CLEARGROUND_I18N_MK := 1

LANGUAGES ?= az ru uk
LRELEASE ?= $(firstword $(wildcard /usr/lib/qt5/bin/lrelease /usr/lib/qt6/bin/lrelease) lrelease)
I18N_PYTHON ?= python3
TS_FILES := $(foreach lang,$(LANGUAGES),i18n/clearground_$(lang).ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: translations translations-update translations-check

translations: $(QM_FILES)

i18n/%.qm: i18n/%.ts
	$(LRELEASE) -silent -removeidentical -nounfinished $< -qm $@

translations-update:
	$(I18N_PYTHON) scripts/i18n_extract.py

translations-check:
	$(I18N_PYTHON) scripts/i18n_extract.py --check

endif
