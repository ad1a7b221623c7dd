"""Claimants of figures in an estimate whose holder is named, from the blind seed 181 on bpoil_reuters:
"X estimated that ...", "its estimate of ...", "an estimate that ..." revised by its maker. Each test
quotes the sentence it runs on, read by the whole pipeline as one short article."""

from __future__ import annotations

from conftest import figure_claimants
from storyline.pipeline import Pipeline


def test_the_subject_of_estimated_that_claims_the_amount_in_its_clause(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "Bernstein Research estimated in late April that BP's liability could reach $8billion, but that "
        "figure didn't include any potential penalties.\n",
    )
    assert claimants["$8billion"] == "Bernstein Research"


def test_its_estimate_is_the_estimate_of_the_verbs_subject(pipeline: Pipeline) -> None:
    claimants = figure_claimants(pipeline, "BP defended its lower spill estimate of 5,000 bpd.\n")
    assert claimants["5,000 bpd"] == "BP"


def test_an_estimate_its_maker_revises_claims_what_it_says(pipeline: Pipeline) -> None:
    text = (
        "Adding to the confusion, BP revised downward on Friday an estimate from Thursday that one of its "
        "containment solutions -- a 1 mile-long siphon tube inserted into the larger of two seabed leaks -- "
        "was capturing 5,000 barrels (210,000 gallons\\/795,000 liters) of oil per day.\n"
    )
    claimants = figure_claimants(pipeline, text)
    (captured,) = [claimant for words, claimant in claimants.items() if words.startswith("5,000 barrels")]
    assert captured == "BP"
    assert claimants.get("two seabed leaks") is None  # a noun's clause inside it, the tube described


def test_a_named_possessor_of_an_estimate_still_claims_it(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "A lower flow rate would call into question the government's estimates that BP's Macondo well "
        "spewed a total of 4.9 million barrels of oil this summer.\n",
    )
    assert claimants["4.9 million barrels of oil"] == "the government"
