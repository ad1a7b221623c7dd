"""A mention that tells a kind of event, not one happening, is marked "generic" (its modality), and the
merge keeps it from the happening another sentence tells with its word.

Sentences are from the Timeline17 articles (bpoil_bbc, H1N1_bbc): the blind judges of seed 220 found
"Oval Office addresses" in general joined with Mr Obama's address, and "vaccines that are produced every
year" joined with the strain UK scientists produced.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import entries_of, events_of
from storyline.model import Event
from storyline.pipeline import Pipeline


def _mood(pipeline: Pipeline, sentence: str, word: str) -> str:
    """The modality of the mention `word` names in `sentence`, read as an article of its own."""
    events = events_of(pipeline, sentence + "\n", date(2010, 6, 16))
    return next(e.modality for e in events if _words(e) == word)


def _words(event: Event) -> str:
    assert event.event_start is not None and event.event_end is not None
    return event.text[event.event_start - event.start : event.event_end - event.start]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Presidents use Oval Office addresses for what they regard as vital national issues.", "addresses"),
        ("Oval addresses are best reserved for wars and resignations.", "addresses"),
        (
            "It is the same process used for the creation of seasonal influenza vaccines that are produced"
            " every year.",
            "produced",
        ),
        (
            "With around 700,000 babies born in the UK each year, I know that many women will be concerned.",
            "born",
        ),
        ("Worldwide, seasonal flu kills between 250,000 and 500,000 people in an average year.", "kills"),
    ],
)
def test_a_kind_of_event_or_a_habit_is_generic(pipeline: Pipeline, sentence: str, word: str) -> None:
    assert _mood(pipeline, sentence, word) == "generic"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("WHO recommendations remain unaltered.", "recommendations"),  # whose: the WHO's
        (
            "Investigations into the US oil spill are focused on the blowout preventer system of valves.",
            "Investigations",
        ),
        (
            "In the following days, tests are conducted to check whether pressure will cause oil to leak.",
            "tests",
        ),
        ("Criminal probes are still under way.", "probes"),  # "still": what is so now
        ('"We see the market improving, and we have negotiations for orders ongoing."', "negotiations"),
        ("The leaders also discussed the war in Afghanistan during the phone call.", "war"),
        ("The Deepwater Horizon disaster caused one of the worst oil spills in history.", "spills"),
        ("Her son Jack, who was born 11 weeks early, died on Monday.", "born"),
    ],
)
def test_ones_picked_out_are_not_generic(pipeline: Pipeline, sentence: str, word: str) -> None:
    assert _mood(pipeline, sentence, word) == "actual"


def test_a_pages_word_for_addresses_in_general_leaves_its_address(pipeline: Pipeline) -> None:
    page = (
        "US President Barack Obama has addressed the nation live from the Oval Office.\n"
        "In his first Oval Office address to the US as president, Mr Obama said he would tell BP's chairman"
        " the firm must set up a fund.\n"
        "Presidents use Oval Office addresses for what they regard as vital national issues.\n"
    )
    entries = entries_of(pipeline, (date(2010, 6, 16), page), secondary=True)
    first, general = page.index("address to the US"), page.index("addresses for")
    address = next(e for e in entries if first in {m.event_start for m in e.mentions})
    assert general not in {m.event_start for m in address.mentions}  # main: one entry, by the page's margin


def test_initials_before_a_plural_say_whose_however_parsed(pipeline: Pipeline) -> None:
    page = (
        "Communications from Denmark indicated that this was not unexpected and was not a reason to change"
        " recommendations on the use of Tamiflu.\nWHO recommendations remain unaltered.\n"
    )
    events = events_of(pipeline, page, date(2009, 6, 30))  # here the parse makes "WHO" a subject of its own
    assert [e.modality for e in events if _words(e) == "recommendations"] == ["actual", "actual"]
