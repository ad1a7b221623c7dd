"""The overview weighs salience at the precision it is stored to, so that a salience it counts
(log2(1 + 2) = 1.58496) ties the stored one it equals (1.585) and the ties are broken by what the
entries tell; and a date that its articles recall weeks on is no news of the moment (real
sentences of H1N1_bbc and bpoil_guardian, as their articles print them, and where)."""

from __future__ import annotations

from datetime import date

from conftest import marked_report as _report
from storyline.merge.main_events import main_events
from storyline.merge.similarity import DocumentFrequency
from storyline.model import Attribution, Entry, Stance, Tense

CHILD = (
    "The child - one of 91 cases of swine flu in the US - had been visiting relatives in Texas when he "
    "fell ill."
)
BOY = "One death has been confirmed - that of a Mexican two-year-old boy who was visiting Texas."
MEXICO = (
    "The Mexican government is urging against jumping to conclusions and is suggesting the possibility "
    "remains that the virus originated outside the country."
)
MEXICO_ADDS = MEXICO[:-1] + ", our correspondent adds."

# how many of H1N1_bbc's 120 articles use each word of these sentences (the counts `storyline
# ingest` keeps)
H1N1 = DocumentFrequency(
    {
        "add": 44, "boy": 11, "case": 95, "child": 20, "conclus": 7, "confirm": 74, "correspond": 26,
        "countri": 78, "die": 67, "fell": 15, "flu": 107, "govern": 69, "ill": 57, "jump": 18, "mexican": 32,
        "old": 52, "origin": 18, "outsid": 35, "possibl": 53, "relat": 27, "remain": 36, "suggest": 39,
        "swine": 104, "texa": 14, "urg": 24, "virus": 104, "visit": 39, "year": 84,
    },
    120,
)  # fmt: skip


def _toddler() -> Entry:
    """The Texas toddler (29 April): one article leads with him, 191 characters in; a 4 May one
    retells his death. Merged salience 1.17, told by two articles alike: log2(1 + 2)."""
    mentions = [
        _report("apr29", 191, CHILD, "visiting", date(2009, 4, 29), "2009-04-29"),
        _report("may4", 647, BOY, "visiting", date(2009, 5, 4), "2009-05-04"),
    ]
    return Entry(
        "toddler", "2009-04-29", False, Tense.PAST, CHILD, ["United States", "Texas"], None, [], mentions,
        places=["United States", "Texas"], salience=1.17, sources=2,
    )  # fmt: skip


def _mexico() -> Entry:
    """The Mexican government's caution (29 April), two articles a paragraph down: stored 1.585."""
    mentions = [
        _report("apr29b", 2712, MEXICO_ADDS, "urging", date(2009, 4, 29), "2009-04-29"),
        _report("apr29", 3685, MEXICO, "urging", date(2009, 4, 29), "2009-04-29"),
    ]
    government = Attribution("Mexican government", Stance.STATED, "urging", None, 3689, 3707)
    return Entry(
        "mexico", "2009-04-29", False, Tense.ONGOING, MEXICO, ["Mexican government"], government, [],
        mentions, salience=1.585, sources=2,
    )  # fmt: skip


def test_a_counted_salience_ties_the_stored_one_it_equals() -> None:
    """Both are told alike by two articles (1.585): the toddler, which an article leads with, comes
    first. Weighed at six places, 1.58496 came after every entry stored at 1.585."""
    assert [e.id for e in main_events([_mexico(), _toddler()], 1, H1N1)] == ["toddler"]


LOST = "BP has now lost £44bn of its value since 20 April, when the Deepwater Horizon oil rig exploded."
LOST_CAP = (
    "BP has now lost £44bn of its market capitalization since 20 April, when the Deepwater Horizon oil rig "
    "exploded."
)
SHAFT = "That well finally reached the main shaft on Thursday, permitting a cement plug to be pumped in."
SHAFT_THE = SHAFT.replace("a cement", "the cement")

# how many of bpoil_guardian's 287 articles use each word of these sentences
BPOIL = DocumentFrequency(
    {
        "44bn": 3, "bp": 286, "capit": 24, "cement": 54, "deepwat": 225, "explod": 158, "final": 71,
        "horizon": 215, "lost": 56, "main": 125, "market": 37, "oil": 286, "permit": 12, "plug": 62,
        "pump": 64, "reach": 78, "rig": 179, "shaft": 7, "valu": 36,
    },
    287,
)  # fmt: skip


def _lost() -> Entry:
    """BP's lost value, dated by the explosion's day that two 1 June articles recall: stored 1.585."""
    mentions = [
        _report("jun1a", 471, LOST_CAP, "lost", date(2010, 6, 1), "2010-04-20"),
        _report("jun1b", 347, LOST, "lost", date(2010, 6, 1), "2010-04-20"),
    ]
    return Entry(
        "lost", "2010-04-20", False, Tense.PAST, LOST, ["BP"], None, [], mentions, salience=1.585, sources=2
    )


def _shaft() -> Entry:
    """The relief well's interception "on Thursday" (16 September), two 20 September articles."""
    mentions = [
        _report("sep20a", 1930, SHAFT, "reached", date(2010, 9, 20), "2010-09-16"),
        _report("sep20b", 954, SHAFT_THE, "reached", date(2010, 9, 20), "2010-09-16"),
    ]
    return Entry(
        "shaft", "2010-09-16", False, Tense.PAST, SHAFT, [], None, [], mentions, places=["Gulf"],
        salience=1.585, sources=2,
    )  # fmt: skip


def test_a_date_recalled_weeks_on_is_no_news_of_the_moment() -> None:
    """Both are past deeds that their reports date in words, tied at 1.585: the interception, told
    four days on, is news; the lost value, dated 20 April by articles of 1 June, recalls that day."""
    assert [e.id for e in main_events([_lost(), _shaft()], 1, BPOIL)] == ["shaft"]
