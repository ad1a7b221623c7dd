"""Standing states and general truths in the simple present are no timeline events; news told in
the present is. Sentences from the Timeline17 H1N1_bbc and bpoil_bbc pages; each is read after a
first sentence (a headline, which keeps its events whatever its tense)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import events_of
from storyline.pipeline import Pipeline

HEADLINE = "Swine flu cases rise in the UK."
PUBLISHED = date(2009, 5, 5)


def _main_events_in(pipeline: Pipeline, sentence: str) -> list[str]:
    events = events_of(pipeline, f"{HEADLINE} {sentence}", PUBLISHED)
    told = [e for e in events if sentence in e.text]
    assert told, f"no event read in {sentence!r}"
    return [e.predicate for e in told if e.main]


@pytest.mark.parametrize(
    "sentence",
    [
        "The H1N1 virus is the same strain that causes seasonal flu outbreaks in humans but the newly "
        "detected version contains genetic material from versions of flu which usually affect pigs and "
        "birds.",
        "Swine flu does not normally infect humans, although sporadic cases do occur.",
        "Most of those who fall seriously ill, with complications like pneumonia, have underlying health "
        "problems.",
        "The move does not necessarily mean the virus is causing more severe illness or more deaths.",
    ],
)
def test_a_standing_state_makes_no_timeline_event(pipeline: Pipeline, sentence: str) -> None:
    assert _main_events_in(pipeline, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It brings the overall totals to 24 in England and four in Scotland.",  # a count
        "The number of confirmed cases in the UK now stands at 1,562.",  # now, a count
        "Several Britons are still under quarantine in a Hong Kong hotel after a guest there became "
        "China's first confirmed case of swine flu.",  # still
        "Mexican officials say the spread of the virus is slowing, but international experts are more "
        "cautious.",  # a source's claim
        "A school in London is shut after pupils there tested positive.",  # passive: what was done
        "Health Protection Scotland has confirmed 22 new cases.",  # the perfect
        "The World Health Organization raises its alert level on Monday.",  # a day
        "An interim chairman for the Advisory Council on the Misuse of Drugs is to be announced.",  # expected
        "BP begins a bid to place a tighter-fitting cap atop the leaking wellhead.",  # a chronology's
        "A surge in oil and gas causes an explosion on the Deepwater Horizon oil drilling rig.",
    ],
)
def test_news_told_in_the_present_keeps_its_events(pipeline: Pipeline, sentence: str) -> None:
    assert _main_events_in(pipeline, sentence)


def test_a_headline_keeps_its_events_in_the_simple_present(pipeline: Pipeline) -> None:
    events = events_of(
        pipeline, "Swine flu hits UK as couple test positive. Both are in hospital.", PUBLISHED
    )
    assert any(e.main and e.text.startswith("Swine flu hits") for e in events)
