"""Reading the Timeline17 layout: topics, their article folders and reference timelines.

A data set folder holds one folder per topic; a topic holds `InputDocs/<date>/`
article files and `timelines/*.txt` reference timelines. A reference timeline
is a sequence of blocks, each a `YYYY-MM-DD` line, one summary sentence a line,
and a line of dashes. Two blocks with the same date are one day (their
sentences are concatenated, in file order). A block whose first line is not a
valid date (the MJ timeline has a `2011-04-0`) cannot be placed on any day and
is skipped; `ReferenceTimeline.skipped_blocks` counts such blocks.

Sentences are kept exactly as written (PTB-tokenized); the metrics tokenize.
This module does not read the articles themselves (`storyline.ingest` does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

_DATE_LINE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SEPARATOR = re.compile(r"^-{3,}$")


@dataclass(frozen=True, slots=True)
class ReferenceTimeline:
    name: str
    days: dict[date, list[str]]
    skipped_blocks: int = 0

    @property
    def first(self) -> date:
        return min(self.days)

    @property
    def last(self) -> date:
        return max(self.days)

    @property
    def size(self) -> int:
        """L: how many dates the reference has."""
        return len(self.days)

    @property
    def sentences_per_day(self) -> int:
        """K: the average number of sentences per date, rounded (Python's round, as news-tls)."""
        return round(sum(len(sentences) for sentences in self.days.values()) / len(self.days))


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    path: Path
    timelines: list[ReferenceTimeline] = field(default_factory=list)

    @property
    def articles(self) -> Path:
        return self.path / "InputDocs"


def parse_timeline(text: str, name: str = "") -> ReferenceTimeline:
    days: dict[date, list[str]] = {}
    skipped = 0
    for block in _blocks(text):
        day = _parse_day(block[0])
        if day is None:
            skipped += 1
            continue
        days.setdefault(day, []).extend(block[1:])
    return ReferenceTimeline(name, days, skipped)


def _blocks(text: str) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for raw in text.splitlines():
        line = raw.strip()
        if _SEPARATOR.match(line):
            blocks.append([])
        elif line:
            blocks[-1].append(line)
    return [block for block in blocks if block]


def _parse_day(line: str) -> date | None:
    if not _DATE_LINE.match(line):
        return None
    try:
        return date.fromisoformat(line)
    except ValueError:
        return None


def read_timeline(path: Path) -> ReferenceTimeline:
    return parse_timeline(path.read_text(encoding="utf-8", errors="replace"), path.stem)


def read_topic(path: Path) -> Topic:
    timelines = [read_timeline(file) for file in sorted((path / "timelines").glob("*.txt"))]
    return Topic(path.name, path, [timeline for timeline in timelines if timeline.days])


def read_topics(data_dir: Path) -> list[Topic]:
    """Every topic folder under `data_dir` that has articles and at least one reference timeline."""
    topics = [read_topic(child) for child in sorted(data_dir.iterdir()) if (child / "InputDocs").is_dir()]
    return [topic for topic in topics if topic.timelines]
