"""The unnamed people an event happens to ("The girl tested positive", "a 69-year-old woman pulled
from the ruins") as a mention's described persons, and reports of one predicate about people whose
sex or age differ kept apart across articles. Sentences are from the Timeline17 articles of
haiti_bbc and H1N1_bbc, each quoted where it is used (`evaluation/judged/entries6.md`, "Merge round
5, events26")."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import entries_of, events_of
from storyline.extract.described_persons import Person, persons_differ
from storyline.merge import pair_rules

TWO = "They found a two-year-old girl alive in the rubble of a nursery."  # haiti_bbc
FOURTEEN = "A 14-year-old girl was also found alive."  # haiti_bbc, another article
SIBLINGS = "Earlier a 10-year-old girl and her eight-year-old brother were found."  # haiti_bbc, a third
BOY = "Rescuers have pulled a six-year-old boy free from the ruins of a building in Haiti."  # haiti_bbc
GIRL = (  # haiti_bbc, another article
    "An 11-year-old girl has been pulled from the rubble of a building destroyed by the earthquake in Haiti."
)
MIA = (
    "UK firefighters pulled two-year-old Haitian girl Mia from the rubble where she had been trapped for "
    "three days."
)  # haiti_bbc
MEXICAN = (
    "A Mexican man who had traveled to Hong Kong via Shanghai tested positive for the virus, said Hong "
    "Kong's leader, Donald Tsang."
)  # H1N1_bbc


def _persons(pipeline, text: str, predicate: str) -> list[str]:  # type: ignore[no-untyped-def]
    (event,) = [e for e in events_of(pipeline, text) if e.predicate == predicate]
    return event.persons


def test_the_people_an_event_happens_to_with_their_sex_and_age(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _persons(pipeline, TWO, "find") == ["girl|female|2"]  # the object, its age in words
    assert _persons(pipeline, FOURTEEN, "find") == ["girl|female|14"]  # the passive's subject
    assert _persons(pipeline, SIBLINGS, "find") == ["girl|female|10", "brother|male|8"]  # and the one beside
    tested = "The girl tested positive for virus A H1N1, also known as swine flu."  # H1N1_bbc
    assert _persons(pipeline, tested, "test") == ["girl|female|"]  # no name, but a sex
    assert _persons(pipeline, MEXICAN, "test") == ["man|male|"]
    assert _persons(pipeline, MIA, "pull") == ["girl|female|2"]  # a name the words describe
    # a name beside the word may be someone else's: only named, a participant (haiti_bbc)
    named = "One UK woman - Ann Barnes, originally from Leigh-on-Sea in Essex - is missing."
    assert all(not e.persons for e in events_of(pipeline, named))


def test_people_told_apart_only_by_a_written_sex_or_age() -> None:
    girl, boy = Person("girl", "female", "11"), Person("boy", "male", "6")
    assert persons_differ([girl], [boy])
    assert persons_differ([Person("girl", "female", "2")], [girl, boy])  # neither of the two is her
    assert not persons_differ([Person("man", "male", "")], [Person("man", "male", "25")])  # may be one man
    assert not persons_differ([Person("man", "male", "25")], [])  # named, or nobody: nothing to compare


def _entries(pipeline, *texts: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Each sentence's entry, the sentences read as one-sentence articles of following days."""
    days = [date(2010, 1, 18), date(2010, 1, 19), date(2010, 1, 20)]
    entries = entries_of(pipeline, *zip(days, texts, strict=False))
    return {m.text: entry.id for entry in entries for m in entry.mentions if m.text in texts}


@pytest.mark.parametrize("rule", [True, False])
def test_rescues_of_other_children_are_other_events(pipeline, monkeypatch, rule: bool) -> None:  # type: ignore[no-untyped-def]
    """Three articles' children found alive, and a boy and a girl pulled from the rubble, join as
    one event each without the rule (`_other_persons`), and stay apart with it."""
    if not rule:
        monkeypatch.setattr(pair_rules, "_other_persons", lambda *_: False)
    found = _entries(pipeline, TWO, FOURTEEN, SIBLINGS)
    pulled = _entries(pipeline, BOY, GIRL)
    assert len(found) == 3 and len(pulled) == 2
    assert len(set(found.values())) == (3 if rule else 1)
    assert len(set(pulled.values())) == (2 if rule else 1)
