"""Arrangements told in the present ("is set to", "is due to", "is poised to", "is scheduled to", "is
slated to", "is expected to", "is about to"): the act arranged is still to come, in its tense (JSON
`tense`) as in its modality, so a report of it does not date an entry as if it had happened.

Sentences of the Timeline17 BBC articles (bpoil_bbc), restored from their tokenized form.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import entries_of, events_of
from storyline.model import Event, Tense
from storyline.pipeline import Pipeline

SET_TO_ANNOUNCE = (
    "BP is set to announce a record loss, having set aside an estimated £16bn - £19bn ($25bn - $30bn) to "
    "cover the costs of the Gulf of Mexico oil spill."
)


def _mention(pipeline: Pipeline, sentence: str, words: str, published: date = date(2010, 7, 26)) -> Event:
    """The first mention of `sentence` (read as an article of `published`) whose own words are `words`."""
    events = events_of(pipeline, sentence + "\n", published)
    return min(
        (e for e in events if e.text[e.event_start - e.start : e.event_end - e.start] == words),
        key=lambda e: e.event_start,
    )


@pytest.mark.parametrize(
    ("sentence", "published", "words"),
    [
        (SET_TO_ANNOUNCE, date(2010, 7, 26), "set"),
        (SET_TO_ANNOUNCE, date(2010, 7, 26), "announce"),
        ("BP set to announce record loss after Gulf oil spill", date(2010, 7, 26), "set"),  # a headline
        (
            "US President Barack Obama is due to meet senior officials at the White House on Monday to "
            "review BP's efforts.",
            date(2010, 5, 10),  # a Monday: the day is the page's, the meeting still to come
            "meet",
        ),
        (  # H1N1_reuters
            "The World Health Organization is poised to declare a full pandemic of the H1N1 flu virus.",
            date(2009, 5, 24),
            "poised",
        ),
        (
            "Mr Hayward, who has come under heavy criticism for his handling of the crisis, is scheduled to "
            "give evidence to a US House of Representatives committee on Thursday.",
            date(2010, 6, 17),  # a Thursday
            "give",
        ),
        ("The operation is expected to take more than two days.", date(2010, 5, 5), "take"),
    ],
)
def test_an_act_arranged_now_is_still_to_come(
    pipeline: Pipeline, sentence: str, published: date, words: str
) -> None:
    told = _mention(pipeline, sentence, words, published)
    assert (told.tense, told.modality) == (Tense.EXPECTED, "expected")


def test_the_arranged_acts_object_is_told_as_to_come_and_a_deed_beside_it_as_done(pipeline: Pipeline) -> None:
    """The loss is what is to be announced; the provision "set aside" is done already, and the spill
    ("after Gulf oil spill") is no part of the arrangement."""
    assert _mention(pipeline, SET_TO_ANNOUNCE, "loss").tense == Tense.EXPECTED
    set_aside = [e for e in events_of(pipeline, SET_TO_ANNOUNCE + "\n", date(2010, 7, 26)) if not e.main]
    (done,) = [e for e in set_aside if e.predicate == "set"]
    assert (done.tense, done.modality) == (Tense.PAST, "actual")
    headline = "BP set to announce record loss after Gulf oil spill"
    assert _mention(pipeline, headline, "spill").tense == Tense.ONGOING
    launched = (
        "Meanwhile authorities in Louisiana, the state worst hit by the oil leak, are expected to launch "
        "legal action on behalf of victims."
    )
    assert _mention(pipeline, launched, "action", date(2010, 6, 2)).tense == Tense.EXPECTED


@pytest.mark.parametrize(
    ("sentence", "published", "words"),
    [
        (
            "The spill is poised to become the worst environmental disaster in US history.",
            date(2010, 5, 14),
            "spill",
        ),
        (  # bpoil_guardian: the operation goes on, whatever the storm does
            "But there is some good news for BP, with the news that tropical storm Alex is not expected to "
            "inhibit the cleanup operation.",
            date(2010, 6, 28),
            "operation",
        ),
        (  # a participle that describes the rescuers: the patient is news of the day
            "Rescuers poised to treat affected wildlife had their first patient on Friday - a young gannett "
            "found offshore covered in thick, black oil.",
            date(2010, 4, 30),
            "poised",
        ),
    ],
)
def test_what_is_already_so_beside_an_arrangement_keeps_its_tense(
    pipeline: Pipeline, sentence: str, published: date, words: str
) -> None:
    assert _mention(pipeline, sentence, words, published).tense != Tense.EXPECTED


@pytest.mark.parametrize(
    ("sentence", "published", "words"),
    [
        (
            "Before the meeting, Mr Sechin had told reporters that Mr Hayward was about to resign.",
            date(2010, 6, 28),
            "resign",
        ),
        (
            "Separately, BP said it could cover the costs of the clean-up and compensation claims without "
            "selling new shares, amid rumors that a Middle Eastern sovereign wealth fund was about to buy a "
            "stake.",
            date(2010, 7, 6),
            "buy",
        ),
    ],
)
def test_what_was_about_to_happen_is_not_told_as_done(
    pipeline: Pipeline, sentence: str, published: date, words: str
) -> None:
    """ "was about to": still to come when told, whether it came or not."""
    assert _mention(pipeline, sentence, words, published).modality == "expected"


def test_a_loss_set_to_be_announced_does_not_date_the_week_it_was_reported_in(pipeline: Pipeline) -> None:
    """bpoil_bbc: "BP is set to announce a record loss" (26 July), the loss reported on 27 July and
    recalled on 2 August as "Last week": the loss's entry is dated by the day it was reported, not by
    the day before, when it was still to come."""
    loss = "BP reported a record $17bn (£11bn) loss, having set aside $32bn to cover the costs of the spill"
    articles = (
        (date(2010, 7, 26), SET_TO_ANNOUNCE + "\n"),
        (date(2010, 7, 27), f"His departure was confirmed as {loss}.\n"),
        (date(2010, 8, 2), f"Last week, {loss} - the worst in US history.\n"),
    )
    entries = entries_of(pipeline, *articles, secondary=True)
    (lost,) = [
        e
        for e in entries
        if any(m.text[m.event_start - m.start : m.event_end - m.start] == "loss" for m in e.mentions)
        and any(m.publication_date == date(2010, 7, 26) for m in e.mentions)
    ]
    assert lost.date == "2010-07-27"


def test_about_as_a_preposition_arranges_nothing(pipeline: Pipeline) -> None:
    """MJ_bbc, a reader's story cut at its start: "about" heads no infinitive, so the deed is told done."""
    sentence = (
        "about the land of opporunity in Richard's stone-masonary and so he immigrated to join that in-laws "
        "until his family arrived the next year."
    )
    assert _mention(pipeline, sentence, "immigrated", date(2010, 6, 29)).modality == "actual"
