"""A plan the writer tells, with no one reported to tell it ("It also plans to evacuate ...", not "BP said
it planned to ..."): the figure in what is planned is the writer's, as in the participle of aim. The
judges' protocol counts narrated plans unattributed (seed 231 F23, seed 91 F16). Sentences quoted from
haiti_bbc and bpoil_reuters."""

from __future__ import annotations

from datetime import date

from conftest import figure_claimants
from storyline.pipeline import Pipeline


def test_a_plan_told_by_the_writer_is_nobodys_claim(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "France, which has historic links with Haiti and some 1,400 nationals living there, is sending two "
        "planes with rescuers and humanitarian aid, one from the Caribbean island of Martinique and a second "
        "one with aid experts from Marseille.\nIt also plans to evacuate about 60 injured people.",
        date(2010, 1, 14),
    )
    assert claimants["about 60 injured people"] is None


def test_an_aim_told_in_a_finite_verb_is_nobodys_claim(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "Charlie was aiming to make £500 in sponsorship, but raised thousands after people saw his "
        "sponsorship page online.",
        date(2010, 1, 25),
    )
    assert claimants["£500"] is None


def test_a_plan_someone_said_stays_theirs(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "BP said it planned to sell assets worth up to $30billion over the next 18 months to pay for its "
        "liabilities and create a leaner company with the potential for higher growth.",
        date(2010, 7, 27),
    )
    assert claimants["up to $30billion"] == "BP"
