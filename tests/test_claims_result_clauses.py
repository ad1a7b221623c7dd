"""Seed 201 on bpoil_reuters: a report in a clause joined by "so" to a narrated clause before it, an estimate
whose maker the parse read as a compound, and a sum in what a subjectless participle says. The sentences are
quoted from the corpus, each read by the whole pipeline as one short article."""

from __future__ import annotations

from datetime import date

from conftest import events_of, figure_claimants
from storyline.pipeline import Pipeline

UNOCAL = (
    "The U.S. government blocked the takeover of Asia-focused U.S. oil company Unocal by China's CNOOC for "
    "strategic reasons, so most analysts doubt it would allow BP -- the largest oil producer in the Gulf of "
    "Mexico -- to be taken over by a state-backed oil company.\n"
)


def test_a_doubt_joined_by_so_after_a_narrated_clause_is_the_analysts(pipeline: Pipeline) -> None:
    """The main clause (the government blocked the takeover) reports nothing; the analysts' doubt, in the
    clause "so" joins to it, is theirs, and the blocking stays the writer's."""
    events = events_of(pipeline, UNOCAL, date(2010, 6, 3))
    by_predicate = {e.predicate: e.attribution for e in events}
    doubted = [a for p, a in by_predicate.items() if p in ("allow", "doubt", "take") and a is not None]
    assert doubted and all(a.source == "most analysts" for a in doubted)
    assert by_predicate.get("block") is None


def test_an_estimate_whose_maker_the_parse_read_as_a_compound_is_the_makers(pipeline: Pipeline) -> None:
    """The parse read "BP estimates" as a noun (BP a compound of it) though "estimates" is the verb of
    what the document shows: the worst-case rate is BP's estimate (seed 201, F20)."""
    claimants = figure_claimants(
        pipeline,
        "June 20 - Internal BP document released by U.S. congressman shows BP estimates that a worst-case "
        "scenario rate could be 100,000 barrels (4.2 million gallons/15.9 million liters) a day.\n",
        date(2010, 7, 23),
    )
    assert [c for t, c in claimants.items() if t.startswith("100,000 barrels")] == ["BP"]


def test_a_sum_in_what_a_participle_says_is_its_clauses_subjects(pipeline: Pipeline) -> None:
    """The main clause (litigation dragged on) reports nothing; the $5billion is in what Exxon Mobil was
    "saying" as it fought, so it is Exxon Mobil's claim, not the writer's (seed 201, F14)."""
    claimants = figure_claimants(
        pipeline,
        "Litigation dragged on for two decades as Exxon Mobil Corp fought over punitive damages, saying the "
        "$5billion that an Alaska jury awarded in 1994 was excessive.\n",
        date(2010, 6, 30),
    )
    assert claimants["$5billion"] == "Exxon Mobil Corp"
