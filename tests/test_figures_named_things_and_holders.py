"""What a figure counts and whose it is, where the sentence names the thing or the holder in a way the
parse hides. Sentences quoted from bpoil_reuters (the figures judged wrong on the blind seed 231: F8,
F19, F21, F28 for the thing, F25 and F14 for the claimant)."""

from __future__ import annotations

from spacy.language import Language

from conftest import counted, figure_claimants
from storyline.pipeline import Pipeline


def test_an_amount_said_to_be_an_estimate_counts_what_the_estimate_is_of(nlp: Language) -> None:
    figure = counted(
        nlp,
        "It does not indicate that the 100,000 barrels per day is BP's estimate of the actual amount gushing "
        "from the ruptured Gulf of Mexico well.",
        "100,000 barrels per day",
    )
    assert figure.counted == "amount gushing in barrels per day"


def test_money_an_effort_aims_to_collect_is_the_amount_to_collect(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Claimants to BP Plc's $20billion oil spill fund may soon be required to transfer to the company "
        "their right to sue other defendants, a move that could help BP's efforts to collect billions of "
        "dollars from its business partners.",
        "billions of dollars",
    )
    assert figure.counted == "amount to collect"


def test_an_amount_right_after_the_noun_it_gives_counts_that_noun(nlp: Language) -> None:
    figure = counted(
        nlp,
        "This was well ahead of an average forecast $4.60billion from a Reuters poll of seven analysts, "
        "although it lagged an 88 percent rise in underlying profits at rival Royal Dutch Shell Plc and a 55 "
        "percent rise in net income at Exxon Mobil, the largest western oil major by market value.",
        "$4.60billion",
    )
    assert figure.counted == "average forecast"


def test_a_length_in_brackets_restating_a_size_is_that_size_of_the_noun(nlp: Language) -> None:
    figure = counted(
        nlp,
        "In all, 45,828 gallons of crude oil and produced water -- a byproduct of the oil production "
        "process -- spilled from the two-foot long - (0.6 meter -) rupture in the Lisburne line, according "
        "to the Alaska Department of Environmental Conservation.",
        "0.6 meter",
    )
    assert figure.counted == "length of rupture in meter"


def test_a_figure_in_what_a_named_holder_reckons_is_the_holders(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "BP s CEO Tony Hayward reckons the $100million cost of drilling a well to divert the flow from a "
        "leaking oil well in the Gulf of Mexico is the biggest hit the oil major will take in the Deepwater "
        "Horizon tragedy.",
    )
    assert claimants["$100million cost"] == "Tony Hayward"


def test_figures_in_what_a_name_before_who_notes_and_says_are_that_names(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "Topping them all is Plater who, noting the millions of people who live on or near the Gulf coast, "
        "said the total could even reach $90billion.",
    )
    assert claimants["millions of people"] == "Plater"
    assert claimants["$90billion"] == "Plater"
