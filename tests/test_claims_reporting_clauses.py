"""Who said what, thirteenth round: reporting clauses the blind seed-111 recall found unread.

Each test quotes the bpoil_reuters or haiti_bbc sentence it runs on (restored from its tokenized
form); the whole pipeline reads the text as one short article.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import attribution_in, events_of
from storyline.model import Attribution, Stance
from storyline.pipeline import Pipeline


def _said(pipeline: Pipeline, text: str, sentence: str) -> Attribution | None:
    return attribution_in(pipeline, text, sentence, date(2010, 9, 15))


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (  # a finding: "discovered" with the clause found
            "Health and Safety Executive (HSE) inspectors visiting the Magnus platform 160km northeast of "
            "the Shetland Islands in late January discovered there was confusion about who would order a "
            "well shut-off in the event of a blow-out.\n",
            "inspectors",
            "discovered",
        ),
        (  # a report made in the act told of: "for saying"
            'In a statement, Hayward apologized for saying on Sunday that "I want my life back," a comment '
            "that stirred anger in the Gulf region where the spill is destroying livelihoods.\n",
            "Hayward",
            "saying",
        ),
        (  # "by saying", the verb joined by the parse to the noun's relative clause
            "BP, whose safety culture has been criticized heavily by U.S. politicians, responded by saying: "
            '"The letter from the HSE last year relates to comments made by a contractor which the safety '
            "representatives on the platform strongly felt did not reflect the reality of the platform's "
            'safety culture and practices."\n',
            "BP",
            "saying",
        ),
        (  # a view voiced: "raised concerns"
            "International aid agencies have raised concerns about what is happening.\n",
            "International aid agencies",
            "raised",
        ),
    ],
)
def test_reporting_clauses_read(pipeline: Pipeline, text: str, source: str, cue: str) -> None:
    attribution = _said(pipeline, text, text[:40])
    assert attribution is not None
    assert (attribution.source, attribution.cue) == (source, cue)


def test_a_report_after_the_quote_the_parse_hung_below_a_verb_inside_it(pipeline: Pipeline) -> None:
    """The parse made "think" (inside the quote, its subject "I") the root and "told" its clause: the
    report outside the quote is the sentence's, and its speaker the one named before."""
    text = (
        "Vice President Joe Biden rejected criticism of the administration's handling of the disaster.\n"
        "\"From my perspective, I think if there's any mistake made (it is) that we haven't communicated "
        'clearly enough what the president has done on this oil spill from the beginning," Biden told '
        'PBS\' "Charlie Rose" show.\n'
    )
    attribution = _said(pipeline, text, "From my perspective")
    assert attribution is not None
    assert (attribution.source, attribution.cue) == ("Joe Biden", "told")


def test_a_noun_reported_in_a_clause_set_against_narration(pipeline: Pipeline) -> None:
    """ "reported possible delays": a report with a noun for what is reported, in an "although" clause;
    the sources speak for their clause, not for the ports that remain open."""
    text = (
        "Major shipping channels and ports on the U.S. Gulf Coast remain open, although some industry "
        "sources have reported possible delays caused by the oil slick.\n"
    )
    told = {e.attribution.source if e.attribution else None for e in events_of(pipeline, text)}
    assert told == {None, "some industry sources"}
    reported = [e.attribution for e in events_of(pipeline, text) if e.attribution]
    assert all(a.stance == Stance.REPORTED for a in reported)


@pytest.mark.parametrize(
    "text",
    [
        "The spill raised fears for the fishing industry along the coast.\n",  # no one who holds a view
        "BP raised its estimate of the cost of the spill to $9.5 billion.\n",  # not a view
        "Inspectors discovered a crack in the blowout preventer.\n",  # a thing found, not a clause
    ],
)
def test_raised_and_discovered_without_a_view_or_clause_report_nothing(pipeline: Pipeline, text: str) -> None:
    assert all(e.attribution is None for e in events_of(pipeline, text))


def test_a_speaker_after_a_headline_run_into_the_subject(pipeline: Pipeline) -> None:
    """The parse made the run-in headline a second subject of "warned"; the speaker is the one where
    the headline ends. The headline is now its own sentence on a page's first line
    (`analyse.headline_cuts`); after another line it is still run in."""
    text = (
        "Haiti earthquake\n"
        "'Very bad' conditions in Haiti's hospitals The Red Cross has warned hospitals in Haiti's capital "
        "are struggling in the earthquake aftermath because of a lack of doctors and equipment.\n"
    )
    attribution = _said(pipeline, text, "Very bad")
    assert attribution is not None
    assert (attribution.source, attribution.cue) == ("Red Cross", "warned")
    first_line = _said(pipeline, text.split("\n", 1)[1], "The Red Cross has warned")
    assert first_line is not None
    assert (first_line.source, first_line.cue) == ("Red Cross", "warned")


def test_a_report_below_a_headline_run_into_it(pipeline: Pipeline) -> None:
    """The headline ("... pledges help ...") became the root and the report its clause: the report is
    Obama's, the headline itself nobody's."""
    text = (
        "Barack Obama pledges help for Haiti earthquake victims US President Barack Obama has vowed to "
        'coordinate a swift "aggressive effort to save lives and support recovery in Haiti" following its '
        "devastating earthquake.\n"
    )
    told = {
        (e.attribution.source, e.attribution.cue) if e.attribution else None
        for e in events_of(pipeline, text)
    }
    assert told == {None, ("Barack Obama", "vowed")}


def test_a_dateline_date_the_parse_made_the_subject_gives_the_name_after_the_dash(pipeline: Pipeline) -> None:
    text = (
        "HOUSTON | Wed Jun 2, 2010 2:42 pm EDT HOUSTON (Reuters) - BP CEO Tony Hayward, on the front lines "
        "of his company's battle to contain the massive Gulf of Mexico oil spill, apologized on Wednesday "
        'for saying he wants "my life back."\n'
    )
    attribution = _said(pipeline, text, "BP CEO Tony Hayward")  # the dateline a line of its own
    assert attribution is not None
    assert (attribution.source, attribution.cue) == ("Tony Hayward", "saying")


def test_a_finding_yet_to_be_made_is_no_report(pipeline: Pipeline) -> None:
    """ "we will likely discover that ...": Bingaman's hedge, not a finding of his; the stance stays."""
    text = (
        '"If this is like other catastrophic failures of technological systems in modern history, whether '
        "it was the sinking of the Titanic, Three Mile Island, or the loss of the Challenger, we will "
        "likely discover that there was a cascade of failures and technical and human and regulatory "
        'errors," said Sen. Jeff Bingaman, chairman of the Energy and Natural Resources Committee.\n'
    )
    attribution = _said(pipeline, text, "If this is like")
    assert attribution is not None
    assert (attribution.source, attribution.stance) == ("Jeff Bingaman", Stance.LIKELY)


def test_a_denial_the_parse_joined_to_a_whether_question(pipeline: Pipeline) -> None:
    text = (
        "Hayward refused to offer a view on whether the criticism he received was fair and denied it was "
        "pressure from the White House which forced BP to cut its dividend.\n"
    )
    attribution = _said(pipeline, text, "Hayward refused")
    assert attribution is not None
    assert (attribution.source, attribution.stance) == ("Hayward", Stance.DENIED)
