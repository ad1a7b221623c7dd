"""A page tells one happening once: when a sentence of the mention's own article already stands in
an entry with the same word said of other people or things, the mention tells another happening,
whatever another article's report of the entry shares with it. H1N1_bbc's 5 May article (885) tells
"eight more people were diagnosed" (the entry of the Alleyn's School pupils, with 4 May's "Five of
the nine diagnosed") and then "An adult from Fulham ... has also been diagnosed": the adult is not
one of the pupils. Sentences are from the Timeline17 articles of H1N1_bbc, quoted where they are
used; their mentions are built by hand (arguments and places as the store holds them), so that only
the merging rules are tested."""

from __future__ import annotations

from datetime import date

from conftest import CORPUS, needs
from storyline.merge.entries import Merger
from storyline.model import Event, Tense

pytestmark = needs(CORPUS / "t17" / "H1N1_bbc")

STORY = frozenset({"UK", "London", "Alleyn's School", "Dulwich", "Health Protection Agency", "Tamiflu"})
NINE = (
    "Five of the nine diagnosed with the H1N1 virus were year seven pupils from Alleyn's School in "
    "Dulwich, south London."
)  # 4 May (123)
EIGHT = (
    "Tamiflu is being given to pupils, staff and parents at Alleyn's School A third school in London "
    "has closed after eight more people were diagnosed with swine flu in the city."
)  # 5 May (885), 32 characters in
ADULT = (
    "An adult from Fulham, west London, who had recently returned from Mexico has also been "
    "diagnosed with the swine flu virus."
)  # 5 May (885), 583 characters in
# other articles of the collection and their days: "diagnosed" is a recurring word (`RECURRING_DAYS`)
OTHERS = (
    (
        date(2009, 5, 11),
        "Earlier this month China diagnosed a case of the H1N1 virus in a Mexican traveller in Hong Kong.",
    ),
    (date(2009, 5, 14), "No worse than a bad cold, say many of the Britons diagnosed with swine fever."),
    (date(2009, 5, 28), "At least 20 passengers were later diagnosed with the virus."),
    (date(2009, 6, 17), "There have been some 30,000 cases diagnosed globally and more than 140 deaths."),
)


def _diagnosed(document: str, start: int, text: str, **fields: object) -> Event:
    at = text.index("diagnosed")
    return Event(
        document, start, start + len(text), text, text, None, False, Tense.PAST, predicate="diagnose",
        event_start=start + at, event_end=start + at + len("diagnosed"), **fields,  # type: ignore[arg-type]
    )  # fmt: skip


def _merger() -> Merger:
    merger = Merger()
    merger.foresee((_diagnosed(f"{day}/x", 0, text), day) for day, text in OTHERS)
    return merger


def _pupils(merger: Merger) -> str:
    nine = merger.add(_diagnosed("2009-05-04/123", 154, NINE, main=False), STORY, date(2009, 5, 4))
    eight = _diagnosed("2009-05-05/885", 32, EIGHT, places=["London"], arguments=["patient|people"])
    assert merger.add(eight, STORY, date(2009, 5, 5)).id == nine.id
    return nine.id


def test_an_adult_diagnosed_is_not_the_pupils_diagnosed_on_the_same_page() -> None:
    merger = _merger()
    pupils = _pupils(merger)
    adult = _diagnosed(
        "2009-05-05/885", 583, ADULT, participants=["Besides Mexico", "west London", "Fulham"],
        arguments=["patient|adult Fulham"],
    )  # fmt: skip
    assert merger.add(adult, STORY, date(2009, 5, 5)).id != pupils


def test_the_pupils_told_again_by_another_article_still_join() -> None:
    merger = _merger()
    pupils = _pupils(merger)
    again = (
        "Five of those diagnosed were year seven pupils at Alleyn's School in Dulwich, London, which "
        "announced it would close by for at least seven days."
    )  # 5 May (485)
    told = _diagnosed("2009-05-05/485", 1362, again, main=False)
    assert merger.add(told, STORY, date(2009, 5, 5)).id == pupils
