"""One broad word told of other places is another happening: H1N1_bbc's 28 April "17 other people
are under investigation" in Spain and "Suspected cases are being investigated in Brazil, Israel,
Australia and New Zealand" (the seed-200 judge's S11, "investigated" of three countries). The
sentences are from the Timeline17 articles of H1N1_bbc; the places of a list are all read
(`extract.events._places`), and a place within the other, by its name or written in the other's
sentence, is not another place."""

from __future__ import annotations

from datetime import date

from conftest import CORPUS, events_of, marked_event, needs
from storyline.merge.entries import _placed_apart
from storyline.merge.similarity import signature

pytestmark = needs(CORPUS / "t17" / "H1N1_bbc")

SPAIN = (
    "In Spain, a man has tested positive for swine flu and 17 other people are under investigation, "
    "officials said."
)  # bf8aa2cf, 28 April
LISTED = "Suspected cases are being investigated in Brazil, Israel, Australia and New Zealand."
SPAIN_AGAIN = (
    "At least 17 further suspected cases are under investigation in Spain, in locations ranging from "
    "Madrid to Mallorca, Barcelona to the Basque Country."
)  # bf8aa2cf, 28 April


def test_every_place_of_a_list_is_a_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    (investigated,) = [
        e for e in events_of(pipeline, LISTED, date(2009, 4, 28)) if e.predicate == "investigate"
    ]
    assert {"Brazil", "Israel", "Australia", "New Zealand"} <= set(investigated.places)


def _sig(document: str, text: str, word: str, places: list[str], published: date):  # type: ignore[no-untyped-def]
    event = marked_event(document, 0, text, word, "investigate", places=places)
    return signature(event, frozenset(), published)


def test_an_investigation_in_spain_is_not_one_in_brazil_and_israel() -> None:
    spain = _sig("2009-04-28/a", SPAIN, "investigation", ["Spain"], date(2009, 4, 28))
    listed = _sig(
        "2009-04-27/b",
        LISTED,
        "investigated",
        ["Brazil", "Israel", "Australia", "New Zealand"],
        date(2009, 4, 27),
    )
    assert _placed_apart(spain, listed, 0.1)
    assert not _placed_apart(spain, listed, 0.3)  # sentences alike: one report retold


def test_a_place_within_the_other_is_not_elsewhere() -> None:
    spain = _sig("2009-04-28/a", SPAIN_AGAIN, "investigation", ["Spain"], date(2009, 4, 28))
    madrid = _sig("2009-04-27/b", SPAIN_AGAIN, "investigation", ["Madrid"], date(2009, 4, 27))
    assert not _placed_apart(madrid, spain, 0.1)  # Madrid written in the sentence that names Spain
    city = _sig("2009-04-27/c", LISTED, "investigated", ["Mexico City"], date(2009, 4, 27))
    country = _sig("2009-04-28/d", SPAIN, "investigation", ["Mexico"], date(2009, 4, 28))
    assert not _placed_apart(city, country, 0.1)  # "Mexico City" in "Mexico"
