"""An entry that already tells its word of other people is not joined through a report that names
nobody: H1N1_bbc's "more general wearing of masks" (experts, 28 April) matches every scene's masks,
and joined Mexico City's bus passengers (29 April), Downend's pupils (1 May), Hong Kong's police (2
May) and Chinese inspectors (29 May) into one entry. Sentences are from the Timeline17 articles of
H1N1_bbc, quoted where they are used; their mentions are built by hand (arguments as the store holds
them), so that only the merging rules are tested."""

from __future__ import annotations

from datetime import date

from conftest import CORPUS, marked_event, needs
from storyline.merge.entries import Merger
from storyline.merge.pair_rules import _reports_apart
from storyline.merge.similarity import signature
from storyline.model import Event

pytestmark = needs(CORPUS / "t17" / "H1N1_bbc")

STORY = frozenset({"Mexico", "Mexico City", "World Health Organization", "Tamiflu"})
EXPERTS = (
    "But experts say there is no scientific evidence to support more general wearing of masks to guard "
    "against infections."
)  # 28 April (807725b6)
PASSENGERS = "Buses are half-empty, with most passengers wearing face masks."  # 29 April (40694559)
PEOPLE = "Most people also seem to be wearing the face masks being handed out by the army around the city."
PUPILS = (
    "Some pupils at Downend school have been seen wearing face masks at the school and others have been "
    "given Tamiflu as a precautionary measure."
)  # 1 May (2d28b759)
POLICE = "Local TV footage showed police wearing masks guarding the hotel exits."  # 2 May (64f2a0d6)
# other days the collection's articles tell "wear" on: a recurring word (`RECURRING_DAYS`)
OTHERS = (
    (
        date(2009, 5, 6),
        "His mum sanitised everything and he had to wear coats every time he left the house, even in summer.",
    ),
    (date(2009, 5, 31), "Some MPs seem to think they were wearing the ring when they put in these claims."),
    (date(2009, 5, 2), "Medical staff wearing protective clothing were seen carrying boxes of equipment."),
)
# other reports of the collection: masks are in few of its articles, so the word tells
OTHER_KINDS = (
    (date(2009, 4, 27), "Russia has banned imports of raw pork and pork products from Mexico.", "ban"),
    (date(2009, 5, 3), "Some 400 people have been quarantined in China.", "quarantine"),
    (
        date(2009, 5, 4),
        "In Britain, the number of confirmed cases of the H1N1 virus has risen to 27.",
        "rise",
    ),
    (date(2009, 5, 5), "Egypt has begun a mass slaughter of its pigs.", "slaughter"),
    (
        date(2009, 5, 12),
        "The study based on Mexico's experience is published in the journal Science.",
        "publish",
    ),
    (date(2009, 5, 28), "A viral strain which can be used to make a vaccine has been produced.", "produce"),
    (date(2009, 6, 2), "The authorities have 500,000 doses of Tamiflu.", "have"),
    (date(2009, 6, 15), "The child was born at 29 weeks gestation.", "bear"),
)


def _wear(document: str, start: int, text: str, *arguments: str) -> Event:
    word = "wearing" if "wearing" in text else "wear"
    return marked_event(document, start, text, word, "wear", arguments=list(arguments))


def _passengers(merger: Merger) -> str:
    """The experts' words and the passengers: joined, as nothing tells them apart."""
    merger.foresee((_wear(f"{day}/x", 0, text), day) for day, text in OTHERS)
    merger.foresee(
        (marked_event(f"{day}/y", 0, text, text.split()[1], kind), day) for day, text, kind in OTHER_KINDS
    )
    experts = merger.add(_wear("2009-04-28/a", 8393, EXPERTS), STORY, date(2009, 4, 28))
    passengers = _wear("2009-04-29/b", 1619, PASSENGERS, "agent|passengers", "patient|masks face")
    assert merger.add(passengers, STORY, date(2009, 4, 29)).id == experts.id
    return experts.id


def test_pupils_and_police_wearing_masks_are_not_the_bus_passengers() -> None:
    merger = Merger()
    entry = _passengers(merger)
    pupils = _wear("2009-05-01/c", 183, PUPILS, "agent|pupils Downend school", "patient|masks face")
    assert merger.add(pupils, STORY, date(2009, 5, 1)).id != entry
    police = _wear("2009-05-02/d", 346, POLICE, "agent|police", "patient|masks")
    assert merger.add(police, STORY, date(2009, 5, 2)).id != entry


def test_the_passengers_page_still_tells_its_people_wearing_masks() -> None:
    """The same page's next report of the scene joins: the entry's reports of other articles do not
    set a report of one page apart."""
    merger = Merger()
    entry = _passengers(merger)
    people = _wear("2009-04-29/b", 16754, PEOPLE, "agent|people")
    assert merger.add(people, STORY, date(2009, 4, 29)).id == entry


# bpoil_bbc: one successor told by other nouns; "replace" is told on many days (`RECURRING_DAYS`)
PESTON = (
    "BBC business editor Robert Peston says Mr Hayward is likely to be replaced by his American colleague, "
    "Bob Dudley, who is in charge of the clean-up operation."
)  # 25 July
DIRECTOR = "BP's managing director Bob Dudley will replace him in the top job."  # 27 July
REPLACED = (
    (date(2010, 7, 13), "But they will be replaced by other organisms."),
    (
        date(2010, 7, 16),
        "However, this continued to leak oil and has now been replaced with a better fitting device.",
    ),
    (date(2010, 7, 21), "The altered image was replaced with the original after a US blogger spotted it."),
)
COMPANY = frozenset({"BP", "Tony Hayward", "Bob Dudley", "Gulf of Mexico"})


def test_a_doer_the_other_report_names_is_not_another_doer() -> None:
    """The agents' nouns differ ("director", "colleague"), but both reports hold Bob Dudley (arguments
    and participants as the store holds them)."""
    merger = Merger()
    merger.foresee((marked_event(f"{day}/x", 0, text, "replaced", "replace"), day) for day, text in REPLACED)
    for context in (*[frozenset({"BP", "Gulf of Mexico"})] * len(REPLACED), COMPANY, COMPANY):
        merger.names.see(context)  # as `Merger.add` counts each article's names: Bob Dudley in two of five
    peston = marked_event(
        "2010-07-25/a", 0, PESTON, "replaced", "replace",
        arguments=["agent|colleague"], participants=["American", "Bob Dudley"],
    )  # fmt: skip
    director = marked_event(
        "2010-07-27/b", 0, DIRECTOR, "replace", "replace",
        arguments=["agent|director"], participants=["BP", "Bob Dudley"],
    )  # fmt: skip
    pupils = _wear("2009-05-01/c", 183, PUPILS, "agent|pupils Downend school", "patient|masks face")
    passengers = _wear("2009-04-29/b", 1619, PASSENGERS, "agent|passengers", "patient|masks face")
    merger.foresee((_wear(f"{day}/x", 0, text), day) for day, text in OTHERS)
    mine, theirs = (
        signature(director, COMPANY, date(2010, 7, 27)),
        signature(peston, COMPANY, date(2010, 7, 25)),
    )
    assert not _reports_apart(mine, theirs, merger)
    scenes = signature(pupils, STORY, date(2009, 5, 1)), signature(passengers, STORY, date(2009, 4, 29))
    assert _reports_apart(*scenes, merger)
