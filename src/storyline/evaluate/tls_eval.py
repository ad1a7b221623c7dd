"""Timeline17 evaluation: storyline's summarized timeline against every reference timeline.

For each topic the articles are read and run through the pipeline once (only
those published within the span of the topic's reference timelines). For each
reference timeline, as the benchmark prescribes, storyline then sees only the
mentions published between the reference's first and last date, is asked for
L = the reference's number of dates and K = its rounded average sentences per
date, and its timeline is scored with `tls_metrics`.

Averages follow news-tls: precision and recall are averaged over timelines
first, and F1 is computed from the two averages (not the mean of the F1s).
This module neither prints nor parses arguments (`present.eval_tls` does).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from storyline.evaluate.rouge import Scores
from storyline.evaluate.timeline17 import ReferenceTimeline, Topic
from storyline.evaluate.tls_metrics import TimelineScores, score_timeline
from storyline.ingest import IngestError, read_documents
from storyline.model import Document, Entry, TimelineDay
from storyline.summarize import summarize

METRICS = ("ar1", "ar2", "date", "concat1", "concat2")
LABELS = {"ar1": "AR-1", "ar2": "AR-2", "date": "Date", "concat1": "Concat R-1", "concat2": "Concat R-2"}

EntryBuilder = Callable[[list[Document]], list[Entry]]


@dataclass(frozen=True, slots=True)
class TimelineResult:
    topic: str
    timeline: str
    dates: int  # L
    per_date: int  # K
    start: date
    end: date
    articles: int  # articles published within [start, end]
    scores: dict[str, Scores]  # by metric name
    seconds: float

    def as_dict(self) -> dict[str, object]:
        return {
            "topic": self.topic,
            "timeline": self.timeline,
            "dates": self.dates,
            "per_date": self.per_date,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "articles": self.articles,
            "seconds": round(self.seconds, 1),
            **{name: _rounded(self.scores[name]) for name in METRICS},
        }


@dataclass(frozen=True, slots=True)
class Evaluation:
    results: list[TimelineResult]
    seconds: float
    skipped: list[IngestError] = field(default_factory=list)  # article files that could not be read

    @property
    def average(self) -> dict[str, Scores]:
        return average(self.results)

    def as_dict(self) -> dict[str, object]:
        return {
            "timelines": [result.as_dict() for result in self.results],
            "average": {name: _rounded(scores) for name, scores in self.average.items()},
            "seconds": round(self.seconds, 1),
            "skipped": [{"path": error.path, "reason": error.reason} for error in self.skipped],
        }


def _rounded(scores: Scores) -> dict[str, float]:
    return {key: round(value, 4) for key, value in scores.as_dict().items()}


def average(results: list[TimelineResult]) -> dict[str, Scores]:
    """Mean precision and mean recall over timelines; F1 follows from them."""
    if not results:
        return {name: Scores(0.0, 0.0) for name in METRICS}
    return {
        name: Scores(
            sum(result.scores[name].precision for result in results) / len(results),
            sum(result.scores[name].recall for result in results) / len(results),
        )
        for name in METRICS
    }


def named_scores(scores: TimelineScores) -> dict[str, Scores]:
    return {
        "ar1": scores.aligned[1],
        "ar2": scores.aligned[2],
        "date": scores.dates,
        "concat1": scores.concat[1],
        "concat2": scores.concat[2],
    }


def published_within(entries: Iterable[Entry], start: date, end: date) -> list[Entry]:
    """Entries as a collection of only the articles published in [start, end] would give them."""
    kept = []
    for entry in entries:
        mentions = [m for m in entry.mentions if m.publication_date and start <= m.publication_date <= end]
        if mentions:
            kept.append(replace(entry, mentions=mentions))
    return kept


def as_timeline(days: list[TimelineDay]) -> dict[date, list[str]]:
    return {day.date: [key.text for key in day.sentences] for day in days}


def evaluate_timeline(topic: str, entries: list[Entry], reference: ReferenceTimeline) -> TimelineResult:
    started = time.perf_counter()
    visible = published_within(entries, reference.first, reference.last)
    days = summarize(
        visible, reference.size, reference.sentences_per_day, start=reference.first, end=reference.last
    )
    scores = score_timeline(as_timeline(days), reference.days)
    return TimelineResult(
        topic=topic,
        timeline=reference.name,
        dates=reference.size,
        per_date=reference.sentences_per_day,
        start=reference.first,
        end=reference.last,
        articles=len({m.document for entry in visible for m in entry.mentions}),
        scores=named_scores(scores),
        seconds=time.perf_counter() - started,
    )


def topic_documents(topic: Topic, skipped: list[IngestError] | None = None) -> list[Document]:
    """The topic's articles published within the span of its reference timelines.

    Files that cannot be read (empty, binary, undecodable) are added to `skipped`.
    """
    start = min(timeline.first for timeline in topic.timelines)
    end = max(timeline.last for timeline in topic.timelines)
    documents = []
    for item in read_documents([topic.articles]):
        if isinstance(item, IngestError):
            if skipped is not None:
                skipped.append(item)
        elif item.publication_date and start <= item.publication_date <= end:
            documents.append(item)
    return documents


def evaluate_topic(
    topic: Topic, build: EntryBuilder, skipped: list[IngestError] | None = None
) -> list[TimelineResult]:
    started = time.perf_counter()
    entries = build(topic_documents(topic, skipped))
    built = time.perf_counter() - started
    results = [evaluate_timeline(topic.name, entries, reference) for reference in topic.timelines]
    share = built / len(results)
    return [replace(result, seconds=result.seconds + share) for result in results]


def evaluate(
    topics: list[Topic], build: EntryBuilder, on_topic: Callable[[Topic], None] | None = None
) -> Evaluation:
    """Every reference timeline of every topic (`read_topics`); `on_topic` is called after each topic."""
    started = time.perf_counter()
    results: list[TimelineResult] = []
    skipped: list[IngestError] = []
    for topic in topics:
        results.extend(evaluate_topic(topic, build, skipped))
        if on_topic:
            on_topic(topic)
    return Evaluation(results, time.perf_counter() - started, skipped)
