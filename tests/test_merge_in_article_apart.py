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

from conftest import CORPUS, marked_event, needs
from storyline.merge.entries import Merger
from storyline.model import Event

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
    return marked_event(document, start, text, "diagnosed", "diagnose", **fields)


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


# bpoil_bbc: the commission's advance chapter (5 January 2011, 596) and an article of 11 January (1229)
# that tells the finding twice, in other words and then in the words first reported
COSTS = (
    "The companies involved in the BP oil spill made decisions to cut costs and save time that "
    "contributed to the disaster."
)  # 5 January (596)
CORNERS = (
    "It said the companies had cut corners to save time and money - decisions that contributed to the "
    "disaster."
)  # 11 January (1229), 1,945 characters in
LAST_WEEK = (
    "Last week, the commission released an advance chapter of its report which said the firms involved had "
    "made decisions to cut costs and save time that contributed to the spill."
)  # 11 January (1229), 4,103 characters in
COMMISSION = frozenset({"BP", "Transocean", "Halliburton", "National Oil Spill Commission", "Gulf of Mexico"})
# other days the collection's articles tell "cut" on: a recurring word (`RECURRING_DAYS`)
CUT_DAYS = (
    (
        date(2010, 6, 4),
        "In the first phase of the latest effort to contain the spill, robots cut a leaking pipe.",
    ),
    (date(2010, 6, 15), "The oil giant's rating has been cut by six notches, from AA to BBB."),
    (date(2010, 9, 23), "The second sequence was taken after this riser pipe was cut and removed."),
)


def _cut(document: str, start: int, text: str, patient: str) -> Event:
    return marked_event(document, start, text, "cut", "cut", arguments=[f"patient|{patient}"])


def test_a_finding_retold_in_its_first_words_joins_though_its_page_told_it_otherwise() -> None:
    """ "cut corners" and "cut costs" are other nouns for the act (`_other_arguments` sets the page's
    two sentences apart), but the second sentence is alike the entry's first report: one finding."""
    merger = Merger()
    merger.foresee((_cut(f"{day}/x", 0, text, "pipe"), day) for day, text in CUT_DAYS)
    finding = merger.add(_cut("2011-01-05/596", 221, COSTS, "costs"), COMMISSION, date(2011, 1, 5)).id
    merger.add(_cut("2011-01-11/1229", 1945, CORNERS, "corners"), COMMISSION, date(2011, 1, 11))
    again = _cut("2011-01-11/1229", 4103, LAST_WEEK, "costs")
    assert merger.add(again, COMMISSION, date(2011, 1, 11)).id == finding
