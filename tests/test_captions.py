"""Photo captions make no event (`extract.captions`): a scene in the present on a past day, who stands
where in the picture, the line above a photo's credit, and a piece run into the next sentence that the
page tells again in a sentence of its own. Lines are from Timeline17's pages (restored from their
tokenized form), each read as one short article."""

from __future__ import annotations

import time
from datetime import date

import pytest

from conftest import events_of
from storyline.extract.captions import _POSITION
from storyline.pipeline import Pipeline


def _told(pipeline: Pipeline, text: str, published: date) -> set[str]:
    """The sentences of `text` that tell at least one event."""
    return {event.text for event in events_of(pipeline, text, published)}


# H1N1_bbc, 2009-06-18: a caption cut from the next sentence (no full stop), the page's own sentence below
SCHOOL = (
    "She was recovering at home.\n"
    "Two pupils from the school tested positive The spokesman added that all those who came in contact "
    "with her have been asked to report any symptoms but no-one has come forward yet.\n"
    "Her job involved having contact with patients.\n"
    "Two pupils at Bentworth Primary School in west London tested positive for the flu.\n"
)


def test_a_caption_cut_from_the_next_sentence_and_told_by_the_page_makes_no_event(pipeline: Pipeline) -> None:
    told = _told(pipeline, SCHOOL, date(2009, 6, 18))
    assert "Two pupils from the school tested positive" not in told
    assert "Two pupils at Bentworth Primary School in west London tested positive for the flu." in told
    assert any(text.startswith("The spokesman added") for text in told)


# H1N1_bbc, 2009-05-02: a live page's items run into each other, none told again: each is news
ITEMS = (
    "The US announces that it will buy 13 million new courses of antiviral treatment and send 400,000 of "
    "them to Mexico A flight from Germany to Washington DC is diverted to Boston after a female passenger "
    "complains of flu-like symptoms An aide to US Energy Secretary Stephen Chu who helped arrange "
    "President Barack Obama's recent trip to Mexico is being tested for swine flu.\n"
)


def test_run_in_items_the_page_does_not_repeat_keep_their_events(pipeline: Pipeline) -> None:
    told = _told(pipeline, ITEMS, date(2009, 5, 2))
    assert any(text.startswith("A flight from Germany") for text in told)


# Finan_washingtonpost, 2008-10-17: the caption above its photo's credit, the op-ed's first line after it
CREDITED = (
    "A worker passes the Bank of England in London on Tuesday.\n"
    "(By Kirsty Wigglesworth -- Associated Press) We are living through the first financial crisis of "
    "this new global age.\n"
    "And the decisions we make will affect us over not just the next few weeks but for years to come.\n"
)


def test_the_line_above_a_photo_credit_makes_no_event(pipeline: Pipeline) -> None:
    told = _told(pipeline, CREDITED, date(2008, 10, 17))
    assert not any(text.startswith("A worker passes") for text in told)
    assert any("first financial crisis" in text for text in told)


# Finan_washingtonpost, 2008-09-24 (a page's chronology, 2008-11-05): the line above an agency's credit
AGENCY = (
    "Traders work on the floor of the New York Stock Exchange Wednesday, Nov. 5, 2008.\n"
    "(AP Photo/Richard Drew) U.S. stocks plunge as investors lock in profits from Tuesday's rally and "
    "digest more poor economic news.\n"
)


def test_the_line_above_an_agency_credit_makes_no_event(pipeline: Pipeline) -> None:
    told = _told(pipeline, AGENCY, date(2008, 11, 6))
    assert not any(text.startswith("Traders work") for text in told)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # Finan_washingtonpost: a scene in the present at a place on a weekday, or on a past day
        (
            "Democratic vice presidential candidate Sen. Joe Biden campaigns in Washington on Tuesday.",
            (2008, 9, 17),
        ),
        (
            "Peter R. Orszag, director of the Congressional Budget Office, testifies on Capitol Hill "
            "yesterday.",
            (2008, 9, 25),
        ),
        ("Obama addresses Congress last night.", (2009, 2, 25)),
        ("Pedestrians take a look at stock indicators in Tokyo Wednesday, Oct. 15, 2008.", (2008, 10, 15)),
        # who stands where in the picture
        (
            "(By Gerald Herbert -- Associated Press) With vacancies on the Federal Reserve Board and the "
            "terms of Chairman Ben S. Bernanke, left, and Vice Chairman Donald L. Kohn, center, expiring in "
            "2010, President-elect Barack Obama has the opportunity to remake the central bank early in his "
            "administration.",
            (2008, 12, 20),
        ),
    ],
)
def test_a_caption_alone_makes_no_event(
    pipeline: Pipeline, line: str, published: tuple[int, int, int]
) -> None:
    assert not events_of(pipeline, line + "\n", date(*published))


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # the past tense tells what happened (haiti_bbc), a present verb of saying reports (haiti_bbc,
        # Finan_washingtonpost)
        (
            "Two people, an 84-year-old woman and a 21-year-old man, were pulled alive from the rubble in "
            "Port-au-Prince on Friday.",
            (2010, 1, 23),
        ),
        (
            "US Secretary of State Hillary Clinton says at a news conference that she will go to Haiti on "
            "Saturday with USAID administrator Rajiv Shah.",
            (2010, 1, 14),
        ),
        # a plan told in the present, with a clause of its own (bpoil_bbc, 2010-06-12)
        (
            "But for BP, and its shareholders, the meeting that really matters takes place in the White "
            "House on Wednesday when Mr Svanberg meets President Obama.",
            (2010, 6, 12),
        ),
        (
            "The Treasury Dept. says on Sunday that it will tap Neel Kashkari, an assistant secretary of "
            "international affairs and a former Goldman Sachs banker, to oversee the government's $700 "
            "billion financial rescue.",
            (2008, 11, 5),
        ),
        # a weekday the tagger puts after the page's day: a plan told in the present, no photo's scene
        # (bpoil_foxnews 2010-06-15/1556, a Tuesday; bpoil_reuters 2010-06-13/163, a Sunday)
        (
            "The speech comes on the eve of Obama's meeting with top BP executives at the White House on "
            "Wednesday.",
            (2010, 6, 15),
        ),
        (
            "On Tuesday, lawmakers hold a hearing in Washington with all the big oil companies including "
            "the head of BP's U.S. operation.",
            (2010, 6, 13),
        ),
    ],
)
def test_news_on_a_day_at_a_place_is_no_caption(
    pipeline: Pipeline, line: str, published: tuple[int, int, int]
) -> None:
    assert events_of(pipeline, line + "\n", date(*published))


def test_who_stands_where_reads_a_long_run_with_no_spaces_in_linear_time() -> None:
    """A name word of any length made the pattern quadratic: 100,000 characters of "A." took 10.7 s, a
    stall on one garbled line; the word is read up to 40 characters once."""
    line = "A." * 50_000
    started = time.process_time()
    assert _POSITION.search(line) is None
    assert time.process_time() - started < 1.0
    assert _POSITION.search("Chairman Ben S. Bernanke, left, and Vice Chairman Donald L. Kohn, center, talk")


def test_a_caption_and_its_credit_run_into_the_lead_make_no_event(pipeline: Pipeline) -> None:
    """Finan_washingtonpost runs caption, credit and lead into one line: the credit is cut off
    (`analyse.segment`), the caption above it and the credit make no event, the lead makes its own."""
    text = (
        "Sen. Tom Harkin (D-Iowa), chairman of the committee on Health, Education, Labor and Pensions, "
        "convened a hearing on 401(k)s. (By Dennis Cook -- Associated Press) For many Americans, 401(k) "
        "plans were supposed to be a way to save for retirement.\n"
    )
    sentences = {event.text for event in events_of(pipeline, text, date(2008, 10, 8))}
    assert sentences == {"For many Americans, 401(k) plans were supposed to be a way to save for retirement."}
