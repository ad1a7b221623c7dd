"""One scale set to one level, told with other verbs, is one occasion (`scale_levels`): the WHO's pandemic
alert raised to five, as three H1N1_bbc pages of 1 May 2009 tell it (1113, 664 and 1084), was three
entries, each sentence too unlike the others for a paraphrase. A mention whose own word does not act on
the scale stays apart: a hotel cordoned off beside "the alert level raised to emergency" (664) is not
the raising another page tells (572, 2 May)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import entries_of, events_of
from storyline.merge import entries as merging
from storyline.merge import pair_rules
from storyline.merge.scale_levels import level_set
from storyline.merge.similarity import signature

MAY_1, MAY_2 = date(2009, 5, 1), date(2009, 5, 2)
RAISED = (
    "The World Health Organization has raised its pandemic alert to five, the second-highest level, but "
    "says it has no immediate plans for another rise.\n"
)
SET = (
    "The WHO has set its pandemic alert level at five - but says it has no immediate plans to move to the "
    "highest level of six.\n"
)
CORDONED = (
    "The hotel in which the man briefly stayed in Hong Kong has been cordoned off and the alert level raised "
    "to emergency, although the authorities have urged residents not to panic.\n"
)
HONG_KONG = (
    "In Hong Kong, the authorities have raised the alert level to emergency but urged residents to carry on "
    "life as normal.\n"
)


def _entry_of(entries, sentence: str, word: str) -> str:  # type: ignore[no-untyped-def]
    (found,) = [
        entry.id
        for entry in entries
        for m in entry.mentions
        if m.text == sentence.strip() and m.text[m.event_start - m.start : m.event_end - m.start] == word
    ]
    return found


@pytest.mark.parametrize("rule", [True, False])
def test_one_level_set_in_other_words_is_one_entry(pipeline, monkeypatch, rule: bool) -> None:  # type: ignore[no-untyped-def]
    """Without the rule (the paraphrase bar for them too) the raising and the setting stay two entries."""
    if not rule:
        for module in (pair_rules, merging):  # the bar, and its bound (`Merger._bounds`)
            monkeypatch.setattr(module, "LEVEL_BAR", pair_rules.PARAPHRASE_THRESHOLD)
    entries = entries_of(pipeline, (MAY_1, RAISED), (MAY_1, SET))
    assert (_entry_of(entries, RAISED, "raised") == _entry_of(entries, SET, "set")) is rule


def test_the_level_is_the_mentions_own_only_when_it_acts_on_the_scale(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The cordon's sentence gives the level, but the cordon's roles are the hotel: no level set."""
    entries = entries_of(pipeline, (MAY_1, CORDONED), (MAY_2, HONG_KONG))
    assert _entry_of(entries, CORDONED, "cordoned") != _entry_of(entries, HONG_KONG, "raised")


def test_level_set_reads_the_scale_among_the_roles(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The raising's patient is the alert: its level is set; the cordon's is the hotel: none."""
    (raised,) = [e for e in events_of(pipeline, RAISED, MAY_1) if e.predicate == "raise"]
    (cordoned,) = [e for e in events_of(pipeline, CORDONED, MAY_1) if e.predicate.startswith("cordon")]
    assert level_set(signature(raised)) == "5"
    assert level_set(signature(cordoned)) == ""
