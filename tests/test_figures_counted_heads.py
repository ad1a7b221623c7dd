"""What a figure counts when the words beside it are a place name cut at its hyphens, a count written
before the noun it belongs to, "the form of" or "ones": sentences quoted from haiti_bbc (the figures
judged wrong on seed 151)."""

from __future__ import annotations

from spacy.language import Language

from conftest import counted


def test_a_distance_from_a_hyphenated_place_keeps_the_name_whole(nlp: Language) -> None:
    figure = counted(
        nlp,
        '"Our children\'s village (in Santo, 16km from Port-au-Prince) is largely intact," he said.',
        "16km",
    )
    assert (figure.kind, figure.counted) == ("kilometres", "distance from Port-au-Prince in km")


def test_a_singular_noun_between_the_amount_and_its_head_is_what_is_counted(nlp: Language) -> None:
    figure = counted(
        nlp,
        '"We have at least 300 people in a 100 bed hospital" Aid workers helping victims of Tuesday\'s '
        "earthquake have been sharing their accounts with us.",
        "100 bed hospital",
    )
    assert (figure.kind, figure.counted) == ("bed", "beds of the hospital")


def test_a_unit_before_a_noun_is_still_a_measure_of_it(nlp: Language) -> None:
    figure = counted(nlp, "A 100 tonne containment dome was lowered over the leak.", "100 tonne")
    assert figure.kind == "tonnes"


def test_a_sum_in_the_form_of_loans_is_of_the_loans(nlp: Language) -> None:
    figure = counted(
        nlp,
        "1555 Dominique Strauss-Kahn, the managing director of the International Monetary Fund (IMF), says "
        '$100m (£61m) will be made available to Haiti "very quickly", in the form of extended loans.',
        "$100m",
    )
    assert figure.counted == "extended loans"


def test_ones_counts_the_plural_noun_it_stands_for(nlp: Language) -> None:
    figure = counted(
        nlp,
        "In the region where this quake occurred, this motion is accommodated across a number of strike-slip "
        "faults, the two main ones in Haiti being the Septentrional fault in the north and the "
        "Enriquillo-Plaintain Garden fault in the south.",
        "two main ones",
    )
    assert (figure.kind, figure.counted) == ("fault", "main faults")


def test_a_distance_from_a_place_s_coast_names_the_coast(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Tar balls and other oil debris from the giant, fragmented slick reached Alabama's Dauphin Island, "
        "parts of Mississippi and were less than 10 miles from Florida's northwest Panhandle coast.",
        "less than 10 miles",
    )
    assert figure.counted == "distance from Florida's northwest Panhandle coast in miles"
