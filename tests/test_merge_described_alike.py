"""Merging two reports of one death among a flu story's many: an unnamed person of the same sex and
the same written age tells the crowd of other deaths apart as a shared name does. Sentences are
from the Timeline17 articles of H1N1_bbc, each quoted where it is used; their mentions are built
by hand, so that only the merging rules are tested."""

from __future__ import annotations

import re
from datetime import date

import pytest

from conftest import CORPUS, needs
from storyline.merge import pair_rules
from storyline.merge.entries import Merger
from storyline.model import Event, Tense

pytestmark = needs(CORPUS / "t17" / "H1N1_bbc")

STORY = frozenset({"Mexico", "Mexico City", "United States", "World Health Organisation"})
# some of the two articles' own names besides the story's (from their stored contexts)
MAY4 = STORY | {"Austria", "Besides Mexico", "Canada", "Colombia", "Mexican", "Spain", "Texas"}
MAY5 = STORY | {"American", "Besides Mexico", "Canada", "Guangzhou", "Hong Kong", "Mexican", "Shanghai"}
CONFIRMED = (  # 2009-05-04
    "One death has been confirmed - that of a Mexican two-year-old boy who was visiting Texas."
)
RECORDED = (  # 2009-05-05
    "But just one fatality has been recorded outside Mexico - a two-year-old Mexican boy who died in the "
    "US while on a visit."
)


def _told(document: str, text: str, day: date, *names: str, persons: tuple[str, ...] = ()) -> Event:
    return Event(
        document, 0, len(text), text, text, day.isoformat(), False, Tense.PAST, predicate="die",
        event_start=0, event_end=5, participants=list(names), main=False, persons=list(persons),
        arguments=["agent|boy"] if persons else [],
    )  # fmt: skip


def _deaths() -> list[tuple[Event, date]]:
    """A flu story's many deaths: the sentences of H1N1_bbc's articles that tell one, each its own
    article's report."""
    died = re.compile(r"[A-Z][^.!?\n]{10,150} (?:died|death|deaths) [^.!?\n]{5,150}[.!?]")
    found = []
    for folder in sorted((CORPUS / "t17" / "H1N1_bbc" / "InputDocs").iterdir()):
        day = date.fromisoformat(folder.name)
        for path in sorted(folder.iterdir()):
            for index, match in enumerate(died.finditer(path.read_text(errors="replace"))):
                if "two-year-old" not in match.group() and "Texas" not in match.group():
                    found.append((_told(f"{folder.name}/{path.name}#{index}", match.group(), day), day))
    return found


@pytest.mark.parametrize("rule", [True, False])
def test_one_described_person_s_death_told_again_joins_despite_the_crowd(monkeypatch, rule: bool) -> None:  # type: ignore[no-untyped-def]
    """The Texas toddler's death, told in passing on 4 and 5 May ("that of a Mexican two-year-old
    boy", "a two-year-old Mexican boy who died in the US"): the boy of both reports joins them; the
    crowd of the story's other deaths keeps them apart without the rule."""
    if not rule:
        monkeypatch.setattr(pair_rules, "_described_alike", lambda *_: False)
    deaths = _deaths()
    may4 = _told("2009-05-04/a", CONFIRMED, date(2009, 5, 4), "Mexican", "Texas", persons=("boy|male|2",))
    may5 = _told("2009-05-05/b", RECORDED, date(2009, 5, 5), "United States", persons=("boy|male|2",))
    merger = Merger()
    merger.foresee([*deaths, (may4, date(2009, 5, 4)), (may5, date(2009, 5, 5))])
    for event, day in deaths:
        merger.add(event, STORY, day)
    first = merger.add(may4, MAY4, date(2009, 5, 4))
    assert (merger.add(may5, MAY5, date(2009, 5, 5)).id == first.id) is rule
