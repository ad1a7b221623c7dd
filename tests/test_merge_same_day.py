"""Joins that nothing held apart once their reports' dates no longer did (H1N1_bbc, main f53f9ee,
seed 260's judging): one day's two tallies, a woman's infection with the country's tally of
infections, and a general truth ("tends to hit") with one place's outbreak. Sentences are from the
Timeline17 articles of H1N1_bbc, read as written; each is quoted with its article and day."""

from __future__ import annotations

from datetime import date

from conftest import entries_of, events_of
from storyline.merge.pair_rules import _same_day_tallies
from storyline.merge.similarity import signature
from storyline.model import Event, Figure, Tense
from storyline.pipeline import Pipeline

MAY_5 = date(2009, 5, 5)
MONDAY = (
    "Nine more cases have been confirmed. They bring the overall totals to 23 in England and four in "
    "Scotland.\n"
)  # 485, 5 May
LATER = "A further case was confirmed. It {} the overall totals to 24 in England and four in Scotland.\n"
TUESDAY = LATER.format("brings")  # 976, 5 May (the day's later page)
AGAIN = LATER.format("brought")  # 46, 6 May


def test_one_days_two_tallies_are_two_entries(pipeline: Pipeline) -> None:
    """485 and 976, both published on 5 May: the totals brought to 23, then (another case
    confirmed) to 24. The day's later page updates the tally; the 24 told again on 6 May joins it."""
    entries = entries_of(pipeline, (MAY_5, MONDAY), (MAY_5, TUESDAY), (date(2009, 5, 6), AGAIN))
    tallies = [entry for entry in entries if "overall totals" in entry.summary]
    assert sorted(len(entry.mentions) for entry in tallies) == [1, 2]
    (single,) = [entry for entry in tallies if len(entry.mentions) == 1]
    assert "23" in single.summary


CAMPAIGN = (
    "The nationwide campaign begins after the number of confirmed cases of the H1N1 virus in the UK has "
    "risen to {}.\n"
)  # 485 (27) and 976 (28), 5 May


def test_a_clauses_count_does_not_part_one_days_reports(pipeline: Pipeline) -> None:
    """The campaign is one event whatever the tally its clause gives (27 on one page of 5 May, 28 on
    the later one): the count is not the campaign's own, so the two pages stay one entry."""
    entries = entries_of(pipeline, (MAY_5, CAMPAIGN.format(27)), (MAY_5, CAMPAIGN.format(28)))
    (campaign,) = [entry for entry in entries if "campaign" in entry.summary]
    assert len(campaign.mentions) == 2


def _report(document: str, text: str, predicate: str, values: list[float], published: date):  # type: ignore[no-untyped-def]
    figures = [Figure(value, f"{value:.0f}", 0, 2, "people", kind="people") for value in values]
    event = Event(
        document, 0, len(text), text, text, published.isoformat(), False, Tense.PAST,
        predicate=predicate, figures=figures, arguments=["patient|people"],
    )  # fmt: skip
    return signature(event, published=published)


KILLED_103 = (
    "Countries around the world have moved to contain the spread of a possible pandemic after a new "
    "swine flu outbreak killed 103 people in Mexico."
)  # H1N1_reuters, 27 April
KILLED_149 = (
    "The WHO emergency committee is assessing the risk from a swine flu outbreak that has killed up to "
    "149 people in Mexico and spread across the world."
)  # H1N1_reuters, 27 April


def test_same_day_tallies_of_what_each_tells_differ_unless_a_number_is_shared() -> None:
    april_27 = date(2009, 4, 27)
    earlier = _report("a", KILLED_103, "kill", [103], april_27)
    later = _report("b", KILLED_149, "kill", [149], april_27)
    assert _same_day_tallies(earlier, later)
    assert not _same_day_tallies(earlier, _report("c", KILLED_103, "kill", [103], april_27))  # one count
    # one page, or pages of two days (`_tallies_apart` compares those already)
    assert not _same_day_tallies(earlier, _report("a", KILLED_149, "kill", [149], april_27))
    assert not _same_day_tallies(earlier, _report("d", KILLED_149, "kill", [149], date(2009, 4, 28)))


SPAIN = (
    "First swine flu fatality in Spain More than 700 people have been infected with swine flu in Spain "
    "A 20-year-old Moroccan woman infected with swine flu has died in Madrid, becoming Spain's first "
    "fatality from the virus and the fourth in the EU.\n"
    "The woman, who suffered from asthma, died of a respiratory illness caused by the flu, Spain's "
    "health ministry said.\n"
    "She was seven months pregnant when she was admitted to hospital on 15 June.\n"
    "Since it first appeared in March, 717 people have been infected with the H1N1 virus in Spain, "
    "according to the country's health ministry.\n"
)  # 988, 30 June


def test_one_persons_infection_is_not_the_countrys_tally(pipeline: Pipeline) -> None:
    """988: the woman "infected with swine flu" (told in passing) and "717 people have been
    infected" are two things; the tally joins the headline's "More than 700 people have been
    infected" instead."""
    entries = entries_of(pipeline, (date(2009, 6, 30), SPAIN), secondary=True)
    infected = {
        entry.id: [m.text[: m.event_end - m.start] for m in entry.mentions]
        for entry in entries
        if any(m.text[m.event_start - m.start : m.event_end - m.start] == "infected" for m in entry.mentions)
    }
    (tally,) = [told for told in infected.values() if any("717" in text for text in told)]
    assert len(tally) == 2
    assert any(text.endswith("More than 700 people have been infected") for text in tally)
    assert not any(text.endswith("woman infected") for text in tally)


TENDS = (
    "Normal seasonal flu tends to hit the elderly most severely; in pandemics, it is often young adults "
    "who are worst affected.\n"
)  # 348, 30 June
VICTORIA = (
    "Victoria and the state capital, Melbourne, are the worst-hit with more than 1,000 confirmed "
    "cases.\n"
)  # 459, 10 June


def test_what_flu_tends_to_do_is_no_happening(pipeline: Pipeline) -> None:
    (hit,) = [e for e in events_of(pipeline, TENDS, date(2009, 6, 30)) if e.predicate == "hit"]
    assert hit.modality == "generic"
    (tended,) = [
        e
        for e in events_of(pipeline, "Nurses tended to the wounded on Tuesday.\n", date(2010, 1, 14))
        if e.predicate == "tend"
    ]
    assert tended.modality == "actual"  # "tend to" the wounded: a deed
    entries = entries_of(pipeline, (date(2009, 6, 10), VICTORIA), (date(2009, 6, 30), TENDS))
    (victoria,) = [entry for entry in entries if "Victoria" in entry.summary]
    assert len(victoria.mentions) == 1


TOLL_AND_TODDLER = (
    "The new H1N1 flu strain -- a mixture of swine, human and avian flu viruses -- has killed up to 159 "
    "people "
    "in Mexico and a 23-month-old boy in the United States.\n"
)  # H1N1_reuters 843, 29 April
TOLL = (
    "Swine flu has killed up to 159 people in Mexico and one in the United States, and cases have also been "
    "reported in Europe as well as in neighbouring Israel and New Zealand.\n"
)  # H1N1_reuters 466, 29 April


def test_a_report_of_the_tally_and_a_person_is_the_tallys(pipeline: Pipeline) -> None:
    """843 counts the 159 dead in Mexico and tells the Texas toddler in one clause: it tells the toll
    466 tells, whatever person it names besides."""
    entries = entries_of(pipeline, (date(2009, 4, 29), TOLL_AND_TODDLER), (date(2009, 4, 29), TOLL))
    (toll,) = [
        entry
        for entry in entries
        if any(m.text[m.event_start - m.start : m.event_end - m.start] == "killed" for m in entry.mentions)
    ]
    assert len(toll.mentions) == 2
