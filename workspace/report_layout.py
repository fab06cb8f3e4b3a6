"""The weekly report as a QGIS print layout with an atlas: one page per feature of a coverage layer.

The pages' numbers and texts live in three small layers (``report_pages``, the coverage; ``report_table``;
``report_flags``) whose fields the layout shows through expressions, so an analyst can open the
layout in QGIS, restyle it, save it as a template (.qpt) and give it back to the report. A template
is matched by item ids: ``map``, ``legend``, ``scalebar``, ``north_arrow``, ``chart``, and the frames
``tally_table`` and ``flags_table``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsCentroidFillSymbolLayer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutTableStyle,
    QgsLegendStyle,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..compat import DISTANCE_KM, LAYOUT_MM, SCALEBAR_FIT_WIDTH
from ..core.categories import CATEGORIES
from ..core.report import FONT_FAMILY, MAX_FLAG_DISTRICTS
from ..core.text import tr

STYLE_DIR = Path(__file__).resolve().parent.parent / "resources" / "styles"
#: The names of the layers behind the pages (a template refers to them by name).
PAGES_LAYER, TABLE_LAYER, FLAGS_LAYER = "report_pages", "report_table", "report_flags"
NAVY = "#243b53"
INK = "#1f2933"
MUTED = "#52606d"
LEFT, RIGHT, TOP = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignTop
PAGE_W, PAGE_H = 297.0, 210.0
#: Legend labels of the styles' category values (the styles label them by code).
LEGEND_LABELS = {
    "planned": "Planned", "in_progress": "In progress", "cleared": "Cleared", "reduced": "Reduced",
    "cancelled": "Cancelled", "high": "High severity", "medium": "Medium severity", "low": "Low severity",
    "CHA": "Confirmed (CHA)", "SHA": "Suspected (SHA)", "SUBMUNITION": "Submunition",
}


@dataclass
class MapLayers:
    """The layers drawn on the map, top to bottom (any may be None)."""

    discrepancies: QgsVectorLayer | None
    finds: QgsVectorLayer | None
    sectors: QgsVectorLayer | None
    records: QgsVectorLayer | None
    hazards: QgsVectorLayer | None
    districts: QgsVectorLayer

    def drawn(self) -> list[QgsVectorLayer]:
        return [lyr for lyr in (self.discrepancies, self.finds, self.sectors, self.records, self.hazards)
                if lyr is not None]


def load_style(layer: QgsVectorLayer, schema_layer: str) -> None:
    """The ClearGround style of a workspace layer (resources/styles/<name>.qml)."""
    qml = STYLE_DIR / f"{schema_layer}.qml"
    if qml.exists():
        layer.loadNamedStyle(str(qml))


def relabel(layer: QgsVectorLayer) -> None:
    """Readable, translated legend labels for the categories of a ClearGround style."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsCategorizedSymbolRenderer):
        return
    for index, category in enumerate(renderer.categories()):
        value = category.value()
        if value in LEGEND_LABELS:
            renderer.updateCategoryLabel(index, tr(LEGEND_LABELS[value]))
        elif value in (None, ""):
            renderer.updateCategoryLabel(index, tr("Other"))


def mark_small_areas(layer: QgsVectorLayer, size_mm: float = 1.6) -> None:
    """Add a dot in each polygon's colour at its centre, so areas too small for a district map still show."""
    renderer = layer.renderer()
    if renderer is None:
        return
    for symbol in renderer.symbols(QgsRenderContext()):
        if symbol.type() != Qgis.SymbolType.Fill or symbol.symbolLayerCount() == 0:
            continue
        colour = QColor(symbol.symbolLayer(0).color())
        if colour.alpha() == 0:
            colour = QColor(symbol.symbolLayer(0).strokeColor()) if hasattr(symbol.symbolLayer(0), "strokeColor") \
                else colour
        colour.setAlpha(255)
        marker = QgsMarkerSymbol.createSimple({"name": "square", "color": colour.name(), "size": str(size_mm),
                                               "outline_color": "60,60,60,255", "outline_width": "0.1"})
        centroid = QgsCentroidFillSymbolLayer()
        centroid.setSubSymbol(marker)
        centroid.setPointOnSurface(True)
        symbol.appendSymbolLayer(centroid)
    layer.triggerRepaint()


def style_districts(layer: QgsVectorLayer, name_field: str | None) -> None:
    """Land-coloured districts with a grey outline and their names."""
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
        "color": "242,239,233,255", "outline_color": "140,140,140,255", "outline_width": "0.25"})))
    if name_field:
        settings = QgsPalLayerSettings()
        settings.fieldName = name_field
        settings.setFormat(text_format(7, color="#7b8794"))
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)


def style_coverage(layer: QgsVectorLayer) -> None:
    """The page's own area: a strong outline, drawn for the atlas feature only."""
    root = QgsRuleBasedRenderer.Rule(None)
    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": NAVY, "outline_width": "0.7"})
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, "$id = @atlas_featureid"))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def text_format(size: float, bold: bool = False, color: str = INK) -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(font(size, bold))
    fmt.setSize(size)
    fmt.setColor(QColor(color))
    return fmt


def font(size: float, bold: bool = False) -> QFont:
    f = QFont(FONT_FAMILY)
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


def _label(layout, text: str, x, y, w, h, size, bold=False, color=INK, item_id="", align=LEFT,
           valign=TOP) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    if hasattr(label, "setTextFormat"):  # QGIS >= 3.24
        label.setTextFormat(text_format(size, bold, color))
    else:
        label.setFont(font(size, bold))
        label.setFontColor(QColor(color))
    label.setHAlign(align)
    label.setVAlign(valign)
    label.setMargin(0)
    _place(label, x, y, w, h)
    if item_id:
        label.setId(item_id)
    layout.addLayoutItem(label)
    return label


def _place(item, x, y, w, h) -> None:
    item.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MM))
    item.attemptResize(QgsLayoutSize(w, h, LAYOUT_MM))


def _rect(layout, x, y, w, h, fill: str, item_id: str = "") -> QgsLayoutItemShape:
    shape = QgsLayoutItemShape(layout)
    shape.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    shape.setSymbol(QgsFillSymbol.createSimple({"color": fill, "outline_style": "no"}))
    _place(shape, x, y, w, h)
    if item_id:
        shape.setId(item_id)
    layout.addLayoutItem(shape)
    return shape


def _table(layout, layer: QgsVectorLayer, columns: Sequence[tuple[str, str, float]], x, y, w, h, item_id: str,
           max_rows: int, wrap: bool = False) -> QgsLayoutItemAttributeTable:
    """An attribute table of ``layer`` showing the atlas page's rows (field ``page``), in ``sort`` order."""
    table = QgsLayoutItemAttributeTable.create(layout)
    layout.addMultiFrame(table)
    table.setVectorLayer(layer)
    cols = []
    for heading, field, width in columns:
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(field)
        column.setWidth(width)
        column.setHAlignment(LEFT if field in ("label", "what", "message") else RIGHT)
        cols.append(column)
    table.setColumns(cols)
    sort = QgsLayoutTableColumn()
    sort.setAttribute("sort")
    table.setSortColumns([sort])
    table.setFilterFeatures(True)
    table.setFeatureFilter("\"page\" = attribute(@atlas_feature, 'page')")
    table.setMaximumNumberOfFeatures(max_rows)
    table.setHeaderTextFormat(text_format(6.5, True, "#ffffff"))
    table.setContentTextFormat(text_format(6.5))
    table.setHeaderHAlignment(QgsLayoutTable.HeaderHAlignment.FollowColumn)
    table.setCellMargin(0.8)
    table.setGridStrokeWidth(0.1)
    table.setGridColor(QColor("#c8ced6"))
    table.setHorizontalGrid(True)
    table.setVerticalGrid(False)
    table.setBackgroundColor(QColor("#ffffff"))
    for group, colour in ((QgsLayoutTable.CellStyleGroup.HeaderRow, NAVY),
                          (QgsLayoutTable.CellStyleGroup.EvenRows, "#f0f4f8")):
        style = QgsLayoutTableStyle()
        style.enabled = True
        style.cellBackgroundColor = QColor(colour)
        table.setCellStyle(group, style)
    if wrap:
        table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.ShowMessage)
    table.setEmptyTableMessage(tr("None"))
    frame = QgsLayoutFrame(layout, table)
    _place(frame, x, y, w, h)
    frame.setId(item_id)
    table.addFrame(frame)
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    return table


def north_arrow_path() -> str:
    """The SVG of QGIS's own north arrow."""
    for folder in QgsApplication.svgPaths():
        candidate = Path(folder) / "arrows" / "NorthArrow_02.svg"
        if candidate.exists():
            return str(candidate)
    return ""


def build_layout(project: QgsProject, pages: QgsVectorLayer, table: QgsVectorLayer, flags: QgsVectorLayer,
                 layers: MapLayers, crs: QgsCoordinateReferenceSystem, texts: dict[str, str],
                 template: str | None = None) -> QgsPrintLayout:
    """The report layout with its atlas over ``pages`` (from ``template`` when one is given)."""
    layout = QgsPrintLayout(project)
    if template:
        _from_template(layout, template)
    else:
        _default_layout(layout, table, flags, texts)
    _bind(layout, pages, table, flags, layers, crs)
    return layout


def _default_layout(layout: QgsPrintLayout, table: QgsVectorLayer, flags: QgsVectorLayer,
                    texts: dict[str, str]) -> None:
    layout.initializeDefaults()
    layout.setName(tr("Weekly mine action report"))
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)

    # Header band
    _rect(layout, 0, 0, PAGE_W, 22, "36,59,83,255", "header_band")
    _rect(layout, 0, 22, PAGE_W, 1.2, "244,167,24,255", "header_rule")
    _label(layout, texts["heading"], 10, 3.5, 200, 6, 9, color="#bcccdc", item_id="heading")
    _label(layout, '[% "title" %]', 10, 9, 200, 11, 17, bold=True, color="#ffffff", item_id="title")
    _label(layout, '[% "period" %]', 190, 5, 97, 6, 10, bold=True, color="#ffffff", item_id="period",
           align=RIGHT)
    _label(layout, '[% "issued" %]', 190, 12, 97, 6, 7.5, color="#bcccdc", item_id="issued", align=RIGHT)

    # Left: the map, its scale bar and legend
    map_item = QgsLayoutItemMap(layout)
    map_item.setId("map")
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeColor(QColor("#9aa5b1"))
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, LAYOUT_MM))
    map_item.setBackgroundColor(QColor("#dfe8ef"))
    layout.addLayoutItem(map_item)
    _place(map_item, 10, 28, 142, 118)

    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    arrow.setPicturePath(north_arrow_path())
    _place(arrow, 143, 30, 7, 11)
    arrow.setLinkedMap(map_item)
    layout.addLayoutItem(arrow)

    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scalebar")
    bar.setLinkedMap(map_item)
    bar.setStyle("Single Box")
    bar.setUnits(DISTANCE_KM)
    bar.setMapUnitsPerScaleBarUnit(1.0)
    bar.setUnitLabel(tr("km"))
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setSegmentSizeMode(SCALEBAR_FIT_WIDTH)
    bar.setMinimumBarWidth(25)
    bar.setMaximumBarWidth(45)
    bar.setHeight(1.6)
    bar.setTextFormat(text_format(6.5))
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 210))
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(12, 137, LAYOUT_MM))

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle(tr("Legend"))
    legend.setColumnCount(3)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)
    legend.setSymbolWidth(4)
    legend.setSymbolHeight(2.6)
    legend.setResizeToContents(False)
    for kind, size, bold in ((QgsLegendStyle.Style.Title, 8, True), (QgsLegendStyle.Style.Group, 7, True),
                             (QgsLegendStyle.Style.Subgroup, 6.5, True), (QgsLegendStyle.Style.SymbolLabel, 6, False)):
        style = legend.rstyle(kind)
        if hasattr(style, "setTextFormat"):
            style.setTextFormat(text_format(size, bold))
        else:
            style.setFont(font(size, bold))
        style.setMargin(QgsLegendStyle.Side.Top, 0.8 if kind != QgsLegendStyle.Style.Title else 0)
    layout.addLayoutItem(legend)
    _place(legend, 10, 149, 142, 44)

    # Right: headline numbers, land release, the tally table, the chart, the discrepancies
    x, w = 158.0, 129.0
    _label(layout, texts["finds_heading"], x, 27, w, 4.5, 7.5, bold=True, color=MUTED, item_id="finds_heading")
    _label(layout, '[% "finds" %]', x, 32, w, 6, 12, bold=True, item_id="finds")
    _label(layout, '[% "finds_detail" %]', x, 38.5, w, 5, 8, item_id="finds_detail")
    _label(layout, texts["release_heading"], x, 44, w, 4.5, 7.5, bold=True, color=MUTED, item_id="release_heading")
    _label(layout, '[% "released" %]', x, 49, w, 13, 7.5, item_id="released")
    _label(layout, '[% "table_heading" %]', x, 63, w, 4.5, 7.5, bold=True, color=MUTED, item_id="table_heading")
    widths = [24.0] + [9.0] * len(CATEGORIES) + [11.0, 14.0]
    columns = [(tr("Period"), "label", widths[0])] + [
        ("SUBM." if c == "SUBMUNITION" else c, c, widths[1]) for c in CATEGORIES] + [
        (tr("Total"), "total", widths[-2]), (tr("Cleared ha"), "cleared_ha", widths[-1])]
    _table(layout, table, columns, x, 68, w, 43, "tally_table", max_rows=12)
    chart = QgsLayoutItemPicture(layout)
    chart.setId("chart")
    _place(chart, x, 110, w, 32)
    chart.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    layout.addLayoutItem(chart)
    _label(layout, texts["flags_heading"], x, 144, w, 4.5, 7.5, bold=True, color=MUTED, item_id="flags_heading")
    _table(layout, flags, [(tr("Discrepancy"), "what", 26.0), (tr("Message"), "message", 99.0)],
           x, 149, w, 40, "flags_table", max_rows=MAX_FLAG_DISTRICTS, wrap=True)
    _label(layout, '[% "flags_note" %]', x, 190.5, w, 4, 6.5, color=MUTED, item_id="flags_note")

    # Footer
    _rect(layout, 10, 196, PAGE_W - 20, 0.3, "154,165,177,255", "footer_rule")
    _label(layout, '[% "credits" %]', 10, 197.5, 220, 8, 6, color=MUTED, item_id="credits")
    _label(layout, texts["page"], 230, 197.5, 57, 4, 6.5, color=MUTED, item_id="page_number", align=RIGHT)


def _from_template(layout: QgsPrintLayout, path: str) -> None:
    doc = QDomDocument()
    text = Path(path).read_text(encoding="utf-8")
    if not doc.setContent(text):
        raise ValueError(tr("{path} is not a layout template (.qpt).").format(path=path))
    items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext())
    if not ok:
        raise ValueError(tr("{path} could not be read as a layout template.").format(path=path))
    if layout.itemById("map") is None:
        raise ValueError(tr("The template {path} has no map item with the id 'map'.").format(path=path))


def _frame_table(layout: QgsPrintLayout, frame_id: str) -> QgsLayoutItemAttributeTable | None:
    frame = layout.itemById(frame_id)
    if isinstance(frame, QgsLayoutFrame) and isinstance(frame.multiFrame(), QgsLayoutItemAttributeTable):
        return frame.multiFrame()
    return None


def _bind(layout: QgsPrintLayout, pages: QgsVectorLayer, table: QgsVectorLayer, flags: QgsVectorLayer,
          layers: MapLayers, crs: QgsCoordinateReferenceSystem) -> None:
    """Point the atlas, map, legend, tables and chart at this run's layers."""
    atlas = layout.atlas()
    atlas.setCoverageLayer(pages)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"sort"')
    atlas.setPageNameExpression('"title"')

    map_item = layout.itemById("map")
    map_layers = layers.drawn() + [pages, layers.districts]
    map_item.setLayers(map_layers)
    map_item.setKeepLayerSet(True)
    map_item.setCrs(crs)
    map_item.setAtlasDriven(True)
    map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    map_item.setAtlasMargin(0.08)
    transform = QgsCoordinateTransform(pages.crs(), crs, layout.project())
    _set_extent_keeping_size(map_item, transform.transformBoundingBox(pages.extent()))

    legend = layout.itemById("legend")
    if isinstance(legend, QgsLayoutItemLegend):
        legend.setAutoUpdateModel(False)
        legend.setLinkedMap(map_item)
        root = legend.model().rootGroup()  # the legend's own tree once it stops following the project
        root.clear()
        for layer in layers.drawn():
            root.addLayer(layer)
        legend.setLegendFilterByMapEnabled(True)
    for frame_id, layer in (("tally_table", table), ("flags_table", flags)):
        found = _frame_table(layout, frame_id)
        if found is not None and found.vectorLayer() is not layer:
            columns = list(found.columns())  # setVectorLayer resets the columns: keep the template's
            found.setVectorLayer(layer)
            found.setColumns(columns)
    chart = layout.itemById("chart")
    if isinstance(chart, QgsLayoutItemPicture):
        source = QgsLayoutObject.DataDefinedProperty.PictureSource
        chart.dataDefinedProperties().setProperty(source, QgsProperty.fromField("chart"))
        chart.refreshDataDefinedProperty(source)


def _set_extent_keeping_size(map_item: QgsLayoutItemMap, extent: QgsRectangle) -> None:
    """Show ``extent`` (grown to the item's shape): the atlas keeps the shape of the extent it finds."""
    size = map_item.sizeWithUnits()
    if extent.isEmpty() or size.height() <= 0:
        return
    ratio = size.width() / size.height()
    centre = extent.center()
    width, height = extent.width(), extent.height()
    if width / height > ratio:
        height = width / ratio
    else:
        width = height * ratio
    map_item.setExtent(QgsRectangle(centre.x() - width / 2, centre.y() - height / 2,
                                    centre.x() + width / 2, centre.y() + height / 2))


def export_pdf(layout: QgsPrintLayout, path: str, feedback=None) -> None:
    """Every atlas page into one PDF with its fonts embedded (text stays text)."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.dpi = 200
    settings.appendGeoreference = False
    settings.exportMetadata = True
    if hasattr(settings, "textRenderFormat"):
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), path, settings, feedback)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise RuntimeError(error or tr("The PDF could not be written to {path}.").format(path=path))


def save_template(layout: QgsPrintLayout, path: str) -> None:
    """The layout as a .qpt template an analyst can open in QGIS, restyle and give back to the report."""
    if not layout.saveAsTemplate(path, QgsReadWriteContext()):
        raise RuntimeError(tr("The template could not be written to {path}.").format(path=path))


def utm_crs(lon: float, lat: float) -> QgsCoordinateReferenceSystem:
    """The WGS 84 / UTM zone of a point."""
    zone = min(max(int((lon + 180.0) // 6.0) + 1, 1), 60)
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if lat >= 0 else 32700) + zone}")

