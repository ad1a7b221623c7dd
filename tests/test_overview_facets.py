"""An entry that shares most of its reports with a shown one is a facet of that one's event, unless the
two give other counts of times apart: a merge chains a sentence of another event into an entry
(sentences from H1N1_bbc, as its articles print them)."""

from __future__ import annotations

from storyline.merge.main_events import main_events
from storyline.model import Entry, Mention, Tense

PUPILS = (
    "Five of the nine diagnosed with the H1N1 virus were year seven pupils from Alleyn's School in "
    "Dulwich, south London."
)
PUPILS_AGAIN = (
    "Five of those diagnosed with the H1N1 virus are year seven pupils at Alleyn's School in Dulwich, "
    "London, which will remain closed until next week."
)
LONDON = (
    "Two more people in London have been diagnosed with the swine flu virus, the Department of Health "
    "(DH) confirmed."
)
SCOTLAND = "The first person-to-person transmission of the virus in Scotland has been confirmed."


def _reported(entry_id: str, day: str, salience: float, *reports: tuple[str, int, str]) -> Entry:
    """An entry whose first report gives its sentence; each report is (article, offset, sentence)."""
    mentions = [Mention(article, f"{article}.txt", at, at + len(text), text) for article, at, text in reports]
    sources = len({article for article, _, _ in reports})
    return Entry(
        entry_id,
        day,
        False,
        Tense.PAST,
        reports[0][2],
        [],
        None,
        [],
        mentions,
        salience=salience,
        sources=sources,
    )


def _london(day: str) -> list[Entry]:
    """H1N1_bbc: the Alleyn's pupils (4 May, two articles) and the two more London cases of `day`, whose
    merge chained both reports of the pupils into its four."""
    return [
        _reported("pupils", "2009-05-04", 3.0, ("p", 176, PUPILS), ("q", 154, PUPILS_AGAIN)),
        _reported(
            "london",
            day,
            4.5,
            ("r", 0, LONDON),
            ("s", 48, LONDON),
            ("p", 176, PUPILS),
            ("q", 154, PUPILS_AGAIN),
        ),
        _reported("scotland", "2009-05-03", 2.0, ("t", 0, SCOTLAND), ("u", 0, SCOTLAND)),
    ]


def test_another_count_of_another_day_is_no_facet_of_a_shown_one_whose_reports_it_shares() -> None:
    """ "Two more people in London" (30 April) is news of its own beside the pupils' "Five of the nine"
    (4 May), though its entry cites both of theirs: the view left it out for a headline."""
    assert [e.id for e in main_events(_london("2009-04-30"), 2)] == ["london", "pupils"]


def test_another_count_of_the_same_day_sharing_the_reports_stays_a_facet() -> None:
    """Told on the pupils' own day, two counts that cite the same sentences are one day's news."""
    assert [e.id for e in main_events(_london("2009-05-04"), 2)] == ["scotland", "pupils"]
