"""What a figure counts when its words are only a unit ("barrels", "barrels per day", "cents/share"):
the thing is taken from its clause, sentences quoted from bpoil_reuters (the figures judged wrong on
seed 211, F3, F16 and F18)."""

from __future__ import annotations

from spacy.language import Language

from conftest import counted


def test_an_amount_that_leaks_is_the_amount_leaking(nlp: Language) -> None:
    figure = counted(
        nlp,
        r"The company has estimated that about 5,000 barrels (210,000 gallons\/795,000 liters) have been "
        r"leaking every day, although some scientists have given much higher numbers for the size of the "
        r"leak -- up to 70,000 and even 100,000 barrels (4.2 million gallons\/15.9 million liters) per day.",
        "about 5,000 barrels",
    )
    assert figure.counted == "amount leaking in barrels"


def test_an_amount_that_pours_into_a_named_place_is_the_amount_poured(nlp: Language) -> None:
    figure = counted(
        nlp,
        r"At least 5,000 barrels (210,000 gallons\/795,000 liters) have poured into the Gulf each day since "
        "the well ruptured.",
        "At least 5,000 barrels",
    )
    assert figure.counted == "amount poured in barrels"


def test_a_bound_up_to_read_as_a_particle_is_what_the_verb_does_with_the_amount(nlp: Language) -> None:
    figure = counted(
        nlp,
        "With BP's blow-out still gushing up to 60,000 barrels per day, the Gulf clean-up effort may drag on "
        "for months or years, even if BP can plug its blown-out well in August as planned.",
        "up to 60,000 barrels per day",
    )
    assert figure.counted == "amount gushed in barrels per day"


def test_a_slashed_money_unit_is_a_unit_and_the_thing_comes_from_the_clause(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Gordon Gray at Collins Stewart said he expected the dividend to be reinstated for the fourth "
        r"quarter, at half the previous level, or 7 cents\/share.",
        r"7 cents\/share",
    )
    assert figure.counted == r"dividend in cents\/share"


def test_the_level_a_change_ends_at_is_of_what_changed(nlp: Language) -> None:
    text = "BP shares were up 5.6 percent to 491.7 pence by 1351 GMT (8:51 EST)."
    assert counted(nlp, text, "491.7 pence").counted == "BP shares in pence"
    assert counted(nlp, text, "5.6 percent").counted == "BP shares"
