"""Quotes with a quote nested in them (`extract.quote_marks`), which seed 221's judges found mispaired.

A straight mark opening a nested phrase inside a quote was read as the outer quote's closing mark, so the
narration between the nested phrase and the next quote was read as a quote ("ING's Kenney said in a
research note. ... He told the Daily Mail") and given the article's most quoted speaker. Each test quotes
the bpoil_reuters lines it runs on (restored from their tokenized form).
"""

from __future__ import annotations

from datetime import date

from conftest import extraction_of, quote_speaker
from storyline.extract.quote_marks import quote_spans
from storyline.pipeline import Pipeline

_PUBLISHED = date(2010, 6, 10)

KENNEY = (
    "Washington may also block any deal seen to strengthen anyone in the oil industry.\n"
    '"The last thing that President (Barack) Obama needs today is "bigger oil," ING\'s Kenney said in a '
    "research note.\n"
    "CEO HAYWARD LOSES HIS JOB - UNLIKELY, FOR THE MOMENT Inevitably, there have been questions over whether "
    "Hayward should stay.\n"
    'He told the Daily Mail"... it would be ridiculous to resign at this point" and most analysts have '
    "defended the CEO's position.\n"
)
MARKEY = (
    "Congressman Ed Markey slammed Dudley's comments.\n"
    '"BP is continuing to point the finger at everyone but themselves.\n'
    'Since this disaster began, BP has stood for "Blame Passed \'," he said in an emailed statement.\n'
    "Markey said Dudley had refused a request to address a congressional hearing to discuss the spill.\n"
)

JINDAL = (
    "A second meeting went no better because Obama was upset about televised criticism.\n"
    '"He was concerned about looking bad because of the letter."\n'
    "` Careful, ' he said to me, ` this is going to get bad for everyone, '\" Jindal said, describing "
    'the scene as "almost surreal".\n'
    'The White House was "making decisions about an industry (oil) they knew little about," says the book.\n'
)


def _quoted(text: str) -> list[str]:
    return [text[start:end] for start, end in quote_spans(text)]


def test_a_nested_quote_closed_with_the_outer_one_leaves_the_narration_after_it_unquoted() -> None:
    assert _quoted(KENNEY) == [
        'The last thing that President (Barack) Obama needs today is "bigger oil',
        "... it would be ridiculous to resign at this point",
    ]


def test_the_nested_quote_keeps_its_speaker_and_the_narration_none(pipeline: Pipeline) -> None:
    quotes = extraction_of(pipeline, KENNEY, _PUBLISHED).quotes
    assert [quote.speaker for quote in quotes if quote.text.startswith("The last thing")] == ["Kenney"]
    assert not [quote for quote in quotes if "research note" in quote.text]


def test_a_nested_quote_closed_by_a_single_mark_ends_with_the_outer_one(pipeline: Pipeline) -> None:
    assert _quoted(MARKEY) == [
        "BP is continuing to point the finger at everyone but themselves.\n"
        "Since this disaster began, BP has stood for \"Blame Passed '"
    ]
    assert quote_speaker(pipeline, MARKEY, "BP is continuing", _PUBLISHED) == "Ed Markey"


def test_a_closing_mark_after_a_single_one_opens_no_quote_over_the_narration() -> None:
    assert _quoted(JINDAL) == [
        "He was concerned about looking bad because of the letter.",
        "almost surreal",
        "making decisions about an industry (oil) they knew little about",
    ]
