"""A confirmation that a live page tells in the present and the next day's page prints again is news
of its day, not a standing statement that earns nothing from its days (H1N1_bbc, 1 and 2 May 2009)."""

from __future__ import annotations

from datetime import date

from storyline.merge.main_events import main_events
from storyline.model import Attribution, Entry, Mention, Stance, Tense

# a 1 May live page's line, printed again on 2 May's
NURSE = (
    "German authorities confirm that a nurse who treated a patient with swine flu also contracted the "
    "disease, in the first person-to-person transmission in the country"
)
FUKUDA = (
    "But Dr Keiji Fukuda, acting assistant director general of the World Health Organization, said "
    "fluctuations were to be expected."
)
CLOSED = "Mexico has closed its museums, cinemas and restaurants for five days."
BUYS = (
    "The US has announced that it will buy 13 million new courses of antiviral treatment and send "
    "400,000 of them to Mexico."
)


def _on_two_pages(entry_id: str, text: str, tense: Tense, salience: float) -> Entry:
    """An entry that two articles of 1 and 2 May print, each dated by its own page."""
    mentions = [
        Mention(
            f"{entry_id}{n}", f"{entry_id}{n}.txt", 3000, 3000 + len(text), text, day, date=day.isoformat()
        )
        for n, day in enumerate((date(2009, 5, 1), date(2009, 5, 2)))
    ]
    return Entry(
        entry_id, "2009-05-01", False, tense, text, ["WHO"], None, [], mentions, salience=salience, sources=2
    )  # fmt: skip


def test_a_confirmation_told_in_the_present_keeps_the_days_it_is_printed_on() -> None:
    """Two articles on two days (2.085): the nurse's infection, confirmed, ranks with Fukuda's
    comment on the counts, not 0.5 below it as a standing statement would, below a line of 1.9 (the day's
    second place went to the comment, and the UK's and Germany's first person-to-person cases left the
    view)."""
    nurse = _on_two_pages("nurse", NURSE, Tense.ONGOING, 2.085)
    nurse.attribution = Attribution("German authorities", Stance.CONFIRMED, "confirm")
    story = [
        _on_two_pages("buys", BUYS, Tense.PAST, 2.587),
        nurse,
        _on_two_pages("closed", CLOSED, Tense.PAST, 1.9),
        _on_two_pages("fukuda", FUKUDA, Tense.PAST, 2.085),
    ]
    assert {e.id for e in main_events(story, 3)} == {"buys", "nurse", "fukuda"}
