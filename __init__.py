"""ClearGround: mine maps, clearance sectors, finds and their discrepancies, in QGIS."""


def classFactory(iface):  # noqa: N802 - the name QGIS looks for
    """Create the plugin for QGIS (imported lazily so that loading the package stays cheap)."""
    from .plugin import ClearGroundPlugin

    return ClearGroundPlugin(iface)
