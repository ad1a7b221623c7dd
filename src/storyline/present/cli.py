"""The `storyline` command: a thin layer over the pipeline, the store and the views.

Every command reads or writes one SQLite store (`--db`, default
`storyline.db`, or the STORYLINE_DB environment variable). Failures end with
one clear line and a non-zero exit code: 1 when inputs could not be read or a
store or file could not be used, 2 for usage errors (a bad option value).
Messages quote user and article text literally (never as Rich markup).
Heavy modules (spaCy, the store, the web app) are imported inside the commands
that need them, so `--help` is quick.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

from storyline.present.exports import FORMATS as EXPORT_FORMATS
from storyline.present.help_flags import list_flags_bare
from storyline.present.help_text import join_wrapped_lines
from storyline.present.safe_text import visible_line

if TYPE_CHECKING:
    from rich.progress import Progress

    from storyline.model import Entry
    from storyline.store import EntryFilter, Store

DEFAULT_PATH = Path("storyline.db")  # the same default as storyline.store.DEFAULT_PATH

list_flags_bare()  # "--all", not "--all <bool>"

app = typer.Typer(
    help="Build a sourced, deduplicated timeline from dated news articles, offline.",
    no_args_is_help=True,
    add_completion=False,
)
eval_app = typer.Typer(help="Measure storyline against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

console = Console()
errors = Console(stderr=True)

DbOption = Annotated[
    Path, typer.Option("--db", envvar="STORYLINE_DB", help="The SQLite store to read and write.")
]
# what each command writes ("table" is the terminal's); `--help` and the check both read these
TIMELINE_FORMATS = ("table", *EXPORT_FORMATS)
FIGURES_FORMATS = ("table", "json", "csv", "md")
TABLE_OR_JSON = ("table", "json")


def _format_option(formats: tuple[str, ...]) -> typer.models.OptionInfo:
    """`--format`, its help naming what the command writes: "table (terminal), json, csv or md"."""
    named = ["table (terminal)", *formats[1:]]
    return typer.Option("--format", "-f", help=f"{', '.join(named[:-1])} or {named[-1]}.")


def _check_format(fmt: str, formats: tuple[str, ...]) -> None:
    """Refuse an unknown format before any slow work (exit code 2)."""
    if fmt not in formats:
        raise _usage(f"unknown format {fmt!r}: choose {', '.join(formats[:-1])} or {formats[-1]}")


USAGE_ERROR = 2


def _fail(message: str, code: int = 1) -> typer.Exit:
    errors.print(f"[red]error:[/red] {_literal(message)}", soft_wrap=True)
    return typer.Exit(code=code)


def _usage(message: str) -> typer.Exit:
    return _fail(message, USAGE_ERROR)


def _literal(text: object) -> str:
    """User or article text inside a Rich markup string: shown as it is, without control codes."""
    return escape(visible_line(str(text)))


def _open_store(db: Path, must_exist: bool = True, writable: bool = False) -> Store:
    """The store at `db`; one this user cannot write is read as it stands unless `writable`."""
    from storyline.store import Store

    if must_exist and not db.exists():
        raise _fail(f"no store at {db}: run `storyline ingest PATH` first (or give --db)")
    try:
        return Store(db, may_be_read_only=not writable)
    except Exception as error:  # a corrupt or foreign file must not show a traceback
        raise _fail(f"cannot open store {db}: {error}") from error


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise _usage(f"{option} expects a date as YYYY-MM-DD, got {value!r}") from error


def _parse_period(value: str | None, option: str) -> str | None:
    """`--from`/`--to`: a year, month or day, checked against the calendar."""
    from storyline.timevalue import is_period

    if value is not None and not is_period(value):
        raise _usage(f"{option} expects YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return value


def _write_output(output: Path, text: str) -> None:
    """Write an export; a folder or a missing folder is a usage error, not a traceback."""
    if output.is_dir():
        raise _usage(f"--output {output} is a folder: give a file name")
    if not output.parent.is_dir():
        raise _usage(f"--output {output}: no folder {output.parent}")
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise _fail(f"cannot write {output}: {error.strerror or error}") from error


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders of articles (.txt, .jsonl, .html, feeds).")
    ],
    db: DbOption = DEFAULT_PATH,
    publication_date: Annotated[
        str | None, typer.Option("--date", help="Publication date for all these articles (YYYY-MM-DD).")
    ] = None,
    model: Annotated[
        str | None, typer.Option(help="spaCy pipeline to use instead of en_core_web_sm.")
    ] = None,
    processes: Annotated[int, typer.Option(min=1, help="Worker processes for spaCy.")] = 1,
) -> None:
    """Read articles, extract events and merge them into the timeline.

    Example: storyline ingest ../shared/corpus/seeds

    Exit code 0 when every input was stored or already known (empty files are
    reported, not failures), 1 when some could not be read or were refused (the
    rest is stored), 2 for usage errors.
    """
    from storyline.analyse.nlp import ModelNotFound
    from storyline.analyse.parse_workers import ParseWorkerError
    from storyline.pipeline import Pipeline
    from storyline.pipeline import ingest as run_ingest
    from storyline.store import EntryFilter

    given = _parse_date(publication_date, "--date")
    try:
        pipeline = Pipeline(model=model, processes=processes)
    except ModelNotFound as error:
        raise _fail(str(error)) from error
    with _open_store(db, must_exist=False, writable=True) as store, _progress() as progress:
        task = progress.add_task("analysing", total=None)
        try:
            report = run_ingest(paths, store, pipeline, given, lambda _: progress.advance(task))
        except (KeyboardInterrupt, ParseWorkerError) as error:
            raise _stopped(error, store.document_count(), db) from error
        entries = store.entry_count(EntryFilter())  # the timeline's entries, as `timeline --all` lists
    for problem in report.errors:
        label = "[yellow]skipped[/yellow]" if problem.failed else "[dim]empty[/dim]"
        errors.print(f"{label} {_literal(problem)}", soft_wrap=True)
    for warning in report.warnings:
        errors.print(f"[yellow]warning[/yellow] {_literal(warning)}", soft_wrap=True)
    rate = report.documents_added / report.seconds if report.seconds else 0.0
    failures = sum(1 for problem in report.errors if problem.failed)
    console.print(
        f"{report.documents_added} documents added ({report.duplicates} already known, "
        f"{len(report.errors)} skipped), {report.events} events, {entries} entries in {_literal(db)}, "
        f"{report.seconds:.1f} s ({rate:.1f} documents/s)",
        soft_wrap=True,
    )
    if not report.documents_read and not report.errors:
        errors.print(f"nothing to ingest: no article files under {_literal(', '.join(map(str, paths)))}")
    if failures:
        raise typer.Exit(code=1)


INTERRUPTED = 130  # the shell's code for a run ended by SIGINT


def _stopped(error: BaseException, documents: int, db: Path) -> typer.Exit:
    """An ingest cut short: by Ctrl-C, or by a spaCy worker process that died, failed or could not
    start. Each batch is stored in one transaction, so the store holds whole batches only, and a
    rerun resumes."""
    interrupted = isinstance(error, KeyboardInterrupt)
    cause = "interrupted" if interrupted else str(error)
    return _fail(
        f"{cause}; {documents} documents in {db} (the batches stored before stay, the batch in hand "
        "was not written): run the same command again to resume",
        INTERRUPTED if interrupted else 1,
    )


def _progress() -> Progress:
    from storyline.present.progress import counting_bar

    return counting_bar(errors, transient=True)


@app.command()
def timeline(
    db: DbOption = DEFAULT_PATH,
    fmt: Annotated[str, _format_option(TIMELINE_FORMATS)] = "table",
    since: Annotated[
        str | None, typer.Option("--from", help="Earliest date (YYYY, YYYY-MM or YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--to", help="Latest date (YYYY, YYYY-MM or YYYY-MM-DD).")
    ] = None,
    entity: Annotated[str | None, typer.Option(help="Only entries naming this actor or place.")] = None,
    text: Annotated[
        str | None, typer.Option(help="Only entries whose source sentences contain this text.")
    ] = None,
    dates: Annotated[
        int | None, typer.Option("--dates", help="Summarize: the L most important dates.")
    ] = None,
    per_date: Annotated[int, typer.Option("--per-date", help="Summarize: sentences per date.")] = 1,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
    every: Annotated[
        bool, typer.Option("--all", help="Every entry, not only the story's main events.")
    ] = False,
) -> None:
    """The timeline: date, what happened, who says so, sources.

    By default it shows the story's main events (the most salient entries, a number that
    grows with the collection); --all shows every entry.

    Example: storyline timeline --from 2024-10-01 --entity "North Korea" --format json
    """
    from storyline.store import EntryFilter

    _check_format(fmt, TIMELINE_FORMATS)
    if fmt == "table" and output:
        raise _usage("--output needs --format json, md, csv or timelinejs")
    if dates is not None and (dates < 1 or per_date < 1):
        raise _usage("--dates and --per-date must be at least 1")
    since, until = _parse_period(since, "--from"), _parse_period(until, "--to")
    with _open_store(db) as store:
        where = EntryFilter(since=since, until=until, entity=entity, text=text)
        entries = _mark_conflicts(store, _chosen(store, where, every or dates is not None))
    if dates is not None:
        entries = _summarized(entries, dates, per_date)
    _emit(entries, fmt, output)


def _chosen(store: Store, where: EntryFilter, every: bool) -> list[Entry]:
    """The entries `where` keeps: every one, or the story's main events (said on stderr)."""
    from storyline.present.views import main_events

    if every:
        return _current_names(store, store.entries(where))
    entries = main_events(store, where)
    total = store.entry_count(where)
    if total > len(entries):
        errors.print(f"[dim]the {len(entries)} main events of {total} entries; --all shows every one[/dim]")
    return entries


def _current_names(store: Store, entries: list[Entry]) -> list[Entry]:
    from storyline.present.views import current_names

    return current_names(store.actor_registry(), entries)


def _mark_conflicts(store: Store, entries: list[Entry]) -> list[Entry]:
    """Mark the disputes each entry is part of, found across the whole store: a claim disputes
    another whether or not the view shows both (found among the shown entries alone, a denial
    that matches too many claims to say which it denies pairs with the few a view keeps)."""
    from storyline.present.views import mark_conflicts, store_conflicts

    return mark_conflicts(entries, store_conflicts(store))


def _summarized(entries: list[Entry], dates: int, per_date: int) -> list[Entry]:
    from storyline.summarize import summarize

    return [
        replace(key.entry, date=day.date.isoformat(), summary=key.text)
        for day in summarize(entries, dates, per_date)
        for key in day.sentences
    ]


def _emit(entries: list[Entry], fmt: str, output: Path | None) -> None:
    from storyline.present import exports, terminal

    if fmt == "table":
        terminal.render_timeline(entries, console)
        return
    rendered = exports.render(entries, fmt)
    if output:
        _write_output(output, rendered)
        errors.print(f"wrote {len(entries)} entries to {_literal(output)}")
    else:
        sys.stdout.write(rendered)


@app.command()
def show(
    entry_id: Annotated[str, typer.Argument(help="An entry id (or a unique prefix).")],
    db: DbOption = DEFAULT_PATH,
) -> None:
    """One entry with every source sentence, its document and offsets."""
    from storyline.present import terminal

    with _open_store(db) as store:
        entry = store.entry(entry_id)
        if entry is None:
            raise _fail(f"no entry {entry_id!r} (or the prefix is not unique)")
        entry = _mark_conflicts(store, _current_names(store, [entry]))[0]
        documents = {m.document: store.document(m.document) for m in entry.mentions}
    terminal.render_entry(entry, {k: v for k, v in documents.items() if v}, console)


@app.command()
def quotes(
    db: DbOption = DEFAULT_PATH,
    speaker: Annotated[str | None, typer.Option(help="Only quotes by this speaker.")] = None,
    fmt: Annotated[str, _format_option(TABLE_OR_JSON)] = "table",
) -> None:
    """Direct quotes with their speakers."""
    from storyline.present import terminal

    _check_format(fmt, TABLE_OR_JSON)
    with _open_store(db) as store:
        if fmt == "json":
            rows = [stored.as_dict() for stored in store.quotes(speaker)]
            sys.stdout.write(json.dumps({"quotes": rows}, ensure_ascii=False, indent=2) + "\n")
        else:
            terminal.render_quotes(store.quotes(speaker), console)


@app.command()
def figures(
    db: DbOption = DEFAULT_PATH,
    fmt: Annotated[str, _format_option(FIGURES_FORMATS)] = "table",
    series: Annotated[str | None, typer.Option("--series", help="Show one series in full.")] = None,
) -> None:
    """Claimed figures grouped into series by what they count, by date and source."""
    from storyline.merge.conflicts import find_conflicts
    from storyline.merge.figure_series import build_series
    from storyline.present import figures_view

    _check_format(fmt, FIGURES_FORMATS)
    with _open_store(db) as store:
        entries = _current_names(store, store.entries())
    every_series = build_series(entries)
    all_series = every_series
    if series:
        all_series = [s for s in every_series if s.id.startswith(series)]
        if len(all_series) != 1:
            raise _fail(f"no series {series!r} (or the prefix is not unique)")
    if fmt == "table":
        if series:
            disputes = find_conflicts(entries, every_series)
            figures_view.render_series_detail(all_series[0], console, disputes)
        else:
            figures_view.render_series_table(all_series, console)
    elif fmt == "json":
        sys.stdout.write(
            json.dumps({"series": figures_view.series_to_json(all_series)}, ensure_ascii=False, indent=2)
        )
    elif fmt == "csv":
        sys.stdout.write(figures_view.series_to_csv(all_series))
    else:
        sys.stdout.write(figures_view.series_to_markdown(all_series))


@app.command()
def conflicts(
    db: DbOption = DEFAULT_PATH, fmt: Annotated[str, _format_option(TABLE_OR_JSON)] = "table"
) -> None:
    """Where sources disagree: figures, dates, and claims denied or not confirmed."""
    from storyline.present import conflicts_view
    from storyline.present.views import store_conflicts

    _check_format(fmt, TABLE_OR_JSON)
    with _open_store(db) as store:
        found = store_conflicts(store)
    if fmt == "json":
        sys.stdout.write(
            json.dumps({"conflicts": conflicts_view.conflicts_to_json(found)}, ensure_ascii=False, indent=2)
        )
    else:
        conflicts_view.render_conflicts(found, console)


@app.command()
def web(
    db: DbOption = DEFAULT_PATH,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path(
        "timeline.html"
    ),
    every: Annotated[
        bool, typer.Option("--all", help="Every entry, not only the story's main events.")
    ] = False,
) -> None:
    """Write the timeline as one self-contained web page (no network needed to view it).

    Like `storyline timeline`, it holds the story's main events by default; --all writes every entry.
    """
    from storyline.present.web import render_page
    from storyline.store import EntryFilter

    with _open_store(db) as store:
        entries = _mark_conflicts(store, _chosen(store, EntryFilter(), every))
    _write_output(output, render_page(entries))
    console.print(f"wrote {len(entries)} entries to {_literal(output)}")


@app.command()
def serve(
    db: DbOption = DEFAULT_PATH,
    host: Annotated[
        str, typer.Option(help="Address to listen on; 0.0.0.0 exposes the store to the network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Explore the store in a browser: timeline, entries, articles, figures, conflicts, quotes, JSON API.

    Read-only; keeps serving while `storyline ingest` adds articles (reload to see them).
    """
    import uvicorn

    from storyline.present.webapp import create_app

    _open_store(db).close()  # fails clearly on a missing or foreign file; brings the schema up to date
    console.print(f"serving {db} on http://{host}:{port}/ (Ctrl+C to stop)", markup=False, highlight=False)
    uvicorn.run(create_app(db, warm=True), host=host, port=port, log_level="warning")


@eval_app.command("timex")
def eval_timex(
    gold_dir: Annotated[Path, typer.Argument(help="A folder of TimeML .tml files with gold TIMEX3 tags.")],
    system: Annotated[
        Path | None, typer.Option("--system", help="Score this folder of system .tml files.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """TempEval-3 scores of the time-expression tagger (or of another system's output)."""
    from storyline.present.eval_timex import run

    raise typer.Exit(code=run(gold_dir, system, as_json, console))


@eval_app.command("tls")
def eval_tls(
    data_dir: Annotated[
        Path, typer.Argument(help="Timeline17 layout: DIR/<topic>/InputDocs, DIR/<topic>/timelines.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Timeline summarization scores (Date F1, alignment ROUGE-1/2) against reference timelines."""
    from storyline.present.eval_tls import run

    raise typer.Exit(code=run(data_dir, as_json, console))


@eval_app.command("coref")
def eval_coref(
    ecb_dir: Annotated[
        Path, typer.Argument(help="ECB+ layout: DIR/<topic>/*.xml and DIR/ECBplus_coreference_sentences.csv.")
    ],
    topics: Annotated[
        str | None, typer.Option("--topics", help="Topics to score, e.g. 2,5,12 (default: every topic).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Cross-document event coreference on ECB+ (MUC, B³, CEAF-e, CoNLL F1) with two baselines."""
    from storyline.present.eval_coref import parse_topics, run

    try:
        chosen = parse_topics(topics)
    except ValueError as error:
        raise _usage(str(error)) from error
    raise typer.Exit(code=run(ecb_dir, chosen, as_json, console))


join_wrapped_lines(app)  # after every command: typer kept a docstring's line breaks in --help


def main() -> None:
    app()
