"""What a figure counts where its own words name nothing or the wrong thing: a demonstrative put at a sum
("estimates this at"), a multiple set beside an amount ("-- 100 times the country's ... supply"), a sum
an earlier verb of change raises a thing to. Sentences quoted from bpoil_reuters (the things judged wrong
on the blind seed 251: F6, F4, F21)."""

from __future__ import annotations

from spacy.language import Language

from conftest import counted


def test_a_sum_put_on_this_counts_what_the_sentence_before_counted(nlp: Language) -> None:
    figure = counted(
        nlp,
        "BP has offered no estimate but Hitchens at Panmure said on Wednesday he estimates compensation "
        "claims will be $10billion. Credit Suisse estimates this at $23billion.",
        "$23billion",
    )
    assert figure.counted == "compensation claims"


def test_a_multiple_beside_an_amount_counts_what_that_amount_counts(nlp: Language) -> None:
    figure = counted(
        nlp,
        "A recent study by the Minerals Management Service pegged methane hydrate resources in the Gulf of "
        "Mexico at 21,000 trillion cubic feet of natural gas -- 100 times the country's current proven "
        "supply.",
        "100 times the country's current proven supply",
    )
    assert figure.counted == "methane hydrate resources"


def test_a_sum_raised_to_counts_the_amount_of_money_raised(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Lawmakers in both chambers have proposed bills that would raise the amount of money BP would be "
        "required to dole out for economic losses caused by the spill to $10billion from the current cap "
        "of $75million.",
        "$10billion",
    )
    assert figure.counted == "amount of money"
