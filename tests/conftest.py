"""Shared fixtures: the reference corpus beside the project, and one loaded pipeline."""

from __future__ import annotations

import sqlite3
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from storyline.ingest import read_documents
from storyline.merge.entries import Merger
from storyline.merge.similarity import DocumentFrequency, telling_stems
from storyline.model import Attribution, Document, Entry, Event, Figure, Mention, Stance, Tense
from storyline.store.schema import MIGRATIONS

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SEEDS = ROOT / "examples" / "articles"
T17 = CORPUS / "t17"
TIMEBANK = CORPUS / "timebank"
ECBPLUS = CORPUS / "ecbplus"


def documents_in(*paths: Path) -> list[Document]:
    """The articles read from `paths` (files or folders), the read errors left out."""
    return [d for d in read_documents(list(paths)) if isinstance(d, Document)]


def needs(path: Path) -> pytest.MarkDecorator:
    return pytest.mark.skipif(not path.exists(), reason=f"{path} is not available")


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    from storyline.pipeline import Pipeline

    return Pipeline()


@pytest.fixture
def isolated_pipeline(pipeline):  # type: ignore[no-untyped-def]
    """The shared pipeline with an actor registry of its own: names learnt here do not leak."""
    from storyline.analyse.entities import ActorRegistry

    shared = pipeline.registry
    pipeline.registry = ActorRegistry()
    yield pipeline
    pipeline.registry = shared


def extraction_of(pipeline, text: str, published=None):  # type: ignore[no-untyped-def]
    """What the pipeline extracts from `text` read as one article: its events and quotes (names
    learnt here stay here)."""
    from storyline.analyse.entities import ActorRegistry
    from storyline.model import DateSource, Document

    document = Document("test", text, "test.txt", published, DateSource.FOLDER)
    shared, pipeline.registry = pipeline.registry, ActorRegistry()
    try:
        (processed,) = pipeline.process([document], [])
    finally:
        pipeline.registry = shared
    return processed.extraction


def quote_speaker(pipeline, text: str, opening: str, published=None):  # type: ignore[no-untyped-def]
    """The speaker given to the one quote of `text` (read as one article) that opens with `opening`."""
    (quote,) = [q for q in extraction_of(pipeline, text, published).quotes if q.text.startswith(opening)]
    return quote.speaker


def events_of(pipeline, text: str, published=None):  # type: ignore[no-untyped-def]
    """The event mentions the pipeline extracts from `text` as one article."""
    return extraction_of(pipeline, text, published).events


def mention_told_by(pipeline, sentence: str, words: str):  # type: ignore[no-untyped-def]
    """The one event mention of `sentence` (an article of 1 June 2010) whose own words are `words`."""
    from datetime import date

    events = events_of(pipeline, sentence + "\n", date(2010, 6, 1))
    (told,) = [e for e in events if e.text[e.event_start - e.start : e.event_end - e.start] == words]
    return told


def foreseen_mentions(pipeline, articles, predicate: str):  # type: ignore[no-untyped-def]
    """A merger that has foreseen `articles` ((day, text) pairs, each its own article, so a word told on
    three days recurs), and the signatures of their `predicate` mentions."""
    from dataclasses import replace

    from storyline.merge.similarity import signature

    told = [
        (replace(e, document_id=str(index)), day)  # `events_of` names every article "test"
        for index, (day, text) in enumerate(articles)
        for e in events_of(pipeline, text, day)
    ]
    merger = Merger()
    merger.foresee(told)
    return merger, [signature(e, frozenset(), day) for e, day in told if e.predicate == predicate]


def source_of(attribution):  # type: ignore[no-untyped-def]
    """The source an attribution names; None for the writer's own words (no attribution)."""
    return attribution.source if attribution is not None else None


def attributions_by_predicate(pipeline, text: str, published=None):  # type: ignore[no-untyped-def]
    """The attribution of each event mention of `text` (read as one article), by its predicate."""
    return {e.predicate: e.attribution for e in events_of(pipeline, text, published)}


def sentence_attributions(pipeline, text: str, sentence: str, published=None):  # type: ignore[no-untyped-def]
    """The attribution of each event mention of the sentence of `text` that opens with `sentence` (its
    main event's and its clauses')."""
    told = [e.attribution for e in events_of(pipeline, text, published) if e.text.startswith(sentence)]
    assert told, f"no event for {sentence!r}"
    return told


def predicate_attribution(pipeline, text: str, predicate: str, published=None):  # type: ignore[no-untyped-def]
    """The attribution of the one event mention of `text` (read as one article) told by `predicate`."""
    (event,) = [
        e
        for e in events_of(pipeline, text, published)
        if predicate in (e.predicate, e.predicate.partition(" ")[0])
    ]
    return event.attribution


def attribution_in(pipeline, text: str, sentence: str, published=None):  # type: ignore[no-untyped-def]
    """The attribution of the first event the pipeline reads in `sentence` of the article `text`."""
    told = [e for e in events_of(pipeline, text, published) if sentence in e.text]
    assert told, f"no event read in {sentence!r}"
    return told[0].attribution


def attribution_of_sentence(doc, holding: str):  # type: ignore[no-untyped-def]
    """What `attribute` gives, on its own, the first sentence of the parsed `doc` that holds `holding`,
    with the actors found in that sentence."""
    from storyline.analyse.entities import find_actors
    from storyline.extract.attribution import attribute

    sentence = next(s for s in doc.sents if holding in s.text)
    actors = [a for a in find_actors(doc) if sentence.start_char <= a.start and a.end <= sentence.end_char]
    return attribute(sentence, actors)


def sentences_of(pipeline, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The sentences the pipeline's parse cuts `text` into, each with its runs of white space made one
    space."""
    return [" ".join(sentence.text.split()) for sentence in pipeline.nlp(text).sents]


def entries_of(pipeline, *articles, secondary: bool = False):  # type: ignore[no-untyped-def]
    """The timeline entries merged from `articles`, (publication date, text) pairs each read as
    one article (names learnt here stay here); with `secondary`, the entries of secondary event
    mentions too."""
    from storyline.analyse.entities import ActorRegistry
    from storyline.model import DateSource, Document, content_id
    from storyline.pipeline import build_entries

    documents = [
        Document(content_id(text), text, f"{index}.txt", day, DateSource.FOLDER)
        for index, (day, text) in enumerate(articles)
    ]
    shared, pipeline.registry = pipeline.registry, ActorRegistry()
    try:
        return build_entries(documents, pipeline, secondary=secondary)
    finally:
        pipeline.registry = shared


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The English pipeline alone, for tests that read figures off one parsed text."""
    from storyline.analyse.nlp import load_pipeline

    return load_pipeline()


def figures_in(nlp, text: str):  # type: ignore[no-untyped-def]
    """The figures the sentences of `text` give, each checked to cite its own words."""
    from storyline.extract.figures import extract_figures

    doc = nlp(text)
    found = [figure for sentence in doc.sents for figure in extract_figures(sentence)]
    for figure in found:
        assert doc.text[figure.start : figure.end] == figure.text
    return found


def counted(nlp, text: str, figure_text: str):  # type: ignore[no-untyped-def]
    """The figure written `figure_text` among those the sentences of `text` give."""
    return next(figure for figure in figures_in(nlp, text) if figure.text == figure_text)


def figure_claimants(pipeline, text: str, published=date(2010, 6, 1)):  # type: ignore[no-untyped-def]
    """Each figure's claimant as the figure series give it, `text` read as one article (names
    learnt here stay here)."""
    from storyline.analyse.entities import ActorRegistry
    from storyline.merge.figure_series import build_series
    from storyline.model import DateSource, Document
    from storyline.pipeline import build_entries

    document = Document("test", text, "test.txt", published, DateSource.FOLDER)
    shared, pipeline.registry = pipeline.registry, ActorRegistry()
    try:
        entries = build_entries([document], pipeline, secondary=True)
    finally:
        pipeline.registry = shared
    return {point.figure.text: point.claimant for series in build_series(entries) for point in series.points}


def marked_report(document: str, start: int, text: str, word: str, published: date, day: str) -> Mention:
    """A report of the sentence `text` at `start` in `document`, published on `published`, its event
    told by the first `word` and dated `day`."""
    at = start + text.index(word)
    return Mention(
        document, f"{document}.txt", start, start + len(text), text, published, text, at, at + len(word), day
    )


def figure_entry(
    entry_id: str,
    sentence: str,
    figure_text: str,
    *,
    value: float,
    kind: str,
    published: date,
    day: str | None,
    at: int = 0,
    predicate: str = "",
    subject: str = "",
    thing: str = "",
    places: tuple[str, ...] = (),
    source: str | None = None,
    stance: Stance = Stance.REPORTED,
    approximate: bool = False,
    upper: float | None = None,
) -> Entry:
    """An entry of one report, the sentence `at` characters into its article, with one figure
    (`figure_text`, counting `thing` or the text's last word), claimed by `source` if given."""
    start = at + sentence.index(figure_text)
    figure = Figure(
        value=value,
        text=figure_text,
        start=start,
        end=start + len(figure_text),
        counted=thing or figure_text.split()[-1],
        kind=kind,
        approximate=approximate,
        upper=upper,
        predicate=predicate,
        subject=subject,
        thing=thing,
    )
    mention = Mention(f"doc-{entry_id}", f"{entry_id}.txt", at, at + len(sentence), sentence, published)
    return Entry(
        id=entry_id,
        date=day,
        date_inferred=False,
        tense=Tense.PAST,
        summary=sentence,
        actors=[],
        attribution=Attribution(source, stance) if source else None,
        figures=[figure],
        mentions=[mention],
        places=list(places),
    )


def told_entry(entry_id: str, day: str, salience: float, word: str, text: str, *published: date) -> Entry:
    """An entry of one sentence told by one article a day in `published` (articles "<id>0", "<id>1", ...),
    the event told by `word` and dated `day`; a place named, so that no sentence reads as a general truth."""
    mentions = [
        marked_report(f"{entry_id}{n}", 0, text, word, day_of, day) for n, day_of in enumerate(published)
    ]
    return Entry(
        entry_id,
        day,
        False,
        Tense.PAST,
        text,
        [],
        None,
        [],
        mentions,
        places=["Gulf"],
        salience=salience,
        sources=len(published),
    )


def marked_event(
    document: str,
    start: int,
    text: str,
    word: str,
    predicate: str,
    tense: Tense = Tense.PAST,
    **fields: object,
) -> Event:
    """An undated event mention of the sentence `text`, set at `start` in `document`, its event marked on
    the first `word`; `fields` as Event takes them."""
    at = start + text.index(word)
    return Event(
        document, start, start + len(text), text, text, None, False, tense, predicate=predicate,
        event_start=at, event_end=at + len(word), **fields,  # type: ignore[arg-type]
    )  # fmt: skip


def search_index_per_mention(connection: sqlite3.Connection) -> None:
    """The search index back over the mentions (`events_fts`, a row each, its text read through
    schema 12's triggers) and `sentences` back without a rowid, as stores were before schema 14."""
    for dropped in ("TRIGGER sentences_fts_delete", "TRIGGER sentences_fts_update", "TABLE sentences_fts"):
        connection.execute(f"DROP {dropped}")
    connection.execute("ALTER TABLE sentences RENAME TO sentences_14")
    (create,) = [m for m in MIGRATIONS[11] if isinstance(m, str) and "CREATE TABLE sentences" in m]
    connection.execute(create)
    connection.execute(
        'INSERT INTO sentences (document_id, start, "end", text)'
        ' SELECT document_id, start, "end", text FROM sentences_14'
    )
    connection.execute("DROP TABLE sentences_14")
    (index,) = [m for m in MIGRATIONS[2] if "VIRTUAL TABLE" in m]
    connection.execute(index)
    for statement in MIGRATIONS[11]:
        if isinstance(statement, str) and "CREATE TRIGGER" in statement:
            connection.execute(statement)
    connection.execute(
        "INSERT INTO events_fts(rowid, text) SELECT e.id, COALESCE(NULLIF(e.text, ''), t.text) FROM events e"
        ' JOIN sentences t ON t.document_id = e.document_id AND t.start = e.start AND t."end" = e."end"'
    )


def sentences_back_in_rows(connection: sqlite3.Connection) -> None:
    """Each mention's sentence back in its own row (`text`, and `summary` with single spaces), no
    `sentences` table, as stores were before schema 12 (`store.schema`)."""
    search_index_per_mention(connection)
    rows = connection.execute(
        "SELECT e.id, t.text FROM events e JOIN sentences t ON t.document_id = e.document_id"
        ' AND t.start = e.start AND t."end" = e."end" WHERE e.text = \'\''
    ).fetchall()
    connection.executemany(
        "UPDATE events SET text = ?, summary = ? WHERE id = ?",
        [(text, " ".join(text.split()), row_id) for row_id, text in rows],
    )
    for trigger in ("events_fts_delete", "events_fts_update"):  # schema 3's, which read `text` alone
        connection.execute(f"DROP TRIGGER {trigger}")
        (statement,) = [m for m in MIGRATIONS[2] if f"TRIGGER {trigger} " in m]
        connection.execute(statement)
    connection.execute("DROP TABLE sentences")


def told_twice(
    entry_id: str,
    day: date,
    sentence: str,
    word: str,
    actors: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
    tense: Tense = Tense.PAST,
) -> Entry:
    """An entry that two articles of `day` tell in `sentence`, its event marked on `word`, dated by
    those articles' day, naming `actors` and `places` as a stored entry does; the entry "line" is
    the most salient (3.0), the others 1.0 (the overview tests' line against its news)."""
    mentions = [marked_report(f"{entry_id}-{n}", 0, sentence, word, day, day.isoformat()) for n in (1, 2)]
    return Entry(
        entry_id, day.isoformat(), False, tense, sentence, list(actors), None, [], mentions,
        places=list(places), salience=3.0 if entry_id == "line" else 1.0, sources=2,
    )  # fmt: skip


@cache
def topic_words(topic: str) -> DocumentFrequency:
    """How many of a Timeline17 topic's articles use each telling word stem, as ingest counts them."""
    words = DocumentFrequency()
    for path in sorted((T17 / topic / "InputDocs").glob("*/*.txt")):
        words.see(telling_stems(path.read_text(errors="replace")))
    return words


def merged_in_order(
    words: DocumentFrequency, names: frozenset[str], *mentions: tuple[Event, date]
) -> list[str]:
    """The entry of each mention, merged in order, all foreseen as a batch of the collection whose
    articles use `words` and name `names` (a fresh copy of the counts, so no test sees another's)."""
    merger = Merger(words=DocumentFrequency(dict(words.counts), words.documents))
    merger.foresee(mentions)
    return [merger.add(event, names, day).id for event, day in mentions]
