"""Figures in the writer's own words beside a report: nobody claims them, though the sentence cites a
source. Sentences quoted from bpoil_reuters (the claimants judged wrong on the blind seeds 131 and 141:
the narration of a sentence given its report's source)."""

from __future__ import annotations

from datetime import date

from conftest import extraction_of, figure_claimants
from storyline.pipeline import Pipeline
from storyline.store.codec import dump, load_figures


def test_a_verb_joined_to_the_report_in_another_tense_is_the_writers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "BP has promised to pay legitimate damages claims and faces billions of dollars in expected cleanup "
        "and damages costs.",
    )
    assert claimants["billions of dollars"] is None


def test_an_even_though_after_the_reported_words_is_the_writers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "Soon after BP's Deepwater Horizon well began spewing oil into the Gulf of Mexico in April, the "
        "company said that it would pay all legitimate claims, even though the Oil Pollution Act (OPA) could "
        "have limited BP's liability for the disaster to $75million, plus clean-up costs.",
    )
    assert claimants["$75million"] is None


def test_a_clause_with_its_own_subject_after_the_report_is_the_writers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "Most analysts expect the spill cleanup to cost under $30billion, but BP's market capitalization is "
        "down $100billion, on expectations it will face fines of up to $30billion as well as curbs on its "
        "business in the United States, its most important market.",
    )
    assert claimants["under $30billion"] == "Most analysts"
    assert claimants["$100billion"] is None


def test_a_participle_after_the_speakers_words_is_the_writers(pipeline: Pipeline) -> None:
    extraction = extraction_of(
        pipeline,
        '"Frankly, we are shocked," Houston-based Anadarko Chairman and CEO Jim Hackett said in a '
        "statement.\n"
        '"BP\'s behavior and actions likely represent gross negligence or willful misconduct," he added, '
        "driving his company's shares up 2.2 percent in after-hours trading.",
        date(2010, 6, 18),
    )
    (event,) = [e for e in extraction.events if any(f.text == "2.2 percent" for f in e.figures)]
    assert event.attribution is not None and event.attribution.source.endswith("Hackett")
    assert [f.by_writer for f in event.figures if f.text == "2.2 percent"] == [True]


def test_quoted_words_after_and_stay_the_speakers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        'Allen said BP would send a second rig to the spill site to help capture the oil "and the '
        'combination of these two... will have a production capability of about 20,000 barrels a day."',
    )
    assert claimants["about 20,000 barrels a day"] == "Allen"


def test_a_writers_figure_survives_the_store_and_says_so_in_json(pipeline: Pipeline) -> None:
    extraction = extraction_of(
        pipeline,
        "The U.S. government has estimated the well is leaking a maximum of 60,000 barrels a day, although "
        "independent estimates have been as high as 100,000 barrels a day.",
        date(2010, 6, 1),
    )
    figures = [figure for event in extraction.events for figure in event.figures]
    assert [f.text for f in figures if f.by_writer] == ["100,000 barrels a day"]
    assert [f.as_dict().get("claimed_by_writer") for f in figures] == [None, True]
    assert load_figures(dump(figures)) == figures


def test_who_adds_up_to_a_total_estimates_it(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "The going cost for such machinery was widely agreed to be in the region of $100-$200million.\n"
        "A few pessimists added in ancillary damages, lost profits and legal costs to arrive at a total cost "
        "of $1billion.",
    )
    assert (claimants["$1billion"] or "").endswith("pessimists")


def test_a_sum_claimed_is_demanded_not_reported(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "Exxon's $900million settlement in 1991 with Alaska and the United States had a four-year \"reopener "
        'window" letting the governments claim as much as an additional $100million.',
    )
    assert claimants["$100million"] is None
    assert claimants["$900million settlement"] is None


def test_a_figure_stored_before_the_field_reads_as_claimed() -> None:
    old = '[{"value": 75000000, "text": "$75million", "start": 0, "end": 10, "counted": "liability"}]'
    (figure,) = load_figures(old)
    assert not figure.by_writer and "claimed_by_writer" not in figure.as_dict()


def test_an_aim_in_a_story_run_into_a_captions_report_is_the_writers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "Aid agencies say women distribute food more fairly to their families The UN has begun a large-scale "
        "aid distribution in Haiti's capital, aiming to feed two million people nearly three weeks after the "
        "deadly earthquake.",
    )
    # The caption is now a sentence of its own (seg5), so its "say" no longer claims the aim's figure, and
    # the aim told by the writer ("aiming to") claims it no more (claims71).
    assert claimants["two million people"] is None


def test_a_fact_box_run_into_a_report_is_the_writers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "Population of 10 million people Most live on less than $2 a day Democratic rule restored in 2006 "
        "Economy in ruins and unemployment is chronic UN peacekeepers deployed - foreign aid seen as vital "
        "Massive deforestation has left just 2% forest Storms and hurricanes in 2008 left almost 800 dead "
        "The Inter-American Development Bank said it was immediately approving a $200,000 grant for "
        "emergency aid.",
    )
    assert claimants["10 million people"] is None
    assert claimants["$200,000 grant"] == "Inter-American Development Bank"


def test_a_count_before_a_report_joined_by_and_stays_the_reports(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "About 145,000 claims had been submitted as of August 7, and 103,900 payments have been made, the "
        "company said on Monday.",
    )
    assert claimants["About 145,000 claims"] == "company"


def test_a_figure_in_the_writers_description_of_the_speaker_is_the_writers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "Kenneth Feinberg, the independent administrator appointed to run the $20billion fund set up by BP "
        "to compensate victims for financial losses due to the oil spill, said he would make sure that "
        '"every eligible, legitimate claim is paid and paid quickly."',
    )  # bpoil_reuters 790, seed 191 F14
    assert claimants["$20billion fund"] is None


def test_a_figure_in_the_words_the_parse_made_a_second_subject_stays_the_speakers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "The five-year BP credit default swap widened by 71 basis points to 173 basis points, CDS monitor "
        "Markit said.",
    )  # bpoil_reuters 107
    assert claimants["173 basis points"] == "Markit"


def test_a_figure_in_the_writers_framing_before_the_report_is_the_writers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "But when pressed on how to handle a worst-case scenario with hundreds of thousands of barrels of "
        "oil spilling into the ocean, Exxon's chief Rex Tillerson said, \"When these things happen we are "
        'not well equipped to deal with them."',
    )  # bpoil_reuters 2141, seed 191 F27
    assert claimants["hundreds of thousands of barrels of oil spilling"] is None


def test_what_the_speaker_did_to_reach_the_figure_stays_the_speakers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "Stripping out one-off costs, including an additional $7.7billion charge related to capping the "
        "blown-out well, BP said underlying results rose 18 percent, compared to the same period in 2009, "
        "to $5.53billion.",
    )  # bpoil_reuters 256
    assert claimants["$7.7billion charge"] == "BP"
