"""Two main mentions of different predicates join as paraphrases when their sentences are close; a
sentence whose mention governs a subordinate clause headed by the other's event word is close through
that clause only. H1N1_bbc (seed 190's S28): "The nationwide campaign begins after the number of
confirmed cases ... has risen to 28" (5 May) joined "the number of confirmed cases ... has risen to 27"
(4 May) at sentence 0.521 (bar 0.45), and the sentence's own "risen" then followed. A light verb's
object is no clause of its own (MJ_bbc, events74): "police carried out what they said was an extensive
interview" is the interview that "had carried out an "extensive interview"" tells. Sentences are quoted
from the Timeline17 articles; each mention's clauses come from its parse (`clause_heads`)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import marked_event
from storyline.extract.clause_heads import clause_heads
from storyline.merge import pair_rules
from storyline.merge.entries import Merger
from storyline.model import Event

RISEN = "In Britain, the number of confirmed cases of the H1N1 virus has risen to 27."  # 4 May (5f8aba2f)
CAMPAIGN = (
    "The nationwide campaign begins after the number of confirmed cases of the H1N1 virus in the UK has "
    "risen to 28."
)  # 5 May (82f4c68b)
STORY = frozenset({"United Kingdom", "World Health Organization"})
CARRIED = (
    "On Saturday police carried out what they said was an extensive interview with Jackson's personal "
    "doctor, Conrad Murray, who was with the singer when he died."
)  # 29 June 2009
INTERVIEW = (
    'Police investigating the death said they had carried out an "extensive interview" with his doctor, '
    "Conrad Murray, who was with the singer at the time."
)  # 29 June 2009
JACKSON = frozenset({"Michael Jackson", "Conrad Murray"})


def parsed_event(nlp, document: str, start: int, text: str, word: str, predicate: str) -> Event:  # type: ignore[no-untyped-def]
    """The mention of `text` marked on the first `word`, with the clauses its parse gives the word."""
    event = marked_event(document, start, text, word, predicate)
    token = next(token for token in nlp(text) if token.text == word)
    event.clauses = clause_heads(token)
    return event


@pytest.mark.parametrize("rule", [True, False])
def test_a_campaign_begun_after_the_tally_is_not_the_tally(monkeypatch, nlp, rule: bool) -> None:  # type: ignore[no-untyped-def]
    if not rule:
        monkeypatch.setattr(pair_rules, "_clause_lent", lambda *_: False)
    merger = Merger()
    tally = parsed_event(nlp, "2009-05-04/a", 668, RISEN, "risen", "rise")
    risen = merger.add(tally, STORY, date(2009, 5, 4))
    begins = parsed_event(nlp, "2009-05-05/b", 133, CAMPAIGN, "begins", "begin")
    assert (merger.add(begins, STORY, date(2009, 5, 5)).id != risen.id) is rule


def test_a_light_verbs_object_lends_no_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    merger = Merger()
    interview = parsed_event(nlp, "2009-06-29/a", 200, INTERVIEW, "interview", "interview")
    told = merger.add(interview, JACKSON, date(2009, 6, 29))
    carried = parsed_event(nlp, "2009-06-29/b", 90, CARRIED, "carried", "carry")
    assert merger.add(carried, JACKSON, date(2009, 6, 29)).id == told.id
