"""Readers' and bloggers' credit lines on live pages: "NAME in PLACE e-mails:", "NAME, PLACE, texts:",
"HANDLE tweets:" before the words they send. The parser reads "e-mails" and "texts" as plural nouns and
makes no reporting clause of them; the words after the line are still that person's statement.

Each test quotes the Timeline17 lines it runs on (haiti_bbc, the BBC live page of 15 January 2010).
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import attribution_in
from storyline.model import Stance
from storyline.pipeline import Pipeline

BERTONI = (
    '1733 Paul Bertoni in Petionville e-mails: "At around 10pm last night, a neighbor of a relative we went '
    "looking for asked us if we could help him get his 13-year-old son from under the rubble.\n"
    "He pointed to a spot under the rubble and asked me if I could see the boy's hand.\n"
)
SERGILE = (
    '1304 Daniel Sergile from Amsterdam e-mails: "My cousin, Joel, was at work when his building collapsed.\n'
    "Initially he was reported to be safe, but it now appears that he is trapped under rubble.\n"
)
TAN = (
    '1215 Emerson Tan, Dominican Republic, texts: "Got turned away twice from PAP (Port-au-Prince) yesterday '
    "so we're still in Dominican Republic.\n"
    "Sounds really chaotic on the ground with conflicting stories about landing clearances.\n"
)
FIRESIDE = (
    '1119 Firesideint tweets: "I am starting to run - literally, run - every time an aftershock hits.\n'
    "Seen far too many bodies.\n"
)
BROWN = (
    '0917 Harry Brown in Macau e-mails: "Just getting word - via my sister in Montreal - that 11 family '
    "members in Carrefour aged between 18 months and 60 years have survived.\n"
    "To what extent, we don't know yet.\n"
)


@pytest.mark.parametrize(
    ("text", "sentence", "source", "cue"),
    [
        (BERTONI, "a neighbor of a relative", "Paul Bertoni", "e-mails"),
        (SERGILE, "his building collapsed", "Daniel Sergile", "e-mails"),
        (TAN, "Got turned away", "Emerson Tan", "texts"),
        (FIRESIDE, "I am starting to run", "Firesideint", "tweets"),
        (BROWN, "11 family members", "Harry Brown", "e-mails"),
    ],
)
def test_a_readers_credit_line_makes_the_words_after_it_their_statement(
    pipeline: Pipeline, text: str, sentence: str, source: str, cue: str
) -> None:
    """The name before the place ("in Petionville", ", Dominican Republic,") or a handle alone is the
    source, stating what follows; the place is not part of the name."""
    found = attribution_in(pipeline, text, sentence, date(2010, 1, 15))
    assert found is not None
    assert (found.source, found.stance, found.cue) == (source, Stance.STATED, cue)
