"""What a sum counts where the clause names who does something with it (a company that sells or raises
it), the unit it is earned in, or the people it goes to. Sentences quoted from bpoil_reuters (the things
judged wrong on the blind seed 271: F14, F18, F22, F23)."""

from __future__ import annotations

from spacy.language import Language

from conftest import counted, figures_in


def test_a_sum_something_is_sold_for_is_its_price_not_the_seller(nlp: Language) -> None:
    figure = counted(
        nlp,
        "BP agreed to sell four fields in the deepwater of the Gulf of Mexico to Japan's Marubeni Corp for "
        "$650million, as the oil major seeks to raise cash to pay for its oil spill in the region.",
        "$650million",
    )
    assert figure.counted == "price of fields"


def test_sums_listed_after_one_to_raise_are_not_the_company_raising_them(nlp: Language) -> None:
    text = (
        "The paper said BP planned to raise $10billion from a bond sale, $20billion from banks and "
        "$20billion from asset sales over the next two years."
    )
    assert [f.counted for f in figures_in(nlp, text) if f.text == "$20billion"] == ["amount to raise"] * 2


def test_a_sum_a_day_he_was_making_is_his_earnings_not_the_day(nlp: Language) -> None:
    figure = counted(
        nlp,
        "He said he had received his $5,000 from BP but said he was making $2,000 a day before the spill "
        "closed down his 1,500-acre (600-hectare) oyster operation.",
        "$2,000 a day",
    )
    assert figure.counted == "earnings"


def test_to_a_number_of_people_after_a_sum_is_whom_it_goes_to_not_what_it_counts(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Since it began, the fund has made $2billion in emergency payments to 125,000 claimants, and the "
        "final emergency tally probably will reach $2.3billion to 175,000 individuals and businesses, "
        "Feinberg said.",
        "$2.3billion",
    )
    assert figure.counted == "final emergency tally"


def test_a_percentage_range_is_still_read_to_its_end(nlp: Language) -> None:
    text = "When used to prevent the flu, antiviral drugs are about 70% to 90% effective."
    assert "about 70% to 90%" in [f.text for f in figures_in(nlp, text)]
