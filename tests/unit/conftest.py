"""Unit tests of core/: plain pytest, no QGIS (run alone with `make test-unit`)."""
