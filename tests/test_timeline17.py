"""Reading Timeline17 reference timelines and topic folders."""

from __future__ import annotations

from datetime import date

from conftest import T17, needs
from storyline.evaluate.timeline17 import parse_timeline, read_topics

TEXT = """2010-04-22
The rig sinks .
Oil starts to leak .
--------------------------------
2010-04-20
The Deepwater Horizon rig explodes , killing 11 workers .
--------------------------------
2010-04-22
The Coast Guard sets up a command .
--------------------------------
2010-04-0
A block without a usable date .
--------------------------------
"""


def test_blocks_become_days_and_repeated_dates_merge() -> None:
    timeline = parse_timeline(TEXT, "bp")
    assert timeline.days == {
        date(2010, 4, 22): ["The rig sinks .", "Oil starts to leak .", "The Coast Guard sets up a command ."],
        date(2010, 4, 20): ["The Deepwater Horizon rig explodes , killing 11 workers ."],
    }


def test_a_block_with_an_invalid_date_is_skipped_and_counted() -> None:
    assert parse_timeline(TEXT).skipped_blocks == 1


def test_size_range_and_rounded_sentences_per_day() -> None:
    timeline = parse_timeline(TEXT)
    assert (timeline.first, timeline.last) == (date(2010, 4, 20), date(2010, 4, 22))
    assert timeline.size == 2
    assert timeline.sentences_per_day == 2  # 4 sentences over 2 days


def test_sentences_per_day_rounds_half_to_even_like_python() -> None:
    timeline = parse_timeline("2010-01-01\na\nb\nc\n---\n2010-01-02\nd\ne\n")
    assert timeline.sentences_per_day == 2  # 5 / 2 = 2.5, rounded to the even 2


@needs(T17)
def test_reads_all_eleven_development_topics() -> None:
    topics = read_topics(T17)
    assert len(topics) == 11
    assert all(topic.articles.is_dir() and topic.timelines for topic in topics)
    haiti = next(topic for topic in topics if topic.name == "haiti_bbc")
    assert haiti.timelines[0].first == date(2010, 1, 12)
