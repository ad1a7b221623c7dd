"""Quote speakers, seventy-fourth round (seed 251's judges): a reporting clause the corpus split from its
quote onto the next line, in lower case ('... get it sorted? \'"' then 'said Patrick Dunleavy, ...'), is
the quote's own, over the speaker of the sentence before; and the second part of a quote after '," he
assures me, "' goes on in the first part's voice.

Each test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import quote_speaker
from storyline.pipeline import Pipeline


def test_an_inverted_clause_on_the_next_line_names_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "The lack of local knowledge hurt BP in those first few weeks.\n"
        "U.S. executives say that it is difficult for European executives, especially those who haven't "
        "spent a long time working in the United States, to understand the combatative political "
        "landscape there.\n"
        '"In Europe, the attitude would be much more, ` the company is the only one who can solve the '
        "problem, so what do we need to do to help the company to get it sorted? '\"\n"
        "said Patrick Dunleavy, a professor of political science at the London School of Economics.\n"
        "BP has also been caught out by a more hostile media than it is used to.\n"
    )
    assert quote_speaker(pipeline, text, "In Europe", date(2010, 6, 29)) == "Patrick Dunleavy"


def test_words_after_he_assures_me_go_on_in_the_same_voice(pipeline: Pipeline) -> None:
    text = (
        "We manage to track down Charles Clermont, the Haitian official charged with building the mass "
        "tent cities that will supposedly house the hundreds of thousands of refugees from Port-au-Prince.\n"
        '"We started work the day after the earthquake," he assures me, "the first camp will be up and '
        'running within the next few days."\n'
        "Surprised, I ask him where it is.\n"
        '"It is on the outskirts of the city, there is running water and there will be electricity and '
        'spaces, it will be operational within a few days," Mr Clermont says.\n'
    )
    assert quote_speaker(pipeline, text, "the first camp", date(2010, 1, 30)) == "Charles Clermont"
