"""Reports seed 221's judges found missed: reporting verbs inverted after a quote ("intones", "cries"), an
answer with its "that" clause ("countered that") and a statement issued with its content ("issued a
statement that").

Each test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import attribution_in, quote_speaker, source_of
from storyline.model import Stance
from storyline.pipeline import Pipeline

_PUBLISHED = date(2009, 4, 30)

_HEADLINES = (
    "Two Britons are or were (not very) ill from flu. "
    '"This could really explode," intones a reporter for BBC News. '
    '"London warned: it\'s here," cries the Evening Standard. '
    'Fear is said to be spreading "like a Mexican wave".\n'
)


def test_a_verb_of_voice_inverted_after_the_quote_names_its_speaker(pipeline: Pipeline) -> None:
    attribution = attribution_in(pipeline, _HEADLINES, "intones a reporter", _PUBLISHED)
    assert source_of(attribution) == "reporter"
    assert quote_speaker(pipeline, _HEADLINES, "This could really explode", _PUBLISHED) == "reporter"


def test_a_paper_crying_a_headline_is_its_source_not_a_place_inside_the_headline(pipeline: Pipeline) -> None:
    attribution = attribution_in(pipeline, _HEADLINES, "cries the Evening Standard", _PUBLISHED)
    assert source_of(attribution) == "Evening Standard"
    assert quote_speaker(pipeline, _HEADLINES, "London warned", _PUBLISHED) == "Evening Standard"


def test_countered_with_a_that_clause_reports_the_answer(pipeline: Pipeline) -> None:
    text = (
        "The decision to quarantine the hotel contributed to a diplomatic dispute between China and Mexico "
        "over Beijing's handling of the virus. The Mexican president, Felipe Calderón, complained of a "
        "backlash against Mexicans abroad. Chinese authorities countered that their experience of the Sars "
        "outbreak had taught them to be cautious. Guests initially complained of being trapped.\n"
    )
    attribution = attribution_in(pipeline, text, "Chinese authorities countered", _PUBLISHED)
    assert attribution is not None
    assert attribution.source == "Chinese authorities"
    assert attribution.stance == Stance.STATED


def test_a_statement_issued_with_its_that_clause_is_the_issuers_report(pipeline: Pipeline) -> None:
    text = (
        "The same lunacy occurred in 2006 with avian flu, erupting after a scientist named John Oxford "
        'declared that "it will be the first pandemic of the 21st century". The WHO issued a statement that '
        '"one in four Britons could die". Epidemiologists love the word "could" because it can always assure '
        "them of a headline.\n"
    )
    attribution = attribution_in(pipeline, text, "The WHO issued a statement", _PUBLISHED)
    assert source_of(attribution) in ("WHO", "World Health Organisation")
    speaker = quote_speaker(pipeline, text, "one in four Britons", _PUBLISHED)
    assert speaker in ("WHO", "World Health Organisation")  # not the scientist of the sentence before


def test_a_common_noun_opening_a_sentence_is_not_the_he_who_says_it(pipeline: Pipeline) -> None:
    text = (
        "\"We've seen about 1 percent of the sea floor.\n"
        "When you start finding oil floating around you think it's from a tanker.\n"
        'But a significant amount comes from below," said Martin Hovland, an expert on seeps at the '
        "University of Bergen in Norway.\n"
        "He said late Norwegian explorer Thor Heyerdahl was probably wrong to blame human pollution for oil "
        "spotted in mid-Atlantic from his Ra raft in 1969 and 1970.\n"
        "The oil, some encrusted with barnacles and algae, may well have been from a natural seep.\n"
        "And Hovland said seeps might be far more important in the food chain than believed, perhaps drawing "
        "humpback whales to the Guaymas Basin in the Gulf of California where thick mats of bacteria and "
        "other organisms carpet the seabed near seeps.\n"
        "Seeps might also explain why the North Sea, rich in oil and gas, has more fish than the nearby "
        "Irish Sea, he said.\n"
    )
    attribution = attribution_in(pipeline, text, "Seeps might also explain", date(2010, 7, 13))
    assert source_of(attribution) == "Martin Hovland"
