"""An event that three articles tell alike, two of them in their lead paragraph on two days, ranks
above the hundreds of entries two articles tell on two days (bpoil_bbc's sentences, as its articles
print them, and where)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import marked_report as _report
from storyline.merge.main_events import main_events
from storyline.merge.similarity import DocumentFrequency
from storyline.model import Attribution, Entry, Stance, Tense

INTEGRITY = (
    'The US official in charge of the spill clean-up, Admiral Thad Allen, said the "integrity test" would '
    "not stop until Sunday afternoon."
)
SEEPING = (
    "Adm Allen has said that if methane was found to be seeping from the sea floor, this might mean oil was "
    "also leaking."
)
METHANE = (
    "The official in charge of the clean-up, Thad Allen, said if a substance leaking from the seabed was "
    "found to be methane this might mean oil was also leaking."
)
BOOM = (
    "Around 190 miles of floating boom are being used as part of the efforts to stop oil reaching the coast."
)
BOOMS = (
    "Around 1.5 m ft of floating booms are being used as part of the efforts to stop oil reaching the coast, "
    "Reuters reports."
)

# how many of bpoil_bbc's 293 articles use each word of these sentences (the counts `storyline
# ingest` keeps)
BPOIL = DocumentFrequency(
    {
        "adm": 45, "admir": 34, "afternoon": 8, "allen": 58, "boom": 43, "charg": 53, "clean": 152,
        "coast": 152, "effort": 114, "float": 19, "floor": 39, "found": 62, "ft": 36, "integr": 22,
        "leak": 217, "m": 63, "mean": 52, "methan": 15, "mile": 100, "offici": 100, "oil": 292,
        "reach": 75, "report": 131, "reuter": 22, "sea": 126, "seab": 51, "seep": 4, "spill": 276,
        "stop": 135, "substanc": 5, "test": 78, "thad": 53,
    },
    293,
)  # fmt: skip


def _seep(first_lead: int = 95) -> Entry:
    """Thad Allen's warning (18 July): its third article prints it 158 characters in, the 19 July
    one 960 characters in, and the 17 July one's lead has his word on the integrity test."""
    mentions = [
        _report("jul17", first_lead, INTEGRITY, "said", date(2010, 7, 17), "2010-07-18"),
        _report("jul19a", 960, SEEPING, "said", date(2010, 7, 19), "2010-07-19"),
        _report("jul19b", 158, METHANE, "said", date(2010, 7, 19), "2010-07-19"),
    ]
    allen = Attribution("Thad Allen", Stance.STATED, "said", None, 198, 208)
    return Entry(
        "seep", "2010-07-18", False, Tense.EXPECTED, METHANE, ["Thad Allen"], allen, [], mentions,
        salience=1.322, sources=3,
    )  # fmt: skip


def _boom() -> Entry:
    """A two-article entry of two days, told as its articles' news: 2.085, with hundreds more."""
    mentions = [
        _report("may10", 3158, BOOM, "used", date(2010, 5, 10), "2010-05-10"),
        _report("may13", 1071, BOOMS, "used", date(2010, 5, 13), "2010-05-13"),
    ]
    return Entry(
        "boom", "2010-05-10", False, Tense.PAST, BOOM, ["Reuters"], None, [], mentions, places=["Louisiana"],
        salience=2.085, sources=2,
    )  # fmt: skip


def test_an_event_three_articles_tell_two_in_their_lead_outranks_two_articles_on_two_days() -> None:
    """Two of its three articles tell it in passing (merged salience 1.322, floor log2(1 + 3) = 2.0):
    the two that lead with it, on 17 and 19 July, count as its news (2.2)."""
    assert [e.id for e in main_events([_boom(), _seep()], 1, BPOIL)] == ["seep"]


def test_one_lead_does_not_lift_it() -> None:
    """With the 17 July report a paragraph down, one article leads with it: it stays at its floor."""
    assert [e.id for e in main_events([_boom(), _seep(first_lead=1200)], 1, BPOIL)] == ["boom"]


def test_two_articles_that_lead_with_an_event_are_not_lifted() -> None:
    """Without its third article the warning is two articles' (floor log2(1 + 2)), below the boom."""
    seep = _seep()
    two = replace(seep, mentions=seep.mentions[::2], sources=2)
    assert [e.id for e in main_events([_boom(), two], 1, BPOIL)] == ["boom"]


NINE = (
    "Another nine UK cases of swine flu have been confirmed taking the total to 27, according to the Health "
    "Protection Agency."
)
NINE_SAID = (
    "Another nine UK cases of swine flu have been confirmed, taking the total to 27, the Health Protection "
    "Agency has said."
)
NINETY_FIVE = (
    "The healthcare worker fell ill on Wednesday Ninety-five new swine flu cases have been confirmed by the "
    "Health Protection Agency (HPA), taking the total number of cases in the capital to 289."
)
EGYPT = "Egypt has begun a mass slaughter of thousands of pigs in an effort to prevent swine flu spreading."
EGYPT_GHANA = (
    "Egypt has begun a mass slaughter of its pigs, and Ghana is the latest country to ban pork imports as a "
    "precaution against swine flu."
)

# how many of H1N1_bbc's 120 articles use each word of these sentences
H1N1 = DocumentFrequency(
    {
        "agenc": 46, "ban": 20, "begun": 10, "capit": 23, "case": 95, "confirm": 74, "countri": 78,
        "effort": 17, "egypt": 8, "fell": 15, "flu": 107, "ghana": 2, "health": 103, "healthcar": 12,
        "hpa": 16, "ill": 57, "import": 42, "latest": 37, "mass": 23, "new": 79, "nineti": 1, "number": 78,
        "pig": 33, "pork": 16, "precaut": 33, "prevent": 44, "protect": 53, "slaughter": 6, "spread": 76,
        "swine": 104, "take": 52, "thousand": 20, "total": 39, "uk": 71, "worker": 21,
    },
    120,
)  # fmt: skip


def test_a_lead_that_gives_another_count_is_not_the_events_lead() -> None:
    """H1N1_bbc: two 4 May articles lead with the 27 UK cases; the third lead, 18 June's 95 new cases
    in the capital (alike at 0.47 by its words), is another count: the nine cases keep their floor,
    under Egypt's pig slaughter that two articles tell on two days."""
    nine = Entry(
        "nine", "2009-05-04", False, Tense.PAST, NINE, ["Health Protection Agency"], None, [],
        [
            _report("may4a", 32, NINE, "confirmed", date(2009, 5, 4), "2009-05-04"),
            _report("may4b", 57, NINE_SAID, "confirmed", date(2009, 5, 4), "2009-05-04"),
            _report("jun18", 32, NINETY_FIVE, "confirmed", date(2009, 6, 18), "2009-06-18"),
        ],
        places=["UK"], salience=1.322, sources=3,
    )  # fmt: skip
    egypt = Entry(
        "egypt", "2009-04-29", False, Tense.PAST, EGYPT, ["Egypt"], None, [],
        [
            _report("apr29", 50, EGYPT, "begun", date(2009, 4, 29), "2009-04-29"),
            _report("may1", 3388, EGYPT_GHANA, "begun", date(2009, 5, 1), "2009-05-01"),
        ],
        places=["Egypt"], salience=2.085, sources=2,
    )  # fmt: skip
    assert [e.id for e in main_events([nine, egypt], 1, H1N1)] == ["egypt"]
