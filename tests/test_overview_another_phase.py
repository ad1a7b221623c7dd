"""An operation's start and its outcome are two happenings, though their sentences share the words that
describe the operation (sentences from bpoil_bbc's articles of May to September 2010): a sentence that
tells it by a phase the shown one does not name ("failed", "successful" beside "began", "started") is
news of its own, and so is one whose weekend lies apart from the shown one's weekday. A retelling of
the weekend's own event stays out."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from conftest import told_entry as _told
from storyline.merge.main_events import main_events
from storyline.merge.similarity import DocumentFrequency
from storyline.model import Entry

BEGAN = (
    "The top kill attempt, which began on Wednesday, involves pumping heavy drilling fluids into the top of "
    "the well to try to halt the oil flow."
)
FAILED = (
    'A "top kill" procedure, which had been considered the best hope for plugging the leak, failed over the '
    "weekend when engineers were unable to pump enough heavy mud into the well to staunch the oil flow."
)
UNABLE = "Engineers were unable to pump enough heavy mud into the well to staunch the oil flow."
STARTED = (
    'BP has started the "static kill" of its leaking Gulf of Mexico oil well, a step towards permanently '
    "sealing it."
)
SUCCESSFUL = '4 August: BP says "static kill" of well successful.'
DISCUSS = "Prime Minister David Cameron will discuss BP with US President Barack Obama this weekend."
CALL = (
    "In a telephone call with British Prime Minister David Cameron on Saturday, Mr Obama said criticism of "
    'BP over the oil spill has "nothing to do with national identity".'
)
DOME = (
    "Around the same time, a huge containment dome is lowered over the main leak but this fails on 8 May as "
    "the dome is blocked by frozen hydrate crystals caused by leaking gas."
)
MOVED = (
    "A containment device lowered over the well to funnel oil to the surface had to be moved on Saturday "
    "after ice-like crystals began accumulating inside it."
)
FUND = "BP has agreed to put aside $20bn (£13.5bn) to compensate victims of the oil spill."

# how many of bpoil_bbc's 293 articles use each word of these sentences (the counts `storyline ingest` keeps)
BPOIL = DocumentFrequency(
    {
        "20bn": 33, "5bn": 33, "agre": 93, "asid": 35, "attempt": 88, "barack": 108, "began": 87, "best": 50,
        "bp": 284, "british": 57, "cameron": 32, "consid": 40, "critic": 72, "david": 47, "die": 134,
        "discuss": 48, "drill": 184, "engin": 80, "fail": 101, "flow": 116, "fluid": 18, "gulf": 275,
        "halt": 38, "heavi": 44, "hope": 74, "ident": 7, "involv": 88, "leak": 217, "mexico": 264,
        "minist": 27, "mr": 155, "mud": 60, "nation": 97, "obama": 140, "oil": 292, "perman": 60, "plug": 63,
        "presid": 147, "prime": 31, "procedur": 50, "pump": 63, "seal": 89, "spill": 276, "start": 64,
        "static": 17, "staunch": 5, "step": 54, "success": 81, "telephon": 11, "tri": 90, "unabl": 17,
        "weekend": 26, "victim": 25, "compens": 75, "accumul": 5, "block": 57, "caus": 108, "contain": 138,
        "crystal": 22, "devic": 54, "dome": 31, "frozen": 1, "funnel": 35, "gas": 101, "huge": 69,
        "hydrat": 14, "ice": 25, "insid": 19, "like": 118, "lower": 58, "main": 29, "move": 31, "surfac": 105,
        "time": 164,
    },
    293,
)  # fmt: skip
LEADERS = ["David Cameron", "BP", "United States", "Barack Obama", "Britain"]


def _overview(*entries: Entry) -> set[str]:
    """The ids an overview of two shows from the entries and a fund of 16 June, the least salient."""
    fund = _told("fund", "2010-06-16", 1.0, "agreed", FUND, date(2010, 6, 16), date(2010, 6, 16))
    return {entry.id for entry in main_events([*entries, fund], 2, BPOIL)}


def _began() -> Entry:
    return _told("began", "2010-05-26", 2.8, "began", BEGAN, date(2010, 5, 27), date(2010, 5, 27))


def test_an_operations_failure_is_no_retelling_of_its_start() -> None:
    """The top kill's failure over the weekend shares "top kill", "pump", "heavy" and "oil flow" with
    its start on Wednesday (0.254 of their weighted words): both are shown."""
    failed = _told("failed", "2010-W21-WE", 2.0, "failed", FAILED, date(2010, 6, 2), date(2010, 6, 3))
    assert _overview(_began(), failed) == {"began", "failed"}


def test_a_weekend_lies_apart_from_a_weekday_of_its_week() -> None:
    """The weekend's "Engineers were unable to pump enough heavy mud" names no phase of the top kill:
    its weekend (29 and 30 May) lies apart from Wednesday's start, not inside the start's week."""
    unable = _told("unable", "2010-W21-WE", 2.0, "pump", UNABLE, date(2010, 6, 3), date(2010, 6, 3))
    assert _overview(_began(), unable) == {"began", "unable"}


@pytest.mark.parametrize("saying", ["says", "said"])
def test_an_operations_success_is_no_retelling_of_its_start(saying: str) -> None:
    """BP's word of 4 August that the static kill was successful, told a day after its start, is the
    operation's outcome, not its start again, whatever form its word of saying takes ("said" is no
    stem of "say")."""
    started = _told("started", "2010-08-03", 2.1, "started", STARTED, date(2010, 8, 3), date(2010, 8, 3))
    told = SUCCESSFUL.replace("says", saying)
    says = _told("says", "2010-08-04", 1.6, saying, told, date(2010, 9, 8), date(2010, 9, 8))
    assert _overview(replace(started, actors=["BP"]), replace(says, actors=["BP"])) == {"started", "says"}


def test_a_weekends_event_told_on_its_day_is_still_a_retelling() -> None:
    """Obama's call with Cameron "on Saturday" (12 June) is the discussion announced for "this weekend":
    the Saturday lies inside the weekend, and the fund is shown instead."""
    discuss = _told("discuss", "2010-W23-WE", 2.0, "discuss", DISCUSS, date(2010, 6, 10), date(2010, 6, 10))
    call = _told("call", "2010-06-12", 1.5, "said", CALL, date(2010, 6, 12), date(2010, 6, 12))
    leaders = [replace(discuss, actors=LEADERS), replace(call, actors=LEADERS)]
    assert _overview(*leaders) == {"discuss", "fund"}


def test_a_phase_word_of_another_event_makes_no_phase() -> None:
    """The device that "had to be moved ... after ice-like crystals began accumulating" tells the
    dome's failure of 8 May by its moving: the crystals' beginning is no phase of the dome, and the
    moving is held as a retelling of "this fails on 8 May as the dome is blocked by frozen hydrate
    crystals"."""
    dome = _told("dome", "2010-05-08", 2.0, "fails", DOME, date(2010, 6, 15), date(2010, 6, 15))
    moved = _told("moved", "2010-05-08", 1.8, "moved", MOVED, date(2010, 5, 9), date(2010, 5, 9))
    assert _overview(dome, moved) == {"dome", "fund"}


SUSPENDED = "Work on the relief well was suspended this week because of bad weather."
RESUMED = "In a positive sign, work on the relief wells resumed Friday."
# bpoil_bbc's counts of these sentences' words and the fund's
RELIEF = DocumentFrequency(
    {
        "20bn": 33, "5bn": 33, "agre": 93, "asid": 35, "bad": 41, "bp": 284, "compens": 75, "oil": 292,
        "posit": 33, "relief": 83, "resum": 27, "sign": 33, "spill": 276, "suspend": 48, "victim": 25,
        "weather": 25, "week": 134, "well": 79, "work": 134,
    },
    293,
)  # fmt: skip


def test_work_on_an_operation_is_no_phase_of_it() -> None:
    """bpoil_foxnews: the relief wells' work "resumed Friday" (16 July) after it was suspended that week.
    The noun "work" both sentences name tells which operation, not that it worked: the suspension and
    the resumption are two news, and both are shown."""
    suspended = _told(
        "suspended", "2010-W28", 2.0, "suspended", SUSPENDED, date(2010, 7, 15), date(2010, 7, 15)
    )
    resumed = _told("resumed", "2010-07-16", 1.8, "resumed", RESUMED, date(2010, 7, 17), date(2010, 7, 17))
    fund = _told("fund", "2010-06-16", 1.0, "agreed", FUND, date(2010, 6, 16), date(2010, 6, 16))
    assert {entry.id for entry in main_events([suspended, resumed, fund], 2, RELIEF)} == {
        "suspended",
        "resumed",
    }
