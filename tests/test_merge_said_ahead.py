"""A statement about a coming day and one told after that day are two statements (`said_ahead`):
Thad Allen's words of 12 July on the test "on Tuesday morning" (bpoil_bbc 1327) are not his words of 19
July on the seepages (112), though both are dated by the time they name or meet. Sentences quoted from
the Timeline17 articles, each with its article and day."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import entries_of, events_of
from storyline.merge import pair_rules
from storyline.merge.said_ahead import said_for

# 1327, 12 July
TEST_AHEAD = "Adm Allen said BP would test the integrity of the leaking oil well on Tuesday morning.\n"
SEEPAGE = (
    "But Adm Allen said it was not believed that the leak on the sea floor was anything to do with the "
    "integrity test.\n"
)  # 112, 19 July
JULY_12, JULY_19 = date(2010, 7, 12), date(2010, 7, 19)
REVEAL = "BP is set to reveal its latest results on Tuesday.\n"


def _said(pipeline, text: str, day: date):  # type: ignore[no-untyped-def]
    (event,) = [e for e in events_of(pipeline, text, day) if e.predicate == "say"]
    return event


def test_words_looking_ahead_are_dated_by_the_day_they_look_to(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The saying is dated by "Tuesday morning", after its article's day: that day is what the words
    look ahead to; a statement dated by its article looks ahead to none."""
    assert said_for(_said(pipeline, TEST_AHEAD, JULY_12)) == date(2010, 7, 13)
    assert said_for(_said(pipeline, SEEPAGE, JULY_19)) is None


def test_a_saying_still_to_come_is_that_days_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "BP is set to reveal its latest results on Tuesday" (bpoil_bbc 85, 26 July): the revealing is
    expected on Tuesday, so its day is its own, not the day of words said ahead of it."""
    (reveal,) = [e for e in events_of(pipeline, REVEAL, date(2010, 7, 26)) if e.predicate == "reveal"]
    assert reveal.timex is not None and reveal.timex.future
    assert said_for(reveal) is None


@pytest.mark.parametrize("rule", [True, False])
def test_a_statement_after_the_day_looked_to_is_another(pipeline, monkeypatch, rule: bool) -> None:  # type: ignore[no-untyped-def]
    """Without the rule the two sayings join: one speaker, one verb, the story's words, and times
    that meet (Tuesday lies within the later page's days)."""
    if not rule:
        monkeypatch.setattr(pair_rules, "said_ahead", lambda *_: False)
    entries = entries_of(pipeline, (JULY_12, TEST_AHEAD), (JULY_19, SEEPAGE), secondary=True)
    told = {m.sentence: e.id for e in entries for m in e.mentions if _marked(m) == "said"}
    assert (told[TEST_AHEAD.strip()] != told[SEEPAGE.strip()]) is rule


def test_a_reprint_on_the_day_looked_to_stays_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The same words printed again on the next day, the day they look ahead to, are one statement: the
    rule parts only pages published after that day (a reprint after it reads its weekday anew, "on
    Tuesday" from a Thursday is the next Tuesday, so its times keep it apart whatever this rule says)."""
    entries = entries_of(pipeline, (JULY_12, TEST_AHEAD), (date(2010, 7, 13), "Meanwhile. " + TEST_AHEAD))
    said = [e for e in entries if any(m.text.startswith("Adm Allen said") for m in e.mentions)]
    assert len(said) == 1 and len({m.document for m in said[0].mentions}) == 2


def _marked(mention) -> str:  # type: ignore[no-untyped-def]
    start, end = mention.event_start - mention.start, mention.event_end - mention.start
    return mention.text[start:end]
