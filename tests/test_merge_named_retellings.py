"""Merging retellings of one event named by its participant: in a story where many things "reach"
the coast, an article of September retelling that the oil "reaches Texas" is the July event told
again, not another of the crowd of reaches. Sentences are from the Timeline17 articles of
bpoil_bbc, each quoted where it is used; their mentions are built by hand, so that only the
merging rules are tested."""

from __future__ import annotations

import re
from datetime import date

from conftest import CORPUS, needs
from storyline.merge.entries import Merger
from storyline.model import Event, Tense

pytestmark = needs(CORPUS / "t17" / "bpoil_bbc")

STORY = frozenset({"BP", "Coast Guard", "Gulf", "Gulf of Mexico", "Louisiana", "United States"})
# the two articles' own names besides the story's (some of those of their stored contexts)
JULY = STORY | {"Alabama", "Bolivar Peninsula", "Galveston", "Jerry Patterson", "Mississippi", "Texas"}
SEPTEMBER = STORY | {"Barack Obama", "Bob Dudley", "Madeleine Morris", "Thad Allen", "Texas", "Transocean"}
REACHED = "Gulf oil spill reaches Texas as tar balls wash ashore"  # 2010-07-06/1682
RETOLD = (  # 2010-09-19/2131, a caption run into a timeline's line
    "The BBC's Madeleine Morris says it may take days to complete the operation Oil from the spill "
    "reaches Texas, meaning it has affected all five US Gulf Coast states."
)


def _told(
    document: str,
    text: str,
    day: date,
    *names: str,
    main: bool = True,
    roles: tuple[str, ...] = (),
    predicate: str = "reach",
) -> Event:
    return Event(
        document, 0, len(text), text, text, day.isoformat(), False, Tense.PAST, predicate=predicate,
        event_start=0, event_end=5, participants=list(names), main=main, arguments=list(roles),
    )  # fmt: skip


def _crowded(predicate: str = "reach", words: str = "reached|reaches") -> Merger:
    """A story of many different things reaching places (the slick, costs, deals), or of other
    such events: the sentences of bpoil_bbc's articles with the word, each its own article's."""
    merger = Merger()
    reached = re.compile(rf"[A-Z][^.!?\n]{{10,150}} (?:{words}) [^.!?\n]{{5,150}}[.!?]")
    folders = sorted((CORPUS / "t17" / "bpoil_bbc" / "InputDocs").iterdir())
    for folder in folders:
        day = date.fromisoformat(folder.name)
        for path in sorted(folder.iterdir()):
            for index, match in enumerate(reached.finditer(path.read_text(errors="replace"))):
                if not re.search("Texas|Louisiana", match.group()):
                    event = _told(
                        f"{folder.name}/{path.name}#{index}", match.group(), day, predicate=predicate
                    )
                    merger.add(event, STORY, day)
    return merger


def test_a_retelling_naming_the_same_participant_joins_the_event() -> None:
    """The oil reaching Texas (6 July) told again on 19 September: the crowd of other "reaches"
    does not keep apart two reports that name Texas as what was reached."""
    merger = _crowded()
    # the roles as extraction gives them (`event_arguments`)
    first = _told(
        "2010-07-06/1682",
        REACHED,
        date(2010, 7, 6),
        "Texas",
        "Gulf",
        roles=("agent|spill Gulf oil", "patient|Texas"),
    )
    july = merger.add(first, JULY, date(2010, 7, 6))
    # the timeline's line is told in passing (its sentence's main event is "may take days"): dated
    # by its article only, on or before 19 September
    retold = _told(
        "2010-09-19/2131",
        RETOLD,
        date(2010, 9, 19),
        "Texas",
        main=False,
        roles=("agent|oil spill", "patient|Texas"),
    )
    assert merger.add(retold, SEPTEMBER, date(2010, 9, 19)).id == july.id


VISITS = "Mr Obama has made three visits to Louisiana since the spill"  # 2010-06-05/1352, a caption
HAYWARD = (  # 2010-09-15/1845
    "On a visit to Louisiana to view the spill's damage, Mr Hayward had told reporters he \"wanted "
    'his life back".'
)


def test_a_shared_place_in_no_role_does_not_join_two_events_of_a_kind() -> None:
    """Mr Obama's visits and Mr Hayward's visit both name Louisiana, where they went, not who
    visited: among the story's many visits they stay two events."""
    merger = _crowded("visit", "visit|visits|visited")
    june = merger.add(
        _told("2010-06-05/1352", VISITS, date(2010, 6, 5), "Louisiana", predicate="visit"),
        JULY,
        date(2010, 6, 5),
    )
    hayward = _told("2010-09-15/1845", HAYWARD, date(2010, 9, 15), "Louisiana", main=False, predicate="visit")
    assert merger.add(hayward, SEPTEMBER, date(2010, 9, 15)).id != june.id
