"""What a sum counts where an idiom only rounds it ("in the region of") or the parse reads the noun after
"of" as a verb's object ("of operating cash flow"). Sentences quoted from bpoil_reuters (the things
judged wrong on the blind seed 251: F17, F8)."""

from __future__ import annotations

from spacy.language import Language

from conftest import counted


def test_a_sum_in_the_region_of_counts_what_be_says_it_of(nlp: Language) -> None:
    figure = counted(
        nlp,
        "The going cost for such machinery was widely agreed to be in the region of $100 - $200million.",
        "$100 - $200million",
    )
    assert figure.counted == "going cost"


def test_a_sum_of_operating_cash_flow_counts_the_cash_flow(nlp: Language) -> None:
    figure = counted(
        nlp,
        "In 2009, BP generated more than $27billion of operating cash flow, and it ended March with "
        "$105billion of assets net of liabilities.",
        "more than $27billion",
    )
    assert figure.counted == "operating cash flow"
