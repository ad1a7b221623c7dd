"""A quote whose opening mark came through as a backtick (`extract.quote_marks`), which seed 231's judge
found left a "He said" after it without its speaker.

In H1N1_guardian ('` We are increasing ...," said Akira Yukitoki, ...') the closing mark, with no quote
open, was read as opening one, so the reporting clause and its name were read as quoted and the "He" of
the next sentence found no one. A closing mark with no quote open, in a paragraph that opens with a
backtick, closes the quote the backtick opened. The test quotes the H1N1_guardian lines it runs on
(restored from their tokenized form).
"""

from __future__ import annotations

from datetime import date

from conftest import attribution_in, quote_speaker
from storyline.extract.quote_marks import quote_spans
from storyline.pipeline import Pipeline

_PUBLISHED = date(2009, 4, 25)

YUKITOKI = (
    "At Tokyo's Narita airport among the world's busiest with more than 96,000 people using it daily "
    "officials installed a device at the arrival gate for flights from Mexico to measure the temperatures "
    "of passengers.\n"
    '` We are increasing health surveillance following the outbreak of swine flu," said Akira Yukitoki, '
    "an official at the Japanese airport's quarantine station.\n"
    "He said 160 passengers arriving from Mexico yesterday were screened.\n"
    'The airport also plans to put up signs urging tourists to "wear masks, wash hands and gargle", '
    "Yukitoki said.\n"
)


def test_a_quote_opened_with_a_backtick_ends_at_its_closing_mark() -> None:
    assert [YUKITOKI[start:end] for start, end in quote_spans(YUKITOKI)] == [
        "We are increasing health surveillance following the outbreak of swine flu",
        "wear masks, wash hands and gargle",
    ]


def test_he_after_the_inverted_speaker_of_that_quote_is_the_speaker(pipeline: Pipeline) -> None:
    found = attribution_in(pipeline, YUKITOKI, "160 passengers", _PUBLISHED)
    assert found is not None and found.source == "Akira Yukitoki"


def test_the_quote_has_its_speaker(pipeline: Pipeline) -> None:
    assert quote_speaker(pipeline, YUKITOKI, "We are increasing", _PUBLISHED) == "Akira Yukitoki"
