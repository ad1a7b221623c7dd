"""Joins of different events that the judges of seed 280 (main 01d5a67) found, by their general causes:
a clause's tally whose figure its sentence's first event holds (H1N1_bbc ffb608dd15: "risen to 27",
then a later page's "risen to 28"), a procedure and what became of it (bpoil_bbc 0482623de7: the
static kill started, then "has worked"), and a guess below a floor (H1N1_bbc 23b0529302: "About
300" awaiting tests, then "More than 400" being tested). Sentences are quoted from the Timeline17
articles, each with its article and day."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import entries_of, events_of
from storyline.merge import pair_rules
from storyline.merge.count_bounds import Hedge
from storyline.merge.similarity import counts, counts_differ, signature

RISEN = "In Britain, the number of confirmed cases of the H1N1 virus has risen to 27.\n"  # 863, 4 May
CAMPAIGN = (
    "The nationwide campaign begins after the number of confirmed cases of the H1N1 virus in the UK has "
    "risen to {}.\n"
)  # 485 (27) and its later version 280 (28), 5 May


def _risen(pipeline, text: str, day: date):  # type: ignore[no-untyped-def]
    (event,) = [e for e in events_of(pipeline, text, day) if e.predicate == "rise"]
    return event


def test_a_clauses_tally_counts_what_its_tally_counts(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The campaign's sentence gives its figure to "begins"; the clause's "risen", holding none,
    still counts cases by its tally ("the number of confirmed cases"), as 863's "risen" does."""
    may_5 = date(2009, 5, 5)
    clause = _risen(pipeline, CAMPAIGN.format(28), may_5)
    assert not clause.figures
    assert ("case", 28.0, Hedge.EXACT) in signature(clause, published=may_5).counts
    own = signature(_risen(pipeline, RISEN, date(2009, 5, 4)), published=date(2009, 5, 4)).counts
    assert ("case", 27.0, Hedge.EXACT) in own


def test_a_later_pages_tally_is_not_the_earlier_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    """863's 27 (4 May) and 485's clause giving 27 (5 May) are one tally; 280, the page's later
    version with the new case, says 28: another tally, on its own."""
    entries = entries_of(
        pipeline,
        (date(2009, 5, 4), RISEN),
        (date(2009, 5, 5), CAMPAIGN.format(27)),
        (date(2009, 5, 5), CAMPAIGN.format(28)),
        secondary=True,
    )
    told = {m.sentence: e.id for e in entries for m in e.mentions if _marked(m) == "risen"}
    assert told[RISEN.strip()] == told[CAMPAIGN.format(27).strip()]
    assert told[CAMPAIGN.format(28).strip()] != told[RISEN.strip()]


def _marked(mention) -> str:  # type: ignore[no-untyped-def]
    start, end = mention.event_start - mention.start, mention.event_end - mention.start
    return mention.text[start:end]


STARTED = (
    'BP has started the "static kill" of its leaking Gulf of Mexico oil well, a step towards permanently '
    "sealing it.\n"
)  # 1044, 3 August
WORKED = (
    'BP says the "static kill" of its ruptured Gulf of Mexico oil well has worked, a big step towards '
    "sealing it.\n"
)  # 276, 4 August


@pytest.mark.parametrize("rule", [True, False])
def test_a_procedures_success_is_not_its_start(pipeline, monkeypatch, rule: bool) -> None:  # type: ignore[no-untyped-def]
    """ "started" is keyed as the static kill it supports; "has worked", with the kill for its doer,
    tells its outcome the next day. The sentences read as paraphrases, so without the rule the
    success joins the start."""
    if not rule:
        monkeypatch.setattr(pair_rules, "outcome_of_procedure", lambda *_: False)
    entries = entries_of(pipeline, (date(2010, 8, 3), STARTED), (date(2010, 8, 4), WORKED))
    told = {m.sentence: e.id for e in entries for m in e.mentions}
    assert (told[STARTED.strip()] != told[WORKED.strip()]) is rule


AWAITING = (
    "About 300 other people in the UK are currently awaiting the results of tests to determine whether "
    "they have the virus."
)  # 485, 5 May
BEING_TESTED = "More than 400 people in the UK are currently being tested for the virus."  # 980, 8 May


def test_a_floor_is_not_reached_by_a_guess_below_it() -> None:
    """H1N1_bbc 23b0529302: 5 May's "About 300" awaiting results and 8 May's "More than 400" being
    tested are near enough for two hedged counts (`HEDGED_ROUNDING`), but "more than 400" is no count
    of about 300. A floor below the guess, or a ceiling above it, may be that count."""
    assert counts_differ(counts(AWAITING), counts(BEING_TESTED))
    assert not counts_differ(counts(AWAITING), counts("More than 250 people are being tested."))
    assert not counts_differ(counts(AWAITING), counts("Up to 400 people are being tested."))
    assert not counts_differ(counts(BEING_TESTED), counts("A total of 412 people are being tested."))
