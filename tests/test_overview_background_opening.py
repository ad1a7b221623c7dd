"""A sentence whose opening, set off by a comma, tells another event as background does not make a later
report of that event a retelling of it: the overview weighs the later report against the clause that
tells the shown event (bpoil_bbc's Hayward succession, left out as a retelling of Dudley's taking over
the day-to-day operations; sentences of bpoil_bbc's and H1N1_bbc's articles)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import told_entry
from storyline.merge.main_events import main_events
from storyline.merge.similarity import DocumentFrequency
from storyline.model import Entry

TOOK = (
    "The man expected to replace Mr Hayward, BP Managing Director Bob Dudley, took over the day-to-day "
    "operations in the Gulf last month."
)
REPLACED = (
    "BBC business editor Robert Peston says Mr Hayward is likely to be replaced by his American colleague, "
    "Bob Dudley, who is in charge of the clean-up operation."
)
SEALED = "BP oil leak in Gulf of Mexico is finally sealed"
DIED = "Jacqueline Fleming, 38, from Glasgow, died on Sunday at the Royal Alexandra Hospital in Paisley."
DEATH = (
    "There has been one death, that of 38-year-old Jacqueline Fleming, a mother who gave birth prematurely "
    "after contracting the virus."
)

FLIGHTS = "Flights to Mexico have been cut."

# how many of the 293 bpoil_bbc and 120 H1N1_bbc articles use each word (the counts `storyline ingest` keeps)
BPOIL = DocumentFrequency(
    {
        "american": 62, "bbc": 157, "bob": 34, "bp": 284, "busi": 90, "charg": 53, "clean": 152,
        "colleagu": 8, "day": 174, "director": 48, "dudley": 32, "editor": 29, "expect": 91, "gulf": 275,
        "hayward": 97, "like": 118, "man": 29, "manag": 86, "month": 128, "mr": 155, "oper": 168,
        "peston": 24, "replac": 39, "robert": 46, "took": 29,
    },
    293,
)  # fmt: skip
H1N1 = DocumentFrequency(
    {
        "alexandra": 4, "birth": 9, "contract": 36, "die": 67, "fleme": 4, "gave": 12, "glasgow": 6,
        "hospit": 45, "jacquelin": 3, "mother": 18, "old": 52, "paisley": 5, "prematur": 8, "royal": 12,
        "virus": 104, "year": 84,
    },
    120,
)  # fmt: skip


def _dudley(entry: Entry) -> Entry:
    return replace(entry, actors=["Bob Dudley", "Briton Tony Hayward", "BP"])


def test_a_background_opening_does_not_retell_the_event_it_names() -> None:
    """Dudley's taking over the operations (June) is shown; Peston's word that Dudley will replace
    Hayward (25 July) shares 0.395 of its weighted words with that sentence, above `ALIKE`, but almost
    all of them in its opening ("The man expected to replace Mr Hayward"): the succession is shown too."""
    took = _dudley(told_entry("took", "2010-06", 3.6, "took", TOOK, date(2010, 6, 19), date(2010, 6, 21)))
    replaced = _dudley(
        told_entry("replaced", "2010-07-25", 3.1, "replaced", REPLACED, date(2010, 7, 25), date(2010, 7, 25))
    )
    sealed = told_entry("sealed", "2010-09-19", 1.0, "sealed", SEALED, date(2010, 9, 19))
    shown = main_events([took, replaced, sealed], 2, BPOIL)
    assert [entry.id for entry in shown] == ["took", "replaced"]


def test_a_retelling_of_the_event_after_the_break_is_left_out() -> None:
    """Jacqueline Fleming's death is told after the break ("Jacqueline Fleming, 38, from Glasgow, died
    on Sunday"): the next day's "There has been one death, that of 38-year-old Jacqueline Fleming"
    tells that event by its word and is weighed against the whole sentence, a retelling."""
    died = told_entry("died", "2009-06-14", 1.6, "died", DIED, date(2009, 6, 14), date(2009, 6, 15))
    death = told_entry("death", "2009-06-15", 1.5, "death", DEATH, date(2009, 6, 15), date(2009, 6, 15))
    flights = told_entry("flights", "2009-05-03", 1.0, "cut", FLIGHTS, date(2009, 5, 3), date(2009, 5, 4))
    assert [entry.id for entry in main_events([died, death, flights], 2, H1N1)] == ["flights", "died"]


CAPPED = "BP said the new cap closed off the well at 14:25 local time and oil stopped flowing into the Gulf."
CLOSED = "The new cap closed off the well."
BPOIL_CAP = DocumentFrequency(
    {
        "bp": 284, "cap": 60, "close": 40, "flow": 60, "gulf": 275, "local": 30, "new": 150, "oil": 280,
        "stop": 50, "time": 120,
    },
    293,
)  # fmt: skip


def test_the_colon_of_a_time_sets_off_no_opening() -> None:
    """ "at 14:25 local time" is no break between two parts of the sentence: the cap's closing the well,
    told before it, is the shown sentence's news too, and a report of that closing retells it."""
    stopped = told_entry(
        "stopped", "2010-07-15", 3.6, "stopped", CAPPED, date(2010, 7, 15), date(2010, 7, 16)
    )
    closed = told_entry("closed", "2010-07-15", 3.1, "closed", CLOSED, date(2010, 7, 15), date(2010, 7, 16))
    sealed = told_entry("sealed", "2010-09-19", 1.0, "sealed", SEALED, date(2010, 9, 19))
    shown = [entry.id for entry in main_events([stopped, closed, sealed], 2, BPOIL_CAP)]
    assert "stopped" in shown and "closed" not in shown
