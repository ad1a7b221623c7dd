"""A chronology's heading dates the events of its item (`extract.chronology`).

The lines are real, as storyline reads them from Timeline17: Finan_washingtonpost's Fed timeline of
7 October 2008 (2008-10-07/579) and its "The Crash: What Went Wrong?" chronology of 18 October 2008,
whose year headings the page lost (2008-10-18/1180); bpoil_reuters' "timeline of the disaster"
(2010-07-23/1965, 2010-06-01/570); bpoil_bbc's box of key dates flattened into one line
(2010-09-08/249), its box of past spills (2010-04-26/481), its live blog of Obama's speech
(2010-06-15/1832) and its engineering chronology (2010-06-15/1440, a page updated after that day);
MJ_bbc's programme listing (2009-10-23/394).
"""

from __future__ import annotations

from datetime import date

from conftest import events_of
from storyline.extract.chronology import chronology
from storyline.model import Tense

FED = (
    "Sept. 7: U.S. government seizes Fannie Mae and Freddie Mac.\n"
    "Sept. 11: Governments in Thailand, India, South Korea and Pakistan try to bolster their currencies.\n"
    "Sept. 14: The Federal Reserve expands the rules on what can be accepted as collateral.\n"
    "Sept. 16: The Federal Reserve Bank of New York is authorized to lend up to $85billion to the big "
    "insurance company American International Group.\n"
    "Sept. 19: The Fed extends non-recourse loans to U.S. depository institutions and bank holding "
    "companies -- a move meant to help liquidity in the markets.\n"
    "The Securities and Exchange Commission decides to temporarily halt short selling on the stocks of "
    "799 financial companies.\n"
    "Sept. 21: The Fed approves Goldman Sachs's and Morgan Stanley's transformations to bank holding "
    "companies.\n"
)
CRASH = (
    "The Washington Post examines how Wall Street innovation outpaced Washington regulation.\n"
    "November: Congress passes law to dismantle Depression-era Glass-Steagall law, which had separated "
    "commercial and investment banking.\n"
    "November: A President's Working Group report on derivatives recommended no CFTC regulation.\n"
    "June: Born leaves the CFTC, with no change in the regulation of derivatives.\n"
    "December: Commodity Futures Modernization Act passes.\n"
    "April: The Securities and Exchange Commission creates a voluntary program of oversight for "
    "investment bank holding companies.\n"
    "September: Lehman Brothers files for bankruptcy protection after other financial firms demand cash "
    "to protect their positions.\n"
    "March: Bear Stearns is rescued by J.P. Morgan Chase and a $29billion federal government loan.\n"
)
REUTERS = (
    "Below is a timeline of the disaster and its impact.\n"
    "April 20, 2010 - Explosion and fire on Transocean Ltd's drilling rig Deepwater Horizon licensed to "
    "BP Plc; 11 workers are killed.\n"
    "April 22 - The Deepwater Horizon rig, valued at more than $560million, sinks and a 5-mile (8-km) "
    "oil slick forms.\n"
    "April 25 - The Coast Guard says remote underwater cameras detect the well is leaking 1,000 barrels "
    "of crude oil a day.\n"
    "It approves a plan to have remote underwater vehicles activate a blowout preventer and stop the "
    "leak.\n"
    "April 28 - The Coast Guard says the flow of oil is 5,000 barrels per day, five times greater than "
    "first estimated.\n"
    "May 11\\/12 - Executives from BP, Transocean and Halliburton appear at congressional hearings in "
    "Washington.\n"
    "May 31 - The U.S. government and BP are warning that the blown-out oil well may not be stopped "
    "until August as the company prepares a new attempt to capture leaking crude.\n"
)
KEY_DATES = (
    "The rig exploded in April, killing 11 people, and an estimated 4.9 m barrels of oil then leaked "
    "into the Gulf.\n"
    "20 April: Deepwater Horizon rig explodes, killing 11 people 28 April: Coastguard fears one of worst "
    "spills in US history 8 May: Giant metal dome fails to cap leak 2 June: US government begins "
    'criminal inquiry 15 July: New cap brings temporary halt to spill 4 August: BP says "static kill" '
    "of well successful.\n"
)
SPILLS = (
    "1991: 520m gallons were deliberately released from Iraqi oil tankers during the first Gulf War to "
    "impede the US invasion 1979: 140m gallons were spilt over nine months after a well blow-out in the "
    "Bay of Campeche off Mexico's coast 1989: 11m gallons were spilt into Alaska's Prince William Sound "
    "in the Exxon Valdez disaster.\n"
)
LIVE_BLOG = (
    "2059: Media critic Howard Kurtz tweets: On Fox, Palin rips Obama speech.\n"
    "2055: M2ab tweets: Obama's speech sounded like his typical 'Hope' speech.\n"
    "2052: Mr Gibbs appears to be sticking closely to his unofficial job description.\n"
)
LISTING = (
    "1929 -- Crash, Bang, Wallop Exploring the cultural impact of the 1929 stock market crash, Kirsty "
    "Wark looks at the remarkable cultural legacy of the event.\n"
)


def _values(text: str, published: date | None, live_blog: bool = False) -> list[str | None]:
    return [item.value for item in chronology(text, published, live_blog).items]


def test_a_heading_without_a_year_takes_the_articles_year() -> None:
    assert _values(FED, date(2008, 10, 7)) == [
        "2008-09-07",
        "2008-09-11",
        "2008-09-14",
        "2008-09-16",
        "2008-09-19",
        "2008-09-21",
    ]
    # on a page of 15 June updated in August, "16 June" is that June, not the year before
    engineers = "2 June: BP starts the next procedure.\n16 June: Engineers open a second route.\n"
    assert _values(engineers, date(2010, 6, 15)) == ["2010-06-02", "2010-06-16"]


def test_a_heading_dates_the_lines_under_it_up_to_the_next() -> None:
    items = chronology(FED, date(2008, 10, 7), False)
    halt = FED.index("The Securities and Exchange Commission decides")
    item = items.item_at(halt)
    assert item is not None and item.value == "2008-09-19"
    assert items.item_at(FED.index("The Fed approves")).value == "2008-09-21"  # type: ignore[union-attr]


def test_the_last_heading_dates_its_own_line_only() -> None:
    text = REUTERS + "Analysts said the company would survive.\n"
    items = chronology(text, date(2010, 7, 23), False)
    assert items.item_at(text.index("Analysts said")) is None
    assert items.item_at(text.index("as the company prepares")).value == "2010-05-31"  # type: ignore[union-attr]


def test_written_years_and_a_range_of_days() -> None:
    values = _values(REUTERS, date(2010, 7, 23))
    assert values[0] == "2010-04-20"
    assert values[4] == "2010-05"  # "May 11/12": the month holds both days
    assert _values(SPILLS, date(2010, 4, 26)) == ["1991", "1979", "1989"]


def test_a_flattened_box_of_key_dates_is_one_item_each() -> None:
    assert _values(KEY_DATES, date(2010, 9, 8)) == [
        "2010-04-20",
        "2010-04-28",
        "2010-05-08",
        "2010-06-02",
        "2010-07-15",
        "2010-08-04",
    ]


def test_a_heading_inside_a_line_under_another() -> None:
    """haiti_bbc 2010-01-14/647: a quake list whose next heading ran into the line under the one before."""
    text = (
        "4 Aug 1946: Samana, Dominican Republic.\n"
        "Quake and resulting tsunami killed 1,600 11 Oct, 1918: Northwestern Mona Passage, Puerto Rico.\n"
        "Quake killed 116 people and caused $4million in property damage.\n"
        "8 Feb 1843: Leeward Islands.\n"
    )
    items = chronology(text, date(2010, 1, 14), False)
    assert [item.value for item in items.items] == ["1946-08-04", "1918-10-11", "1843-02-08"]
    assert items.item_at(text.index("tsunami killed")).value == "1946-08-04"  # type: ignore[union-attr]
    assert items.item_at(text.index("Quake killed 116")).value == "1918-10-11"  # type: ignore[union-attr]


def test_months_out_of_calendar_order_lost_their_years() -> None:
    """November, November, June, December, April, September, March: the page's year headings (1999,
    2000, 2004, 2008) are gone, so no year can be given; September and March are not guessed either."""
    values = _values(CRASH, date(2008, 10, 18))
    assert len(values) == 7 and set(values) == {None}


def test_no_heading_in_a_live_blog_a_lone_year_or_a_year_after_the_article() -> None:
    assert _values(LIVE_BLOG, date(2010, 6, 15), live_blog=True) == []
    assert _values(LIVE_BLOG, date(2010, 6, 15), live_blog=False) == []  # years after the article's
    assert _values(LISTING, date(2009, 10, 23)) == []
    # MJ_bbc 2010-06-29/1069, a reader named Jan; 2011-11-08/714, a page's clock stamps on one line
    assert (
        _values(
            'Jan: "My grandmother attended a boarding school in Aberystwyth for a time.\n', date(2010, 6, 29)
        )
        == []
    )
    stamps = "1243: Dominic Casciani Home affairs correspondent, BBC News 1249: Mark Lowen BBC News\n"
    assert _values(stamps, date(2011, 11, 8)) == []


def test_a_year_less_heading_takes_the_year_of_the_heading_before() -> None:
    """bpoil_reuters 2011-01-11/1797: "April 22" nearest the page's January is April 2011."""
    text = (
        "April 20, 2010 - Explosion and fire on BP's Deepwater Horizon drilling rig kills 11 workers.\n"
        "April 22 - The rig, valued at more than $560million, sinks and a 5-mile (8-km) oil slick forms.\n"
        "April 30 - BP CEO Tony Hayward says the company takes full responsibility.\n"
    )
    assert _values(text, date(2011, 1, 11)) == ["2010-04-20", "2010-04-22", "2010-04-30"]
    assert _values("The meeting ended.\nHe said: May 5 was the day.\n", date(2010, 5, 6)) == []


# bpoil_foxnews 2010-12-15/1314 and 2010-11-08/282: a photo gallery's heading, told months after the day
GALLERY = "April 21 : The Deepwater Horizon oil rig burns in the Gulf of Mexico .\n"
FILE_PHOTO = (
    "April 21 : This file photo shows BP 's Deepwater Horizon oil rig burning after an explosion in the Gulf "
    "of Mexico , off the southeast tip of Louisiana .\n"
)


def test_the_first_year_less_heading_is_the_last_such_day_up_to_the_article() -> None:
    """A chronology tells the past: "April 21" on a page of December (or November) 2010 is the April
    before, though the next one is nearer; told in the days after, it is still that year's."""
    assert _values(GALLERY, date(2010, 12, 15)) == ["2010-04-21"]
    assert _values(FILE_PHOTO, date(2010, 11, 8)) == ["2010-04-21"]
    assert _values(GALLERY, date(2010, 4, 23)) == ["2010-04-21"]


def test_a_gallery_heading_dates_its_item_in_the_year_before_the_article(pipeline) -> None:  # type: ignore[no-untyped-def]
    for line, published in ((GALLERY, date(2010, 12, 15)), (FILE_PHOTO, date(2010, 11, 8))):
        events = events_of(pipeline, line, published)
        assert events and {event.date for event in events} == {"2010-04-21"}


def _mention(events, words: str):  # type: ignore[no-untyped-def]
    (found,) = [e for e in events if e.main and e.text[e.event_start - e.start :].startswith(words)]
    return found


def test_a_heading_split_off_by_the_splitter_dates_the_line_after_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = events_of(pipeline, FED, date(2008, 10, 7))
    expands = _mention(events, "expands the rules")
    assert (expands.date, expands.tense) == ("2008-09-14", Tense.PAST)
    assert expands.timex is not None and expands.timex.text == "Sept. 14"  # dated by the text, not the page
    assert _mention(events, "decides").date == "2008-09-19"


def test_a_heading_the_parse_hangs_on_a_noun_still_dates_its_item(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = events_of(pipeline, REUTERS, date(2010, 7, 23))
    sinks = [e for e in events if e.main and e.text.startswith("April 22")]
    assert sinks and {e.date for e in sinks} == {"2010-04-22"}
    assert _mention(events, "approves").date == "2010-04-25"
    stopped = [e for e in events if e.predicate == "stop" and e.text.startswith("May 31")]
    assert stopped and all(e.date == "2010-08" for e in stopped)  # its own time, not the heading's


def test_an_item_whose_year_the_page_lost_is_past_and_undated(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = events_of(pipeline, CRASH, date(2008, 10, 18))
    congress = _mention(events, "passes law")
    assert (congress.date, congress.tense) == (None, Tense.PAST)
    assert _mention(events, "examines").date == "2008-10-18"
