"""What a figure counts where the words it counts are only a unit, a part of the thing, or nothing, and
the clause names the thing further on. Sentences quoted from bpoil_reuters (the things judged wrong on
the blind seed 241: F5, F13, F17, F24, F29)."""

from __future__ import annotations

from spacy.language import Language

from conftest import counted


def test_a_range_added_to_a_price_is_the_amount_added_to_it(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Extra compliance might add $2-3 to the price of a barrel of deepwater oil, but this is "
        "inconsequential compared with the vast expense of conducting seismic surveys under miles of "
        "seawater, mud and salt; rig hire; and the exploration risks of drilling dry wells.",
        "$2-3",
    )
    assert figure.counted == "amount added to price"


def test_the_end_of_a_range_of_forecasts_counts_what_is_forecast(nlp: Language) -> None:
    figure = counted(
        nlp,
        "The upper end of analysts ' forecasts of total costs is around $30 - $35billion, with potential "
        "extra costs for lost fisheries business in years to come.",
        "around $30 - $35billion",
    )
    assert figure.counted == "total costs"


def test_a_unit_named_only_by_where_it_comes_from(nlp: Language) -> None:
    figure = counted(
        nlp,
        "A panel of U.S. experts estimated that as of May 17, there were at least 130,000 barrels of oil "
        "on the surface of the Gulf of Mexico and a similar amount had been skimmed off the surface or "
        "evaporated, making a total of at least 260,000 barrels from the Deepwater Horizon spill.",
        "at least 260,000 barrels",
    )
    assert figure.counted == "amount from Deepwater Horizon spill in barrels"


def test_a_length_before_back_to_a_place_is_the_distance_to_it(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Hayward, his executive assistant and a press officer then drove the 100 yards back to the "
        "heliport, a gray one-story building whose waiting room consisted of prefabricated cabins bolted "
        "together.",
        "100 yards",
    )
    assert figure.counted == "distance to heliport in yards"


def test_a_sum_the_crew_make_is_their_earnings(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Smith estimated the moratorium affects dozens of deepwater rigs that ordinarily employ as many as "
        "10,000 crew making about $100,000 each annually, with most of those wages spent in Louisiana and "
        "nearby states.",
        "about $100,000 each annually",
    )
    assert figure.counted == "earnings of crew"


def test_a_share_keeps_its_own_amount(nlp: Language) -> None:
    """A guard (it holds on main too): a share is not a range's end, its amount is the share's own."""
    figure = counted(
        nlp,
        "BP's share of production is 63 million cubic feet per day -- less than 1 percent of total oil and "
        "gas output.",
        "63 million cubic feet per day",
    )
    assert figure.counted == "BP's share in cubic feet per day"
