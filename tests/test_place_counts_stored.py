"""Where the collection's places lie is learnt from counts the store keeps beside the mentions
(`store.place_counts`, schema 11), not counted again from every stored mention when a run starts:
the counts survive a reopen, two runs learn what one run learns, and a store written before
schema 11 counts them once from its mentions. Sentences from the Timeline17 articles of H1N1_bbc."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

from conftest import CORPUS, needs, search_index_per_mention, sentences_back_in_rows
from storyline.ingest import read_documents
from storyline.merge.places import PlaceCounts, PlaceIndex, count_places
from storyline.model import Document, Event
from storyline.pipeline import Pipeline, Processed, ingest
from storyline.store import Store, place_counts
from storyline.store.schema import SCHEMA_VERSION

pytestmark = needs(CORPUS / "t17" / "H1N1_bbc")

OAXACA_MEXICO = (
    "From Matthew Price in Oaxaca, Mexico The first fatal case of the virus is believed to have been "
    "contracted here in Oaxaca."
)  # 97d7c41c
MEXICO_KILLED = (
    "The virus has killed at least 60 people in Mexico "
    "and appears to have infected more than 1,000."
)  # 1101bc16
AIRDRIE = (
    "It is understood the two travellers were admitted to Monklands hospital in Airdrie, Lanarkshire, "
    "after returning from Mexico on Tuesday."
)  # 22b14312
SCOTLAND_MEXICO = (
    "Two British people admitted to hospital in Scotland after returning from a holiday in Mexico "
    "have been confirmed as having the virus."
)  # H1N1_bbc
SCOTLAND = "A nurse in Scotland has become the first health worker in the UK to catch swine flu."  # H1N1_bbc
LISTED = "Suspected cases are being investigated in Brazil, Israel, Australia and New Zealand."  # 133
ARTICLES = {"oaxaca": OAXACA_MEXICO, "mexico": MEXICO_KILLED, "airdrie": AIRDRIE}


def _articles(folder: Path, articles: dict[str, str] = ARTICLES) -> list[Path]:
    paths = []
    for name, text in articles.items():
        path = folder / f"{name}.txt"
        path.write_text(f"date 2009-04-29\n{text}\n", encoding="utf-8")
        paths.append(path)
    return paths


def _documents(paths: list[Path]) -> list[Document]:
    return [item for item in read_documents(paths) if isinstance(item, Document)]


def _stored(path: Path) -> PlaceCounts:
    """What a run loads, with the articles' names it asks for instead (read back from their table)."""
    with Store(path) as store:
        counts = store.place_counts()
    assert not counts.article_names  # asked for, not loaded (`store.place_counts.ArticleNames`)
    with sqlite3.connect(path) as connection:
        for article, name in connection.execute("SELECT document_id, name FROM place_articles"):
            counts.article_names[article] = counts.article_names.get(article, frozenset()) | {name}
    return counts


def test_the_counts_survive_a_reopen(tmp_path: Path, isolated_pipeline: Pipeline) -> None:
    """What the run counted from the articles' mentions is what a later run loads."""
    paths = _articles(tmp_path)
    counted = count_places(
        event
        for processed in isolated_pipeline.process(_documents(paths), [])
        if isinstance(processed, Processed)
        for event in processed.extraction.events
    )
    with Store(tmp_path / "s.db") as store:
        ingest(paths, store, isolated_pipeline)
    stored = _stored(tmp_path / "s.db")
    assert stored == counted
    assert stored.articles == 3 and stored.written[("Oaxaca", "Mexico")] == 1
    assert PlaceIndex(stored).within("Oaxaca", "Mexico")


def test_two_runs_learn_what_one_run_learns(tmp_path: Path, isolated_pipeline: Pipeline) -> None:
    paths = _articles(tmp_path)
    with Store(tmp_path / "one.db") as store:
        ingest(paths, store, isolated_pipeline)
    for part in (paths[:1], paths[1:]):
        with Store(tmp_path / "two.db") as store:
            ingest(part, store, isolated_pipeline)
    once, twice = _stored(tmp_path / "one.db"), _stored(tmp_path / "two.db")
    assert twice == once and once.articles == 3
    assert PlaceIndex(twice).within("Oaxaca", "Mexico")  # written in run 1, Mexico placed in run 2


def test_a_store_before_schema_11_counts_its_mentions_once(
    tmp_path: Path, isolated_pipeline: Pipeline
) -> None:
    """The migration fills the counts from the stored mentions, as the runs would have counted them."""
    path = tmp_path / "s.db"
    with Store(path) as store:
        ingest(_articles(tmp_path), store, isolated_pipeline)
    counted = _stored(path)
    with sqlite3.connect(path) as connection:  # back to schema 10: no counts, each mention its sentence
        sentences_back_in_rows(connection)
        for table in ("place_names", "place_pairs", "place_written", "place_totals", "place_articles"):
            connection.execute(f"DROP TABLE {table}")
        connection.execute("PRAGMA user_version = 10")
    assert _stored(path) == counted and counted.sentences > 0
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_store_at_schema_12_counts_from_its_sentences(tmp_path: Path, isolated_pipeline: Pipeline) -> None:
    """Schema 12 left a mention's sentence to the `sentences` table: the recount of schema 13 reads it
    there, so it finds what the runs counted, written pairs ("Airdrie, Lanarkshire") included."""
    path = tmp_path / "s.db"
    with Store(path) as store:
        ingest(_articles(tmp_path), store, isolated_pipeline)
    counted = _stored(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM events WHERE summary = ''").fetchone()[0] > 0
        for table in ("place_names", "place_pairs", "place_written", "place_totals", "place_articles"):
            connection.execute(f"DELETE FROM {table}")
        search_index_per_mention(connection)
        connection.execute("PRAGMA user_version = 12")
    assert _stored(path) == counted and counted.written


def test_an_articles_names_are_stored_each_once_not_as_pairs(tmp_path: Path) -> None:
    """Each two names of an article were a stored pair: a list page of 1,866 names (MJ_bbc) was 1.7
    million rows. The store keeps an article's names, a row each, and reads back what it was given."""
    counts = PlaceCounts()
    counts.see_article("133", [(0, LISTED, ["Brazil", "Israel", "Australia", "New Zealand"], [])])
    counts.see_article("1101bc16", [(0, MEXICO_KILLED, ["Mexico"], [])])
    path = tmp_path / "s.db"
    with Store(path):
        pass
    with sqlite3.connect(path) as connection:
        place_counts.add(connection, counts)
        rows = {
            table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("place_articles", "place_pairs")
        }
    assert rows == {"place_articles": 5, "place_pairs": 0}  # a list of four: no sentence pairs
    assert _stored(path) == counts


def _events(paths: list[Path], pipeline: Pipeline) -> list[Event]:
    return [
        event
        for processed in pipeline.process(_documents(paths), [])
        if isinstance(processed, Processed)
        for event in processed.extraction.events
    ]


def _answers(index: PlaceIndex, names: list[str]) -> dict[tuple[str, str], bool]:
    """Where the index puts each name, among the others (the story's setting included)."""
    return {(name, other): index.within(name, other) for name in names for other in names if name != other}


def test_the_store_counts_the_articles_names_as_held_in_memory(
    tmp_path: Path, isolated_pipeline: Pipeline
) -> None:
    """A run no longer loads each article's names (a row an article and name, growing with the
    collection): the store counts the articles of the names asked about, and answers as the counts
    held in memory did. Airdrie lies in Mexico only as the story's setting, named in every article
    with it: counted from the stored articles."""
    paths = _articles(tmp_path)
    counted = count_places(_events(paths, isolated_pipeline))
    with Store(tmp_path / "s.db") as store:
        ingest(paths, store, isolated_pipeline)
        stored, articles = store.place_counts(), store.place_articles()
        assert not stored.article_names
        names = sorted(counted.in_articles)
        for name in names:
            company = Counter(
                name_ for names_ in counted.article_names.values() if name in names_ for name_ in names_
            )
            del company[name]
            assert articles.company(name) == company
            assert all(articles.together(name, other) == company[other] for other in names if other != name)
        asked = _answers(PlaceIndex(stored, articles), names)
    assert asked == _answers(PlaceIndex(counted), names)
    assert asked["Airdrie", "Mexico"] and not _answers(PlaceIndex(stored), names)["Airdrie", "Mexico"]


def test_the_index_asks_the_store_for_a_stored_batchs_articles(
    tmp_path: Path, isolated_pipeline: Pipeline
) -> None:
    """The articles a run has seen are held until their batch is stored, then asked of the store, as
    those a later run finds stored: the answers stay those of all the articles counted at once.
    Scotland is named with Mexico in one of its two articles: counted twice once stored (held and
    asked), it would lie in the story's setting."""
    paths = _articles(tmp_path, {**ARTICLES, "holiday": SCOTLAND_MEXICO, "nurse": SCOTLAND})
    events = _events(paths, isolated_pipeline)
    names = sorted(count_places(events).in_articles)
    expected = _answers(PlaceIndex(count_places(events)), names)
    assert not expected["Scotland", "Mexico"]
    path = tmp_path / "s.db"
    with Store(path) as store:
        index = PlaceIndex(store.place_counts(), store.place_articles())
        index.see(events)
        assert _answers(index, names) == expected
        with sqlite3.connect(path) as connection:  # the batch stored (`Store.save_batch`)
            place_counts.add(connection, index.unsaved)
        index.saved()
        assert _answers(index, names) == expected
    with Store(path) as store:  # a later run
        assert _answers(PlaceIndex(store.place_counts(), store.place_articles()), names) == expected
