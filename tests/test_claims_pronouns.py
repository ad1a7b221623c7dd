"""Who "he" and "she" are, eighth round: the speaker a reporting pronoun goes on from, a person whose
gender a pronoun already told, and speakers the recogniser did not name.

Each test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import T17, extraction_of, needs, quote_speaker, source_of
from storyline.analyse.entities import find_actors
from storyline.ingest import read_documents
from storyline.model import Attribution, Document, Event
from storyline.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return extraction_of(pipeline, text, date(2010, 1, 20)).events


def _in(pipeline: Pipeline, text: str, sentence: str) -> Attribution | None:
    told = [e for e in _events(pipeline, text) if sentence in e.text]
    assert told, f"no event read in {sentence!r}"
    return told[0].attribution


def _speaker(pipeline: Pipeline, text: str, opening: str) -> str | None:
    return quote_speaker(pipeline, text, opening, date(2010, 1, 20))


def test_he_goes_on_from_the_he_who_reported_not_from_a_name_in_what_he_reported(pipeline: Pipeline) -> None:
    text = (
        "Mr Abernethy also said that as he had been made redundant two weeks ago, he had found plenty of "
        "spare time to get involved in the organization.\n"
        "He said David Holmes, the local DJ who received an Oscar nomination for his music in the Oceans 11 "
        "film, would play in the Stiff Kitten venue, close to the main event.\n"
        '"There are just so many of the biggest names in Northern Ireland basically who have all been very '
        'kind to offer to play, its just been fantastic," he said.\n'
    )
    assert "Abernethy" in (_speaker(pipeline, text, "There are just so many") or "")


def test_a_title_before_a_name_does_not_take_the_speaker_from_the_name(pipeline: Pipeline) -> None:
    text = (
        "1717 The UN's Chief Humanitarian Aid Co-ordinator, John Holmes, says $360m (£221m) has been pledged "
        "to help Haiti and that aid agencies are working hard to distribute supplies.\n"
        '"People are passing many sleepless nights trying to get this aid there," he says.\n'
    )
    assert _speaker(pipeline, text, "People are passing") == "John Holmes"


def test_a_woman_a_man_acts_on_tells_nothing_of_his_gender(pipeline: Pipeline) -> None:
    text = (
        "Darlene was given water and oxygen before being taken to a French field hospital and medical ship.\n"
        "\"She just said ` Thank you ', she's very weak, which suggests that she's been there for 15 days,\" "
        "said Samuel Bernes, head of the rescue team that discovered her.\n"
        'He described her location within the rubble as "in a pocket, surrounded by concrete".\n'
    )
    assert source_of(_in(pipeline, text, "He described her location")) == "Samuel Bernes"


SINGLE_PAGE = T17 / "haiti_bbc" / "InputDocs" / "2010-01-27" / "1277.htm.txt"


@needs(SINGLE_PAGE)
def test_a_man_a_he_stood_for_is_no_she(pipeline: Pipeline) -> None:
    """ "Tuesday began with Mika arriving fresh from France to sing. He also gets to be like Phil Collins
    ... She was all pumped and ready to go.": on the whole page (where the recogniser knows Mika for a
    person), the "He" is Mika, so the "She" of the run-in pull quote is not."""
    (page,) = [d for d in read_documents([SINGLE_PAGE]) if isinstance(d, Document)]
    mentions = find_actors(pipeline.nlp(page.text))
    he = next(m for m in mentions if page.text.startswith("He also gets", m.start))
    she = next(m for m in mentions if page.text.startswith("She was all pumped", m.start))
    assert he.canonical == "Mika"
    assert she.canonical != "Mika"


def test_a_surname_read_as_a_plural_noun_is_the_speaker_he_goes_on_from(pipeline: Pipeline) -> None:
    text = (
        "Retired Coast Guard Admiral Thad Allen, who heads the oil spill response for President Barack "
        "Obama's administration, said the relief well was scheduled to reach the well shaft below the seabed "
        '"somewhere between August 14th and 15th."\n'
        '"We are unequivocally committed to completing the relief wells," Allen said in a conference call.\n'
        "A second, back-up relief well is also being drilled.\n"
        "Asked if BP would sell its rights to the Macondo field, Suttles replied: \"We just haven't thought "
        'about that."\n'
        '"Clearly there is lots of oil and gas here and we will have to think about what to do with that at '
        'some point," he said.\n'
    )
    assert _speaker(pipeline, text, "Clearly there is lots") == "Suttles"


def test_it_after_a_charity_the_recogniser_took_for_a_place_is_the_charity(pipeline: Pipeline) -> None:
    text = (
        "The quake destroyed key government buildings, including the National Palace.\n"
        "UK-based charity Oxfam has urged the international community to get Haiti's foreign debts "
        "canceled.\n"
        "It said about $900m (£557m) owed to donor countries and institutions should be written off.\n"
    )
    assert source_of(_in(pipeline, text, "owed to donor countries")) == "Oxfam"


def test_a_report_a_magazine_relays_is_the_quoted_mans(pipeline: Pipeline) -> None:
    text = (
        "The bankruptcy talk was stoked on Wednesday by a report in Fortune magazine, which quoted Matt "
        "Simmons of boutique investment bank Simmons & Co, who said BP had a month before it would file for "
        "bankruptcy.\n"
    )
    events = {e.predicate: e.attribution for e in _events(pipeline, text) if e.main or e.predicate == "file"}
    assert source_of(events["file"]) == "Matt Simmons"
    assert source_of(events["stoke"]) is None


NUNGESSER_PAGE = T17 / "bpoil_reuters" / "InputDocs" / "2010-07-11" / "774.htm.txt"


@needs(NUNGESSER_PAGE)
def test_he_after_a_person_set_as_the_topic_of_the_sentence_is_that_person(pipeline: Pipeline) -> None:
    """ "... Holder said. ... For Billy Nungesser, president of Plaquemines Parish in Louisiana, the top
    priority is more boats to mop up oil. "Number one is a sense of urgency," he said." (seed 91, Q21): on
    the page, where Eric Holder is named in full before, "he" is Nungesser."""
    (page,) = [d for d in read_documents([NUNGESSER_PAGE]) if isinstance(d, Document)]
    quotes = extraction_of(pipeline, page.text, page.publication_date).quotes
    (quote,) = [q for q in quotes if q.text.startswith("Number one is a sense")]
    assert quote.speaker == "Billy Nungesser"


def test_an_agency_that_acts_and_says_why_is_the_speaker_of_its_words(pipeline: Pipeline) -> None:
    text = (
        "Moody's said the spill raised the specter of credit pressure for the five primary companies "
        "involved in the project.\n"
        "S&P cut its outlook for Anadarko Petroleum Corp, which has a 25 percent stake in the ill-fated "
        'well, to stable from positive, saying it is "potentially liable for significant costs and '
        'liabilities relating to the clean-up."\n'
    )
    assert _speaker(pipeline, text, "potentially liable") == "S&P"
