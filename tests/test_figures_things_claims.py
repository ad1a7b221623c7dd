"""What a figure counts when the words beside it are only a unit, a time or another noun, and who claims a
figure set in a reporting clause of its own: sentences quoted from bpoil_reuters and haiti_bbc (the figures
judged wrong on seeds 103 and 109)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from conftest import counted, extraction_of, figure_claimants
from storyline.extract.figures import extract_figures
from storyline.pipeline import Pipeline
from storyline.store.codec import dump, load_figures


def test_the_subject_of_fell_by_is_what_falls_not_the_quarter(nlp: Language) -> None:
    figure = counted(
        nlp,
        "U.S. Gulf of Mexico oil production fell by 70,000 barrels per day in fourth quarter of 2010, with "
        "further drops expected this year and in 2012.",
        "70,000 barrels per day",
    )
    assert figure.counted == "oil production in barrels per day"


def test_a_depth_given_by_comparison_is_a_depth(nlp: Language) -> None:
    figure = counted(
        nlp,
        "The Obama administration has imposed a six-month moratorium on new drilling permits for exploration "
        "and development wells in waters deeper than 500 feet.",
        "500 feet",
    )
    assert figure.counted == "depth in feet"


def test_a_rate_written_with_a_slash_is_a_unit_of_the_thing_named(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Shell has raised output at the field to 70,000 barrels of oil per day from 45,000 bbls\\/day "
        "previously.",
        "45,000 bbls\\/day",
    )
    assert (figure.kind, figure.counted) == ("barrels per day", "output in bbls\\/day")


def test_an_estimate_is_not_the_thing_what_it_is_of_is(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Adding a fresh sense of urgency, a team of U.S. scientists on Tuesday upped their high-end estimate "
        "of the amount of crude oil flowing from the well by 50 percent, to a range of 35,000 to 60,000 "
        "barrels (1.47 million and 2.52 million gallons\\/5.57 million and 9.54 million liters) per day.",
        "35,000 to 60,000 barrels",
    )
    assert figure.counted == "crude oil in barrels"


def test_a_word_joined_by_a_hyphen_stays_with_the_noun(nlp: Language) -> None:
    figure = counted(
        nlp,
        "The team's best estimate is 12,000-19,000 barrels per day, though one of three measurement methods "
        "the team used returned a high-end rate of 25,000 barrels per day, said McNutt.",
        "25,000 barrels per day",
    )
    assert figure.counted == "high-end rate in barrels per day"


def test_a_sum_given_is_what_is_given_not_the_giver(nlp: Language) -> None:
    donated = counted(
        nlp,
        "The British public has so far donated £25m via the appeal launched by the Disasters Emergency "
        "Committee, an umbrella group of 13 British-based charities.",
        "£25m",
    )
    assert donated.counted == "amount donated"
    fell = counted(
        nlp,
        "Despite a 56% increase in gross written premium, Amlin's profit before tax dropped £70m from a year "
        "ago to £107.6m in the first six months of the year.",
        "£70m",
    )
    assert fell.counted == "Amlin's profit"  # what drops by the sum is its subject


def test_a_measure_verb_after_a_noun_measures_it(nlp: Language) -> None:
    figure = counted(
        nlp,
        "The chief executive of BP is already coping with the worst oil spill in US history and a clean-up "
        "operation approaching $1bn.",
        "$1bn",
    )
    assert figure.counted == "operation"


def test_a_coast_owned_by_a_state_is_counted_whole(nlp: Language) -> None:
    figure = counted(
        nlp,
        "The slick has spread over 100 miles of Louisiana's coast, but Mississippi and Alabama have escaped "
        "so far with only scattered tar balls and oil debris reaching their coasts.",
        "over 100 miles of Louisiana's coast",
    )
    assert figure.counted == "miles of Louisiana's coast"


def test_a_relative_clause_saying_what_an_amount_does_is_not_what_it_is(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Florida's fishermen got a glimmer of good news late on Friday when the National Oceanic and "
        "Atmospheric Administration reopened about 16,000 square miles (41,400 sq km) that had been closed "
        "to fishing on June 2 as a precaution.",
        "about 16,000 square miles",
    )
    assert figure.counted == "amount reopened in square miles"


def test_a_figure_in_a_second_reporting_clause_is_that_clauses_claim(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "BP said last month it had undrawn bank lending facilities of $10billion and sources familiar with "
        "the matter said it had secured another $7billion in recent weeks.",
    )
    assert claimants["$7billion"] == "sources"
    claimants = figure_claimants(
        pipeline,
        "In the end, it took almost three years to fix; analysts estimate BP spent more than $500million.",
    )
    assert claimants["more than $500million"] == "analysts"


def test_a_clause_that_holds_the_event_too_does_not_take_its_figure(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "Surgeons say the post-operative period will be critical Prosthetic organizations and charities "
        "worldwide have warned of the huge task facing Haiti as it struggles to rehabilitate hundreds of "
        "thousands of amputees resulting from the island's earthquake.",
    )
    assert claimants["hundreds of thousands of amputees"] != "Surgeons"


def test_a_figures_own_claim_survives_the_store(pipeline: Pipeline) -> None:
    extraction = extraction_of(
        pipeline,
        "BP has offered no estimate but Hitchens at Panmure said on Wednesday he estimates compensation "
        "claims will be $10billion.",
        date(2010, 6, 1),
    )
    figures = [figure for event in extraction.events for figure in event.figures]
    assert [figure.claim.source for figure in figures if figure.claim] == ["Hitchens"]
    assert load_figures(dump(figures)) == figures


def test_a_figure_in_a_quote_standing_alone_is_its_speakers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "Mr Abernethy also said that as he had been made redundant two weeks ago, he had found plenty of "
        "spare time to get involved in the organization.\n"
        "He said David Holmes, the local DJ who received an Oscar nomination for his music in the Oceans 11 "
        "film, would play in the Stiff Kitten venue, close to the main event.\n"
        "\"We've also got The Answer playing at our gig in the Limelight, who have just come back from a "
        'worldwide tour with AC/DC where they played to literally millions of people".',
    )
    assert (claimants["millions of people"] or "").endswith("Abernethy")


@pytest.mark.parametrize(
    ("text", "figure_text", "thing"),
    [
        # bpoil_reuters: the amount a verb of change sets the object to (the parse hangs "to" on "support")
        ("The U.S. House of Representatives passed legislation that would increase the fee the industry pays "
         "to support the federal Oil Spill Liability Trust Fund to 34 cents a barrel from 8 cents a barrel.",
         "34 cents", "fee"),
        # bpoil_reuters: what the amount is said to be, the subject lost to "BP expects"
        ("BP expects the total bill for the clean-up of the spill, which has affected 120 miles of U.S. "
         "coastline and closed down rich fishing grounds, will be $3 - $6billion, an analyst briefed by BP "
         "said in a research note on Friday.", "$3 - $6billion", "total bill"),
        # haiti_bbc: what is worth the amount, not the word beside it ("depot")
        ("In this consignment alone, equipment worth at least £150,000 is leaving the depot for Haiti, paid "
         "for by public donations to the Disasters Emergency Committee fund.", "at least £150,000",
         "value of equipment"),
        # bpoil_reuters: "barrels of oil equivalent per day" is a unit; what is done with them is the thing
        ("A six-month halt in new drilling would defer as much as 80,000 barrels (3.4 million gallons\\/15.9 "
         "million liters) of oil equivalent per day, or 4 percent of projected production in the Gulf of "
         "Mexico in 2011, according to energy consultancy Wood Mackenzie.",
         "as much as 80,000 barrels (3.4 million gallons\\/15.9 million liters) of oil equivalent per day",
         "amount deferred"),
        # haiti_bbc: the "m" split off "£20m" and hung apart; the number is the object of "pledged"
        ("The government has already pledged £20m to the relief operation, while public donations to a "
         "Disasters Emergency Committee fund have reached £31.5m.", "£20m",
         "amount pledged to relief operation"),
        # haiti_bbc: what is lived on
        ("It is one of the least developed countries in the world with most Haitians living on $2 or less "
         "per day, about £1.30.", "$2", "amount lived on"),
        # bpoil_reuters (a reader's comment): a participle said of the amount
        ("Its already a trillion dollars wasted.", "a trillion dollars", "amount wasted"),
    ],
)  # fmt: skip
def test_what_an_amount_set_said_or_worth_is_of(
    nlp: Language, text: str, figure_text: str, thing: str
) -> None:
    assert counted(nlp, text, figure_text).thing == thing


@pytest.mark.parametrize(
    ("text", "figure_text", "source", "stance"),
    [
        ('And those figures were considerably higher than the previous "best estimate" of 12,000-19,000 bpd '
         "issued by the flow rate group on May 27.", "12,000-19,000 bpd", "the flow rate group", "estimated"),
        ("The British energy giant, which is also drilling two relief wells to try to permanently plug the "
         "leak, hopes the new containment system will funnel as much as 80,000 barrels (12.7 million liters) "
         "per day of oil to vessels on the surface -- more than three times the current amount.",
         "as much as 80,000 barrels (12.7 million liters) per day of oil", "British energy giant",
         "expected"),
    ],
)  # fmt: skip
def test_an_estimate_or_a_hope_names_who_claims_the_figure(
    pipeline: Pipeline, text: str, figure_text: str, source: str, stance: str
) -> None:
    """bpoil_reuters: figures of an estimate issued by, or hoped for by a named source; the hope is the
    sentence's own report now (claims67), so the figure is claimed through its event."""
    events = extraction_of(pipeline, text + "\n").events
    figures = [f for event in events for f in event.figures]
    claims = {f.text: f.claim or event.attribution for event in events for f in event.figures}
    claim = claims[figure_text]
    assert claim is not None and (claim.source, claim.stance) == (source, stance)
    unclaimed = [f for f in figures if f.text in ("$100billion", "two relief wells")]
    assert all(f.claim is None for f in unclaimed)


def test_an_amount_put_at_by_a_named_source_is_their_estimate(pipeline: Pipeline) -> None:
    """bpoil_reuters: "put ... at" is the sentence's own report now, an estimate; the figure in it is the
    analysts' through the event it is filed under, the writer's "estimates have gone as high as" is not."""
    text = (
        "Some analysts have put BP's likely costs at $20billion to $40billion but estimates have gone as "
        "high as $100billion.\n"
    )
    claimants = {
        f.text: None if f.by_writer else (f.claim or event.attribution)
        for event in extraction_of(pipeline, text).events
        for f in event.figures
    }
    put = claimants["$20billion to $40billion"]
    assert put is not None and (put.source, put.stance) == ("Some analysts", "estimated")
    assert claimants["$100billion"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Investors hope the $20billion sets an informal cap or target for how much the company may "
        "eventually be forced to pay.",
        "However the CEO hopes an effective response to the spill, including a flotilla of around 80 vessels "
        "and several aircraft, would reassure people about the risks of drilling.",
    ],
)
def test_a_sum_in_the_subject_of_a_hope_is_not_hoped(pipeline: Pipeline, text: str) -> None:
    """bpoil_reuters: the sum and the vessels are facts the hope is about, not figures the hopers claim."""
    figures = [f for event in extraction_of(pipeline, text + "\n").events for f in event.figures]
    assert figures and all(f.claim is None for f in figures)


def test_a_raised_estimate_is_of_what_it_estimates(nlp: Language) -> None:
    """bpoil_reuters: "increases its estimate of the likely cost ... to $40billion from $32billion"."""
    text = (
        "Nov. 2 - BP increases its estimate of the likely cost of its Gulf of Mexico oil spill to $40billion "
        "from $32billion."
    )
    assert counted(nlp, text, "$40billion").thing == counted(nlp, text, "$32billion").thing == "likely cost"


_COSTS_LIST = (
    "- Cleanup costs of $6billion to 9 billion - Compensation to victims of $14billion to 22 billion - Fines "
    "and punitive damages awards of $3 - $37billion - Other actual and potential costs, including grants to "
    "states, commitments to research and legal fees, which could run to several billion dollars BP will "
    "bear 100 percent of the costs to related to the spill if its partners in the field are successful in "
    'their claim of "gross negligence" on the part of BP.'
)


@pytest.mark.parametrize(
    ("figure_text", "thing"),
    [("$6billion to 9 billion", "Cleanup costs"), ("$3 - $37billion", "damages awards")],
)
def test_a_dash_between_list_items_ends_the_amount(nlp: Language, figure_text: str, thing: str) -> None:
    """bpoil_reuters (seed 121, F12 and F22): a list run into one line; the parse hangs each amount on the
    next item's noun across the spaced dash ("- Compensation"), which is no part of what it counts."""
    doc = nlp(_COSTS_LIST)
    found = [figure for sentence in doc.sents for figure in extract_figures(sentence)]
    assert not any("Compensation" in f.text or "Other actual" in f.text for f in found)
    assert counted(nlp, _COSTS_LIST, figure_text).counted == thing


def test_a_length_under_something_is_a_depth(nlp: Language) -> None:
    """bpoil_reuters (seed 121, F27): "13,000 feet (4 km) under the seabed" is a depth, not "feet"."""
    text = (
        "The rig was drilling in BP's Macondo project 42 miles (68 km) southeast of Venice, Louisiana, in "
        "5,000 feet (1,525 metres) of water and 13,000 feet (4 km) under the seabed."
    )
    assert counted(nlp, text, "13,000 feet").counted == "depth in feet"


def test_a_spaced_dash_ends_the_phrase_counted(nlp: Language) -> None:
    """haiti_bbc: the dash opens an aside ("- solid ones that ... -"), so what is counted ends before it."""
    text = (
        '"Of course, 200,000 family-sized tents - solid ones that can withstand a hurricane season - are not '
        "available in the market just like that, so they have to be made."
    )
    assert counted(nlp, text, "200,000 family-sized tents").counted == "family-sized tents"


def test_a_noun_joined_to_a_compound_shares_its_head(nlp: Language) -> None:
    """bpoil_reuters (seed 121, F11): the money goes on advertising; "positive television" is no thing."""
    text = (
        "BP, which has seen almost $70billion wiped off its market value since April 20, is trying to "
        "rehabilitate its tarnished public image and restore investor confidence, spending millions of "
        "dollars on positive television and newspaper advertising."
    )
    assert counted(nlp, text, "millions of dollars").thing == "positive television and newspaper advertising"
