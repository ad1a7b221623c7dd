"""Quote speakers and reports the blind seed 161 on bpoil_reuters found wrong. Each test quotes the
sentences it runs on (restored from their tokenized form), read by the whole pipeline as one short
article."""

from __future__ import annotations

from datetime import date

from conftest import attribution_in, events_of, quote_speaker
from storyline.pipeline import Pipeline

_DAY = date(2010, 5, 30)


def test_a_quote_alone_is_the_speaker_of_the_clause_right_after_it_that_points_back(
    pipeline: Pipeline,
) -> None:
    """Two narrating sentences stand between Dudley's report and the quote; the sentence right after it
    opens with Browner's clause and reports only words quoted of its own."""
    text = (
        "Dudley said he did not think BP CEO Tony Hayward, who has faced heavy criticism, should be forced "
        "to resign.\n"
        "A surer solution to the leak, a relief well already being drilled, is not expected to be finished "
        "until early August.\n"
        "This means crude oil continues to spew out daily, feeding a huge, fragmented slick that has already "
        "polluted marshlands teeming with wildlife and rich fisheries in Louisiana.\n"
        '"There could be oil coming up until August."\n'
        'Browner told CBS\'s "Face The Nation," "We are prepared for the worst."\n'
    )
    assert quote_speaker(pipeline, text, "There could be oil", _DAY) == "Browner"


def test_a_report_right_before_a_quote_alone_keeps_it(pipeline: Pipeline) -> None:
    text = (
        "Dudley said he did not think BP CEO Tony Hayward should be forced to resign.\n"
        '"There could be oil coming up until August."\n'
        'Browner told CBS\'s "Face The Nation," "We are prepared for the worst."\n'
    )
    assert quote_speaker(pipeline, text, "There could be oil", _DAY) == "Dudley"


def test_a_term_quoted_from_a_document_is_its_authors(pipeline: Pipeline) -> None:
    text = (
        "These creatures normally live in the Arctic Ocean, not the Gulf of Mexico, but they're listed as "
        '"sensitive biological resources" that could be affected by an oil spill in the area in a document '
        "filed by BP last June with the U.S. Minerals Management Service.\n"
    )
    assert quote_speaker(pipeline, text, "sensitive biological", _DAY) == "BP"


def test_words_quoted_in_a_belief_someone_relays_are_the_relayers(pipeline: Pipeline) -> None:
    """Obama holds the belief; the spokesman speaks the quoted words."""
    text = (
        "But he shelved that plan after the spill and White House spokesman Robert Gibbs said Obama believed "
        'that "continuing to drill at these depths without knowing what happened does not make any sense."\n'
    )
    assert quote_speaker(pipeline, text, "continuing to drill", _DAY) == "Robert Gibbs"


def test_a_participle_after_a_passive_has_the_passives_subject(pipeline: Pipeline) -> None:
    """Not the findings its "by" names."""
    text = (
        "Energy industry analysts were also not convinced by the BP findings, noting its investigators did "
        "not have access to everyone who had been involved in the project.\n"
    )
    attribution = attribution_in(pipeline, text, "Energy industry analysts", _DAY)
    assert attribution is not None
    assert (attribution.source, attribution.cue) == ("Energy industry analysts", "noting")


def test_charged_that_is_an_accusation_reported(pipeline: Pipeline) -> None:
    text = (
        "The scientific panel charged that BP, its contractors, and the government failed to identify "
        "critical mistakes that may have caused the explosion on the Deepwater Horizon rig.\n"
    )
    attribution = attribution_in(pipeline, text, "The scientific panel", _DAY)
    assert attribution is not None
    assert (attribution.source, attribution.cue) == ("scientific panel", "charged")


def test_charged_with_a_crime_reports_nothing(pipeline: Pipeline) -> None:
    text = "Police charged the man with theft after the raid on Monday.\n"
    events = [e for e in events_of(pipeline, text, _DAY) if "Police" in e.text]
    assert all(e.attribution is None for e in events)


def test_it_that_reports_after_a_reports_words_is_the_report_not_a_name_inside_them(
    pipeline: Pipeline,
) -> None:
    """The Macondo well is named inside what the report said; the "it" that suggests next is the report."""
    text = (
        "BP's ill-fated Macondo well spilled a total of up to 4.9 million barrels before it was capped, the "
        "report said.\n"
        "But it also suggested that most of the oil had been dispersed naturally or removed by clean-up "
        "efforts at the time.\n"
    )
    attribution = attribution_in(pipeline, text, "But it also suggested", _DAY)
    assert attribution is not None
    assert attribution.source == "report"


def test_declaring_a_state_of_emergency_is_an_act_not_a_report(pipeline: Pipeline) -> None:
    text = "Louisiana declares state of emergency due to the threat to the state's natural resources.\n"
    assert attribution_in(pipeline, text, "Louisiana declares", _DAY) is None


def test_it_that_reports_after_an_organisations_own_report_is_that_organisation(pipeline: Pipeline) -> None:
    text = (
        "The new victim from the north-east, who had recently returned from Mexico, shares a house with two "
        "Newcastle University students living off-campus, the university said today.\n"
        "It said it had spoken to the Health Protection Agency and had decided not to shut down.\n"
    )
    attribution = attribution_in(pipeline, text, "It said it had spoken", _DAY)
    assert attribution is not None
    assert attribution.source == "Newcastle University"
