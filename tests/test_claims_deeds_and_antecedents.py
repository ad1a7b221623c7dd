"""Who said what, where a verb of saying or finding names a deed, and whom "it" stands for; and what a
measure restated in brackets measures. Sentences quoted from haiti_bbc (seed 231, judged blind: E12, E30,
F23, F4), read with the sentences before them as one short article."""

from __future__ import annotations

from spacy.language import Language

from conftest import T17, attribution_in, attribution_of_sentence, counted, needs
from storyline.ingest import read_documents
from storyline.model import Document
from storyline.pipeline import Pipeline

_LOUINEL = T17 / "haiti_bbc" / "InputDocs" / "2010-01-15" / "700.htm.txt"


@needs(_LOUINEL)
def test_a_person_found_alive_is_a_deed_not_a_finding(pipeline: Pipeline) -> None:
    """The whole article, whose names make the "he" Louinel Staibord (the judged item's speaker)."""
    (document,) = [d for d in read_documents([_LOUINEL]) if isinstance(d, Document)]
    # "Louinel is one of the lucky ones, he has now found all his family members alive and well."
    found = attribution_of_sentence(
        pipeline.nlp(document.text), "he has now found all his family members alive and well"
    )
    assert found is None


def test_voices_tweeting_with_nothing_said_report_nothing(pipeline: Pipeline) -> None:
    text = (
        '"We\'re ok at the oloffson. hope all are ok. a lot of big buildings in PAP are down". Haitian radio '
        "and TV host Carel Pedre was among the more prominent voices tweeting in the early hours following "
        "the quake."
    )  # haiti_bbc 665
    assert attribution_in(pipeline, text, "more prominent voices") is None


def test_it_after_a_country_that_is_the_subject_just_before_is_that_country(pipeline: Pipeline) -> None:
    text = (
        "The UN has set up a logistics center at Haiti's main airport. France, which has historic links with "
        "Haiti and some 1,400 nationals living there, is sending two planes with rescuers and humanitarian "
        "aid, one from the Caribbean island of Martinique and a second one with aid experts from Marseille. "
        "It also plans to evacuate about 60 injured people."
    )  # haiti_bbc 578
    assert attribution_in(pipeline, text, "evacuate").source == "France"


def test_it_is_not_a_country_described_by_a_form_of_be_just_before(pipeline: Pipeline) -> None:
    """A regression the held-out judge of seed 253 found (H1N1_reuters 913, read only to check it): the
    country rule above took "Mexico", hung on "are" in "Hardest hit are Mexico ...", for the WHO's "it"."""
    text = (
        "Some 5,251 people have been infected in 30 countries, according to WHO's tally on Tuesday, which "
        "includes 61 deaths. Hardest hit are Mexico with 2,059 cases, including 56 deaths, and the United "
        "States with 2,600 cases including three deaths. So far, with the exception of the deadly outbreaks "
        "in Mexico, the virus has tended to cause very mild illness in otherwise healthy people, it said."
    )
    assert attribution_in(pipeline, text, "very mild illness").source == "WHO"


def test_a_length_restated_in_brackets_before_a_noun_measures_that_noun(nlp: Language) -> None:
    figure = counted(
        nlp,
        "The airport, which is under US military control, has only one 2,900 m (9,600 ft) runway.",
        "2,900 m",
    )  # haiti_bbc 231
    assert figure.counted == "runway in m"
