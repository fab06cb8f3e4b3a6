# The test suite on other QGIS versions, each in a Debian root made with debootstrap (kept in
# /var/cache/clearground/<suite>; the first run takes a few minutes and about 2.3 GB, later ones
# start in seconds). Needs root and network access to Debian's package archive.
#   make test-qgis340          Debian trixie: QGIS 3.40 LTR, Python 3.13, numpy 2, shapely 2.1
#   make test-qgis-sid         Debian sid: the newest QGIS Debian has (3.44 in 2026)
#   PYTEST_ARGS="tests/unit -x" make test-qgis340    a part of the suite
ifndef CLEARGROUND_QGIS340_MK
CLEARGROUND_QGIS340_MK := 1

.PHONY: test-qgis340 test-qgis-sid

test-qgis340:
	CG_SUITE=trixie bash scripts/qgis340.sh $(PYTEST_ARGS)

test-qgis-sid:
	CG_SUITE=sid bash scripts/qgis340.sh $(PYTEST_ARGS)

endif
