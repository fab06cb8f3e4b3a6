"""ClearGround's domain: pure Python (numpy, shapely 2, pyproj). No QGIS import here."""
