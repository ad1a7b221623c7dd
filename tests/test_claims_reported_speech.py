"""Reported speech the blind seed 191 on bpoil_reuters missed: reports whose verb the tagger read as a
participle, beliefs and second reports with a holder of their own. Each test quotes the sentence it runs on
(bpoil_reuters), read by the whole pipeline as one short article."""

from __future__ import annotations

from datetime import date

from conftest import attribution_in, events_of, quote_speaker
from storyline.model import Stance
from storyline.pipeline import Pipeline

_DAY = date(2010, 8, 24)


def test_a_report_whose_verb_was_read_as_a_participle_is_the_subjects(pipeline: Pipeline) -> None:
    """ "estimated ... that" and "reported" with a finite clause are past tenses, not "with no deaths
    reported"."""
    text = (
        "The U.S. government estimated on August 4 that 50 percent of the BP oil is gone from the Gulf "
        "and the rest is rapidly degrading.\n"
        "A Manhattan-sized plume of oil spewed deep into the Gulf of Mexico by BP's broken Macondo well "
        "has been consumed by a newly discovered fast-eating species of microbes, scientists reported on "
        "Tuesday.\n"
    )
    estimated = attribution_in(pipeline, text, "50 percent", _DAY)
    assert estimated is not None
    assert (estimated.source, estimated.cue) == ("U.S. government", "estimated")
    reported = attribution_in(pipeline, text, "consumed", _DAY)
    assert reported is not None
    assert (reported.source, reported.cue) == ("scientists", "reported")


def test_figured_with_a_clause_is_a_view_held(pipeline: Pipeline) -> None:
    text = (
        "Ed Overton of Louisiana State University figures the billions of dollars collected in royalties by "
        "the now-defunct and much-reviled Minerals Management Service must have enough money to pay for "
        "research into the environmental impact of the Deepwater Horizon blowout and spill.\n"
    )
    attribution = attribution_in(pipeline, text, "billions of dollars", _DAY)
    assert attribution is not None
    assert (attribution.source, attribution.stance, attribution.cue) == (
        "Ed Overton",
        Stance.BELIEVED,
        "figures",
    )


def test_figures_and_things_figured_out_are_no_view(pipeline: Pipeline) -> None:
    text = (
        "Engineers figured out how to cap the well in July.\n"
        "The figures show the oil is gone from the Gulf.\n"
    )
    events = events_of(pipeline, text, _DAY)
    assert events
    assert all(e.attribution is None for e in events)


def test_a_warning_issued_with_what_it_says_is_the_holders_report(pipeline: Pipeline) -> None:
    """haiti_bbc: "issued a warning ... calling on" reports as "warned" would."""
    text = (
        "The US Federal Bureau of Investigation issued a warning on Wednesday calling on internet users "
        '"to apply a critical eye and do their due diligence" before responding to online requests for aid '
        "to Haiti.\n"
    )
    attribution = attribution_in(pipeline, text, "issued a warning", _DAY)
    assert attribution is not None
    assert (attribution.source, attribution.stance) == ("US Federal Bureau of Investigation", Stance.STATED)


def test_warnings_sounded_with_nothing_said_are_no_report(pipeline: Pipeline) -> None:
    text = (
        "During the Exxon Valdez spill, health problems among cleanup workers became so widespread, so fast, "
        "that medical doctors, among others, sounded warnings.\n"
    )
    events = events_of(pipeline, text, _DAY)
    assert events
    assert all(e.attribution is None for e in events)


def test_holders_led_to_a_report_make_it(pipeline: Pipeline) -> None:
    """ "led critics to charge", "leading some scientists to suspect": the ones led report."""
    text = (
        "That remark was typical of the technically accurate comments Hayward makes, which -- particularly "
        "when abbreviated -- have led critics to charge that BP is trying to play down the environmental "
        "damage.\n"
        "For two months after the BP blowout on April 20, 2010, methane was not being consumed in and around "
        "the wellhead, leading some scientists to suspect it might linger in the water and eventually make "
        "its way into the air, where it could potentially trap heat and contribute to climate change.\n"
    )
    sources = {e.attribution.source for e in events_of(pipeline, text, _DAY) if e.attribution is not None}
    assert {"critics", "some scientists"} <= sources


def test_a_thing_referred_to_as_a_quality_is_described(pipeline: Pipeline) -> None:
    """A description of the spill in a "where" clause is Hayward's; "referred to BP as "British
    Petroleum,"" is a name used, no report."""
    text = (
        'An abbreviation of the Guardian quote, where Hayward simply refers to the spill as "tiny," also '
        "regularly features in news reports.\n"
        "In the darkest days of the spill, U.S. politicians and even President Barack Obama referred to BP "
        'as "British Petroleum," the now-defunct name the company carried from the 1950s until it merged '
        "with U.S.-based Amoco in 1998.\n"
    )
    events = events_of(pipeline, text, _DAY)
    assert any(
        e.attribution is not None and e.attribution.source == "Hayward" for e in events if "tiny" in e.text
    )
    assert all(e.attribution is None for e in events if "British Petroleum" in e.text)


def test_questions_raised_by_the_one_quoted_are_his_doubt(pipeline: Pipeline) -> None:
    """ "Matthew Simmons, who raised questions about ...": his doubt, in the relative clause; questions that
    accounts raise are no one's."""
    text = (
        "BP's New York-traded shares headed sharply lower at about 1:30 p.m. EDT (1730 GMT), after an "
        "article appeared on Fortune magazine's website quoting high-profile oil analyst Matthew Simmons, "
        "who raised questions about the company's liability for the oil spill and its ability to survive "
        "the crisis.\n"
        "Survivors' accounts to media raised questions about whether safety controls were observed.\n"
    )
    events = events_of(pipeline, text, _DAY)
    found = {(e.attribution.source, e.attribution.stance) for e in events if e.attribution is not None}
    assert ("Matthew Simmons", Stance.DOUBTED) in found
    assert all(e.attribution is None for e in events if "Survivors" in e.text)


def test_a_request_with_its_clause_is_the_requesters(pipeline: Pipeline) -> None:
    """A request sent in a letter is the sender's, as a statement issued is its issuer's."""
    text = (
        "Florida Attorney General Bill McCollum sent a letter to BP requesting that the company deposit "
        "$2.5billion into an escrow account to cover potential losses, the Journal reported.\n"
        "Georgia Representative Tom Price, chairman of the Republican Study Committee, a group of "
        "conservative House members, issued a statement arguing the same point.\n"
    )
    sources = {e.attribution.source for e in events_of(pipeline, text, _DAY) if e.attribution is not None}
    assert {"Bill McCollum", "Tom Price"} <= sources
    assert "letter" not in sources and "statement" not in sources


def test_a_request_before_a_quote_leaves_the_quote_to_its_closing_speaker(pipeline: Pipeline) -> None:
    text = (
        "The U.S. Justice Department also requested that the lawsuits be handled by a New Orleans federal "
        'court. "The U.S. is not a party at present in the cases against corporate defendants, but we think '
        'we will be," Justice Department representative Steven Flynn told the panel.\n'
    )
    attribution = attribution_in(pipeline, text, "requested", _DAY)
    assert attribution is not None and attribution.source == "U.S. Justice Department"
    assert quote_speaker(pipeline, text, "The U.S. is not a party", _DAY) == "Steven Flynn"


def test_a_closing_clause_names_its_speaker_after_a_long_title(pipeline: Pipeline) -> None:
    """'," BP Chief Executive Tony Hayward told the BBC on Tuesday': the subject that opens the closing
    clause, whole title and all, speaks the quote."""
    text = (
        "But in recent days it has begun to point directly at driller Transocean Ltd as the main culprit. "
        '"This was not our drilling rig and not our equipment. It was not our people, our systems or our '
        'processes. Their systems, their people, their equipment," BP Chief Executive Tony Hayward told the '
        "BBC on Tuesday.\n"
    )
    assert quote_speaker(pipeline, text, "This was not our drilling rig", _DAY) == "Tony Hayward"


def test_a_named_report_that_is_the_whole_quote_is_relayed_by_the_quoted(pipeline: Pipeline) -> None:
    """Obama's words to the Prime Minister, which Cameron's office passes on in its own quoted words."""
    text = (
        '"President Obama said to the Prime Minister that his unequivocal view was that BP was a '
        "multinational global company and that frustrations about the oil spill had nothing to do with "
        "national identity,\" Cameron's office said.\n"
    )
    found = {
        (e.attribution.source, e.attribution.relay)
        for e in events_of(pipeline, text, _DAY)
        if e.attribution is not None
    }
    assert ("Obama", "Cameron 's office") in found
