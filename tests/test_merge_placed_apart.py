"""One broad word told of other places is another happening, unless one place lies in the other as
the collection itself writes it. Sentences from the Timeline17 articles of H1N1_bbc: the seed-200
judge's S11 ("investigated" of Spain, then of Brazil, Israel, Australia and New Zealand), and the
Oaxaca reports, whose "From Matthew Price in Oaxaca, Mexico" line tells that Oaxaca lies in Mexico."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from conftest import CORPUS, events_of, marked_event, needs
from storyline.merge.entries import Merger
from storyline.merge.pair_rules import _placed_apart
from storyline.merge.places import PlaceIndex, written_within
from storyline.merge.similarity import signature
from storyline.pipeline import ingest
from storyline.store import Store

pytestmark = needs(CORPUS / "t17" / "H1N1_bbc")

SPAIN = (
    "In Spain, a man has tested positive for swine flu and 17 other people are under investigation, "
    "officials said."
)  # bf8aa2cf, 28 April
LISTED = "Suspected cases are being investigated in Brazil, Israel, Australia and New Zealand."  # bf8aa2cf
OAXACA_MEXICO = (
    "From Matthew Price in Oaxaca, Mexico The first fatal case of the virus is believed to have been "
    "contracted here in Oaxaca."
)  # 97d7c41c
OAXACA_DIED = (
    "She went to the Aurelio Valdivieso Hospital in Oaxaca, the state capital, on 8 April but died "
    "five days later."
)  # b0e22c70
# 1101bc16, 25 April
MEXICO_KILLED = (
    "The virus has killed at least 60 people in Mexico and appears to have infected more than 1,000."
)
AIRDRIE = (
    "It is understood the two travellers were admitted to Monklands hospital in Airdrie, Lanarkshire, "
    "after returning from Mexico on Tuesday."
)  # 22b14312
LA_GLORIA = (
    "Several hundred people in his home village of La Gloria, near Perote in the Mexican state of "
    "Veracruz had also been sick with a respiratory disease, some falling ill back in December."
)  # b0e22c70

UK_RISEN = "The number of confirmed cases of swine flu in the UK has risen to 18."  # d817f756
UK_CONFIRMED = (
    "On Monday, nine further cases of swine flu were confirmed in the UK."  # cd266647, "United Kingdom"
)


def _article(pipeline, text: str, document: str):  # type: ignore[no-untyped-def]
    """The mentions of `text` read as the article `document` (each test text is another article)."""
    return [replace(event, document_id=document) for event in events_of(pipeline, text, date(2009, 4, 28))]


def _sig(document: str, text: str, word: str, places: list[str]):  # type: ignore[no-untyped-def]
    event = marked_event(document, 0, text, word, word, places=places)
    return signature(event, frozenset(), date(2009, 4, 28))


def test_a_place_written_next_to_another_lies_in_it() -> None:
    assert written_within(AIRDRIE, ["Airdrie", "Lanarkshire", "Mexico"]) == [("Airdrie", "Lanarkshire")]
    assert written_within(OAXACA_MEXICO, ["Oaxaca", "Mexico"]) == [("Oaxaca", "Mexico")]


def test_a_list_of_places_is_no_place_within_another() -> None:
    assert written_within(LISTED, ["Brazil", "Israel", "Australia", "New Zealand"]) == []


def test_the_collection_tells_that_oaxaca_lies_in_mexico(pipeline) -> None:  # type: ignore[no-untyped-def]
    index = PlaceIndex()
    index.see(_article(pipeline, OAXACA_MEXICO, "97d7c41c"))
    assert not index.within("Oaxaca", "Mexico")  # Mexico is no place anything is told in yet
    index.see(_article(pipeline, MEXICO_KILLED, "1101bc16"))
    assert index.within("Oaxaca", "Mexico")
    assert not index.within("Mexico", "Oaxaca")


def test_a_death_in_oaxaca_is_not_elsewhere_than_mexico(pipeline) -> None:  # type: ignore[no-untyped-def]
    died = _sig("2009-04-28/a", OAXACA_DIED, "died", ["Oaxaca"])
    killed = _sig("2009-04-27/b", MEXICO_KILLED, "killed", ["Mexico"])
    merger = Merger()
    assert _placed_apart(died, killed, merger, 0.1)  # nothing read yet: two places
    merger.places.see(_article(pipeline, OAXACA_MEXICO, "97d7c41c"))
    merger.places.see(_article(pipeline, MEXICO_KILLED, "1101bc16"))
    assert not _placed_apart(died, killed, merger, 0.1)


def test_an_investigation_in_spain_is_not_one_in_brazil_and_israel(pipeline) -> None:  # type: ignore[no-untyped-def]
    spain = _sig("2009-04-28/a", SPAIN, "investigation", ["Spain"])
    listed = _sig("2009-04-27/b", LISTED, "investigated", ["Brazil", "Israel", "Australia", "New Zealand"])
    merger = Merger()
    merger.places.see(_article(pipeline, LISTED, "2009-04-27/b"))
    merger.places.see(_article(pipeline, SPAIN, "2009-04-28/a"))
    assert _placed_apart(spain, listed, merger, 0.1)
    assert not _placed_apart(spain, listed, merger, 0.3)  # sentences alike: one report retold


def test_a_places_people_name_it() -> None:
    village = _sig("2009-04-28/a", LA_GLORIA, "sick", ["La Gloria"])
    killed = _sig("2009-04-27/b", MEXICO_KILLED, "killed", ["Mexico"])
    assert not _placed_apart(village, killed, Merger(), 0.1)  # "the Mexican state of Veracruz"


def test_a_later_run_learns_from_the_stored_counts(tmp_path: Path, isolated_pipeline) -> None:  # type: ignore[no-untyped-def]
    """Where the collection puts its places is kept in the store with its mentions
    (`Store.place_counts`): what one run learnt is not lost to the next."""
    paths = []
    for name, text in (("oaxaca", OAXACA_MEXICO), ("mexico", MEXICO_KILLED)):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"date 2009-04-29\n{text}\n", encoding="utf-8")
        paths.append(path)
    with Store(tmp_path / "s.db") as store:
        ingest(paths, store, isolated_pipeline)
    with Store(tmp_path / "s.db") as store:
        index = PlaceIndex(store.place_counts())
    assert index.within("Oaxaca", "Mexico")


def test_a_place_written_with_its_initials_is_that_place() -> None:
    """Mentions of "in the UK" are placed in "UK" or "United Kingdom" (the Timeline17 extraction gives
    both): one country, not a happening told of two."""
    risen = _sig("2009-05-06/d817f756", UK_RISEN, "confirmed", ["UK"])
    confirmed = _sig("2009-05-04/cd266647", UK_CONFIRMED, "confirmed", ["United Kingdom"])
    assert not _placed_apart(risen, confirmed, Merger(), 0.1)
    assert not _placed_apart(confirmed, risen, Merger(), 0.1)
    assert _placed_apart(_sig("x", UK_RISEN, "confirmed", ["US"]), confirmed, Merger(), 0.1)


SPAIN_ROSE = (
    "In total, the number of confirmed cased in Spain rose from two to 10 on Wednesday."  # fa742356, 29 April
)
CANADA_ROSE = "Canada's confirmed number of cases rose to 140"  # b4a9e6ee, 4 May (a caption)
IN_CANADA = (
    "After cases were confirmed in Canada - all involving only mild illness - the government said it was "
    "stepping up surveillance for possible new cases and urged people to take precautions like frequent "
    "hand-washing."
)  # c9f57d77
CANADA_RISEN = "The number of confirmed cases in Canada has risen to 140."  # the caption told with a place


def _rose(pipeline, text: str, document: str, day: date):  # type: ignore[no-untyped-def]
    (event,) = [e for e in _article(pipeline, text, document) if e.predicate == "rise"]
    return signature(event, frozenset(), day)


def test_a_tally_told_of_one_country_is_not_anothers(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Seed 270's #17: Spain's cases rose to 10, Canada's to 140. The caption names Canada as whose
    number rose, not as where: a report whose participants are all places the collection locates
    things in is told of them."""
    spain = _rose(pipeline, SPAIN_ROSE, "fa742356", date(2009, 4, 29))
    canada = _rose(pipeline, CANADA_ROSE, "b4a9e6ee", date(2009, 5, 4))
    assert spain.places == frozenset({"Spain"})
    assert not canada.places and canada.participants == frozenset({"Canada"})
    merger = Merger()
    merger.places.see(_article(pipeline, SPAIN_ROSE, "fa742356"))
    assert not _placed_apart(spain, canada, merger, 0.1)  # nothing yet is told in Canada: no place
    merger.places.see(_article(pipeline, IN_CANADA, "c9f57d77"))
    assert _placed_apart(spain, canada, merger, 0.1)
    assert _placed_apart(canada, spain, merger, 0.1)
    assert not _placed_apart(canada, _rose(pipeline, CANADA_RISEN, "c", date(2009, 5, 4)), merger, 0.1)
