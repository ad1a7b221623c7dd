"""Joins of different events that the judges of seed 310 (main 4ac2e0e5) found, by their general causes:
three sayings of BP on the top kill (bpoil_bbc 8e846e9dd7), a general rule of what a flu strain can do
joined with the outbreak's person-to-person spread (H1N1_bbc 7af08bd164), and Germany's three patients
with South Korea's first case (H1N1_bbc 63afef61a7). Sentences are quoted from the Timeline17
articles, each with its article and day."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import entries_of, events_of, foreseen_mentions
from storyline.merge import pair_rules
from storyline.merge.entries import Merger
from storyline.merge.person_and_group import person_and_group
from storyline.merge.sayings import other_sayings
from storyline.merge.similarity import Signature, signature
from storyline.model import Event
from storyline.pipeline import Pipeline

# bpoil_bbc 1452 (26 May), 183 (27 May: the headline runs into the lead), 1392 (29 May)
DECIDE = (
    "The oil company BP is to decide on whether to carry out a new plan to try to stem the leaking Gulf of"
    " Mexico oil well, the chief executive has said.\n"
)
GOING = (
    "BP oil leak plug ` going as planned ' The oil company BP says its new attempt to seal a leaking oil"
    " well in the Gulf of Mexico is going according to plan.\n"
)
FAILED = "The latest attempt to stop the Gulf of Mexico oil leak has failed, the oil giant BP has said.\n"
# H1N1_bbc 1101 (26 April) and 133 (28 April): one warning retold
WHO_WARNED = (
    "The WHO has warned the virus has the potential to become a pandemic, and has urged all governments to"
    " step up surveillance.\n"
)
UN_WARNED = "The UN has warned that the virus has the potential to become a pandemic.\n"
# bpoil_bbc, 24 and 25 May: "go" is no saying, though "went on to say" makes it a cue
GO = (
    "He said if that happened BP would immediately install a new containment device to go over the old"
    " riser.\n"
)


def _sayings(
    pipeline: Pipeline, articles: list[tuple[date, str]], verb: str
) -> tuple[Merger, list[Signature]]:
    """A merger that has foreseen the articles, and their mentions of `verb` that carry a report."""
    merger, found = foreseen_mentions(pipeline, articles, verb)
    return merger, [sig for sig in found if sig.word in sig.cue.split()]


def test_three_sayings_of_three_days_are_three_statements(pipeline: Pipeline) -> None:
    """Each pair shares the story's words ("BP", "attempt", "Gulf of Mexico") and "say", which the
    crowd of the story's sayings does not stop; what each says ("decide", "going", "failed") is
    another thing."""
    articles = [(date(2010, 5, 26), DECIDE), (date(2010, 5, 27), GOING), (date(2010, 5, 29), FAILED)]
    merger, (decide, going, failed) = _sayings(pipeline, articles, "say")
    for one, other in ((decide, going), (going, failed), (decide, failed)):
        sentence = merger.sentence_similarity(one, other)
        assert sentence < pair_rules.CROWD_EXEMPT + pair_rules.REPORT_THRESHOLD
        assert other_sayings(one, other) and pair_rules.parted(one, other, merger, sentence)
    assert merger.sentence_similarity(decide, going) >= pair_rules.REPORT_THRESHOLD  # alike enough before


def test_one_warning_retold_stays_one_saying(pipeline: Pipeline) -> None:
    articles = [(date(2009, 4, 26), WHO_WARNED), (date(2009, 4, 28), UN_WARNED)]
    _, (who, un) = _sayings(pipeline, articles, "warn")
    assert not other_sayings(who, un)  # their clauses share a word


def test_a_verb_that_carries_no_report_is_no_saying(pipeline: Pipeline) -> None:
    articles = [(date(2010, 5, 24), GO), (date(2010, 5, 25), GO.replace("He said if", "He said that if"))]
    _, gone = foreseen_mentions(pipeline, articles, "go")
    assert gone and not any(sig.word in sig.cue.split() for sig in gone)
    assert not other_sayings(gone[0], gone[1])


# H1N1_bbc 244 (27 April): the Q&A's answer and its explainer paragraph
OUTBREAK = "In the latest outbreak it is clear that the disease is being passed from person to person.\n"
RULE = (
    "When any new strain of flu emerges that acquires the ability to pass from person to person, it is"
    " monitored very closely in case it has the potential to spark a pandemic.\n"
)
READER = (
    "No one had expected that the new strain of virus could acquire the ability to pass from person to"
    " person.\n"
)
LEVEL_FOUR = (
    'WHO says the virus, which has killed an estimated 150 people in Mexico, is showing a "sustained ability"'
    " to pass from human to human and is able to cause community-level outbreaks.\n"
)


def _told(event: Event) -> str:
    assert event.event_start is not None and event.event_end is not None
    return event.text[event.event_start - event.start : event.event_end - event.start]


@pytest.mark.parametrize(
    ("sentence", "word", "mood"),
    [
        (RULE, "pass", "generic"),
        (RULE, "spark", "generic"),
        (READER, "pass", "generic"),
        (LEVEL_FOUR, "pass", "generic"),  # the parse makes the infinitive a relative clause
        (OUTBREAK, "passed", "actual"),
    ],
)
def test_what_a_thing_can_do_is_no_happening(pipeline: Pipeline, sentence: str, word: str, mood: str) -> None:
    events = events_of(pipeline, sentence, date(2009, 4, 27))
    assert [e.modality for e in events if _told(e) == word] == [mood]


def test_a_general_rule_leaves_the_outbreaks_spread(pipeline: Pipeline) -> None:
    """One article: the same-article rule joined the explainer's "ability to pass" to the answer's
    "is being passed"; a generic mention is kept from the happening."""
    page = OUTBREAK + RULE
    entries = entries_of(pipeline, (date(2009, 4, 27), page), secondary=True)
    spread, rule = page.index("passed"), page.index("pass from", len(OUTBREAK))
    (entry,) = [e for e in entries if spread in {m.event_start for m in e.mentions}]
    assert rule not in {m.event_start for m in entry.mentions}


# H1N1_bbc 23 (29 April, less the fact box run into it) and 572 (2 May)
THREE = "All three recently returned from Mexico, officials said.\n"
WOMAN = (
    "In South Korea, a 51-year-old woman who had recently returned from Mexico was confirmed as the"
    " country's first case, Yonhap news agency reported.\n"
)


def test_a_count_is_a_group(pipeline: Pipeline) -> None:
    """ "All three" heads the role with a count: many people, not the one woman."""
    (three,) = [e for e in events_of(pipeline, THREE, date(2009, 4, 29)) if e.predicate == "return"]
    (woman,) = [e for e in events_of(pipeline, WOMAN, date(2009, 5, 2)) if e.predicate == "return"]
    assert three.arguments == ["agent|three"]
    assert person_and_group(signature(three), signature(woman))
    assert not person_and_group(signature(woman), signature(woman))
