"""The FastAPI application: HTML pages, the JSON API and the vendored static files.

Only GET routes exist, so nothing can change the store through the server.
Every response carries a Content-Security-Policy that allows scripts, styles
and images from this server alone: even a value that escaped the template
engine could not run inline script or reach another host.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from storyline.present import figures_view
from storyline.present.webapp import charts
from storyline.present.webapp.render import render
from storyline.present.webapp.story import Story
from storyline.store.browse import Browse
from storyline.timevalue import is_period

PAGE_SIZE = 50
VISUAL_SIZE = 300  # entries the visual timeline places
SERIES_PAGE = 20  # figure series per page
MAX_POINT_ROWS = 60  # claims listed under one chart (the chart shows them all)
MAX_LABELS = 30  # a chart with more marks labels none (each still has its tooltip)
MAX_LIMIT = 500
# SQLite's largest integer, with a page after it: a larger offset is a 422, not a 500
MAX_OFFSET = 2**63 - 1 - MAX_LIMIT
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
    " base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

From = Annotated[str | None, Query(alias="from", description="Earliest date (YYYY, YYYY-MM or YYYY-MM-DD).")]
To = Annotated[str | None, Query(alias="to", description="Latest date (YYYY, YYYY-MM or YYYY-MM-DD).")]
Entity = Annotated[str | None, Query(description="Only entries naming this actor, place or claimant.")]
Text = Annotated[str | None, Query(alias="q", description="Words that must all occur in one cited sentence.")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
All = Annotated[bool, Query(alias="all", description="Every entry, not only the main events.")]


def _filters(
    since: From = None,
    until: To = None,
    entity: Entity = None,
    actor: str | None = None,
    place: str | None = None,
    outlet: str | None = None,
    stance: str | None = None,
    tense: str | None = None,
    disputed: bool = False,
    q: Text = None,
    every: All = False,
) -> dict[str, object]:
    """The timeline's filters as the URL spells them."""
    _check_dates(since, until)
    return {
        "from": since, "to": until, "entity": entity, "actor": actor, "place": place, "outlet": outlet,
        "stance": stance, "tense": tense, "disputed": disputed, "q": q, "all": every,
    }  # fmt: skip


Filters = Annotated[dict[str, object], Depends(_filters)]


def _check_dates(since: str | None, until: str | None) -> None:
    """A date that is no year, month or day of the calendar is a 422, as the CLI's --from/--to refuse it:
    compared as text it matched nothing ("zz") or everything ("2024-13-45")."""
    for name, value in (("from", since), ("to", until)):
        if value and not is_period(value):
            raise HTTPException(422, f"{name} expects YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")


def _browse(params: dict[str, object], disputed: frozenset[str]) -> Browse:
    text = {key: value if isinstance(value, str) and value else None for key, value in params.items()}
    return Browse(
        since=text["from"], until=text["to"], entity=text["entity"], actor=text["actor"], place=text["place"],
        outlet=text["outlet"], stance=text["stance"], tense=text["tense"], q=text["q"],
        ids=disputed if params["disputed"] else None, main=not params["all"],
    )  # fmt: skip


def create_app(db: Path | str, warm: bool = False) -> FastAPI:
    """The application over the store at `db`; `warm` starts computing whole-store views at once."""
    story = Story(db)
    if warm:
        story.warm_up()
    app = FastAPI(
        title="storyline",
        description="A sourced timeline of events read from news articles (read-only).",
        docs_url=None,  # the interactive docs load scripts from a CDN; /openapi.json is served
        redoc_url=None,
    )
    static = resources.files("storyline.present.webapp").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    # --- pages ------------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(params: Filters, offset: Offset = 0) -> str:
        with story.open() as (store, catalog):
            snapshot = story.snapshot(store, catalog)
            where = _browse(params, snapshot.disputed)
            main_ids = story.main_ids(store, catalog)
            page = catalog.page(where, PAGE_SIZE, offset, main_ids)
            entries = story.entries(store, snapshot, page.ids)
            version = catalog.version()
            facets = story.cached(("facets", version, where), lambda: catalog.facets(where, main_ids))
            counts = story.cached(("dates", version, where), lambda: catalog.date_counts(where))
            bars = charts.histogram(counts, where.since, where.until)
        return render(
            "timeline.html",
            params=params, entries=entries, page=page, offset=offset, page_size=PAGE_SIZE, facets=facets,
            bars=bars, histogram_width=charts.WIDTH, histogram_height=charts.HEIGHT,
            disputed=len(snapshot.disputed),
        )  # fmt: skip

    @app.get("/visual", response_class=HTMLResponse, include_in_schema=False)
    def visual_page(params: Filters) -> str:
        with story.open() as (store, catalog):
            snapshot = story.snapshot(store, catalog)
            where = _browse(params, snapshot.disputed)
            page = catalog.page(where, VISUAL_SIZE, 0, story.main_ids(store, catalog))
            entries = story.entries(store, snapshot, page.ids)
        return render(
            "visual.html",
            params=params, page=page, shown=len(entries), strip=charts.strip(entries),
            lane_height=charts.LANE_HEIGHT,
        )  # fmt: skip

    @app.get("/entries/{entry_id}", response_class=HTMLResponse, include_in_schema=False)
    def entry_page(entry_id: str) -> str:
        with story.open() as (store, catalog):
            snapshot = story.snapshot(store, catalog)
            entry = story.entry(store, snapshot, entry_id)
            if entry is None:
                raise HTTPException(404, f"no entry {entry_id}")
            view = story.entry_view(store, snapshot, entry)
        return render("entry.html", view=view, entry=view.entry)

    @app.get("/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(document_id: str) -> str:
        with story.open() as (store, _):
            view = story.document_view(store, document_id)
        if view is None:
            raise HTTPException(404, f"no document {document_id}")
        return render("document.html", view=view, document=view.document)

    @app.get("/figures", response_class=HTMLResponse, include_in_schema=False)
    def figures_page(series: str | None = None, offset: Offset = 0) -> str:
        with story.open() as (store, catalog):
            snapshot = story.snapshot(store, catalog)
        chosen = [one for one in snapshot.series if one.id == series] if series else snapshot.series
        shown = chosen[offset : offset + SERIES_PAGE]
        return render(
            "figures.html",
            charts=[charts.chart(one) for one in shown], total=len(chosen), offset=offset,
            page_size=SERIES_PAGE, series=series, max_rows=MAX_POINT_ROWS, max_labels=MAX_LABELS,
        )  # fmt: skip

    @app.get("/conflicts", response_class=HTMLResponse, include_in_schema=False)
    def conflicts_page() -> str:
        with story.open() as (store, catalog):
            snapshot = story.snapshot(store, catalog)
        return render("conflicts.html", conflicts=snapshot.conflicts)

    @app.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    def quotes_page(speaker: str | None = None) -> str:
        with story.open() as (store, _):
            by_speaker: dict[str, list[object]] = {}
            for quote in store.quotes(speaker):
                by_speaker.setdefault(quote.quote.speaker or "unattributed", []).append(quote)
                if sum(len(v) for v in by_speaker.values()) >= MAX_LIMIT:
                    break
        ordered = sorted(by_speaker.items(), key=lambda item: (-len(item[1]), item[0]))
        return render("quotes.html", speakers=ordered, speaker=speaker)

    # --- JSON API ---------------------------------------------------------------------------------

    @app.get("/api/entries", tags=["entries"])
    def api_entries(
        since: From = None,
        until: To = None,
        entity: Entity = None,
        q: Text = None,
        limit: Limit = PAGE_SIZE,
        offset: Offset = 0,
        every: All = False,
    ) -> dict[str, object]:
        """Timeline entries by date, as `storyline timeline --format json` writes them, one page at a time."""
        _check_dates(since, until)
        with story.open() as (store, catalog):
            snapshot = story.snapshot(store, catalog)
            where = Browse(since=since, until=until, entity=entity, q=q, main=not every)
            page = catalog.page(where, limit, offset, story.main_ids(store, catalog))
            entries = story.entries(store, snapshot, page.ids)
        return {
            "total": page.total,
            "offset": offset,
            "limit": limit,
            "entries": [entry.as_dict() for entry in entries],
        }

    @app.get("/api/entries/{entry_id}", tags=["entries"])
    def api_entry(entry_id: str) -> dict[str, object]:
        """One entry (its id or a unique prefix), with every mention."""
        with story.open() as (store, catalog):
            entry = story.entry(store, story.snapshot(store, catalog), entry_id)
        if entry is None:
            raise HTTPException(404, f"no entry {entry_id}")
        return entry.as_dict()

    @app.get("/api/documents/{document_id}", tags=["documents"])
    def api_document(document_id: str) -> dict[str, object]:
        """One stored article: its text (which every offset indexes), date and where the date came from."""
        with story.open() as (store, _):
            view = story.document_view(store, document_id)
        if view is None:
            raise HTTPException(404, f"no document {document_id}")
        document = view.document
        return {
            "id": document.id,
            "path": document.path,
            "title": document.title,
            "url": document.url,
            "source": document.source,
            "publication_date": document.publication_date.isoformat() if document.publication_date else None,
            "date_source": str(document.date_source),
            "date_inferred": document.date_inferred,
            "text": document.text,
            "events": [{"entry": entry, "start": start, "end": end} for entry, start, end in view.entries],
        }

    @app.get("/api/figures", tags=["figures"])
    def api_figures() -> dict[str, object]:
        """Figure series, as `storyline figures --format json` writes them."""
        with story.open() as (store, catalog):
            snapshot = story.snapshot(store, catalog)
        return {"series": figures_view.series_to_json(snapshot.series)}

    @app.get("/api/conflicts", tags=["conflicts"])
    def api_conflicts() -> dict[str, object]:
        """Disagreements between sources, as `storyline conflicts --format json` writes them."""
        with story.open() as (store, catalog):
            snapshot = story.snapshot(store, catalog)
        return {"conflicts": [conflict.as_dict() for conflict in snapshot.conflicts]}

    @app.get("/api/quotes", tags=["quotes"])
    def api_quotes(
        speaker: str | None = None, limit: Limit = PAGE_SIZE, offset: Offset = 0
    ) -> dict[str, object]:
        """Direct quotes with their speakers, by publication date."""
        with story.open() as (store, _):
            found = []
            for index, quote in enumerate(store.quotes(speaker)):
                if index >= offset + limit:
                    break
                if index >= offset:
                    found.append(quote)
        return {
            "offset": offset,
            "limit": limit,
            "quotes": [q.as_dict() for q in found],
        }

    return app
