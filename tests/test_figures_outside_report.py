"""A figure in the writer's clause of a sentence that also reports: nobody claims it, though the report
beside it names a source. The writer's clause before a report joined by "and"/"but" or hung on it by
"as", a relative clause on a thing the report only names, a place's "where" clause before the report.
Sentences quoted from bpoil_reuters, haiti_bbc and H1N1_guardian (seed 241's E40 among them)."""

from __future__ import annotations

from datetime import date

from conftest import extraction_of, figure_claimants
from storyline.pipeline import Pipeline


def test_the_writers_clause_before_but_said_is_nobodys(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "The company faces fines of $4,300 per barrel if gross negligence is proven, but said it saw no need "
        "to change its provision as a result of the new estimate.",
    )
    assert claimants["$4,300 per barrel"] is None


def test_the_writers_clause_before_and_has_suggested_is_nobodys(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "The Haitian government has identified six sites for camps outside of the city, such as land near "
        "Croix des Bouquets, and has suggested that these camps should be for 20,000 people each.",
        date(2010, 1, 20),
    )
    assert claimants["six sites"] is None
    assert claimants["20,000 people"] == "Haitian government"


def test_a_fall_told_before_as_investors_feared_is_the_writers(pipeline: Pipeline) -> None:
    extraction = extraction_of(
        pipeline,
        "Shares in London-based BP and Swiss-based rig company Transocean Ltd fell by more than 6 percent on "
        "Thursday as investors feared a significantly higher cleanup cost.",
        date(2010, 4, 30),
    )
    figures = [f for e in extraction.events for f in e.figures if f.text == "more than 6 percent"]
    assert [f.by_writer for f in figures] == [True]


def test_a_relative_clause_on_what_the_accusers_name_is_the_writers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "Some lawmakers and critics have accused BP and other companies involved in drilling the well of "
        "sacrificing safety for monetary savings in the run-up to the rig explosion that killed 11 workers "
        "and unleashed millions of barrels of oil into the Gulf over the summer.",
    )
    assert claimants["11 workers"] is None
    assert claimants["millions of barrels of oil"] is None


def test_a_which_clause_on_the_company_named_is_the_writers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "U.S. lawmakers have called on Obama to take a harder line with BP, which has lost tens of billions "
        "of dollars in market value so far.",
    )
    assert claimants["tens of billions of dollars"] is None


def test_a_where_clause_on_the_place_before_the_report_is_the_writers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "In Mexico, where 75 swine flu deaths have occurred, the health authorities said no one had been "
        "taken to hospital with respiratory infections in the past three days.",
        date(2009, 5, 2),
    )
    assert claimants["75 swine flu deaths"] is None


def test_words_told_before_the_company_said_stay_the_companys(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "About 145,000 claims had been submitted as of August 7, and 103,900 payments have been made, the "
        "company said on Monday.",
    )
    assert claimants["About 145,000 claims"] == "company"
    assert claimants["103,900 payments"] == "company"


def test_a_finding_before_and_said_stays_the_finders(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "U.S. researchers found evidence of the chemicals as deep as 3,300 feet and as far away as 8 miles "
        "in May, and said the spread likely worsened as more oil spilled.",
    )
    assert claimants["3,300 feet"] == "U.S. researchers"


def test_a_rumour_after_the_dash_is_not_the_hopers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "The locals hope they will return tomorrow - there are rumors that 25 people here may still be "
        "alive, trapped by rubble, dehydrated and in need of food But despite knowing that there may be "
        "survivors, as the sun rises the following day, the search teams do not return.",
        date(2010, 1, 16),
    )
    assert claimants["25 people"] is None


def test_a_phrase_before_the_speaker_is_the_writers_framing(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "In a visit to Louisiana, one of four coastal states at risk, Obama stressed on Sunday BP was "
        "responsible for paying for the cleanup involving hundreds of boats and planes and thousands of "
        "military and civil personnel across five U.S. states.",
        date(2010, 5, 3),
    )
    assert claimants["four coastal states"] is None
