"""Quote speakers, fifteenth round: a speaker named several sentences before and then only "he" or "she",
a "he said" the parse hangs on the quoted words, a phrase "he called" so, words "as X put it", and a
tweeter's place.

Each test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import quote_speaker
from storyline.pipeline import Pipeline


def _speaker(pipeline: Pipeline, text: str, opening: str) -> str | None:
    return quote_speaker(pipeline, text, opening, date(2010, 1, 26))


def test_he_goes_on_from_the_source_according_to_whom_the_story_is_told(pipeline: Pipeline) -> None:
    text = (
        "They have come back home to Cite Soleil, according to the dapper local prosecutor, Evens Leveque - "
        "a man who often travels with armed guards.\n"
        "We found him rushing to a meeting with the Cite Soleil police chief, to discuss a shoot-out "
        "the night before.\n"
        "There is no death penalty in Haiti.\n"
        "When citizens catch one of those bandits they are supposed to hold them and call the police, "
        "not lynch them.\n"
        'As a judge I know it is unjust and illegal "The situation is disastrous," he said.\n'
        '"The prisoners came back here with guns in their hands to terrorise the population.\n'
        'But we, as the local authorities, are not going to let that happen."\n'
        "Having put the gangs behind bars once, he intends to do it again.\n"
        '"We have received orders," he says.\n'
    )
    assert _speaker(pipeline, text, "The situation is disastrous") == "Evens Leveque"
    assert _speaker(pipeline, text, "We have received orders") == "Evens Leveque"  # past the named reach


def test_she_is_the_one_woman_the_sentence_before_names(pipeline: Pipeline) -> None:
    text = (
        "Jean-Marc Flambert wants to help the relief effort The father-of-one said that part of him just "
        "wanted to jump on a plane and go out there and help.\n"
        "\"But I'm not a doctor, I can't drive a truck - I'd be draining resources.\n"
        "It is far better for me to be here and do what I can.\n"
        "\"I've got in touch with other Haitians and we're meeting on Saturday.\n"
        '"When I first came here I was convinced there were very few of us around but now more of us are '
        'getting in contact and meeting up because of what has happened."\n'
        "This is something Judith Craig of United Haitians in the UK (UHUK) can verify.\n"
        "She said the charity has seen its membership jump since the earthquake hit.\n"
        "She attributed the increase to people wanting to find out more and seek solidarity with others.\n"
        'She said Haitians in the UK were pulling together as "people\'s lives are dependent on this".\n'
    )
    assert _speaker(pipeline, text, "people's lives") == "Judith Craig"


def test_he_is_not_the_wife_named_beside_the_unnamed_prime_minister(pipeline: Pipeline) -> None:
    text = (
        "The prime minister, who was accompanied by his wife Sarah, thanked those taking part in the event.\n"
        "He said: \"People can't survive by words alone, or shelter in verse or place their children in the "
        'cradle of a sonnet."\n'
    )
    assert _speaker(pipeline, text, "People can't survive") != "Sarah"


def test_a_closing_he_said_read_as_part_of_the_quote_still_names_its_speaker(pipeline: Pipeline) -> None:
    text = (
        "Dave Janka has been searching beaches like this for oil since the cleanup was declared officially "
        "complete in 1992.\n"
        "His oldest daughter, who was 3 years old at the time of the spill, wound up riding along while "
        "Janka took scientists and others around the sound.\n"
        "He remembers her playing with a toy rod and toy fish.\n"
        "\"She'd bring it up onto the boat and say, ` Oh, it's dead, it got oil on it, '\" he said.\n"
    )
    assert _speaker(pipeline, text, "She'd bring it up") == "Dave Janka"


def test_what_he_called_a_phrase_is_the_words_of_the_sentences_subject(pipeline: Pipeline) -> None:
    text = (
        "Mr Annabi, the head of the UN mission, is among those missing.\n"
        'Speaking in Washington, US President Barack Obama vowed "unwavering support" for Haiti after what '
        'he called a "cruel and incomprehensible" disaster.\n'
    )
    assert _speaker(pipeline, text, "cruel and incomprehensible") == "Barack Obama"


def test_words_as_someone_put_it_are_theirs(pipeline: Pipeline) -> None:
    text = (
        "Evil has always been a thorn in the side of those - of whatever faith - who believe in an "
        "all-knowing, all-powerful, all-good God.\n"
        'As the philosopher David Hume (echoing Epicurus) put it in 1776: "Is God willing to prevent evil, '
        'but not able? Then he is impotent."\n'
    )
    assert _speaker(pipeline, text, "Is God willing") == "David Hume"


def test_a_tweeters_place_is_not_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "RAMhaiti in Port-au-Prince tweets: \"I'm hearing planes and/or helicopters. Yesterday there were "
        'none to speak of. It changes the atmosphere."\n'
    )
    assert _speaker(pipeline, text, "I'm hearing planes") == "RAMhaiti"


def test_a_headline_says_names_the_speaker_of_the_words_it_quotes(pipeline: Pipeline) -> None:
    text = (
        'Obama says ready to"` kick ass" over Gulf oil spill Credit: Reuters/Pete Souza/The White House\n'
        "By Anna Driver and JoAnne Allen\n"
        'President Barack Obama said he wanted to know "whose ass to kick" over the Gulf of Mexico oil '
        "spill, adding to the pressure on energy giant BP Plc.\n"
    )
    assert _speaker(pipeline, text, "` kick ass") == "Barack Obama"


def test_what_the_speaker_vowed_to_do_is_his(pipeline: Pipeline) -> None:
    text = (
        "Barack Obama pledges help for Haiti earthquake victims US President Barack Obama has vowed to "
        'coordinate a swift "aggressive effort to save lives and support recovery in Haiti" following its '
        "devastating earthquake.\n"
    )
    assert _speaker(pipeline, text, "aggressive effort") == "Barack Obama"
