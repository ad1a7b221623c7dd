"""Geometry for the SVG drawn by the templates: the date histogram and the figure-series charts.

Computed here, in plain numbers, so the templates only place shapes and the
pages need no charting library and no inline style.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from storyline.model import Entry, FigureSeries, SeriesPoint
from storyline.present.figures_view import format_value
from storyline.present.webapp.dates import first_day
from storyline.timevalue import bounds

WIDTH = 720
HEIGHT = 90
CHART_HEIGHT = 220
MARGIN = 48
MAX_DAY_BUCKETS = 120


@dataclass(frozen=True, slots=True)
class Bar:
    key: str  # the bucket as a date prefix for ?from=&to= ("2024-10-08", "2024-10", "2024")
    label: str
    count: int
    x: float
    y: float
    width: float
    height: float
    selected: bool


def histogram(counts: list[tuple[str, int]], since: str | None, until: str | None) -> list[Bar]:
    """Entries per day, month or year (whichever keeps the bars few enough), as bars.

    The range covers the middle 98% of the dated entries, so that a few stray
    dates ("in 610", "by 2050") do not squeeze the story into one bar; entries dated
    only to a quarter or a year have no day to stand on and are left out.
    """
    days: dict[date, int] = {}
    for value, count in counts:
        day = first_day(value)
        span = bounds(value)
        if day is not None and span is not None and (span[1] - span[0]).days <= 31:
            days[day] = days.get(day, 0) + count
    if not days:
        return []
    low, high = _core(days)
    if (high - low).days < MAX_DAY_BUCKETS:
        keys = [date.fromordinal(n).isoformat() for n in range(low.toordinal(), high.toordinal() + 1)]
        size = 10
    elif high.year - low.year < 10:
        keys = [f"{y:04d}-{m:02d}" for y in range(low.year, high.year + 1) for m in range(1, 13)]
        keys = [
            k for k in keys if f"{low.year:04d}-{low.month:02d}" <= k <= f"{high.year:04d}-{high.month:02d}"
        ]
        size = 7
    else:
        keys = [f"{y:04d}" for y in range(low.year, high.year + 1)]
        size = 4
    totals = dict.fromkeys(keys, 0)
    for day, count in days.items():
        key = day.isoformat()[:size]
        if key in totals:
            totals[key] += count
    top = max(totals.values()) or 1
    width = WIDTH / len(keys)
    bars = []
    for index, key in enumerate(keys):
        height = (HEIGHT - 14) * totals[key] / top
        chosen = (
            (since or until) and (not since or key >= since[:size]) and (not until or key <= until[:size])
        )
        bars.append(
            Bar(
                key, key, totals[key], index * width, HEIGHT - height, max(width - 1, 1), height, bool(chosen)
            )
        )
    return bars


def _core(days: dict[date, int], share: float = 0.01) -> tuple[date, date]:
    """The first and last day once `share` of the entries is cut from each end."""
    ordered = sorted(days)
    total = sum(days.values())
    seen, low = 0, ordered[0]
    for day in ordered:
        seen += days[day]
        if seen > total * share:
            low = day
            break
    seen, high = 0, ordered[-1]
    for day in reversed(ordered):
        seen += days[day]
        if seen > total * share:
            high = day
            break
    return low, max(low, high)


@dataclass(frozen=True, slots=True)
class ChartPoint:
    point: SeriesPoint
    x: float
    y: float
    y_upper: float | None  # top of a range's bar
    value: str  # "~11,000", "35,000–60,000"
    approximate: bool


@dataclass(frozen=True, slots=True)
class Chart:
    series: FigureSeries
    points: list[ChartPoint]
    undated: list[SeriesPoint]
    first: str
    last: str
    top: str
    log: bool
    width: int = WIDTH
    height: int = CHART_HEIGHT
    margin: int = MARGIN


def chart(series: FigureSeries) -> Chart:
    """One mark per claim: x the claim date, y the value (log scale when values span 10×)."""
    dated = [(first_day(p.claim_date), p) for p in series.points]
    placed = [(day, p) for day, p in dated if day is not None]
    undated = [p for day, p in dated if day is None]
    values = [v for _, p in placed for v in (p.figure.value, p.figure.upper) if v is not None]
    positive = [v for v in values if v > 0]
    log = bool(positive) and len(positive) == len(values) and max(positive) / min(positive) >= 10
    scale = (lambda v: math.log10(v)) if log else (lambda v: v)
    low = min((scale(v) for v in values), default=0.0) if log else 0.0
    high = max((scale(v) for v in values), default=1.0)
    high = high if high > low else low + 1.0
    first = min((day for day, _ in placed), default=None)
    last = max((day for day, _ in placed), default=None)
    span = max((last - first).days, 1) if first and last else 1
    inner_w, inner_h = WIDTH - 2 * MARGIN, CHART_HEIGHT - 2 * 24

    def y_of(value: float) -> float:
        return 24 + inner_h * (1 - (scale(value) - low) / (high - low))

    points = []
    for day, point in placed:
        x = MARGIN + (
            inner_w * (day - first).days / span if first and len({d for d, _ in placed}) > 1 else inner_w / 2
        )
        figure = point.figure
        upper = y_of(figure.upper) if figure.upper is not None else None
        points.append(
            ChartPoint(point, x, y_of(figure.value), upper, format_value(figure), figure.approximate)
        )
    return Chart(
        series,
        points,
        undated,
        first.isoformat() if first else "",
        last.isoformat() if last else "",
        format_value_number(max(values, default=0.0)),
        log,
    )


def format_value_number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


@dataclass(frozen=True, slots=True)
class Placed:
    entry_id: str
    label: str
    date: str
    x: float
    lane: int
    disputed: bool


@dataclass(frozen=True, slots=True)
class Strip:
    """Entries on a horizontal date axis, in lanes so that no two labels overlap."""

    items: list[Placed]
    ticks: list[tuple[float, str]]
    width: float
    lanes: int


LABEL_CHARS = 36
CHAR_WIDTH = 6.5
LANE_HEIGHT = 22
TICK_SPACING = 90  # pixels between date labels on the axis


def strip(entries: list[Entry], day_width: float = 24.0) -> Strip:
    dated = [(first_day(e.date), e) for e in entries]
    placed_entries = sorted(((d, e) for d, e in dated if d is not None), key=lambda item: item[0])
    if not placed_entries:
        return Strip([], [], WIDTH, 0)
    first, last = placed_entries[0][0], placed_entries[-1][0]
    days = (last - first).days + 1
    scale = max(day_width, WIDTH / days) if days < 400 else max(WIDTH * 2 / days, 0.5)
    lane_ends: list[float] = []
    items = []
    for day, entry in placed_entries:
        x = 10 + (day - first).days * scale
        label = entry.summary if len(entry.summary) <= LABEL_CHARS else entry.summary[: LABEL_CHARS - 1] + "…"
        end = x + 12 + len(label) * CHAR_WIDTH
        lane = next((i for i, taken in enumerate(lane_ends) if taken < x), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        items.append(Placed(entry.id, label, entry.date or "", x, lane, bool(entry.conflicts)))
    width = max(lane_ends) + 20
    step = max(1, math.ceil(TICK_SPACING / scale))
    ticks = [
        (10 + n * scale, date.fromordinal(first.toordinal() + n).isoformat()) for n in range(0, days, step)
    ]
    return Strip(items, ticks, width, len(lane_ends))
