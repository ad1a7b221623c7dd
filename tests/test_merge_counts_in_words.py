"""Counts in number words tell tallies apart as digits do: "Two more people in London have been
diagnosed" and "eight more people were diagnosed" (H1N1_bbc, 28 and 30 April 2009) are two days'
diagnoses, not one event. Ages, lengths of time and number words that name nothing are no counts, and
a deed in force ("has declared") is not read as a tally because of them."""

from __future__ import annotations

from datetime import date

from conftest import entries_of, events_of
from storyline.merge.count_bounds import Hedge
from storyline.merge.counts_in_words import counts_in_words
from storyline.merge.similarity import counts, signature
from storyline.pipeline import Pipeline

TWO = (
    "Two more people in London have been diagnosed with the swine flu virus, the Department of Health "
    "(DH) confirmed.\n"
)  # H1N1_bbc, 28 April 2009
# H1N1_bbc, 30 April 2009
EIGHT = (
    "A third school in London has closed after eight more people were diagnosed with swine flu in the city.\n"
)
KOREA = (
    "South Korea 's health authorities say they have confirmed three more cases of the flu virus , "
    "bringing the number of reported infections there to 32 ."
)  # H1N1_bbc


def test_counts_written_in_words() -> None:
    assert counts_in_words(TWO) == {("people", 2.0, Hedge.EXACT)}
    assert counts_in_words(EIGHT) == {("people", 8.0, Hedge.EXACT)}
    assert counts_in_words(KOREA) == {("cases", 3.0, Hedge.EXACT)}
    assert counts_in_words("More than twenty new cases were reported") == {("cases", 20.0, Hedge.FLOOR)}
    # the qualifiers digits take too ("13,217 confirmed and probable cases")
    assert counts_in_words("three confirmed and probable cases") == {("cases", 3.0, Hedge.EXACT)}


def test_ages_times_and_unnamed_numbers_are_no_counts() -> None:
    assert not counts_in_words("A two-year-old boy who was visiting Texas died")
    assert not counts_in_words("The school will stay closed for two weeks")
    assert not counts_in_words("after two nights and a fortnight of tests, three hrs a day")
    assert not counts_in_words("They bring the overall totals to 23 in England and four in Scotland.")
    assert not counts_in_words("Five of them had been to Mexico")
    assert not counts_in_words("twenty-five cases")
    assert not counts_in_words("One person has died")  # "one" is more often no count


def test_two_days_diagnoses_told_in_words_are_two_events(pipeline: Pipeline) -> None:
    """Both say who was diagnosed in London in alike words; the counts, in words, differ."""
    apart = entries_of(pipeline, (date(2009, 4, 28), TWO), (date(2009, 4, 30), EIGHT))
    assert sorted(len(entry.mentions) for entry in apart) == [1, 1]
    retold = TWO.replace("the Department of Health (DH) confirmed", "health officials said")
    again = entries_of(pipeline, (date(2009, 4, 28), TWO), (date(2009, 4, 29), retold))
    assert [len(entry.mentions) for entry in again] == [2]  # the same count retold stays one


def test_digits_alone_decide_a_deed_in_force(pipeline: Pipeline) -> None:
    """`similarity.counts` stays digits only: it is what `in_force` reads."""
    assert not counts(TWO)
    (two,) = [event for event in events_of(pipeline, TWO, date(2009, 4, 28)) if event.predicate == "diagnose"]
    assert ("peopl", 2.0, Hedge.EXACT) in signature(two).counts
