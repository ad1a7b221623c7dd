"""The flow-rate series of bpoil_reuters: one country's exports named among many unnamed estimates of the
well's flow are not the flow's subject, and an estimate a source owns ("BP's estimate of 5,000 bpd") is
that source's claim (sentences quoted from bpoil_reuters)."""

from __future__ import annotations

from datetime import date

from conftest import entries_of
from storyline.merge.conflicts import find_conflicts
from storyline.merge.figure_series import build_series
from storyline.model import Entry
from storyline.pipeline import Pipeline

FLOW_GROUP = (
    "The Flow Rate Technical Group's estimate is a range from 12,000 barrels per day (504,000 "
    "gallons\\/1.9 million liters) to 19,000 bpd (798,000 gallons\\/3.02 million liters), well above "
    "BP's estimate of 5,000 bpd.\n"
)  # 27 May 2010
MCNUTT = (
    "The team's best estimate is 12,000-19,000 barrels per day, though one of three measurement "
    "methods the team used returned a high-end rate of 25,000 barrels per day, said McNutt.\n"
)  # 27 May 2010
GUSHING = (
    "Meanwhile, the oil keeps gushing into the Gulf at a rate now estimated as high as 60,000 barrels a "
    "day.\n"
)
NORWAY = (
    "Norway is still Europe's No. 2 energy supplier but its oil exports, at 2.13 million barrels per day in "
    "2009, are 31 percent below its 2001 peak.\n"
)  # 29 July 2010


def _entries(pipeline: Pipeline, *articles: tuple[date, str]) -> list[Entry]:
    return entries_of(pipeline, *articles)


def test_an_estimate_a_source_owns_is_its_claim_in_the_flow_dispute(pipeline: Pipeline) -> None:
    day = date(2010, 5, 27)
    entries = _entries(pipeline, (day, FLOW_GROUP), (day, MCNUTT))
    (flow,) = [c for c in find_conflicts(entries, build_series(entries)) if c.kind == "figure"]
    sides = {flow.first.text: flow.first.source, flow.second.text: flow.second.source}
    assert set(sides) == {"5,000 bpd", "12,000-19,000 barrels per day"}
    assert sides["5,000 bpd"] == "BP" and "McNutt" in (sides["12,000-19,000 barrels per day"] or "")


def test_one_countrys_exports_do_not_name_the_subject_of_the_wells_flow(pipeline: Pipeline) -> None:
    may, july = date(2010, 5, 27), date(2010, 7, 29)
    entries = _entries(pipeline, (may, FLOW_GROUP), (may, MCNUTT), (july, GUSHING), (july, NORWAY))
    flows = [s for s in build_series(entries) if s.kind == "barrels per day" and len(s.points) > 1]
    assert flows and all(s.subject != "Norway" and "Norway" not in s.label for s in flows)
    assert all("team" not in s.label for s in flows)  # one figure's thing does not label them all
