"""Merging within one article: a report whose word comes after "also" tells another event of the
kind the article told before it. Sentences are from the Timeline17 articles of bpoil_bbc, each
quoted where it is used; their mentions are built by hand, so that only the merging rule is tested."""

from __future__ import annotations

from datetime import date

from storyline.merge.entries import Merger
from storyline.merge.similarity import told_also
from storyline.model import Event, Tense

# bpoil_bbc 2010-04-29/1971: two lawsuits, one after the other
WORKERS = (
    "A lawsuit has already been filed against BP and Transocean on behalf of the 11 missing rig workers."
)
SHRIMPERS = (
    "Two Louisiana shrimpers have also filed a lawsuit for damages against all those operating the rig, "
    "including BP."
)
# bpoil_bbc 2010-04-30/1549: the shrimpers' lawsuit told the next day
GROUP = (
    "A group of Louisiana shrimpers has already filed a lawsuit against BP and the owners of the rig, "
    "Transocean."
)
FACING = "BP is also facing a raft of lawsuits, some of which have already been filed."  # 2010-06-14/209


def _filed(document: str, start: int, text: str, *names: str) -> Event:
    return _mention(document, start, text, "filed", "file", *names)


def _mention(document: str, start: int, text: str, word: str, predicate: str, *names: str) -> Event:
    """The mention of `word` in a sentence at `start` of the article, dated by the article."""
    at = start + text.index(word)
    day = document.split("/")[0]
    return Event(
        document, start, start + len(text), text, text, day, False, Tense.PAST,
        predicate=predicate, event_start=at, event_end=at + len(word), participants=list(names),
    )  # fmt: skip


def test_also_before_the_word_marks_another_of_its_kind() -> None:
    assert told_also(_filed("2010-04-29/1971", 1633, SHRIMPERS))
    assert not told_also(_filed("2010-04-29/1971", 1533, WORKERS))
    assert not told_also(_filed("2010-06-14/209", 754, FACING))  # "also" goes with "facing"


def test_a_lawsuit_also_filed_is_not_the_one_the_article_told_before() -> None:
    """The workers' lawsuit and the shrimpers' lawsuit are two; the shrimpers' lawsuit told again the
    next day is still the second."""
    merger = Merger()
    merger.names.see(frozenset({"BP", "Transocean", "Louisiana"}))
    merger.names.see(frozenset({"Mexico"}))

    def add(event: Event) -> str:
        return merger.add(event, frozenset({"BP", "Transocean"}), date.fromisoformat(event.date or "")).id

    workers = add(_filed("2010-04-29/1971", 1533, WORKERS, "BP", "Transocean"))
    shrimpers = add(_filed("2010-04-29/1971", 1633, SHRIMPERS, "Louisiana", "BP"))
    assert shrimpers != workers
    assert add(_filed("2010-04-30/1549", 4764, GROUP, "Louisiana", "BP", "Transocean")) == shrimpers


def test_also_in_someones_own_words_is_their_next_point_not_another_event() -> None:
    """bpoil_bbc 2010-07-27/919: the chairman's belief told, then quoted with his "also"."""
    merger = Merger()
    page, day = "2010-07-27/919", date(2010, 7, 27)
    told = (
        "BP's chairman said the costs estimate was based on the company's belief that it was not grossly "
        "negligent, and added the bill could be higher."
    )
    quoted = (
        '"That estimate is also based on our belief that we are not grossly negligent," BP chairman '
        "Carl-Henric Svanberg told the BBC's business editor Robert Peston."
    )
    events = [_mention(page, 301, told, "based", "base"), _mention(page, 1024, quoted, "based", "base")]
    assert told_also(events[1])
    first, second = (merger.add(event, frozenset({"BP"}), day).id for event in events)
    assert first == second
