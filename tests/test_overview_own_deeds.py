"""Two pieces of news that the same round-ups tell on one day: a deed that its own actors did, told as a
fact in words that share nothing with the shown one's but names, is news of its own (sentences from
bpoil_bbc's articles of 1 May and 15 September 2010)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import told_entry as _told
from storyline.merge.main_events import main_events
from storyline.merge.similarity import DocumentFrequency
from storyline.model import Attribution, Entry, Stance

JINDAL = "Louisiana Governor Bobby Jindal warned the spill threatened their way of life"
EMERGENCY = "Mississippi, Alabama, Louisiana and Florida have all declared a state of emergency."
PLUG = (
    "On Wednesday, the US said it would require oil firms to plug 3,500 non-producing Gulf of Mexico oil "
    "wells."
)
DISMANTLE = (
    "The department will also require companies to dismantle 650 unused oil and gas platforms, some of which "
    "have sat idle for decades without inspection for leaks."
)
BONNIE = (
    "Dozens of ships in the Gulf of Mexico are preparing to leave the site of the BP oil spill as Tropical "
    "Storm Bonnie gathers pace."
)

# how many of bpoil_bbc's 293 articles use each word of these sentences (the counts `storyline ingest` keeps)
BPOIL = DocumentFrequency(
    {
        "alabama": 39, "bobbi": 12, "bonni": 4, "bp": 284, "compani": 219, "decad": 18, "declar": 18,
        "depart": 51, "dismantl": 3, "dozen": 8, "emergenc": 27, "firm": 84, "florida": 63, "gas": 101,
        "gather": 8, "governor": 16, "gulf": 275, "idl": 5, "inspect": 18, "interior": 28, "jindal": 12,
        "leak": 217, "leav": 33, "life": 61, "louisiana": 116, "mexico": 264, "mississippi": 40, "non": 15,
        "oil": 292, "pace": 6, "platform": 27, "plug": 63, "prepar": 45, "produc": 53, "requir": 37,
        "sat": 9, "ship": 71, "site": 60, "spill": 276, "state": 141, "storm": 14, "threaten": 51,
        "tropic": 11, "unit": 23, "unus": 5, "warn": 60, "way": 87, "well": 79,
    },
    293,
)  # fmt: skip
MAY_1, SEPTEMBER_15 = date(2010, 5, 1), date(2010, 9, 15)
ROUND_UPS = ("round-up-a", "round-up-b", "round-up-c")


def _pages(entry: Entry, actors: list[str], start: int) -> Entry:
    """The entry as the three round-ups tell it, `start` characters in, its doers `actors`."""
    mentions = [
        replace(mention, document=article, start=start, end=start + len(entry.summary))
        for mention, article in zip(entry.mentions, ROUND_UPS, strict=True)
    ]
    return replace(entry, mentions=mentions, actors=actors)


def _view(shown: Entry, news: Entry) -> list[str]:
    """The overview of room for two: the shown one first, the other of the same pages next, and a
    later day's entry."""
    later = date(2010, 7, 23)
    other = _told("bonnie", later.isoformat(), 1.5, "preparing", BONNIE, later, later)
    return [entry.id for entry in main_events([shown, news, other], 2, BPOIL)]


def _jindal() -> Entry:
    jindal = _told("jindal", "2010-05-01", 3.0, "warned", JINDAL, MAY_1, MAY_1, MAY_1)
    return _pages(jindal, ["Louisiana", "Bobby Jindal"], 812)


def test_a_deed_its_own_actors_did_is_news_of_its_own() -> None:
    """The four states' declarations of emergency and Governor Jindal's warning, told by the same
    round-ups of 1 May: the emergencies were left out as the warning's news told again."""
    emergency = _told("emergency", "2010-05-01", 2.5, "declared", EMERGENCY, MAY_1, MAY_1, MAY_1)
    emergency = _pages(emergency, ["Mississippi", "Alabama", "Louisiana", "Florida"], 1168)
    assert _view(_jindal(), emergency) == ["emergency", "jindal"]


def test_what_a_source_says_on_the_same_pages_is_their_news_told_again() -> None:
    """The same sentence as a source's word, not a deed told as a fact, is the shown one's news."""
    emergency = _told("emergency", "2010-05-01", 2.5, "declared", EMERGENCY, MAY_1, MAY_1, MAY_1)
    emergency = _pages(emergency, ["Mississippi", "Alabama", "Louisiana", "Florida"], 1168)
    said = Attribution("Mississippi", Stance.STATED, "said")
    assert _view(_jindal(), replace(emergency, attribution=said)) == ["jindal", "bonnie"]


def test_a_deed_told_by_the_shown_ones_word_is_its_news_told_again() -> None:
    """The Interior Department's rule of 15 September, told in two sentences by the same articles:
    the platforms to dismantle share the rule's "require" with the wells to plug, one piece of news."""
    plug = _told("plug", "2010-09-15", 3.0, "require", PLUG, SEPTEMBER_15, SEPTEMBER_15, SEPTEMBER_15)
    plug = _pages(plug, ["United States", "Interior Department"], 0)
    dismantle = _told("dismantle", "2010-09-15", 2.5, "require", DISMANTLE, *(SEPTEMBER_15,) * 3)
    dismantle = _pages(dismantle, ["United States", "Interior Department"], 260)
    assert _view(plug, dismantle) == ["bonnie", "plug"]
