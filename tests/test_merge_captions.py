"""Merging across articles: a verbless caption of one telling word finds its copies on other pages
(`Merger._candidates` needs two shared telling words of a longer sentence), and such a short
sentence joins another only as a copy (`_paraphrase_bar`). Sentences are from the Timeline17
articles of bpoil_bbc and haiti_bbc (`evaluation/judged/entries6.md`, "Merge round 3, events22");
mentions are built by hand, so that only the merging rules are tested."""

from __future__ import annotations

from datetime import date

from storyline.merge.entries import Merger
from storyline.model import Event, Tense

CAPTION = "NEW CAP FOR LEAKING OIL WELL"  # bpoil_bbc, on the pages of 12 July 2010
SHORTER = "NEW CAP FOR LEAKING OIL"  # the same caption cut short on another page of that day
UPSET = "It is so upsetting."  # haiti_bbc, one person's words
UPSET_TOO = "It was very upsetting."  # haiti_bbc, another person's


def _add(merger: Merger, document: str, text: str, published: date) -> str:
    """A verbless main mention (no predicate), dated by its article only; the entry's id."""
    event = Event(document, 0, len(text), text, text, published.isoformat(), False, Tense.PAST, main=True)
    return merger.add(event, published=published).id


def test_a_verbless_caption_joins_its_copies_on_other_pages() -> None:
    merger = Merger()
    day = date(2010, 7, 12)
    first = _add(merger, "page-1", CAPTION, day)
    assert _add(merger, "page-2", CAPTION, day) == first
    assert _add(merger, "page-3", SHORTER, day) == first


def test_a_short_sentence_joins_another_article_only_as_a_copy() -> None:
    merger = Merger()
    day = date(2010, 1, 20)
    first = _add(merger, "one", UPSET, day)
    assert _add(merger, "two", UPSET_TOO, day) != first  # one word alike: two people's feelings
    assert _add(merger, "three", UPSET, day) == first  # a copy
