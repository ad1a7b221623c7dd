"""Every place of a list is a place the sentence locates its event in: "in Brazil, Israel, Australia
and New Zealand" (H1N1_bbc, 28 April) hangs Israel, Australia and New Zealand on Brazil, and only
Brazil on "in"; the list's first item says how all are placed (`extract.events._places`). The
sentences are from the Timeline17 articles of H1N1_bbc."""

from __future__ import annotations

from datetime import date

from conftest import CORPUS, events_of, needs

pytestmark = needs(CORPUS / "t17" / "H1N1_bbc")

LISTED = "Suspected cases are being investigated in Brazil, Israel, Australia and New Zealand."  # bf8aa2cf
FROM = (
    "Customs officers are checking the luggage of passengers arriving from Mexico, the US, Canada and Japan "
    "to ensure they are not importing pork products."
)  # c9f57d77, 5 May


def _places(pipeline, text: str, predicate: str) -> set[str]:  # type: ignore[no-untyped-def]
    (event,) = [e for e in events_of(pipeline, text, date(2009, 4, 28)) if e.predicate == predicate]
    return set(event.places)


def test_every_place_of_a_list_is_a_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert {"Brazil", "Israel", "Australia", "New Zealand"} <= _places(pipeline, LISTED, "investigate")


def test_a_list_of_where_people_come_from_is_no_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not _places(pipeline, FROM, "check") & {"Mexico", "US", "United States", "Canada", "Japan"}
