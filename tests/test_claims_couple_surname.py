"""A surname shared by two people named together is neither's full name (`analyse.entities`).

Seed 221's judge found Iain Askham's words given to his wife: "Iain and Dawn Askham" left "Dawn Askham" as
the one full name ending in "Askham", so "Askham told the Daily Record" and the quotes going on from it were
hers. The text is H1N1_guardian's (restored from its tokenized form).
"""

from __future__ import annotations

from datetime import date

from conftest import quote_speaker
from storyline.analyse.entities import find_actors
from storyline.pipeline import Pipeline

ASKHAMS = (
    "This confirmation came as Iain and Dawn Askham, from the small town of Polmont, outside Falkirk, said "
    "they believed they caught the virus on the flight home from Mexico from five other men who were clearly "
    "ill.\n"
    "The five men, who sat in the neighbouring rows of seats to the couple, were coughing and feverish "
    "throughout the nine-hour flight from the Mexican resort of Cancun.\n"
    "\"I actually said to Dawn: ' I think we're going to be getting off this plane with the plague ',\" "
    'Askham told the Daily Record, adding the couple were now "99% sure" they contracted the virus on the '
    "flight.\n"
)


def test_the_surname_of_a_couple_named_together_is_not_the_wifes_full_name(pipeline: Pipeline) -> None:
    assert quote_speaker(pipeline, ASKHAMS, "I actually said to Dawn", date(2009, 5, 1)) == "Askham"


# haiti_bbc's lines (restored from their tokenized form): the last two of a list of bands, and a band
# named with a digit, are no couple named together
BANDS = (
    "Coldplay, Damon Albarn, the Arctic Monkeys, the Chemical Brothers, The Kooks, The Pet Shop Boys, "
    "Klaxons and Pearl Jam have all donated various pieces of rock memorabilia for the sale.\n"
)
DUET = (  # a headline and a caption run into the story's first sentence, as the page prints them
    "U2 and Jay-Z record song for Haiti U2 and Jay-Z duetted in front of Berlin's Brandenburg Gate last year "
    "U2, Jay-Z and producer Swizz Beatz have recorded a song together to raise money for victims of the "
    "Haiti earthquake.\n"
)


def test_the_last_two_of_a_list_of_names_are_no_couple(pipeline: Pipeline) -> None:
    """Before the guard, "Klaxons" became a person, "Klaxons Jam", and "U2" a person of its own."""
    named = {
        actor.text: actor.canonical for text in (BANDS, DUET) for actor in find_actors(pipeline.nlp(text))
    }
    assert "Klaxons" not in named
    assert "U2" not in named
    assert named["Pearl Jam"] == "Pearl Jam"
