"""The plugin loads through classFactory into a QGIS interface, and unloads without a trace."""

from __future__ import annotations

import gc

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QDockWidget, QToolBar

import clearground


def _flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()


def _our_children(window, cls, name):
    return [w for w in window.findChildren(cls) if w.objectName() == name]


def test_load_shows_menu_toolbar_dock_and_provider(qgis_iface, no_provider):
    plugin = clearground.classFactory(qgis_iface)
    plugin.initGui()
    try:
        texts = [a.text() for a in plugin.actions]
        assert "ClearGround panel" in texts
        assert "New workspace…" in texts and "Open workspace…" in texts
        assert "Mark sectors" in texts and "Run discrepancy analysis" in texts and "Weekly report" in texts
        tabs = [plugin.dock.tabs.tabText(i) for i in range(plugin.dock.tabs.count())]
        assert tabs == ["Records", "Sectors", "Tally", "Discrepancies", "Report"]
        assert plugin.dock is not None and plugin.dock.objectName() == "ClearGroundDock"
        assert plugin.dock.windowTitle() == "ClearGround"
        assert "No workspace open" in plugin.dock.workspace_label.text()
        provider = QgsApplication.processingRegistry().providerById("clearground")
        assert provider is plugin.provider
        assert provider.icon() is not None and not provider.icon().isNull()
        ids = {alg.id() for alg in provider.algorithms()}
        assert "clearground:createworkspace" in ids
        for alg in provider.algorithms():
            assert alg.shortHelpString(), f"{alg.id()} has no help text"
        toolbar = _our_children(qgis_iface.mainWindow(), QToolBar, "ClearGroundToolbar")
        assert len(toolbar) == 1 and plugin.dock.toggleViewAction() in toolbar[0].actions()
    finally:
        plugin.unload()


def test_load_unload_ten_times_leaves_nothing_behind(qgis_iface, no_provider):
    window = qgis_iface.mainWindow()
    registry = QgsApplication.processingRegistry()
    baseline_actions = len(window.findChildren(__import__("qgis.PyQt.QtWidgets", fromlist=["QAction"]).QAction))
    for _ in range(10):
        plugin = clearground.classFactory(qgis_iface)
        plugin.initGui()
        assert registry.providerById("clearground") is not None
        plugin.unload()
        _flush_deletes()
        assert registry.providerById("clearground") is None
    from qgis.PyQt.QtWidgets import QAction

    assert _our_children(window, QDockWidget, "ClearGroundDock") == []
    assert _our_children(window, QToolBar, "ClearGroundToolbar") == []
    assert len(window.findChildren(QAction)) == baseline_actions
    from clearground.core import text

    assert text._translator is None


def test_missing_dependencies_still_loads_and_says_what_to_install(qgis_iface, no_provider, monkeypatch):
    from clearground import dependencies

    monkeypatch.setattr(dependencies, "import_module", _pretend_old_shapely)
    monkeypatch.setattr(clearground.plugin, "missing_dependencies", dependencies.missing_dependencies, raising=False)
    import clearground.plugin as plugin_module

    monkeypatch.setattr(plugin_module, "missing_dependencies", dependencies.missing_dependencies)
    plugin = clearground.classFactory(qgis_iface)
    bar = qgis_iface.messageBar()
    plugin.initGui()
    try:
        assert plugin.dock is None and plugin.provider is None
        assert any("shapely 1.8.5 is too old" in p for p in plugin.problems)
        assert any("shapely" in a.toolTip() for a in plugin.actions)
        assert bar is not None
    finally:
        plugin.unload()


def _pretend_old_shapely(name):
    import importlib

    module = importlib.import_module(name)
    if name == "shapely":
        class Old:
            __version__ = "1.8.5"

        return Old
    return module


def test_run_discrepancy_analysis_action_opens_its_tab(qgis_iface, no_provider):
    plugin = clearground.classFactory(qgis_iface)
    plugin.initGui()
    try:
        plugin.dock.tabs.setCurrentIndex(0)
        action = next(a for a in plugin.actions if a.text() == "Run discrepancy analysis")
        action.trigger()  # no workspace open: the tab says so instead of running
        assert plugin.dock.tabs.currentWidget() is plugin.dock.show_tab("discrepancies")
        assert type(plugin.dock.tabs.currentWidget()).__module__.endswith("tabs.discrepancies")
    finally:
        plugin.unload()


def test_a_package_without_a_version_number_is_judged_by_its_api(monkeypatch):
    """Debian sid's shapely says '0+unknown': the plugin looks at what it offers instead."""
    import shapely

    from clearground import dependencies

    monkeypatch.setattr(shapely, "__version__", "0+unknown")
    assert dependencies.missing_dependencies() == []
    monkeypatch.delattr(shapely, "contains_xy")
    assert any("shapely 0+unknown is too old" in p for p in dependencies.missing_dependencies())
