"""What a figure counts when its own words give only a unit or a currency: the thing is read from its
clause (what a verb of change moves, what a range or a participle says, the dimension or the measure
named, the amount it goes on from). Sentences quoted from bpoil_reuters and haiti_bbc; the seed items
of H1N1_reuters (seed 213 F23, F26; seed 203 F9) are read for their cause only."""

from __future__ import annotations

from spacy.language import Language

from conftest import counted


def test_a_name_a_verb_of_change_moves_is_what_the_change_and_the_level_are_of(nlp: Language) -> None:
    """H1N1_reuters, seed 213's F23 (read for its cause only): the index, not "points"."""
    text = "KLSE fell 0.9 percent to 983.9 points by 0305 GMT on Monday."
    assert counted(nlp, text, "0.9 percent").counted == "KLSE"
    assert counted(nlp, text, "983.9 points").counted == "KLSE in points"


def test_a_company_that_is_down_is_what_its_percent_is_of(nlp: Language) -> None:
    text = (
        "BP is down more than 10 percent and Transocean is down nearly 14 percent since the rig explosion on "
        "April 20."
    )
    assert counted(nlp, text, "more than 10 percent").counted == "BP"
    assert counted(nlp, text, "nearly 14 percent").counted == "Transocean"


def test_the_level_a_change_ends_at_is_not_of_where_it_was_traded(nlp: Language) -> None:
    text = (
        "BP's U.S.-listed shares closed down 3.13 percent at $28.74 in New York trading on Thursday, hitting "
        "a new year-low."
    )
    assert counted(nlp, text, "$28.74").counted == "BP's U.S.-listed shares"


def test_a_sum_in_one_countrys_currency_is_money(nlp: Language) -> None:
    """H1N1_reuters, seed 213's F26 (read for its cause only): the rupiah is a currency, and a sum that
    something costs is a cost."""
    figure = counted(
        nlp,
        '"That alone cost 90,000 rupiah," he said, pointing to a large cooking pot at his feet.',
        "90,000 rupiah",
    )
    assert (figure.kind, figure.counted) == ("IDR", "cost")


def test_a_sum_said_is_not_an_amount_told(nlp: Language) -> None:
    figure = counted(
        nlp,
        "When I ask the price of a plate she tells me five Haitian gourdes, which is about 12 US cents.",
        "five Haitian gourdes",
    )
    assert figure.kind == "HTG"
    assert "told" not in figure.counted


def test_a_measure_hung_on_the_noun_it_is_taken_on_is_of_the_measure(nlp: Language) -> None:
    """Seed 211's F21: the pressure on the drill line, not the line."""
    figure = counted(
        nlp,
        "A BP investigator indicated to the lawmakers that the fundamental mistake may have been made "
        "because heavy pressure on the drill line of 1,400 pounds per square inch (98 kg per square cm) was "
        'an "indicator of a very large abnormality."',
        "1,400 pounds",
    )
    assert figure.counted == "heavy pressure on drill line in pounds"


def test_a_dimension_named_after_the_unit_is_what_it_measures(nlp: Language) -> None:
    pipe = (
        "Assuming that all the oil is flowing out of the pipe and no other opening and assuming the pipe is "
        "3 inches in diameter, the flow rate can be calculated as 190,000 gallons per day."
    )
    assert counted(nlp, pipe, "3 inches").counted == "diameter of pipe in inches"
    droplet = (  # H1N1_reuters, seed 203's F9 (read for its cause only)
        "Using previous research on influenza viral loads in nasal secretions, and assuming that each "
        "coughed airborne droplet measures between 1 to 5 micrometers in diameter, that adds up to many, "
        "many viruses in a single cough."
    )
    assert counted(nlp, droplet, "between 1 to 5 micrometers").counted == "diameter in micrometers"


def test_a_participle_on_the_unit_tells_what_the_amount_is(nlp: Language) -> None:
    valdez = (
        "By this stage, the spill could be over 300,000 barrels - larger than the 258,000 barrels leaked by "
        "the Exxon Valdez in the U.S. 's worst oil spill to date."
    )
    assert counted(nlp, valdez, "258,000 barrels").counted == "amount leaked in barrels"
    estimated = (
        "The crisis is now officially the worst U.S. spill in history, with between 500,000 to 800,000 "
        "barrels estimated to have leaked out into the Gulf of Mexico as of May 31."
    )
    assert (
        counted(nlp, estimated, "between 500,000 to 800,000 barrels").counted
        == "amount leaked out in barrels"
    )


def test_a_range_whose_to_hangs_on_its_from_is_of_the_verbs_subject(nlp: Language) -> None:
    text = (
        'The scientists said the "most likely flow rate of oil today" ranges from 35,000 to 60,000 barrels '
        r"(1.47 million and 2.52 million gallons\/5.57 million and 9.54 million liters) per day."
    )
    assert counted(nlp, text, "35,000 to 60,000 barrels").counted == "flow rate in barrels"


def test_an_amount_that_goes_on_from_one_of_its_kind_is_of_the_same_thing(nlp: Language) -> None:
    collected = (
        "BP said it collected 10,500 barrels of oil on Saturday and 11,100 barrels on Sunday, with 27,700 "
        "barrels of oil collected between June 3, when the operation began, and June 6."
    )
    assert counted(nlp, collected, "11,100 barrels").counted == "barrels of oil"
    closed = (
        "BP's depositary shares closed at $29.20, down $5.46 on the New York Stock Exchange, the lowest "
        "closing level since August 14, 1996."
    )
    assert counted(nlp, closed, "$5.46").counted == "BP's depositary shares"


def test_a_bound_as_high_as_names_the_dimension_of_what_it_is_said_of(nlp: Language) -> None:
    waves = "But waves as high as 12 feet would delay hooking up a third system to capture oil, he said."
    assert counted(nlp, waves, "12 feet").counted == "height of waves in feet"
    found = (
        "They found evidence of the chemicals as deep as 3,300 feet and as far away as 8 miles in May, and "
        "said the spread likely worsened as more oil spilled."
    )
    assert counted(nlp, found, "3,300 feet").counted == "depth of chemicals in feet"
    assert counted(nlp, found, "8 miles").counted == "distance in miles"


def test_a_depth_underwater_is_a_depth(nlp: Language) -> None:
    text = (
        "It will take up to a week for robots working 1 mile underwater to completely fit a new cap and seal."
    )
    assert counted(nlp, text, "1 mile").counted == "depth in mile"


def test_an_amount_after_a_comma_and_or_restates_what_it_follows(nlp: Language) -> None:
    text = (
        "Still, fully one-third of Gulf federal waters, or 78,603 square miles (203,582 sq km), remains "
        "closed to fishing in waters off four states."
    )
    assert counted(nlp, text, "78,603 square miles").counted == "Gulf federal waters in square miles"


def test_a_spread_that_tightens_is_of_the_verbs_subject(nlp: Language) -> None:
    text = (
        "Five-year credit default swaps on BP were about 30 basis points tighter on Thursday at around 230 "
        "basis points, according to data from Markit."
    )
    assert (
        counted(nlp, text, "about 30 basis points").counted
        == "Five-year credit default swaps in basis points"
    )


def test_points_that_go_on_from_a_percentage_are_of_the_same_thing(nlp: Language) -> None:
    text = (
        r"Obama's rating stood at 45 percent in the Wall Street Journal\/NBC News poll, down 5 points from "
        "early last month."
    )
    assert counted(nlp, text, "5 points").counted == "Obama's rating"


def test_in_a_with_phrase_the_name_before_the_direction_is_what_moved(nlp: Language) -> None:
    text = (
        "The stocks trimmed early losses to close off their lows, with BP down 1.3 percent at $43.86 and "
        "Anadarko Petroleum down 2.3 percent at $67.41."
    )
    assert counted(nlp, text, "$43.86").counted == "BP"
    assert counted(nlp, text, "2.3 percent").counted == "Anadarko Petroleum"


def test_a_participle_of_change_after_since_is_said_of_the_clauses_subject(nlp: Language) -> None:
    text = (
        "BP shares have gained over 60 percent since falling below 300 pence at the height of the crisis in "
        "June last year."
    )
    assert counted(nlp, text, "300 pence").counted == "BP shares in pence"
    closing = "At 5:45 p.m. EDT (2145 GMT), BP's shares traded at $30.66, after closing at $31.40."
    assert counted(nlp, closing, "$31.40").counted == "BP's shares"


def test_a_length_to_the_west_is_a_distance(nlp: Language) -> None:
    text = (
        "Up to 90% of the buildings have been damaged in Leogane, a town about 19km (18 miles) to the west, "
        "the UN said."
    )
    assert counted(nlp, text, "about 19km").counted == "distance in km"


def test_a_subject_said_to_be_close_to_an_amount_is_what_it_is_of(nlp: Language) -> None:
    text = (
        "The real flow rate from the undersea well, based on aerial images of the oil slick and estimates of "
        "the thickness of the oil itself, is probably closer to 25,000 barrels (1.05 million gallons\\/4 "
        "million liters) per day, MacDonald told Reuters."
    )
    figure = counted(nlp, text, "25,000 barrels (1.05 million gallons\\/4 million liters) per day")
    assert figure.counted == "real flow rate in barrels per day"
