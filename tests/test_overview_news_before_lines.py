"""Of two entries that the same pages tell on one day, the overview shows one (`_same_news`); the
news comes before a caption, a frame or a generic line of those pages, whatever their salience
(sentences from bpoil_bbc, H1N1_bbc, haiti_bbc and bpoil_guardian as their articles print them)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import told_entry as _told
from storyline.merge.main_events import main_events
from storyline.model import Entry

JINDAL = "Louisiana Governor Bobby Jindal warned the spill threatened their way of life"
EMERGENCY = "Mississippi, Alabama, Louisiana and Florida have all declared a state of emergency."
RESIDENTS = "Residents have been urged to stay at home."
ANTIVIRALS = (
    "The US has announced that it will buy 13 million new courses of antiviral treatment and send "
    "400,000 of them to Mexico."
)
TROOPS = (
    "Thousands of US troops have now arrived in Haiti A senior Italian official has strongly criticised "
    "the Haiti earthquake relief operation, saying it could have been managed much better."
)
OXFAM = (
    "UK-based charity Oxfam has urged donor countries and institutions to cancel Haiti's foreign debts, "
    "put at about $900m (£557m)."
)
COMES_AS = (
    "The news comes as BP says the cost of clearing up the environmental and economic disaster in the "
    "Gulf and on its damaged shoreline has reached $3.5bn (£2.33bn)."
)
BAN = (
    "The White House has outlined a more limited ban following anger at attempts to implement a "
    "six-month moratorium."
)
ANADARKO = "Anadarko, however, has refused to accept any blame for the disaster."
DEMANDS = (
    "To recoup some of those losses, in June BP sent out demands for almost $400m to its partners in "
    "the well Houston-based Anadarko and Japan's Mitsui Oil Exploration Company."
)
OTHER_DAY = "Hurricane Alex forced BP to suspend work on the relief wells on Wednesday."


def _pages(entry: Entry, *articles: str) -> Entry:
    """The entry as told by `articles`, one report each."""
    mention = entry.mentions[0]
    mentions = [replace(mention, document=article, path=f"{article}.txt") for article in articles]
    return replace(entry, mentions=mentions, sources=len(articles))


def _view(line: str, news: str, day: date, word_of_line: str, word_of_news: str) -> list[str]:
    """The overview of two entries of one day's two articles, the line the more salient, and an
    entry of another day: room for two."""
    when = day.isoformat()
    shown = _pages(_told("line", when, 3.0, word_of_line, line, day, day), "page0", "page1")
    shown = replace(shown, actors=[word for word in ("Anadarko",) if word in line])
    told = _pages(_told("news", when, 2.5, word_of_news, news, day, day), "page0", "page1")
    later = date(2010, 6, 30)
    other = _told("other", later.isoformat(), 2.0, "suspend", OTHER_DAY, later, later)
    return [entry.id for entry in main_events([shown, told, other], 2)]


def test_a_frame_gives_way_to_the_news_of_its_pages() -> None:
    """A frame ("The news comes as ...") tells what the pages' news comes with; they tell the White House's
    more limited ban."""
    assert _view(COMES_AS, BAN, date(2010, 7, 13), "comes", "outlined") == ["other", "news"]


def test_a_headline_without_a_full_stop_keeps_its_place() -> None:
    """A sentence without a full stop is as often a headline that tells the news as a caption:
    Jindal's caption keeps its place before the emergencies of its pages."""
    assert _view(JINDAL, EMERGENCY, date(2010, 5, 1), "warned", "declared") == ["line", "other"]


def test_a_generic_line_gives_way_to_the_news_of_its_pages() -> None:
    """A generic line ("Residents have been urged to stay at home.") names no one and gives no
    figure; its pages tell the US buying 13 million courses of antiviral treatment."""
    assert _view(RESIDENTS, ANTIVIRALS, date(2009, 5, 1), "urged", "announced") == ["news", "other"]


def test_a_caption_run_into_the_lead_gives_way_to_the_news_of_its_pages() -> None:
    """A caption with no full stop runs into the next sentence ("... arrived in Haiti A senior
    Italian official ..."); its pages tell Oxfam's call to cancel Haiti's debts."""
    assert _view(TROOPS, OXFAM, date(2010, 1, 25), "arrived", "urged") == ["news", "other"]


def test_news_keeps_its_place_before_other_news_of_its_pages() -> None:
    """Two sentences of news of the same pages: the more salient is shown, as before."""
    assert _view(EMERGENCY, ANTIVIRALS, date(2010, 5, 1), "declared", "announced") == ["line", "other"]


def test_a_sentence_that_opens_with_its_name_is_no_generic_line() -> None:
    """A sentence that names its doer in its first word ("Anadarko, however, has refused ...") is
    no generic line: it keeps its place before BP's demands of its partners, told by the same pages."""
    assert _view(ANADARKO, DEMANDS, date(2010, 7, 5), "refused", "sent") == ["other", "line"]


SEASONAL = (
    "Seasonal flu is caused by viruses that are adapted to spread in humans, who have some natural "
    "immunity to common strains and can boost it by immunisation with a vaccine."
)
TOO_EARLY = (
    "The HPA said it was too early to say whether the cases in Mexico and the US would lead to a larger "
    "outbreak or could represent the appearance of a potential pandemic strain of influenza virus."
)


def test_a_line_the_overview_would_not_show_gives_no_place_away() -> None:
    """An explainer's line that names no one and no place, dated by its pages, is no news for an
    overview (`view_lines.no_one_nowhere_undated`): its rank is no place for the news of its pages to take
    over the entries ranked between them (H1N1_guardian's 25 April)."""
    day = date(2009, 4, 25)
    seasonal = _pages(_told("line", day.isoformat(), 3.0, "caused", SEASONAL, day, day), "page0", "page1")
    seasonal = replace(seasonal, places=[])
    early = _pages(_told("news", day.isoformat(), 1.0, "said", TOO_EARLY, day, day), "page0", "page1")
    later = date(2010, 6, 30)
    other = _told("other", later.isoformat(), 2.0, "suspend", OTHER_DAY, later, later)
    assert [entry.id for entry in main_events([seasonal, early, other], 1)] == ["other"]
