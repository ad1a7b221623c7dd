"""Words quoted as what a body defines a thing as are that body's (`extract.quotes`, `analyse.entities`).

Seed 221's judge found the WHO's old definition of a pandemic given to "experts" named elsewhere on the
page: the parse read "WHO" as the pronoun, so it was no actor, and "defined ... as causing" was no verb of
naming. The text is H1N1_guardian's (restored from its tokenized form).
"""

from __future__ import annotations

from datetime import date

from conftest import quote_speaker
from storyline.pipeline import Pipeline

DEFINITION = (
    "But yesterday the World Health Organisation's Margaret Chan achieved just that by declaring the first "
    "influenza pandemic in 40 years.\n"
    "Never mind that to date H1N1 swine flu has killed just 144 people worldwide.\n"
    "Yet, for all the concern about an influenza pandemic, we should keep in mind that WHO's announcement "
    "was first and foremost an exercise in risk assessment: a signal to governments who have yet to activate "
    "their pandemic plans to pull their fingers out.\n"
    "Its use of the term is also the reflection of changing definitions.\n"
    'In the past, WHO defined an influenza pandemic as causing "enormous numbers of deaths and illness".\n'
)


def test_a_quoted_definition_is_the_words_of_the_body_that_defined_it(pipeline: Pipeline) -> None:
    speaker = quote_speaker(pipeline, DEFINITION, "enormous numbers", date(2009, 6, 12))
    assert speaker in ("WHO", "World Health Organisation")
