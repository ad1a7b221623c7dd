"""Which of the overview's rank terms tell the reference timelines' events from the rest, beyond told.

For each store (named by its topic: `bpoil_bbc.db`), reads the overview's candidates as `view_ranks`
does, labels each one by how much of its sentence's weighted words (`retelling.Told.overlap`) a
reference sentence of its calendar day shares (the day before or after counts 0.8 of it), and
compares the candidates that match (`--match`, of two or more articles) with those that plainly do
not (under half of it), term by term, only in pairs whose told salience is within `--tolerance`:
the share of such pairs in which the matching one has more of the term (ties count half). 0.5: the
term adds nothing to the ranking's order; above: it ranks the reference's events first among
entries told alike. Terms: the `RankTerms` counts, the days after its own day that articles retell
it on (`later`), and the share of the collection's articles that name its most named actor
(`actor`). Not imported by storyline.

    python evaluation/rank_terms_reference.py /tmp/x/bpoil_bbc.db /tmp/x/H1N1_bbc.db [--corpus DIR]
"""

from __future__ import annotations

import argparse
import math
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from storyline.evaluate.timeline17 import read_topics
from storyline.merge import main_events as me
from storyline.merge.retelling import Told
from storyline.merge.similarity import DocumentFrequency, telling_stems
from storyline.model import Entry
from storyline.present.views import CANDIDATES, current_names, main_events_shown
from storyline.store import EntryFilter, Store
from storyline.timevalue import calendar_day

TERMS = ("articles", "alike", "opened", "led", "fresh", "days", "leads", "dated_news", "later", "actor")
NEAR_DAY = 0.8  # weight of a reference sentence of the day before or after the entry's


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dbs", type=Path, nargs="+")
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/t17"))
    parser.add_argument("--match", type=float, default=0.3, help="overlap from which a candidate matches")
    parser.add_argument("--tolerance", type=float, default=0.05, help="told salience apart within a pair")
    options = parser.parse_args()
    topics = {topic.name: topic for topic in read_topics(options.corpus)}
    pooled = {term: [0.0, 0] for term in TERMS}
    for db in options.dbs:
        rows = _candidates(Store(db), topics[db.stem].timelines)
        matching = [row for row in rows if row["match"] >= options.match]
        other = [row for row in rows if row["match"] < options.match / 2]
        scores = []
        for term in TERMS:
            wins, pairs = _paired(matching, other, term, options.tolerance)
            pooled[term][0] += wins
            pooled[term][1] += pairs
            scores.append(f"{term} {wins / pairs:.2f}" if pairs else f"{term} -")
        print(
            f"{db.stem}: {len(rows)} candidates of 2+ articles, {len(matching)} match; " + ", ".join(scores)
        )
    print("pooled: " + ", ".join(f"{t} {w / n:.2f}" if n else f"{t} -" for t, (w, n) in pooled.items()))


def _candidates(store: Store, references: list) -> list[dict[str, float]]:
    """The overview's candidates of two or more articles, each with its terms and its match."""
    count = main_events_shown(store.document_count())
    words = store.article_words()
    read = store.entries(replace(EntryFilter(), most_salient=count * CANDIDATES))
    candidates = [entry for entry in current_names(store.actor_registry(), read) if entry.sources >= 2]
    terms = me.rank_terms(candidates, words)
    told: dict[date, list[Told]] = {}
    for reference in references:
        for day, sentences in reference.days.items():
            told.setdefault(day, []).extend(Told.of_sentence(text, words) for text in sentences)
    rows = []
    for entry in candidates:
        row: dict[str, float] = {term: float(getattr(terms[entry.id], term, 0)) for term in TERMS}
        row["told"] = terms[entry.id].told
        row["later"] = math.log2(1 + _later_days(entry))
        row["actor"] = _actor_share(entry, words)
        row["match"] = _match(entry, told, words)
        rows.append(row)
    return rows


def _match(entry: Entry, references: dict[date, list[Told]], words: DocumentFrequency) -> float:
    """How much of the entry's weighted words a reference sentence of its day (or, less, the day
    before or after) shares."""
    day = calendar_day(entry.date)
    if day is None:
        return 0.0
    own = Told.of_sentence(entry.summary, words)
    best = 0.0
    for shift, weight in ((0, 1.0), (-1, NEAR_DAY), (1, NEAR_DAY)):
        for sentence in references.get(day + timedelta(days=shift), ()):
            best = max(best, weight * own.overlap(sentence))
    return best


def _later_days(entry: Entry) -> int:
    """The days, more than a day after the entry's own, that its articles came out on: retold later."""
    day = calendar_day(entry.date)
    published = {mention.publication_date for mention in entry.mentions if mention.publication_date}
    return 0 if day is None else sum(1 for when in published if (when - day).days > 1)


def _actor_share(entry: Entry, words: DocumentFrequency) -> float:
    """The share of the collection's articles that name the entry's most named actor (each name by
    its rarest word)."""
    shares = [
        min(words.counts.get(stem, 0) for stem in stems) / max(words.documents, 1)
        for actor in entry.actors
        if (stems := telling_stems(actor))
    ]
    return max(shares, default=0.0)


def _paired(matching: list[dict], other: list[dict], term: str, tolerance: float) -> tuple[float, int]:
    """Of the pairs (one matching, one not) whose told salience is within `tolerance`, how many the
    matching one has more of the term in (a tie half), and how many pairs."""
    wins, pairs = 0.0, 0
    for one in matching:
        for two in other:
            if abs(one["told"] - two["told"]) <= tolerance:
                pairs += 1
                wins += 1.0 if one[term] > two[term] else 0.5 if one[term] == two[term] else 0.0
    return wins, pairs


if __name__ == "__main__":
    main()
