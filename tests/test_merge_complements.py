"""A word that takes an infinitive ("forced to ask", "slated to sit") names no deed of its own: two
articles' mentions of it tell one event only when their infinitives do (`complements`). Sentences
quoted from the Timeline17 articles of the 2008 financial crisis (Washington Post), with their days."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import entries_of, events_of
from storyline.merge import pair_rules
from storyline.merge.complements import complement_word

# 18 September 2008 (1386) and 30 September 2008: the Fed asks the Treasury; central banks inject money
ASK = (
    "Having pumped $100billion into the banking system and lent $115billion more to rescue Bear Stearns "
    "and AIG, the Federal Reserve was forced to ask the Treasury yesterday to borrow some extra money to "
    "replenish its coffers.\n"
)
INJECT = (
    "That is the technical economic term that best sums up a day in which the House of Representatives "
    "refuses to pass a $700billion rescue plan pushed by the White House and congressional leaders from "
    "both parties, Wachovia is taken over in a deal that will have the government potentially owning 10 "
    "percent of Citigroup, a few European banks fail, the Federal Reserve and other central banks are "
    "forced to inject an additional $300billion into the global banking system, the Dow Jones industrial "
    "average plunges 778 points, and investors everywhere rush to the safety of gold and short-term "
    "Treasury bills.\n"
)
SEPT_17, SEPT_30 = date(2008, 9, 17), date(2008, 9, 30)


def _word(pipeline, text: str, day: date, predicate: str) -> str:  # type: ignore[no-untyped-def]
    (event,) = [e for e in events_of(pipeline, text, day) if e.predicate == predicate]
    return complement_word(event)


def test_the_infinitive_is_read_past_an_object_and_an_adverb(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _word(pipeline, ASK, SEPT_17, "force") == "ask"
    confront = "This crisis has forced the United States to confront the bad habits it developed.\n"
    assert _word(pipeline, confront, SEPT_30, "force") == "confront"
    relief = "BP is drilling two relief wells to permanently stop the leak.\n"
    assert _word(pipeline, relief, SEPT_30, "drill") == "stop"


def test_a_preposition_or_anothers_verb_is_no_infinitive(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "spread to several countries": "to" is a preposition; "The debate is slated to be": the
    infinitive is the verb's, not the subject's."""
    spread = "Swine flu has spread from Mexico to several countries around the world.\n"
    assert _word(pipeline, spread, SEPT_30, "spread") == ""
    debate = "The debate is slated to be the first of three between the candidates.\n"
    assert _word(pipeline, debate, SEPT_30, "debate") == ""


@pytest.mark.parametrize("rule", [True, False])
def test_forced_to_ask_is_not_forced_to_inject(pipeline, monkeypatch, rule: bool) -> None:  # type: ignore[no-untyped-def]
    """Without the rule the two join on "forced" and the Federal Reserve, thirteen days apart."""
    if not rule:
        monkeypatch.setattr(pair_rules, "_other_complements", lambda *_: False)
    entries = entries_of(pipeline, (SEPT_17, ASK), (SEPT_30, INJECT), secondary=True)
    forced = {e.id for e in entries for m in e.mentions if _marked(m) == "forced"}
    assert len(forced) == (2 if rule else 1)


def test_one_infinitive_in_other_words_stays_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The same deed told again ("forced to inject" in another article the next day) stays one."""
    again = "The Federal Reserve and other central banks were forced to inject $300billion into banks.\n"
    entries = entries_of(pipeline, (SEPT_30, INJECT), (date(2008, 10, 1), again), secondary=True)
    forced = [e for e in entries if any(_marked(m) == "forced" for m in e.mentions)]
    assert len(forced) == 1 and len({m.document for m in forced[0].mentions}) == 2


def _marked(mention) -> str:  # type: ignore[no-untyped-def]
    start, end = mention.event_start - mention.start, mention.event_end - mention.start
    return mention.text[start:end]
