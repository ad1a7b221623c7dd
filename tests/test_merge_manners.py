"""Merging: two ends of one scale said of one deed ("temporarily sealed", "permanently sealing") are
two deeds. Sentences are from the Timeline17 articles of bpoil_bbc, quoted where they are used; their
mentions are built by hand, so that only the merging rule is tested."""

from __future__ import annotations

from datetime import date

from storyline.merge.entries import Merger
from storyline.merge.similarity import manners
from storyline.model import Event, Tense

# bpoil_bbc 2010-08-02/1313 and 2010-08-03/1402: a headline run on into the caption of the 15 July cap
CAPPED = (
    "Dispersant used in Gulf ` no more toxic ' than oil alone The Macondo well has been temporarily sealed "
    "with a cap for two weeks"
)
CAPPED_AGAIN = (
    "BP gears up to plug ` world's biggest ' oil spill The Macondo well has been temporarily sealed with a "
    "cap for just over two weeks"
)
# bpoil_bbc 2010-08-03/1044: the same caption, and the static kill begun
KILL = (
    "BP starts ` static kill ' to plug Gulf of Mexico oil well The Macondo well has been temporarily sealed "
    'with a cap for just over two weeks BP has started the "static kill" of its leaking Gulf of Mexico oil '
    "well, a step towards permanently sealing it."
)


def _mention(document: str, text: str, word: str, predicate: str) -> Event:
    """The mention of `word` (its last occurrence) in the article's opening sentence, dated by the article."""
    at = text.rindex(word)
    day = document.split("/")[0]
    return Event(
        document, 0, len(text), text, text, day, False, Tense.PAST, predicate=predicate,
        event_start=at, event_end=at + len(word), participants=["BP"], places=["Gulf"],
    )  # fmt: skip


def test_the_adverb_before_the_word_says_how_long_the_deed_lasts() -> None:
    assert manners(_mention("2010-08-02/1313", CAPPED, "sealed", "seal")) == {"lasting:for a while"}
    assert manners(_mention("2010-08-03/1044", KILL, "sealing", "seal")) == {"lasting:for good"}
    assert manners(_mention("2010-08-03/1044", KILL, "started", "start")) == frozenset()


def test_sealed_for_a_while_and_sealing_for_good_are_two_deeds() -> None:
    """The cap sealed the well on 15 July; the static kill of 3 August is a step to seal it for good."""
    merger = Merger()
    merger.names.see(frozenset({"BP", "Gulf", "Macondo"}))
    context = frozenset({"BP", "Gulf", "Macondo"})

    def add(event: Event) -> str:
        return merger.add(event, context, date.fromisoformat(event.date or "")).id

    capped = add(_mention("2010-08-02/1313", CAPPED, "sealed", "seal"))
    assert add(_mention("2010-08-03/1402", CAPPED_AGAIN, "sealed", "seal")) == capped
    assert add(_mention("2010-08-03/1044", KILL, "sealing", "seal")) != capped
