"""The numbers and texts of the weekly report: one page per district with data, and a national page.

Pure Python: the tally rows (as ``clearground:tallyfinds`` writes them), the hectares remaining and
the open high-severity discrepancies go in; pages with their table rows, summary texts, a stacked
bar chart (SVG) and an HTML summary come out. The print layout only places these on paper.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from .categories import CATEGORIES, RELEASED_STATUSES
from .palette import CATEGORY
from .text import tr

#: The key of the national summary page.
NATIONAL = "__national__"
#: At most this many rows in a page's table before the earliest (or smallest) are summed into one.
MAX_TABLE_ROWS = 8
#: At most this many discrepancies are listed on a district page (districts on the national page); the
#: rest are counted.
MAX_FLAGS = 4
MAX_FLAG_DISTRICTS = 8
#: A listed message is cut to this many characters (two lines of the page's list).
MESSAGE_CHARS = 160
FONT_FAMILY = "DejaVu Sans"
HECTARE_KEYS = tuple(f"{status}_ha" for status in RELEASED_STATUSES)


@dataclass
class TableRow:
    """One line of a page's table: a period (district page) or a district (national page)."""

    label: str
    counts: dict[str, int]
    hectares: dict[str, float] = field(default_factory=lambda: {k: 0.0 for k in HECTARE_KEYS})

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Flag:
    """An open high-severity discrepancy as listed on a page."""

    district: str
    kind: str
    message: str


@dataclass
class Page:
    """Everything one page says."""

    key: str
    title: str
    rows: list[TableRow]
    periods: list[TableRow]
    counts: dict[str, int]
    hectares: dict[str, float]
    remaining_ha: float
    flags: list[Flag]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def national(self) -> bool:
        return self.key == NATIONAL


def number(value: float) -> str:
    """An integer with thousands separators."""
    return f"{int(round(value)):,}"


def hectares(value: float) -> str:
    """Hectares with one decimal and thousands separators."""
    return f"{value:,.1f}"


def kind_label(kind: str) -> str:
    """The readable name of a discrepancy kind."""
    labels = {
        "find_outside_records": tr("Finds outside every record"),
        "missing_mines": tr("Missing mines"),
        "surplus_mines": tr("Surplus mines"),
        "type_mismatch": tr("Type mismatch"),
        "unmatched_recorded_mine": tr("Recorded mine not found"),
        "systematic_offset": tr("Systematic offset"),
        "post_clearance_find": tr("Post-clearance find"),
    }
    return labels.get(kind, kind)


def _zero_counts() -> dict[str, int]:
    return {c: 0 for c in CATEGORIES}


def _add(target: TableRow, row: TableRow) -> None:
    for c in CATEGORIES:
        target.counts[c] += row.counts.get(c, 0)
    for k in HECTARE_KEYS:
        target.hectares[k] += row.hectares.get(k, 0.0)


def _row(label: str, source: Mapping) -> TableRow:
    return TableRow(label, {c: int(source.get(c) or 0) for c in CATEGORIES},
                    {k: float(source.get(k) or 0.0) for k in HECTARE_KEYS})


def _sum(label: str, rows: Iterable[TableRow]) -> TableRow:
    out = TableRow(label, _zero_counts())
    for row in rows:
        _add(out, row)
    return out


def fold_earliest(rows: list[TableRow], limit: int = MAX_TABLE_ROWS) -> list[TableRow]:
    """Periods in order; when there are more than ``limit``, the earliest are summed into one row."""
    if len(rows) <= limit:
        return list(rows)
    keep = rows[len(rows) - limit + 1:]
    earlier = _sum(tr("Before {period}").format(period=keep[0].label), rows[:len(rows) - limit + 1])
    return [earlier] + keep


def fold_smallest(rows: list[TableRow], limit: int = MAX_TABLE_ROWS) -> list[TableRow]:
    """Districts by decreasing total; beyond ``limit`` the rest are summed into one row."""
    ranked = sorted(rows, key=lambda r: (-r.total, r.label))
    if len(ranked) <= limit:
        return ranked
    rest = ranked[limit - 1:]
    other = _sum(tr("{n} other districts").format(n=len(rest)), rest)
    return ranked[:limit - 1] + [other]


def build_pages(
    tally_rows: Sequence[Mapping],
    districts: Sequence[str],
    remaining_ha: Mapping[str, float],
    flags: Sequence[Flag],
    national_title: str | None = None,
) -> list[Page]:
    """The national page, then one page per district of ``districts`` (the districts with data), in order.

    ``tally_rows``: dicts with the tally table's columns (district, period, categories, hectares),
    in period order; rows of districts not in ``districts`` (and ``unassigned``) count nationally only.
    """
    periods: dict[str, dict[str, TableRow]] = {}
    national_periods: dict[str, TableRow] = {}
    for source in tally_rows:
        district, period = str(source["district"]), str(source["period"])
        row = _row(period, source)
        periods.setdefault(district, {})
        if period in periods[district]:
            _add(periods[district][period], row)
        else:
            periods[district][period] = row
        national_periods.setdefault(period, TableRow(period, _zero_counts()))
        _add(national_periods[period], row)
    flags_of: dict[str, list[Flag]] = {}
    for flag in flags:
        flags_of.setdefault(flag.district, []).append(flag)

    pages = []
    for name in districts:
        own = list(periods.get(name, {}).values())
        whole = _sum(tr("Total"), own)
        pages.append(Page(
            key=name, title=name, rows=fold_earliest(own) + [whole], periods=own, counts=dict(whole.counts),
            hectares=dict(whole.hectares), remaining_ha=float(remaining_ha.get(name, 0.0)),
            flags=flags_of.get(name, []),
        ))
    by_district = [_sum(page.title, page.periods) for page in pages]
    everything = _sum(tr("Total"), national_periods.values())
    listed = _sum("", by_district)
    outside = TableRow(tr("Outside these districts"),
                       {c: everything.counts[c] - listed.counts[c] for c in CATEGORIES},
                       {k: everything.hectares[k] - listed.hectares[k] for k in HECTARE_KEYS})
    national_rows = fold_smallest(by_district)
    if outside.total or any(v > 1e-9 for v in outside.hectares.values()):
        national_rows.append(outside)
    national = Page(
        key=NATIONAL, title=national_title or tr("National summary"), rows=national_rows + [everything],
        periods=list(national_periods.values()), counts=dict(everything.counts),
        hectares=dict(everything.hectares), remaining_ha=float(sum(remaining_ha.values())), flags=list(flags),
    )
    return [national] + pages


def period_text(date_from: str | None, date_to: str | None) -> str:
    """The date range as the pages state it."""
    if date_from and date_to:
        return tr("{start} to {end}").format(start=date_from, end=date_to)
    if date_from:
        return tr("from {start}").format(start=date_from)
    if date_to:
        return tr("until {end}").format(end=date_to)
    return tr("all dates")


def finds_text(page: Page) -> str:
    """The headline: how many items were found."""
    return tr("{total} explosive items found").format(total=number(page.total))


def finds_detail(page: Page) -> str:
    """Of which categories the items found are."""
    return " · ".join(f"{c} {number(page.counts[c])}" for c in CATEGORIES if page.counts[c])


def release_text(page: Page) -> str:
    """Hectares released in the period, and remaining."""
    released = sum(page.hectares.values())
    return "\n".join([
        tr("Land released: {total} ha").format(total=hectares(released)),
        tr("cleared {cleared} ha · reduced {reduced} ha · cancelled {cancelled} ha").format(
            cleared=hectares(page.hectares["cleared_ha"]), reduced=hectares(page.hectares["reduced_ha"]),
            cancelled=hectares(page.hectares["cancelled_ha"])),
        tr("Remaining in sectors not yet released: {remaining} ha").format(remaining=hectares(page.remaining_ha)),
    ])


def flag_rows(page: Page, limit: int | None = None) -> list[tuple[str, str]]:
    """(what, message) lines of the open high-severity discrepancies a page lists."""
    if limit is None:
        limit = MAX_FLAG_DISTRICTS if page.national else MAX_FLAGS
    if page.national:
        per_district: dict[str, list[Flag]] = {}
        for flag in page.flags:
            per_district.setdefault(flag.district, []).append(flag)
        ranked = sorted(per_district.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        lines = []
        for district, items in ranked:
            kinds: dict[str, int] = {}
            for flag in items:
                kinds[kind_label(flag.kind)] = kinds.get(kind_label(flag.kind), 0) + 1
            detail = ", ".join(f"{k} {number(v)}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]))
            lines.append((district, tr("{n} open: {detail}").format(n=number(len(items)), detail=detail)))
        return lines[:limit]
    return [(kind_label(f.kind), shorten(f.message)) for f in page.flags[:limit]]


def shorten(message: str, limit: int = MESSAGE_CHARS) -> str:
    """``message`` cut at a word before ``limit`` characters, with an ellipsis."""
    if len(message) <= limit:
        return message
    cut = message[:limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


def flags_note(page: Page, limit: int | None = None) -> str:
    """The line under the discrepancy list: none, or how many more there are."""
    shown = len(flag_rows(page, limit))
    total = len(page.flags)
    if total == 0:
        return tr("No open high-severity discrepancies.")
    if page.national:
        return tr("{n} open high-severity discrepancies in all.").format(n=number(total))
    if total > shown:
        return tr("{n} more open high-severity discrepancies: see the discrepancies layer.").format(
            n=number(total - shown))
    return ""


def bar_chart_svg(periods: Sequence[TableRow], width: float = 520, height: float = 150,
                  title: str | None = None) -> str:
    """Finds per period as stacked bars coloured by device category (an SVG document)."""
    left, right, top, bottom = 34.0, 6.0, 18.0, 26.0
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [p.total for p in periods]
    peak = max(totals) if totals else 0
    step = _nice_step(peak)
    ymax = max(step * 4, step * -(-peak // step)) if step else 1
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="{FONT_FAMILY}">',
           f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>']
    if title:
        out.append(f'<text x="{left}" y="11" font-size="10" font-weight="bold" fill="#222">{html.escape(title)}</text>')
    for i in range(0, int(ymax // step) + 1 if step else 1):
        value = i * step
        y = top + plot_h - plot_h * value / ymax
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#dddddd" '
                   'stroke-width="0.6"/>')
        out.append(f'<text x="{left - 3}" y="{y + 3:.1f}" font-size="8" text-anchor="end" fill="#555">'
                   f'{number(value)}</text>')
    n = len(periods)
    if n:
        slot = plot_w / n
        bar = max(min(slot * 0.7, 40.0), 1.0)
        every = max(1, -(-n // 12))
        for i, period in enumerate(periods):
            x = left + i * slot + (slot - bar) / 2
            base = top + plot_h
            for c in CATEGORIES:
                value = period.counts.get(c, 0)
                if not value:
                    continue
                h = plot_h * value / ymax
                base -= h
                out.append(f'<rect x="{x:.1f}" y="{base:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                           f'fill="{CATEGORY[c]}"/>')
            if i % every == 0:
                out.append(f'<text x="{x + bar / 2:.1f}" y="{top + plot_h + 11:.1f}" font-size="7.5" '
                           f'text-anchor="middle" fill="#333">{html.escape(period.label)}</text>')
    else:
        out.append(f'<text x="{left + plot_w / 2}" y="{top + plot_h / 2}" font-size="9" text-anchor="middle" '
                   f'fill="#777">{html.escape(tr("No finds in the period"))}</text>')
    out.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" '
               'stroke="#333" stroke-width="0.8"/>')
    x = left
    for c in CATEGORIES:
        out.append(f'<rect x="{x:.1f}" y="{height - 9}" width="7" height="7" fill="{CATEGORY[c]}"/>')
        out.append(f'<text x="{x + 9:.1f}" y="{height - 3}" font-size="7.5" fill="#333">{c}</text>')
        x += 18 + 5.2 * len(c)
    out.append("</svg>")
    return "\n".join(out)


def _nice_step(peak: float) -> int:
    """A round grid step (1, 2, 5 x 10^k) giving about four lines up to ``peak``."""
    if peak <= 0:
        return 1
    raw = peak / 4.0
    magnitude = 10 ** max(len(str(int(raw))) - 1, 0)
    for m in (1, 2, 5, 10):
        if m * magnitude >= raw:
            return int(m * magnitude)
    return int(10 * magnitude)


def html_summary(pages: Sequence[Page], title: str, period: str, generated: str, credits: str) -> str:
    """A self-contained HTML page with every page's table, released land and open discrepancies."""
    esc = html.escape
    head = [tr("District")] + list(CATEGORIES) + [tr("Total")] + [
        tr("Cleared ha"), tr("Reduced ha"), tr("Cancelled ha")]
    parts = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', f"<title>{esc(title)}</title>",
             "<style>body{font-family:'DejaVu Sans',sans-serif;margin:2em;color:#222}"
             "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #bbb;padding:2px 6px}"
             "td.n{text-align:right}th{background:#243b53;color:#fff}h2{border-bottom:2px solid #243b53}"
             "</style></head><body>",
             f"<h1>{esc(title)}</h1>", f"<p>{esc(tr('Period'))}: {esc(period)} · "
             f"{esc(tr('Generated'))}: {esc(generated)}</p>"]
    for page in pages:
        parts.append(f"<h2>{esc(page.title)}</h2>")
        parts.append(f"<p><b>{esc(finds_text(page))}</b><br>{esc(finds_detail(page))}</p>")
        parts.append(f"<p>{esc(release_text(page)).replace(chr(10), '<br>')}</p>")
        label = tr("District") if page.national else tr("Period")
        parts.append("<table><tr>" + "".join(f"<th>{esc(h)}</th>" for h in [label] + head[1:]) + "</tr>")
        rows = page.rows if page.national else page.periods + page.rows[-1:]
        for row in rows:
            cells = [f"<td>{esc(row.label)}</td>"]
            cells += [f'<td class="n">{number(row.counts[c])}</td>' for c in CATEGORIES]
            cells.append(f'<td class="n">{number(row.total)}</td>')
            cells += [f'<td class="n">{hectares(row.hectares[k])}</td>' for k in HECTARE_KEYS]
            parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("</table>")
        lines = flag_rows(page, limit=len(page.flags) or 1) if page.national else \
            [(kind_label(f.kind), f.message) for f in page.flags]
        parts.append(f"<h3>{esc(tr('Open high-severity discrepancies'))}</h3>")
        if lines:
            parts.append("<ul>" + "".join(f"<li><b>{esc(a)}</b>: {esc(b)}</li>" for a, b in lines) + "</ul>")
        else:
            parts.append(f"<p>{esc(flags_note(page))}</p>")
    parts.append(f"<p><small>{esc(credits)}</small></p></body></html>")
    return "\n".join(parts)
