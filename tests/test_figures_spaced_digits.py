"""Thousands set off by a space ("500 000"), as some writers group digits: one number, not a number and
a group run into the unit. Real sentences of bpoil_reuters (blind seed 181) and haiti_bbc."""

from __future__ import annotations

from spacy.language import Language

from conftest import counted, figures_in


def test_a_digit_group_after_a_space_goes_on_the_number(nlp: Language) -> None:
    figure = counted(
        nlp,
        "To skim and recover 500 000 bbl per day would be a huge operation -- that is a new VLCC (tanker) "
        "every 4 day.",
        "500 000 bbl per day",
    )
    assert figure.value == 500_000
    assert figure.counted == "amount recovered in bbl per day"


def test_a_run_of_digit_groups_in_a_phone_number_is_not_joined(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "The Disasters Emergency Committee is co-ordinating an appeal to help the people of Haiti There are "
        "13 charities involved including the British Red Cross, Islamic Relief and World Vision Donate via "
        "the DEC website or by telephoning 0370 60 60 900 British Red Cross staff and volunteers have "
        "distributed kitchen and personal hygiene kits, blankets, tarpaulins and water containers.",
    )
    assert 13 in [figure.value for figure in found]  # the sentence's one count is read
    assert all(figure.value != 60_900 for figure in found)
