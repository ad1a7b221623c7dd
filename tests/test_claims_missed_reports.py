"""Claimants and reports the blind seed 151 on bpoil_reuters found missed. Each test quotes the sentence
it runs on (restored from its tokenized form), read by the whole pipeline as one short article."""

from __future__ import annotations

from datetime import date

from conftest import attribution_in, figure_claimants, quote_speaker
from storyline.pipeline import Pipeline

_DAY = date(2010, 6, 1)


def test_called_x_y_with_a_verb_tagged_as_a_participle_is_a_report(pipeline: Pipeline) -> None:
    """The tagger read "called" as a participle ("VBN") though it has a subject and an object: a past
    tense that reports, not "with no deaths reported"."""
    text = (
        "Michael Gordon, chief executive of Gordon Strategic Communications, a corporate and crisis public "
        "relations firm in New York, called BP's handling of the spill \"a case study in failed crisis "
        'communications."\n'
    )
    attribution = attribution_in(pipeline, text, "Michael Gordon", _DAY)
    assert attribution is not None
    assert (attribution.source, attribution.cue) == ("Michael Gordon", "called")


def test_a_say_joined_to_a_participle_has_the_clauses_subject(pipeline: Pipeline) -> None:
    """The parse joined "and say" to the participle "defended" inside the dashes: a present "say" shares
    no subject with a participle, so the subject is the one of the clause the participle hangs on."""
    text = (
        "Many scientists dismiss an original 5,000 bpd estimate of the total leaking oil -- often defended "
        "by BP executives -- as ridiculously low and say it could be as high as 70,000 barrels (2.9 million "
        "gallons/11 million liters) per day or more.\n"
    )
    attribution = attribution_in(pipeline, text, "Many scientists", _DAY)
    assert attribution is not None
    assert (attribution.source, attribution.cue) == ("Many scientists", "say")


def test_words_quoted_in_a_participle_after_the_subject_are_the_subjects(pipeline: Pipeline) -> None:
    text = (
        'Florida tourism officials, promising "100 percent transparency," are using live video and Twitter '
        "feeds so visitors can check the situation of beaches before booking.\n"
    )
    assert quote_speaker(pipeline, text, "100 percent", _DAY) == "Florida tourism officials"


def test_the_agent_of_a_passive_estimated_claims_the_amount(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "Investors had been eagerly awaiting the report to find out whether BP would be able to share the "
        "potential costs of the spill -- estimated by some analysts to exceed $50 billion.\n",
    )
    assert claimants["$50 billion"] == "some analysts"


def test_a_clause_whose_subject_is_teller_and_told_together_is_the_writers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "In a phone call on Saturday, Obama told British Prime Minister David Cameron he had no interest in "
        "undermining the value of BP and the two leaders played down tensions over the oil spill and "
        "reaffirmed close ties.\n",
    )
    assert claimants["two leaders"] is None
