"""A report in a clause joined by "so" to a narrated clause before it (seed 201 on bpoil_reuters, recall).
The sentence is quoted from the corpus, read by the whole pipeline as one short article."""

from __future__ import annotations

from datetime import date

from conftest import events_of
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
