"""The timeline as JSON, Markdown, CSV and TimelineJS.

JSON is the documented contract read by scripts: an object with `entries`,
each entry as `Entry.as_dict` spells it. The other formats are views of the
same entries; every one keeps the sources (document path and offsets).

Article text and file names are hostile: Markdown escapes them to literal text,
CSV defuses cells a spreadsheet would run as formulas, TimelineJS escapes every
field it renders as HTML.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re

from storyline.model import Entry
from storyline.present.safe_text import csv_cell, markdown_text, strip_controls
from storyline.timevalue import bounds, kind

FORMATS = ("json", "md", "csv", "timelinejs")


def render(entries: list[Entry], fmt: str, **meta: object) -> str:
    if fmt == "json":
        return to_json(entries, **meta)
    if fmt == "md":
        return to_markdown(entries)
    if fmt == "csv":
        return to_csv(entries)
    if fmt == "timelinejs":
        return to_timelinejs(entries)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def to_json(entries: list[Entry], **meta: object) -> str:
    return json.dumps(
        {**meta, "entries": [entry.as_dict() for entry in entries]}, ensure_ascii=False, indent=2
    )


def _attribution_text(entry: Entry) -> str:
    if not entry.attribution:
        return ""
    return f"{entry.attribution.source} ({entry.attribution.stance})"


def _figures_text(entry: Entry) -> str:
    return "; ".join(figure.text for figure in entry.figures)


def to_markdown(entries: list[Entry]) -> str:
    lines = ["# Timeline", ""]
    current = object()
    for entry in entries:
        if entry.date != current:
            current = entry.date
            label = markdown_text(entry.date or "Undated")  # a TIMEX value: escaping leaves it as it is
            lines += ["", f"## {label}{' (inferred)' if entry.date_inferred else ''}", ""]
        attribution = markdown_text(_attribution_text(entry))
        said = f"— *{attribution}*" if attribution else ""
        item = (markdown_text(entry.summary), said, f"`{entry.id}`")
        lines.append("- " + " ".join(part for part in item if part))  # no empty part shifts the indent
        if entry.figures:
            lines.append(f"  - Figures: {markdown_text(_figures_text(entry))}")
        for mention in entry.mentions:
            lines.append(f"  - Source: {markdown_text(mention.path)} \\[{mention.start}:{mention.end}\\]")
    return "\n".join(lines).strip() + "\n"


def to_csv(entries: list[Entry]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            "id",
            "date",
            "date_inferred",
            "tense",
            "summary",
            "actors",
            "source",
            "stance",
            "figures",
            "sources",
        ]
    )
    for entry in entries:
        writer.writerow(
            csv_cell(cell)
            for cell in [
                entry.id,
                entry.date or "",
                entry.date_inferred,  # "true" or "false" (`csv_cell`)
                str(entry.tense),
                entry.summary,
                "; ".join(entry.actors),
                entry.attribution.source if entry.attribution else "",
                str(entry.attribution.stance) if entry.attribution else "",
                _figures_text(entry),
                "; ".join(f"{m.path}[{m.start}:{m.end}]" for m in entry.mentions),
            ]
        )
    return buffer.getvalue()


_TIMEX_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def to_timelinejs(entries: list[Entry]) -> str:
    """TimelineJS3 JSON: one slide per dated entry; a week or a weekend spans its days ("29 May 2010 –
    30 May 2010" shown), since TimelineJS has no weeks; a month, a quarter or a year falls back to its
    year and month."""
    events = []
    for entry in entries:
        dates = _timelinejs_dates(entry.date)
        if dates is None:
            continue
        sources = "".join(f"<li>{_escape(m.path)} [{m.start}:{m.end}]</li>" for m in entry.mentions)
        headline = _attribution_text(entry) or (entry.actors[0] if entry.actors else entry.date)
        events.append(
            {
                "unique_id": entry.id,
                **dates,
                "text": {
                    "headline": _escape(headline or ""),
                    "text": f"<p>{_escape(entry.summary)}</p><ul>{sources}</ul>",
                },
            }
        )
    return json.dumps(
        {"title": {"text": {"headline": "Timeline"}}, "events": events}, ensure_ascii=False, indent=2
    )


def _timelinejs_dates(value: str | None) -> dict[str, object] | None:
    """`start_date` (and for a week or a weekend `end_date` and `display_date`) of one slide."""
    span = bounds(value) if kind(value) in ("week", "weekend") else None
    if span is not None:
        first, last = ({"year": str(d.year), "month": str(d.month), "day": str(d.day)} for d in span)
        shown = f"{span[0]:%-d %b %Y} – {span[1]:%-d %b %Y}"
        return {"start_date": first, "end_date": last, "display_date": shown}
    start = _timelinejs_date(value)
    return None if start is None else {"start_date": start}


def _timelinejs_date(value: str | None) -> dict[str, str] | None:
    match = _TIMEX_DATE.match(value or "")
    if not match:
        return None
    year, month, day = match.groups()
    result = {"year": year}
    if month:
        result["month"] = str(int(month))
    if day:
        result["day"] = str(int(day))
    return result


def _escape(text: str) -> str:
    """Text for a slide, which TimelineJS shows as HTML: without markup, nor controls that reorder
    or garble the line (as on the web pages, `webapp.render.without_controls`)."""
    return html.escape(strip_controls(text), quote=True)
