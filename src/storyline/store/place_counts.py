"""Where the collection's places lie, as counts kept beside the mentions (schemas 11, 12).

The merger learns which place lies in which from the collection itself (`merge.places.PlaceIndex`):
how many mentioned sentences and articles name each place and each two, and the "X, Y" pairs
written. A run used to count them again from every stored mention when it started, and to hold
every sentence and article it had counted: time and memory that grew with the collection. The
store keeps the counts instead, added to in the transaction that stores an article's mentions
(`Store.save_batch`), and a run loads them in the size of the collection's places and pairs.
Schema 13 keeps each article's names instead of each two names an article names: those pairs grew
as the square of an article's names (MJ_bbc: 3.1 million rows, 45 s to migrate, from a list page
of 1,866 names); the merger counts two names' articles when it asks (`merge.places`).
A run used to load those rows whole at its start (H1N1_bbc: 2,014; bpoil_guardian: 5,743, one an
article and name): they grow with the articles, not with the places. Since schema 16 the merger asks
the store for the articles of the names it asks about (`ArticleNames`), by an index on the name.
"""

from __future__ import annotations

import sqlite3
import sys
from collections import Counter
from itertools import groupby
from operator import itemgetter
from typing import TypeVar

from storyline.merge.places import PlaceCounts
from storyline.store import codec

_K = TypeVar("_K")

# schema 11, as it was written
TABLES_11 = [
    """CREATE TABLE IF NOT EXISTS place_names (
        name TEXT PRIMARY KEY,
        sentences INTEGER NOT NULL, articles INTEGER NOT NULL, placed INTEGER NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS place_pairs (
        name TEXT NOT NULL, other TEXT NOT NULL,
        sentences INTEGER NOT NULL, articles INTEGER NOT NULL,
        PRIMARY KEY (name, other)
    ) WITHOUT ROWID""",  # name < other: a pair once
    """CREATE TABLE IF NOT EXISTS place_written (
        inner TEXT NOT NULL, outer TEXT NOT NULL, sentences INTEGER NOT NULL,
        PRIMARY KEY (inner, outer)
    ) WITHOUT ROWID""",
    "CREATE TABLE IF NOT EXISTS place_totals (kind TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID",
]
# schema 13: the pairs of sentences only; the names of each article
_TABLES_13 = [
    "DROP TABLE IF EXISTS place_pairs",
    """CREATE TABLE place_pairs (
        name TEXT NOT NULL, other TEXT NOT NULL, sentences INTEGER NOT NULL,
        PRIMARY KEY (name, other)
    ) WITHOUT ROWID""",  # name < other: a pair once
    """CREATE TABLE IF NOT EXISTS place_articles (
        document_id TEXT NOT NULL, name TEXT NOT NULL,
        PRIMARY KEY (document_id, name)
    ) WITHOUT ROWID""",
]
# schema 16: the articles naming a name, found without reading the table (`ArticleNames`)
INDEX_16 = ["CREATE INDEX IF NOT EXISTS place_articles_by_name ON place_articles(name, document_id)"]
_COUNTED = ("place_names", "place_written", "place_totals", "place_articles")


def migrate(connection: sqlite3.Connection) -> None:
    """Schema 13: the tables, counted once from the stored mentions, an article at a time (the
    counts are all that is held). Counting again from scratch, it may run twice. A mention's
    sentence is its own `summary`, or since schema 12 the `sentences` row it left it to."""
    for statement in _TABLES_13:
        connection.execute(statement)
    for table in _COUNTED:
        connection.execute(f"DELETE FROM {table}")
    counts = PlaceCounts()
    rows = connection.execute(
        "SELECT e.document_id, e.start, CASE WHEN e.summary != '' THEN e.summary ELSE s.text END,"
        " e.places, e.participants FROM events e LEFT JOIN sentences s ON s.document_id = e.document_id"
        ' AND s.start = e.start AND s."end" = e."end" ORDER BY e.document_id'
    )
    for article, mentions in groupby(rows, key=itemgetter(0)):
        counts.see_article(
            article,
            [
                (start, " ".join(text.split()), codec.load_strings(places), codec.load_strings(participants))
                for _, start, text, places, participants in mentions
            ],
        )
    add(connection, counts)


def add(connection: sqlite3.Connection, counts: PlaceCounts) -> None:
    """Add a batch's counts to the stored ones (inside the caller's transaction)."""
    connection.executemany(
        "INSERT INTO place_totals (kind, count) VALUES (?, ?)"
        " ON CONFLICT(kind) DO UPDATE SET count = count + excluded.count",
        [("sentences", counts.sentences), ("articles", counts.articles)],
    )
    names = set(counts.in_sentences) | set(counts.in_articles) | set(counts.placed)
    connection.executemany(
        "INSERT INTO place_names (name, sentences, articles, placed) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(name) DO UPDATE SET sentences = sentences + excluded.sentences,"
        " articles = articles + excluded.articles, placed = placed + excluded.placed",
        [(name, counts.in_sentences[name], counts.in_articles[name], counts.placed[name]) for name in names],
    )
    connection.executemany(
        "INSERT INTO place_pairs (name, other, sentences) VALUES (?, ?, ?)"
        " ON CONFLICT(name, other) DO UPDATE SET sentences = sentences + excluded.sentences",
        [(*pair, sentences) for pair, sentences in counts.sentence_pairs.items()],
    )
    connection.executemany(
        "INSERT INTO place_articles (document_id, name) VALUES (?, ?)",
        [(article, name) for article, names in counts.article_names.items() for name in names],
    )
    connection.executemany(
        "INSERT INTO place_written (inner, outer, sentences) VALUES (?, ?, ?)"
        " ON CONFLICT(inner, outer) DO UPDATE SET sentences = sentences + excluded.sentences",
        [(*pair, sentences) for pair, sentences in counts.written.items()],
    )


def load(connection: sqlite3.Connection) -> PlaceCounts:
    """The stored counts (none counted left out), each name one string however many pairs hold it;
    the articles' names are asked for when needed (`ArticleNames`), not loaded."""
    counts = PlaceCounts()
    totals = dict(connection.execute("SELECT kind, count FROM place_totals").fetchall())
    counts.sentences, counts.articles = totals.get("sentences", 0), totals.get("articles", 0)
    for name, sentences, articles, placed in connection.execute("SELECT * FROM place_names"):
        name = sys.intern(name)
        _keep(counts.in_sentences, name, sentences)
        _keep(counts.in_articles, name, articles)
        _keep(counts.placed, name, placed)
    for name, other, sentences in connection.execute("SELECT * FROM place_pairs"):
        _keep(counts.sentence_pairs, (sys.intern(name), sys.intern(other)), sentences)
    for inner, outer, sentences in connection.execute("SELECT * FROM place_written"):
        _keep(counts.written, (sys.intern(inner), sys.intern(outer)), sentences)
    return counts


class ArticleNames:
    """The stored articles' names, counted by SQL for the names the merger asks about
    (`merge.places.StoredArticles`): a run holds only its answers."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def company(self, name: str) -> Counter[str]:
        rows = self._db.execute(
            "SELECT b.name, COUNT(*) FROM place_articles a JOIN place_articles b"
            " ON b.document_id = a.document_id AND b.name != a.name WHERE a.name = ? GROUP BY b.name",
            (name,),
        )
        return Counter({sys.intern(other): together for other, together in rows})

    def together(self, name: str, other: str) -> int:
        row = self._db.execute(
            "SELECT COUNT(*) FROM place_articles a JOIN place_articles b"
            " ON b.document_id = a.document_id AND b.name = ? WHERE a.name = ?",
            (other, name),
        ).fetchone()
        return int(row[0])


def _keep(counter: Counter[_K], key: _K, count: int) -> None:
    if count:
        counter[key] = count
