"""Figure values and what "amount <verb>" hid: sentences quoted from bpoil_reuters (the figures judged wrong
on seed 151). Two amounts of two years joined by "from ... to" are a change, not one range; "7-10,000"
shares its thousands; a sum taken "from its market value" is of that value; a year on the subject of
"total" does not make it an amount; "another" sum is more of the one before; "pct" is a percent, and
"shares were up" a rise of the shares; "between 130,000 barrels and 270,000 barrels" is one range."""

from __future__ import annotations

from spacy.language import Language

from conftest import figures_in


def test_two_amounts_of_two_years_are_two_figures_not_a_range(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "Moreover, the company has nearly tripled the amount of money it has spent on lobbying, from about "
        "$5.7million in 1999 to $15.9million last year, according to lobbying disclosures.",
    )
    assert [(f.value, f.upper) for f in found] == [(5.7e6, None), (15.9e6, None)]


def test_an_undated_from_to_is_still_one_range(nlp: Language) -> None:
    found = figures_in(nlp, "Estimates of the flow rose from 12,000 barrels a day to 25,000 barrels a day.")
    assert [(f.value, f.upper) for f in found] == [(12000, 25000)]


def test_a_small_number_glued_to_a_dash_shares_the_thousands_after_it(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "While the leak is extremely serious, and Obama s words may ultimately ring true, the leak is "
        "(as yet) not one of the top 50 biggest oil spillages from either oil rigs or tankers in historical "
        "perspective: cents Some 7-10,000 tonnes of oil are so far estimated to have leaked into the Gulf of "
        "Mexico from Deepwater Horizon.",
    )
    tonnes = next(f for f in found if f.kind == "tonnes")
    assert (tonnes.value, tonnes.upper) == (7000, 10000)


def test_a_number_written_apart_from_the_dash_keeps_its_value(nlp: Language) -> None:
    found = figures_in(nlp, "Some 7 - 10,000 tonnes of oil are so far estimated to have leaked.")
    assert [(f.value, f.upper) for f in found] == [(7, 10000)]


def test_a_sum_wiped_from_a_market_value_is_of_the_value(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "BP's shares have been pummeled since the accident, wiping about $30billion from its market value.",
    )
    assert [f.counted for f in found] == ["its market value"]


def test_a_sum_knocked_off_a_market_capitalization_is_of_it(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "Since the Deepwater Horizon drilling rig caught fire, BP's shares have fallen 11 percent, knocking "
        "around $20 billion off its market capitalization.",
    )
    assert found[-1].counted == "its market capitalization"


def test_a_year_on_the_subject_of_total_is_no_count(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "The projected fiscal 2011 budget gaps for Gulf states total at least $11billion, including ones for "
        "Florida of $4.7billion, Texas of $4.6billion, and Louisiana at $1billion, according to the center.",
    )
    assert found[0].counted == "budget gaps"


def test_another_sum_is_more_of_what_the_sum_before_it_is_of(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "BP said last month it had undrawn bank lending facilities of $10billion and sources familiar with "
        "the matter said it had secured another $7billion in recent weeks.",
    )
    assert [f.counted for f in found] == ["undrawn bank lending facilities"] * 2


def test_another_sum_added_to_a_bill_keeps_the_bill(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "If BP were to face punitive damages, given the prevailing estimates of economic damages at around "
        "$20billion for the Gulf spill, a fine at the same ratio could add another $20billion to its bill.",
    )
    assert found[-1].counted == "amount added to its bill"


def test_a_rise_in_pct_after_be_is_a_percent_of_the_subject(nlp: Language) -> None:
    found = figures_in(
        nlp, "On Monday, Halliburton's shares were up 4.7 pct, while Transocean's shares were up 4.8 pct."
    )
    assert [(f.kind, f.counted) for f in found] == [
        ("percent", "Halliburton's shares"),
        ("percent", "Transocean's shares"),
    ]


def test_why_an_index_was_up_is_not_what_rose(nlp: Language) -> None:
    found = figures_in(
        nlp, "The STOXX 600 European oil and gas sector index was up 1 percent, on higher oil prices."
    )
    assert found[-1].counted != "higher oil prices"


def test_a_range_with_its_unit_said_at_both_ends_is_one_range(nlp: Language) -> None:
    found = figures_in(  # bpoil_reuters, 2010-05-27 (seed 161's F9: two figures, 130,000 as exact)
        nlp,
        "The team also estimated that between 130,000 barrels and 270,000 barrels of oil were on the ocean "
        "surface on May 17, and a similar amount had been dispersed, skimmed or evaporated.",
    )
    assert [(f.value, f.upper, f.counted) for f in found] == [(130000, 270000, "barrels of oil")]


def test_a_clause_with_its_own_subject_counts_its_subject_not_the_noun_it_hangs_on(nlp: Language) -> None:
    """The parse hung "that ... is up" on "reports" read as a noun (H1N1_guardian, 2009-04-28) and "that
    the flow rate may be" on "news" (bpoil_reuters): the clause's own subject is what is counted."""
    found = figures_in(
        nlp,
        "The Telegraph reports, somewhat alarmingly, that online demand for Tamiflu is up 1000%, with "
        "pharmacists warning that their stocks may not last.",
    )
    assert [f.counted for f in found] == ["online demand"]
    found = figures_in(
        nlp,
        "The news that the flow rate may be as high 40,000 barrels (1.68 million gallons\\/6.36 million "
        "liters) per day came after U.S. markets closed.",
    )
    assert [f.counted for f in found] == ["flow rate in barrels per day"]
