"""Quote speakers (seed 253's judges, H1N1_reuters Q15 and Q12): words a statement "read", inverted after
the quote, are the statement's, and so are the words that go on after them; and a verb that opens an item
of a list flattened into one sentence ("... in Jail Told the US VP Candidate ... and said: "..."") does
not take the subject of the sentence's first verb, the list's heading.

Each test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import quote_speaker
from storyline.pipeline import Pipeline


def test_words_a_statement_read_are_the_statements(pipeline: Pipeline) -> None:
    text = (
        '"We know the situation is stabilizing and that many fans travel long distances to live the '
        'experience of seeing a Jonas Brothers concert," read a statement on the Web site of the venue, '
        'Arena Monterrey. "That is why we hope that your experience and your enjoyment of the concert will '
        'be as pleasant as possible."'
    )  # H1N1_reuters 430
    published = date(2009, 5, 2)
    assert quote_speaker(pipeline, text, "We know", published).startswith("statement")
    assert quote_speaker(pipeline, text, "That is why", published).startswith("statement")


def test_a_list_items_capitalised_verb_does_not_take_the_headings_subject(pipeline: Pipeline) -> None:
    text = (
        "Other experience of Mr Zardari includes his widely believed but not proven involvement in - "
        "Several murders -- most famously of his brother in law, possibly his wife - Wrapping a bomb to the "
        "leg of a famous UK businessman to ask for money - Embezzlement & looting of Billions of Pakistan's "
        "wealth Marrying the then future and now ex (RIP) Prime Minister of Pakistan Only serving "
        'politician to have spent 10 years in Jail Told the US VP Candidate that she is "gorgeous" and '
        'said: "Now I know why the whole of America is crazy about you".'
    )  # H1N1_reuters 594
    assert quote_speaker(pipeline, text, "Now I know", date(2009, 4, 30)) is None
