"""One leak, many words for it: rival estimates of a rate conflict though their reports name the rate
differently ("the spill's volume", "BP's estimate", "the flow", "a rate of leak"); an estimate told as it
stood "at the time" is no rival of a later one (a one-method bound, "a high-end rate", is guarded in
test_claims_conflicts). Sentences from bpoil_reuters, 20 and 27 May and 25 October 2010."""

from __future__ import annotations

from datetime import date

from conftest import entries_of
from storyline.merge.conflicts import find_conflicts
from storyline.merge.figure_series import build_series
from storyline.model import Conflict
from storyline.pipeline import Pipeline


def _figure_conflicts(pipeline: Pipeline, day: date, *texts: str, kind: str = "figure") -> list[Conflict]:
    entries = entries_of(pipeline, *[(day, text) for text in texts])
    return [c for c in find_conflicts(entries, build_series(entries)) if c.kind == kind]


def test_the_spills_volume_is_the_leak_bp_estimated(pipeline: Pipeline) -> None:
    """ "volume" stands under no verb of leaking, so the parse gives the scientists' figure no predicate;
    its own words ("the spill's volume") name the leak that BP's rate measures."""
    found = _figure_conflicts(
        pipeline,
        date(2010, 5, 20),
        "BP has been estimating the leak was flowing at a rate of 5,000 barrels per day, but scientists and "
        "the government have questioned that figure.\n",
        "Scientists analyzing video of the oil gushing from the seabed have pegged the spill's volume at "
        "about 70,000 barrels (2.9 million gallons\\/11 million liters) per day.\n",
    )
    (flow,) = found
    assert {flow.first.source, flow.second.source} == {"BP", "Scientists"}
    assert {flow.first.text, flow.second.text} == {
        "5,000 barrels per day",
        "about 70,000 barrels (2.9 million gallons\\/11 million liters) per day",
    }
    assert "do not overlap" in flow.description


def test_bps_estimate_and_the_flow_the_teams_estimated_are_one_rate(pipeline: Pipeline) -> None:
    found = _figure_conflicts(
        pipeline,
        date(2010, 5, 27),
        "The scale of the Gulf of Mexico spill -- already large -- expanded hugely with new government "
        "figures on Thursday that put the flow rate from the ruptured well at as much as four or five times "
        "BP's estimate of 5,000 barrels (210,000 gallons\\/795,000 liters) a day.\n",
        "U.S. Geological Survey Director Marcia McNutt said various government teams examining the oil spill "
        "estimated the flow ranges from 12,000 barrels (504,000 gallons\\/1.9 million liters) to 25,000 "
        "barrels (1.05 million gallons\\/3.97 million liters) per day.\n",
    )
    (flow,) = found
    assert flow.first.source != flow.second.source and "BP" in {flow.first.source, flow.second.source}
    assert "BP's estimate" in flow.description


def test_a_look_back_at_the_time_is_no_rival_of_a_later_estimate(pipeline: Pipeline) -> None:
    """bpoil_reuters, 25 October 2010: Dudley's May estimate told as then, beside the panel's final one."""
    found = _figure_conflicts(
        pipeline,
        date(2010, 10, 25),
        'A government panel later put the flow rate at 62,000 bpd. At the time, Dudley said the "best '
        'estimate" of the flow rate was 5,000 bpd.\n',
    )
    assert found == []


def test_a_worst_possible_leak_is_no_rival_of_the_leak_estimated(pipeline: Pipeline) -> None:
    """bpoil_guardian, 20 June 2010: BP's public estimate and its own worst case are not two sources
    disagreeing about the leak; "the worst possible leak" is what might be, not what is."""
    found = _figure_conflicts(
        pipeline,
        date(2010, 6, 20),
        "When the company handed the document to Congress, it was claiming the leak was only 5,000 barrels a "
        "day, and that at very worst the figure could rise to 60,000.\n",
        "But the fact that BP itself estimated the worst possible leak in the Gulf at 100,000 barrels a day, "
        "in contrast to its own lower public estimates, adds to the growing sense in Washington that the "
        "company has not been fully transparent over the scale of the disaster.\n",
    )
    assert found == []


def test_what_was_said_early_in_the_crisis_is_no_rival_of_a_new_estimate(pipeline: Pipeline) -> None:
    """bpoil_washingtonpost, 11 June 2010: BP's early figure, told as a look back, beside the new estimate
    of the same day's report."""
    found = _figure_conflicts(
        pipeline,
        date(2010, 6, 11),
        "Early in the crisis, BP and the federal government repeatedly said that the Deepwater Horizon well "
        "was spewing about 5,000 barrels (210,000 gallons) a day into the gulf.\n",
        "Its initial estimate puts the flow at 25,000 to 50,000 barrels a day, said U.S. Geological Survey "
        "Director Marcia McNutt, who leads the teams of scientists collectively known as the Flow Rate "
        "Technical Group.\n",
    )
    assert found == []


_CHRONOLOGY = (  # bpoil_guardian, 22 July 2010: a timeline of the spill, its lines' own days left out
    "US coast guard remote underwater cameras report the well is leaking 1,000 barrels of crude oil per day "
    "(bpd).\n",
    "The coast guard says the flow of oil is 5,000 bpd, five times greater than first estimated, after a "
    "third leak is discovered.\n",
    "BP confirms the arrival of three huge containment domes designed to collect much of the 5,000 bpd "
    "leaking into the US Gulf from the Macondo blowout.\n",
)


def test_a_figure_its_source_revised_before_another_source_spoke_is_no_dispute(pipeline: Pipeline) -> None:
    """The coast guard's cameras' 1,000, then the coast guard's own 5,000, then BP's 5,000: a revision,
    shown as one (the cameras' figure and the coast guard's own later one), not a dispute with BP."""
    day, text = date(2010, 7, 22), "".join(_CHRONOLOGY)
    assert _figure_conflicts(pipeline, day, text) == []
    (revision,) = _figure_conflicts(pipeline, day, text, kind="revision")
    assert (revision.first.text, revision.second.text) == ("1,000 barrels of crude oil per day", "5,000 bpd")
    assert revision.second.source is not None and "coast guard" in revision.second.source
    assert revision.second.start == text.index("5,000 bpd")
    assert revision.description.startswith("revision: ")


def test_without_the_sources_own_revision_the_two_figures_disagree(pipeline: Pipeline) -> None:
    """The same lines less the coast guard's revision: the cameras' 1,000 and BP's 5,000 do conflict."""
    found = _figure_conflicts(pipeline, date(2010, 7, 22), _CHRONOLOGY[0] + _CHRONOLOGY[2])
    (flow,) = found
    assert {flow.first.text, flow.second.text} == {"1,000 barrels of crude oil per day", "5,000 bpd"}


def test_a_sentence_set_in_an_earlier_month_tells_that_months_estimate(pipeline: Pipeline) -> None:
    """bpoil_foxnews, 7 October 2010: May's public figure and August's final estimate, both told in
    October; "In early August" dates the second, so the two are not claims of one moment."""
    found = _figure_conflicts(
        pipeline,
        date(2010, 10, 7),
        "For more than a month after the explosion, government officials were telling the public that the "
        "well was releasing 210,000 gallons per day.\n"
        "In early August, in its final estimate of the spill's flow, the government said it was gushing 2.6 "
        "million gallons per day -- close to the worst-case predictions.\n",
    )
    assert found == []
