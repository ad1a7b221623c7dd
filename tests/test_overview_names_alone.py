"""Two sentences that share only the names of whom they tell are two events, however rare those names
are in the collection (sentences from H1N1_bbc's articles of 26 April and 11 June 2009)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import told_entry as _told
from storyline.merge.main_events import main_events
from storyline.merge.similarity import DocumentFrequency
from storyline.model import Entry

MOVE = (
    "WHO chief Dr Margaret Chan said the move did not mean the virus was causing more severe illness or "
    "more deaths."
)
EMERGENCY = (
    'Margaret Chan said the outbreak was a "health emergency of international concern" and must be closely '
    "monitored."
)
CONSTITUTE = (
    "Speaking after a meeting of the WHO's emergency committee, Mrs Chan said that \"the current events "
    'constitute a public health emergency of international concern".'
)
DIED = "Jacqueline Fleming, 38, from Glasgow, died on Sunday at the Royal Alexandra Hospital in Paisley."
CHAN = ["World Health Organisation", "Margaret Chan"]

# how many of H1N1_bbc's 120 articles use each word of these sentences (the counts `storyline ingest` keeps)
H1N1 = DocumentFrequency(
    {
        "alexandra": 4, "caus": 65, "chan": 14, "chief": 21, "close": 69, "committe": 7, "concern": 51,
        "constitut": 8,
        "current": 56, "death": 54, "die": 67, "dr": 38, "emergenc": 30, "event": 28, "fleme": 4,
        "glasgow": 6, "health": 103, "hospit": 45, "ill": 57, "internat": 26, "jacquelin": 3, "margaret": 16,
        "mean": 40, "meet": 31, "monitor": 26, "mrs": 5, "organis": 23, "outbreak": 71, "paisley": 5,
        "public": 58, "royal": 12, "s": 104, "sever": 46, "speak": 21, "virus": 104, "world": 82,
    },
    120,
)  # fmt: skip
APRIL_26, JUNE_11 = date(2009, 4, 26), date(2009, 6, 11)


def _chan(entry: Entry) -> Entry:
    return replace(entry, actors=CHAN, places=[])


def _story(*more: Entry) -> list[Entry]:
    move = _chan(_told("move", "2009-06-11", 2.5, "mean", MOVE, JUNE_11, JUNE_11))
    emergency = _chan(_told("emergency", "2009-04-26", 2.0, "emergency", EMERGENCY, APRIL_26, APRIL_26))
    died = _told("died", "2009-06-14", 1.5, "died", DIED, date(2009, 6, 14), date(2009, 6, 14))
    return [move, emergency, *more, replace(died, places=["Paisley"])]


def test_a_speakers_name_alone_makes_no_retelling() -> None:
    """The WHO's emergency of international concern (26 April) and Chan's word on the pandemic's
    declaration (11 June) share only "Margaret Chan", 0.37 of their weighted words: the emergency
    was left out as a retelling of the declaration."""
    assert [e.id for e in main_events(_story(), 2, H1N1)] == ["emergency", "move"]


def test_a_retelling_shares_what_happened_besides_the_names() -> None:
    """Chan's words after the emergency committee's meeting retell the emergency by its own words
    ("emergency of international concern"), not only by her name: shown once."""
    constitute = _chan(_told("constitute", "2009-04-26", 1.8, "constitute", CONSTITUTE, APRIL_26, APRIL_26))
    assert [e.id for e in main_events(_story(constitute), 3, H1N1)] == ["emergency", "move", "died"]
