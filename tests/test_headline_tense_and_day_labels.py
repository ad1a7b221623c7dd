"""A headline's simple present tells what happened; a chronology's item keeps its day; a graphic's
title is no news (events79).

The lines are real, from bpoil_bbc: the 6 July headline run into its photo caption and lead, the
15 June explainer whose items open with their day, the 8 September box of days run into one line,
and the map title four pages reprint.
"""

from __future__ import annotations

from datetime import date

from conftest import events_of, sentences_of
from storyline.merge.view_lines import graphic_title
from storyline.model import Tense

TEXAS = (
    "Gulf oil spill reaches Texas as tar balls wash ashore It is not clear if the tar balls drifted from "
    "the spill or were carried on a ship Tar balls have landed on a Texas beach, meaning oil from the Gulf "
    "of Mexico spill has hit all five US Gulf states.\n"
    "Tests identified the small amount of tar found on the Bolivar Peninsula, north-east of Galveston, as "
    "coming from BP's blown-out well off Louisiana.\n"
)
SIPHON = (
    "BP plans to slowly increase the amount of oil and gas flowing up the pipe The oil company BP says it "
    "has successfully started to siphon oil from its leaking Gulf of Mexico well to a tanker on the "
    "surface.\n"
)
EXPLAINER = (
    "20 April: A surge in oil and gas causes an explosion on the Deepwater Horizon oil drilling rig.\n"
    "The blowout preventer system of valves (BOP) at the well head on the seabed is believed to have "
    "failed.\n"
    "22 April: The oil rig sinks and the riser pipe that connected it to the well falls to the seabed.\n"
)
BOX = (
    "20 April: Deepwater Horizon rig explodes, killing 11 people 28 April: Coastguard fears one of worst "
    "spills in US history 8 May: Giant metal dome fails to cap leak 2 June: US government begins criminal "
    "inquiry 15 July: New cap brings temporary halt to spill 4 August: BP says "
    '"static kill" of well successful.\n'
)


def _main_event(pipeline, text: str, opening: str, published: date):  # type: ignore[no-untyped-def]
    return next(e for e in events_of(pipeline, text, published) if e.main and e.text.startswith(opening))


def test_a_headline_in_the_simple_present_tells_a_past_deed(pipeline) -> None:  # type: ignore[no-untyped-def]
    headline = _main_event(pipeline, TEXAS, "Gulf oil spill reaches Texas", date(2010, 7, 6))
    assert headline.tense == Tense.PAST
    assert headline.date == "2010-07-06"


def test_what_a_headline_says_is_planned_is_still_to_come(pipeline) -> None:  # type: ignore[no-untyped-def]
    increase = _main_event(pipeline, SIPHON, "BP plans to slowly increase", date(2010, 5, 17))
    assert increase.predicate == "increase"
    assert increase.tense != Tense.PAST


def test_a_headlines_condition_is_no_deed(pipeline) -> None:  # type: ignore[no-untyped-def]
    murray = "Dr Conrad Murray faces four years in prison if convicted\n"
    assert _main_event(pipeline, murray, "Dr Conrad Murray faces", date(2011, 1, 25)).tense != Tense.PAST


def test_the_same_words_below_the_headline_stay_ongoing(pipeline) -> None:  # type: ignore[no-untyped-def]
    lead = "Tar balls have landed on a Texas beach.\nGulf oil spill reaches Texas as tar balls wash ashore\n"
    assert _main_event(pipeline, lead, "Gulf oil spill reaches", date(2010, 7, 6)).tense == Tense.ONGOING


def test_a_chronology_item_keeps_its_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    sinks = _main_event(pipeline, EXPLAINER, "22 April: The oil rig sinks", date(2010, 6, 15))
    assert sinks.date == "2010-04-22"


def test_items_run_into_one_line_are_cut_at_their_days(pipeline) -> None:  # type: ignore[no-untyped-def]
    sentences = sentences_of(pipeline, BOX)
    assert "2 June: US government begins criminal inquiry" in sentences
    inquiry = _main_event(pipeline, BOX, "2 June: US government", date(2010, 9, 8))
    assert inquiry.date == "2010-06-02"


def test_a_maps_title_is_no_news() -> None:
    title = "How the oil has spread Approximate oil locations 22 April - 15 May Emergency teams are using "
    assert graphic_title(title + "several methods in attempts to deal with the oil at the surface.")
    assert not graphic_title("How BP responds will be crucial, he added.")
    assert not graphic_title("How long Murray will spend behind bars is up to Judge Michael Pastor")
    assert not graphic_title("How do I get information prior to 1831 in Wales from Australia?")
