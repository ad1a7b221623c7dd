"""Long lines are cut where they were, with bounded work for each word (`analyse.segment`).

The pull quote and the fact box are real lines of Timeline17 (haiti_bbc, H1N1_bbc); the line that runs on
after them repeats a short phrase 1,500 times with no full stop, as hostile input may. A pull quote
is read no further than `_PULL_QUOTE_REACH` words and a fact box's item no further back than `_CUT_REACH`
words, both above the longest in Timeline17 (35 and 329 words).
"""

from __future__ import annotations

from conftest import sentences_of
from storyline.analyse import segment
from test_pull_quote_boundaries import GRIFFIN  # haiti_bbc's pull quote, as that test reads it

BOX = (
    "The elderly were particularly vulnerable 1968: An outbreak first detected in Hong Kong, and caused by "
    "a strain known as H3N2, killed up to one million people globally, with those over 65 most likely "
    "to die The World Health Organization has warned that the virus could spread"
)
RUN_ON = " officials in Mexico City met"  # repeated with no full stop


def test_a_pull_quote_is_cut_on_a_page_whose_last_line_repeats_itself(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, GRIFFIN + RUN_ON.strip() + RUN_ON * 1500 + "\n")
    assert "Sending aid to rioting ingrates while our own people die is stinking elite hypocrisy" in sentences
    assert any(s.startswith("Mr Griffin, MEP for North West England, responded") for s in sentences)


def test_a_year_item_is_cut_on_a_long_line_with_no_full_stop(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, BOX + RUN_ON * 1500 + "\n")
    assert "The elderly were particularly vulnerable" in sentences
    assert any(s.startswith("1968: An outbreak first detected in Hong Kong") for s in sentences)
    assert any(s.startswith("The World Health Organization has warned") for s in sentences)


def test_the_reaches_exceed_the_longest_pull_quote_and_fact_box_item() -> None:
    assert segment._PULL_QUOTE_REACH > 35 and segment._CUT_REACH > 329
