"""A fact box's items keep their years when the page lost the box's line breaks (`analyse.segment`).

The lines are real: H1N1_bbc's box of past pandemics, reprinted on five pages, and a sentence of
bpoil_washingtonpost whose year ends a phrase, not an item.
"""

from __future__ import annotations

from conftest import sentences_of

BOX = (
    "Caused by a human form of the virus, H2N2, combining with a mutated strain found in wild ducks.\n"
    "The elderly were particularly vulnerable 1968: An outbreak first detected in Hong Kong, and caused by "
    "a strain known as H3N2, killed up to one million people globally, with those over 65 most likely "
    "to die.\n"
)
SINCE = (
    "The Army reports 32 suicides in June, highest number since early 2009: The numbers represent a "
    "disappointing setback.\n"
)


def test_a_year_label_run_into_the_line_before_opens_its_item(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, BOX)
    assert "The elderly were particularly vulnerable" in sentences
    assert any(sentence.startswith("1968: An outbreak first detected in Hong Kong") for sentence in sentences)


def test_a_year_after_a_preposition_or_a_part_of_the_year_stays_in_its_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not any(sentence.startswith("2009:") for sentence in sentences_of(pipeline, SINCE))
    riots = "It was a bad year in 1968: A year of riots.\n"
    assert "It was a bad year in 1968:" in sentences_of(pipeline, riots)
