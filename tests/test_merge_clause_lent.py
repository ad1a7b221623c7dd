"""Two main mentions of different predicates join as paraphrases when their sentences are close; a
sentence that holds the other's event in a clause of its own is close through that clause only. H1N1_bbc
(seed 190's S28): "The nationwide campaign begins after the number of confirmed cases ... has risen to
28" (5 May) joined "the number of confirmed cases ... has risen to 27" (4 May) at sentence 0.521 (bar
0.45), and the sentence's own "risen" then followed. Sentences are quoted from the Timeline17 articles."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import marked_event
from storyline.merge import entries as merging
from storyline.merge.entries import Merger

RISEN = "In Britain, the number of confirmed cases of the H1N1 virus has risen to 27."  # 4 May (5f8aba2f)
CAMPAIGN = (
    "The nationwide campaign begins after the number of confirmed cases of the H1N1 virus in the UK has "
    "risen to 28."
)  # 5 May (82f4c68b)
STORY = frozenset({"United Kingdom", "World Health Organization"})


@pytest.mark.parametrize("rule", [True, False])
def test_a_campaign_begun_after_the_tally_is_not_the_tally(monkeypatch, rule: bool) -> None:  # type: ignore[no-untyped-def]
    if not rule:
        monkeypatch.setattr(merging, "_clause_lent", lambda *_: False)
    merger = Merger()
    risen = merger.add(marked_event("2009-05-04/a", 668, RISEN, "risen", "rise"), STORY, date(2009, 5, 4))
    begins = marked_event("2009-05-05/b", 133, CAMPAIGN, "begins", "begin")
    assert (merger.add(begins, STORY, date(2009, 5, 5)).id != risen.id) is rule
