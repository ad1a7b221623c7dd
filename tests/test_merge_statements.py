"""Merging statements: one speaker says many things over a story, so two articles' reports of what
a spokesperson "said" are one statement only when what was said matches, not because the speaker
does. Sentences are from the Timeline17 articles of H1N1_guardian, each quoted where it is used;
their mentions are built by hand, so that only the merging rules are tested."""

from __future__ import annotations

import re
from datetime import date

from conftest import CORPUS, needs
from storyline.merge.entries import Merger
from storyline.model import Event, Tense

pytestmark = needs(CORPUS / "t17" / "H1N1_guardian")

DAY = date(2009, 4, 30)
STORY = frozenset({"Mexico", "World Health Organisation", "Health Protection Agency", "Scotland"})
STURGEON = "Nicola Sturgeon"
LIKELY = (
    "Nicola Sturgeon, the Scottish health secretary, said further cases were still likely but said "
    "the virus appeared to be far less virulent than first feared."
)
CONTAINED = (
    "The Scottish health secretary, Nicola Sturgeon, said that authorities believed the virus was "
    "still being contained."
)
CONCERNED = 'The health secretary, Jose Angel Cordova, said: "We are very, very concerned.'
CONCERNED_AGAIN = 'Mexico\'s health secretary Jose Angel Cordova said: "We are very, very concerned."'


def _said(document: str, text: str, *names: str) -> Event:
    return Event(
        document, 0, len(text), text, text, DAY.isoformat(), False, Tense.PAST,
        predicate="say", event_start=0, event_end=3, participants=list(names),
    )  # fmt: skip


def _add(merger: Merger, event: Event, context: frozenset[str] = STORY) -> str:
    return merger.add(event, context, DAY).id


def _crowded() -> Merger:
    """A story of many different statements, as a flu story's officials give them every day: the
    "said" sentences of H1N1_guardian's first days (other speakers than the tests')."""
    merger = Merger()
    said = re.compile(r"[A-Z][^.!?\n]{20,200} said [^.!?\n]{10,200}[.!?]")
    folders = sorted((CORPUS / "t17" / "H1N1_guardian" / "InputDocs").iterdir())[:6]
    for path in sorted(p for folder in folders for p in folder.iterdir()):
        for index, match in enumerate(said.finditer(path.read_text(errors="replace"))):
            if not re.search("Sturgeon|Cordova|rdova", match.group()):
                _add(merger, _said(f"{path.parent.name}/{path.name}#{index}", match.group()))
    return merger


def test_one_speakers_two_statements_in_two_articles_are_two_events() -> None:
    """Sturgeon's "further cases were still likely" and "the virus was still being contained" are
    two statements: the speaker and the story are all they share."""
    merger = _crowded()
    likely = _add(merger, _said("2009-05-01/87", LIKELY, STURGEON), STORY | {"Paisley", "Dunoon"})
    contained = _said("2009-04-30/c0", CONTAINED, STURGEON)
    assert _add(merger, contained, STORY | {"Airdrie", "Falkirk"}) != likely


def test_one_statement_told_by_two_articles_still_joins() -> None:
    merger = _crowded()
    first = _add(merger, _said("2009-04-25/9a", CONCERNED, "Jose Angel Cordova"))
    assert _add(merger, _said("2009-04-26/05", CONCERNED_AGAIN, "Jose Angel Cordova", "Mexico")) == first
