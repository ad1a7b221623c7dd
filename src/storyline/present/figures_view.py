"""Figure series for people: a terminal table with sparklines, one series in full, JSON, CSV, Markdown.

Each series shows its claimed values in claim-date order with who claimed
them; the sparkline draws one bar per claim date (the middle value claimed
that day), on a log scale when the values span more than a factor of ten
(flow estimates from 1,000 to 60,000 barrels a day stay readable). This
module only presents series: it does not build or judge them.
"""

from __future__ import annotations

import csv
import io
import math
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from statistics import median

from rich.console import Console
from rich.table import Table
from rich.text import Text

from storyline.model import Conflict, Figure, FigureSeries, SeriesPoint
from storyline.present.safe_text import csv_cell, markdown_text, plain

BARS = "▁▂▃▄▅▆▇█"
MAX_ROWS = 40
WIDE_TABLE = 120  # columns the table needs for its sparkline
SPARKLINE = "values over time"  # the column a narrower table leaves out
MAX_BARS = 30
LOG_SPREAD = 10.0
_MARKS = {"more than": "≥", "over": "≥", "at least": "≥", "up to": "≤", "as many as": "≤", "less than": "<"}
CSV_COLUMNS = (
    "series", "label", "kind", "predicate", "subject", "claim_date", "value", "upper", "approximate",
    "qualifier", "period", "text", "claimant", "stance", "entry", "document", "path", "start", "end",
)  # fmt: skip


def sparkline(values: list[float], log: bool = False) -> str:
    """One block character per value, scaled between the smallest and largest (log scale if asked)."""
    if not values:
        return ""
    scaled = [math.log10(v) if log and v > 0 else v for v in values]
    low, high = min(scaled), max(scaled)
    if high == low:
        return BARS[len(BARS) // 2] * len(values)
    steps = len(BARS) - 1
    return "".join(BARS[round((v - low) / (high - low) * steps)] for v in scaled)


def series_sparkline(one: FigureSeries) -> tuple[str, bool]:
    """The series' sparkline, one bar per claim date (or stretch of dates), and whether it is log scale."""
    by_date: dict[str, list[float]] = defaultdict(list)
    for point in one.points:
        by_date[point.claim_date or ""].append(point.figure.value)
    days = sorted(by_date)
    if len(days) > MAX_BARS:  # one bar per stretch of days
        size = math.ceil(len(days) / MAX_BARS)
        stretches = [days[i : i + size] for i in range(0, len(days), size)]
        by_date = {group[0]: [v for day in group for v in by_date[day]] for group in stretches}
        days = sorted(by_date)
    values = [median(by_date[day]) for day in days]
    positive = [v for v in values if v > 0]
    log = bool(positive) and len(positive) == len(values) and max(positive) / min(positive) >= LOG_SPREAD
    return sparkline(values, log), log


def format_value(figure: Figure) -> str:
    """ "~11,000", "35,000–60,000", "≥6,130", "$6.1bn"-style compact numbers with the kind's sign."""
    text = compact(figure.value)
    if figure.upper is not None:
        text = f"{text}–{compact(figure.upper)}"
    text = _MARKS.get(figure.qualifier or "", "") + text
    return f"~{text}" if figure.approximate else text


def compact(value: float) -> str:
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= scale:
            return f"{value / scale:.3g}{suffix}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def render_series_table(series: list[FigureSeries], console: Console) -> None:
    """All series, one row each; with many series, those of one figure are counted, not listed.

    Under `WIDE_TABLE` columns (a plain terminal, or output piped: 80) the sparkline is left out and the
    dates take two lines: all seven columns squeezed the labels and claimants to "…" and cut the ids
    that `--series` takes."""
    shown = series if len(series) <= MAX_ROWS else [s for s in series if len(s.points) > 1][:MAX_ROWS]
    wide = console.width >= WIDE_TABLE
    table = Table(title=f"Figure series ({len(series)})", expand=True)
    for name, options in (("id", {"style": "dim", "no_wrap": True}), ("what is counted", {"ratio": 3}),
                          ("n", {"justify": "right"}), ("from → to", {"no_wrap": True}),
                          (SPARKLINE, {"no_wrap": True}), ("latest", {"no_wrap": True}),
                          ("claimed by", {"ratio": 3})):  # fmt: skip
        if wide or name != SPARKLINE:
            table.add_column(name, **options)  # type: ignore[arg-type]
    for one in shown:
        line, log = series_sparkline(one)
        first, last = one.points[0], one.points[-1]
        arrow = " → " if wide else "\n→ "  # a narrow table gives the last date a line of its own
        sparkline = [Text(line + (" log" if log else ""), style="cyan")] if wide else []
        table.add_row(
            plain(one.id),
            plain(one.label),
            str(len(one.points)),
            plain(f"{first.claim_date or '?'}{arrow}{last.claim_date or '?'}"),
            *sparkline,
            plain(format_value(last.figure)),
            plain(", ".join(_claimants(one))),
        )
    console.print(table)
    if len(shown) < len(series):
        console.print(f"[dim]{len(series) - len(shown)} more series not listed (see --format json)[/dim]")
    if not wide:
        console.print(f"[dim]values over time: --series ID, or a terminal of {WIDE_TABLE} columns[/dim]")


def _claimants(one: FigureSeries, limit: int = 4) -> list[str]:
    names = list(dict.fromkeys(p.claimant or "unattributed" for p in one.points))
    return names[:limit] + ([f"+{len(names) - limit} more"] if len(names) > limit else [])


def render_series_detail(one: FigureSeries, console: Console, conflicts: Sequence[Conflict] = ()) -> None:
    """One series in full: every point with its claimant, stance and source span.

    Given the timeline's conflicts, those touching the series follow: the sources that could not
    confirm or denied its claims, and figures of the same day that disagree.
    """
    line, log = series_sparkline(one)
    console.print(
        Text.assemble(
            plain(one.label, "bold"), plain(f"  id {one.id} · kind {one.kind} · {len(one.points)} figures")
        )
    )
    console.print(Text(f"{line}{' (log scale)' if log else ''}", style="cyan"))
    table = Table(expand=True)
    table.add_column("claimed on", no_wrap=True)
    table.add_column("value", no_wrap=True, justify="right")
    table.add_column("as written", ratio=3)
    table.add_column("claimant", ratio=2)
    table.add_column("source", ratio=2)
    for point in one.points:
        table.add_row(
            plain(point.claim_date or "undated"),
            plain(format_value(point.figure)),
            _as_written(point),
            _claimant_cell(point),
            plain(_source_cell(point)),
        )
    console.print(table)
    for conflict in touching(one, conflicts):
        console.print(plain(f"⚠ {conflict.kind}: {conflict.description}", style="red"))


def touching(one: FigureSeries, conflicts: Sequence[Conflict]) -> list[Conflict]:
    """The conflicts that concern the series' entries."""
    entries = set(one.entry_ids())
    return [c for c in conflicts if c.series_id == one.id or entries & set(c.entry_ids())]


def _as_written(point: SeriesPoint) -> Text:
    text = plain(point.figure.text)
    if point.figure.period:
        text.append(plain(f" [{point.figure.period}]", style="dim"))
    return text


def _claimant_cell(point: SeriesPoint) -> Text:
    text = plain(point.claimant or "unattributed")
    if point.stance:
        text.append(f" ({point.stance})", style="dim")
    return text


def _source_cell(point: SeriesPoint) -> str:
    if point.mention is None:
        return ""
    return f"{Path(point.mention.path).name} {point.figure.start}–{point.figure.end}"


def series_to_json(series: list[FigureSeries]) -> list[dict[str, object]]:
    return [
        {
            "id": one.id,
            "label": one.label,
            "kind": one.kind,
            "predicate": one.predicate,
            "subject": one.subject,
            "points": [_point_json(point) for point in one.points],
        }
        for one in series
    ]


def _point_json(point: SeriesPoint) -> dict[str, object]:
    data = point.as_dict()
    data["start"], data["end"] = point.figure.start, point.figure.end
    return data


def series_to_csv(series: list[FigureSeries]) -> str:
    """One row per point, with its series."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for one in series:
        for point in one.points:
            writer.writerow([csv_cell(cell) for cell in _csv_row(one, point)])
    return out.getvalue()


def _csv_row(one: FigureSeries, point: SeriesPoint) -> list[object]:
    figure, mention = point.figure, point.mention
    return [
        one.id, one.label, one.kind, one.predicate, one.subject, point.claim_date or "", figure.value,
        "" if figure.upper is None else figure.upper, figure.approximate, figure.qualifier or "",
        figure.period or "", figure.text, point.claimant or "", point.stance or "", point.entry_id,
        mention.document if mention else "", mention.path if mention else "", figure.start, figure.end,
    ]  # fmt: skip


def series_to_markdown(series: list[FigureSeries]) -> str:
    lines: list[str] = []
    for one in series:
        line, log = series_sparkline(one)
        scale = " (log scale)" if log else ""
        lines += [f"## {markdown_text(one.label)}", "", f"`{one.id}` · {line}{scale}", ""]
        lines += ["| claimed on | value | as written | claimant | source |", "|---|---|---|---|---|"]
        for point in one.points:
            source = _source_cell(point)
            claimant = point.claimant or "unattributed"
            if point.stance:
                claimant += f" ({point.stance})"
            cells = [
                point.claim_date or "undated",
                format_value(point.figure),
                point.figure.text,
                claimant,
                source,
            ]
            lines.append("| " + " | ".join(_md(cell) for cell in cells) + " |")
        lines.append("")
    return "\n".join(lines)


def _md(cell: str) -> str:
    return markdown_text(cell)
