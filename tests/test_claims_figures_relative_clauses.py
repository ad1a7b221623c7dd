"""Figure claimants in relative clauses, and a speaker named before a role the parse hung on the figure
(seed 261's F8, F11 and F24, bpoil_reuters, and one sentence of the same topic like F11). An amount
defined by a relative clause with its own reporting verb is that clause's subject's; a ", which" aside in
the plain past inside a past report is the writer's; "..., Neil McMahon, analyst at ..., said" names the
speaker. Sentences quoted from bpoil_reuters (790, 1603, 807, 1260) and haiti_bbc (1672)."""

from __future__ import annotations

from conftest import figure_claimants
from storyline.pipeline import Pipeline


def _claimant(claimants: dict[str, str | None], opening: str) -> str | None:
    (text,) = [text for text in claimants if text.startswith(opening)]
    return claimants[text]


def test_an_amount_government_scientists_estimate_is_theirs(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "It said it collected or burned off 23,290 barrels "
        "(978,180 gallons\\/3.7 million liters) of crude on Sunday, still well below the 35,000-60,000 "
        "barrels a day that government scientists estimate are gushing from the well.",
    )
    assert claimants["35,000-60,000 barrels a day"] == "government scientists"


def test_an_amount_the_company_had_said_is_the_companys(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "The flow has been declining from the 5,000 barrels (210,000 gallons\\/795,000 liters) per day the "
        "company had said the tube was siphoning off three days ago.",
    )
    assert _claimant(claimants, "5,000 barrels") == "company"


def test_a_sum_before_a_which_clause_it_hopes_stays_the_writers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "The UN has launched an appeal for $562m (£346m), which it hopes will fund a six-month relief effort "
        "to help the injured and those who have lost loved ones, homes and livelihoods.",
    )
    assert claimants["$562m"] is None


def test_the_dead_in_a_which_clause_inside_a_report_are_the_writers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "BP said last week it would suspend dividend payments to its shareholders and increase the pace of "
        "asset sales to $10billion this year to offset liabilities from the spill, which began after an "
        "explosion on an offshore rig that killed 11 workers.",
    )
    assert claimants["11 workers"] is None
    assert claimants["$10billion"] == "BP"


def test_the_analyst_named_before_said_claims_the_costs(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "The cost to the fishing industry in Louisiana could be $2.5billion, while the impact on tourism "
        "along Florida's panhandle coast could be $3billion, Neil McMahon, analyst at investment firm "
        "Bernstein, said in a research note on Friday.",
    )
    assert claimants["$2.5billion"] == "Neil McMahon"
    assert claimants["$3billion"] == "Neil McMahon"
