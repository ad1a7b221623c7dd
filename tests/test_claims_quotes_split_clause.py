"""Quote speakers, seventy-fourth round (seed 251's judges): a reporting clause the corpus split from its
quote onto the next line, in lower case ('... get it sorted? \'"' then 'said Patrick Dunleavy, ...'), is
the quote's own, over the speaker of the sentence before; and the second part of a quote after '," he
assures me, "' goes on in the first part's voice, as do words that go on from a quote after a photo
caption run in before them.

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


def test_words_after_a_run_in_caption_go_on_from_the_quote_before(pipeline: Pipeline) -> None:
    text = (
        "Andrew Cates, chief executive of SOS CV in Cambridge, explained why staff from the charity - which "
        "already has a base in Haiti - are well-placed to help the children affected by the earthquake.\n"
        '"Our children\'s village (in Santo, 16km from Port-au-Prince) is largely intact," he said.\n'
        '"So, the village itself is totally serviceable and is now being used as a hub, to help in '
        'particular the children and the orphaned children around Port-au-Prince."\n'
        "\"The role that we're given is to look after the unaccompanied children, the lone children.\n"
        "We trace the families, we do trauma therapy and at the end of 18 months of trying to find a family "
        "- and the best solution for every child - we typically end up with 500 or 600 children who live in "
        "family-based care in our children's villages.\n"
        "Earthquake devastation near SOS Children's Villages ' Santo home in Haiti \"We are orphan "
        "specialists.\n"
        "In Haiti we have trauma specialists who know how to deal with children who are traumatised.\n"
        '"We have people with a lot of experience in tracing families and we have local staff - and that '
        "helps with understanding the local culture and with clues about local families or where they might "
        'come from."\n'
        "If a child ends up staying at one of SOS's villages, they are cared for "
        '"through to independence".\n'
    )
    assert quote_speaker(pipeline, text, "We are orphan", date(2010, 1, 20)) == "Andrew Cates"
