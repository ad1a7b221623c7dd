"""Who said what: reports whose speaker the parse hid (seeds 251 and 261 on bpoil_reuters and haiti_bbc).

A reporting verb the tagger read as a noun ("claim", "forecast"), a reporting clause inverted between
commas inside what it reports ("By that time, says the complaint, ..."), a call made by "clamoring for",
a clause of the writer's run into one subject with the company that speaks, a deed's bearing read as a
report ("Decisions to move ahead ... indicate"), a caption run in before a capitalised subject and a
heading in capitals run in before the speaker. Each test quotes the Timeline17 sentence it runs on
(restored from its tokenized form); the whole pipeline reads it as one short article.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from conftest import events_of, extraction_of, predicate_attribution
from storyline.pipeline import Pipeline

_events = partial(events_of, published=date(2010, 6, 20))
_of_event = partial(predicate_attribution, published=date(2010, 6, 20))


def test_a_reporting_verb_tagged_a_noun_reports(pipeline: Pipeline) -> None:
    text = (
        "In a new lawsuit filed in Louisiana District Court on Wednesday, actor Stephen Baldwin and a friend "
        "named Spyridon Contogouris claim they were tricked into selling shares of the company that marketed "
        "CINC's technology."
    )  # bpoil_reuters 514
    assert _of_event(pipeline, text, "trick").source == "Stephen Baldwin"
    assert _of_event(pipeline, text, "file") is None


def test_a_forecast_tagged_a_noun_is_the_analysts(pipeline: Pipeline) -> None:
    text = (
        "Three analysts surveyed by Reuters Insider television forecast the company will pay between "
        "$63billion to $100billion over the next 15 years in fines and cleanup and legal costs."
    )  # bpoil_reuters 211
    attribution = _of_event(pipeline, text, "pay")
    assert attribution.source == "Three analysts"


def test_a_reporting_clause_inverted_between_commas_names_its_speaker(pipeline: Pipeline) -> None:
    text = (
        "By that time, says the complaint, Costner's attempts to market his technology had proven "
        "unsuccessful, and he sold all his rights and ownership in CINC to a man named Bret Shelton."
    )  # bpoil_reuters 514
    assert _of_event(pipeline, text, "prove").source == "complaint"


def test_clamoring_for_a_deed_is_a_call(pipeline: Pipeline) -> None:
    text = "British business and shareholder groups have clamored for Cameron to defend the company."
    # bpoil_reuters 1026
    assert _of_event(pipeline, text, "clamor").source == "British business and shareholder groups"


def test_clamouring_for_supplies_names_no_caller(pipeline: Pipeline) -> None:
    text = (
        "But demand far outstrips supply as the food distribution and water points, as they are being "
        "called, quickly become overwhelmed by people clamouring for supplies."
    )  # haiti_bbc
    events = _events(pipeline, text)
    assert "clamour" in {e.predicate for e in events}
    assert all(e.attribution is None for e in events)


def test_the_company_after_a_narrated_clause_in_one_subject_speaks(pipeline: Pipeline) -> None:
    text = (
        "Efforts by BP to contain the damage returned to normal after a hurricane and the British company "
        "said its oil-capture systems at its leaking well collected or burnt off 25,290 barrels of oil "
        "during operations Friday."
    )  # bpoil_reuters 106
    assert _of_event(pipeline, text, "collect").source == "British company"


def test_what_decisions_indicate_is_no_ones_report(pipeline: Pipeline) -> None:
    text = (
        "Following are some of the key conclusions of both reports:\n"
        '- Decisions to move ahead despite warning signs indicate "insufficient consideration of risk and a '
        'lack of operating discipline."'
    )  # bpoil_reuters 954
    extraction = extraction_of(pipeline, text, date(2010, 9, 8))
    (quote,) = extraction.quotes
    assert quote.speaker is None
    assert [e.attribution for e in extraction.events if e.predicate == "move"] == [None]


def test_a_capitalised_subject_after_a_run_in_caption_speaks(pipeline: Pipeline) -> None:
    text = (
        "Haiti medics braced for wave of amputations A lack of sterile facilities and antibiotics mean "
        "amputees may struggle to survive Doctors treating seriously injured survivors of last week's "
        "7.0-magnitude earthquake in Haiti say they are having to perform amputations on hundreds of people "
        "whose limbs have been crushed or become badly infected."
    )  # haiti_bbc 1189
    assert _of_event(pipeline, text, "perform").source == "Doctors"


def test_the_speaker_after_a_heading_in_capitals_speaks(pipeline: Pipeline) -> None:
    text = (
        "BP's oil spill in the Gulf of Mexico has become the worst in U.S. history, prompting speculation "
        "about the future of the company and its chief executive, Tony Hayward.\n"
        "Here are some potential scenarios facing BP: BP RUNS OUT OF CASH - UNLIKELY BP and the White House "
        "have said the oil giant has the financial muscle to cover the cost of cleaning up the oil spill and "
        "compensating those affected."
    )  # bpoil_reuters 708
    assert _of_event(pipeline, text, "cover").source == "BP"


def test_a_thing_that_demands_is_no_speaker(pipeline: Pipeline) -> None:
    text = (
        "The BP oil spill demands we move beyond petroleum The disaster in the Gulf of Mexico highlights the "
        "need for green energy Under the reign of its former chief executive, Lord Browne, the initials BP "
        "stood for Beyond Petroleum.\n"
        "But far from shifting into a brave new world of clean renewable energy, the company has continued "
        "to pursue oil and gas in ever more difficult and dangerous locations.\n"
    )  # bpoil_guardian 1864, the headline and standfirst run into the first line
    assert [e.attribution for e in _events(pipeline, text) if e.predicate == "move"] == [None]
