"""Projecting entries onto gold event mentions: overlap, the shortest span, the sentence fallback."""

from __future__ import annotations

from storyline.evaluate.coref_projection import project
from storyline.evaluate.ecbplus import GoldMention
from storyline.model import Entry, Mention, Tense

TEXT = "The quake struck Tuesday and rescuers searched the rubble."


def _entry(entry_id: str, *mentions: Mention) -> Entry:
    return Entry(entry_id, None, False, Tense.PAST, "", [], None, [], list(mentions))


def _mention(
    document: str, event: tuple[int, int] | None, sentence: tuple[int, int] = (0, len(TEXT))
) -> Mention:
    start, end = sentence
    event_start, event_end = event if event else (None, None)
    return Mention(document, "", start, end, TEXT[start:end], event_start=event_start, event_end=event_end)


def _gold(word: str, document: str = "d1") -> GoldMention:
    start = TEXT.index(word)
    return GoldMention(f"{document}/{word}", 1, document, 0, start, start + len(word), word, word)


def _span(word: str) -> tuple[int, int]:
    return TEXT.index(word), TEXT.index(word) + len(word)


def test_the_shortest_overlapping_event_mention_wins() -> None:
    whole = _entry("sentence", _mention("d1", None))  # falls back to the whole sentence
    struck = _entry("struck", _mention("d1", _span("struck")))
    searched = _entry("searched", _mention("d1", (_span("searched")[0] - 1, _span("searched")[1] + 4)))
    projected = project([_gold("struck"), _gold("searched"), _gold("quake")], [whole, struck, searched])
    assert projected == {"d1/struck": "struck", "d1/searched": "searched", "d1/quake": "sentence"}


def test_gold_mentions_no_event_mention_overlaps_are_left_out() -> None:
    struck = _entry("struck", _mention("d1", _span("struck")))
    other_document = _entry("elsewhere", _mention("d2", None))
    touching = _entry("touching", _mention("d1", (_span("struck")[1], _span("struck")[1] + 1)))
    projected = project(
        [_gold("quake"), _gold("rubble"), _gold("struck")], [struck, other_document, touching]
    )
    assert projected == {"d1/struck": "struck"}


def test_one_entry_collects_gold_mentions_across_documents() -> None:
    entry = _entry("quake", _mention("d1", _span("struck")), _mention("d2", _span("struck")))
    projected = project([_gold("struck", "d1"), _gold("struck", "d2")], [entry])
    assert projected == {"d1/struck": "quake", "d2/struck": "quake"}
