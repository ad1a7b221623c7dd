"""Quote speakers, seed-231 round: words quoted as the object of "declares", a front page "announcing" a
heading, the words a clause before a colon sets up, a quote after a sentence about a person named in
apposition, and a quote followed by a sentence reporting words of its own (which does not take it).

Each test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import quote_speaker
from storyline.pipeline import Pipeline


def _speaker(pipeline: Pipeline, text: str, opening: str) -> str | None:
    return quote_speaker(pipeline, text, opening, date(2009, 4, 30))


def test_words_declared_are_the_declarers(pipeline: Pipeline) -> None:
    text = (
        'It emailed her today "as a valued customer" to use the current panic to tout for more business.\n'
        'World Health Organization declares "public health emergency of international concern".\n'
        "This is not in China, Africa, or some distant country.\n"
    )
    assert _speaker(pipeline, text, "public health emergency") == "World Health Organization"


def test_a_front_page_announcing_a_heading_is_the_papers(pipeline: Pipeline) -> None:
    text = (
        "The Mirror, by comparison, places the ugliest picture of a pig it can find on its front page "
        'announcing "SWINE FLU IS HERE" focusing on the two cases of the disease confirmed in Scotland but '
        "again goes for the full throttle on its leader page.\n"
    )
    assert _speaker(pipeline, text, "SWINE FLU") == "Mirror"


def test_words_after_a_colon_are_the_subject_of_the_clause_before(pipeline: Pipeline) -> None:
    text = (
        "The Obama administration has ruled out the move. On Comment is free, Ben Goldacre defends the "
        'coverage: "For so many people, their very first assumption on the story is that the media are '
        "lying\". In La Glorida, Mexico, The Guardian's Jo Tuckman writes about the search for swine flu "
        "ground zero.\n"
    )
    assert _speaker(pipeline, text, "For so many people") == "Ben Goldacre"


def test_words_tweeted_after_a_colon_are_the_tweeters_not_the_man_named_before(pipeline: Pipeline) -> None:
    text = (
        "The apology to BP by Joe Barton continues to create uproar - it's been condemned by the White House "
        "and by Republican leader John Boehner. Reuters has a story on it here. Barton has truly done BP a "
        "favor by stealing some of the heat away from Hayward. The White House press secretary Robert Gibbs "
        'just tweeted: "Who would the GOP put in charge of overseeing the energy industry & Big Oil if they '
        'won control of Congress? Yup, u guessed it - JOE BARTON"\n'
    )
    assert _speaker(pipeline, text, "Who would the GOP") == "Robert Gibbs"


def test_a_title_after_titled_and_a_colon_has_no_speaker(pipeline: Pipeline) -> None:
    text = (
        'The Senate Judiciary Committee holds a hearing at 10:00 EDT (1400 GMT) on Tuesday titled: "The '
        "Risky Business of Big Oil: Have Recent Court Decisions and Liability Caps Encouraged Irresponsible "
        'Corporate Behavior?" Democrats in Congress have been looking at lifting such caps.\n'
    )
    assert _speaker(pipeline, text, "The Risky Business") is None


def test_a_quote_after_a_person_named_in_apposition_is_theirs_not_the_next_speakers(
    pipeline: Pipeline,
) -> None:
    text = (
        "A picture posted on the Metropark's Facebook page showed guests slipping notes into a tip box for "
        "the hotel staff. Hong Kong's health minister, York Chow, was grateful to the guests. \"I want to "
        'thank them on behalf of all Hong Kong people for helping us ensure that Hong Kong is safe." Thomas '
        "Tsang, head of Hong Kong's Centre for Health Protection, said officials would be reviewing their "
        "quarantine procedures.\n"
    )
    assert _speaker(pipeline, text, "I want to thank") == "York Chow"
