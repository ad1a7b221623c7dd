"""What a figure counts when the words beside it are only a unit, a bare word ("figure") or nothing:
sentences quoted from bpoil_reuters and haiti_bbc (the figures judged wrong on seeds 131 and 141)."""

from __future__ import annotations

from spacy.language import Language

from conftest import counted


def test_a_rate_given_by_a_bound_is_the_rate_of_what_goes_at_it(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Meanwhile, the oil keeps gushing into the Gulf at a rate now estimated as high as 60,000 barrels a "
        "day.",
        "60,000 barrels a day",
    )
    assert figure.counted == "rate of oil in barrels a day"


def test_a_limit_set_on_a_thing_and_raised_again_by_it_is_of_that_thing(nlp: Language) -> None:
    text = (
        "The White House and U.S. lawmakers vowed to review a law limiting BP's liability for lost revenues "
        "from fishing, tourism and other businesses to $75million and raise it to $10billion."
    )
    assert counted(nlp, text, "$75million").counted == "BP's liability"
    assert counted(nlp, text, "$10billion").counted == "BP's liability"


def test_a_bare_word_beside_the_sum_gives_way_to_what_is_done_with_it(nlp: Language) -> None:
    figure = counted(
        nlp,
        "The final bill is likely to be much higher than the $350million figure announced on Monday as the "
        "well which caused the leak is still pumping at least 5,000 barrels per day of crude into the sea "
        "and the spill has yet to hit land.",
        "$350million figure",
    )
    assert figure.counted == "amount announced"


def test_a_size_in_brackets_after_a_hyphenated_dimension_is_of_the_noun_after(nlp: Language) -> None:
    figure = counted(
        nlp,
        '"The oil plume escaping from the riser pipe has visibly declined today," BP spokesman Mark Proegler '
        "said after the company announced that a mile-long (1.6 km) tube tapping into the larger of two "
        "leaks from the well was now capturing 5,000 barrels (210,000 gallons\\/795,000 litres) per day of "
        "oil.",
        "1.6 km",
    )
    assert figure.counted == "length of tube in km"


def test_a_range_something_is_estimated_to_be_worth_is_its_value(nlp: Language) -> None:
    text = "The Venezuelan assets are estimated to be worth $850million to $1billion."
    figure = counted(nlp, text, "$850million to $1billion")
    assert figure.counted == "value of Venezuelan assets"


def test_a_participle_after_a_sum_the_parse_made_a_subject_says_what_the_sum_is(nlp: Language) -> None:
    figure = counted(
        nlp,
        "It said about $900m (£557m) owed to donor countries and institutions should be written off.",
        "about $900m",
    )
    assert figure.counted == "amount owed to donor countries"


def test_a_sum_converted_after_a_comma_is_of_what_the_first_sum_is_of(nlp: Language) -> None:
    text = (
        "It is one of the least developed countries in the world with most Haitians living on $2 or less per "
        "day, about £1.30."
    )
    assert counted(nlp, text, "about £1.30").counted == counted(nlp, text, "$2").counted == "amount lived on"


def test_a_change_the_parse_hangs_on_down_or_higher_is_of_the_verbs_subject(nlp: Language) -> None:
    figure = counted(
        nlp,
        "The London-based company's share price closed down 5 percent in London after U.S. President Barack "
        'Obama said he wanted to know "whose ass to kick" over the massive spill.',
        "5 percent",
    )
    assert figure.counted == "London-based company's share price"


def test_a_change_set_off_by_a_comma_is_not_of_the_verbs_object(nlp: Language) -> None:
    text = (
        "Halliburton, which wasn't named in the suit, closed near session lows, down 3.1 percent at $39.79."
    )
    assert counted(nlp, text, "3.1 percent").counted != "near session lows"


def test_a_verb_joined_without_a_subject_measures_the_first_verbs_subject(nlp: Language) -> None:
    text = "The shares then rose further on the initial test results and ended up 7.6 percent at $38.92."
    assert counted(nlp, text, "7.6 percent").counted == "shares"
    assert counted(nlp, text, "$38.92").counted == "shares"


def test_a_sum_paid_to_someone_names_who_it_is_paid_to(nlp: Language) -> None:
    figure = counted(
        nlp,
        "BP also suspends dividend payments to shareholders; says it will pay $100million to workers idled "
        "by the six-month drilling moratorium.",
        "$100million",
    )
    assert figure.counted == "amount paid to workers"


def test_a_cap_is_of_what_it_is_on(nlp: Language) -> None:
    figure = counted(
        nlp,
        "BP has already said it will voluntarily exceed a $75million cap on liability for economic damages, "
        'pledging to pay any "legitimate claim" it receives.',
        "$75million cap on liability",
    )
    assert figure.counted == "cap on liability"


def test_a_cap_that_ends_the_text_is_counted_too(nlp: Language) -> None:
    # bpoil_washingtonpost, 2010-11-14, cut before its full stop (a page's text may end so): the
    # word after "cap" was read past the end of the text, and the whole article failed
    text = "Congress is considering legislation to lift the $ 1 billion cap"
    assert counted(nlp, text, "$ 1 billion cap").counted == "cap"


def test_a_part_of_a_sum_brought_in_by_including_is_of_what_the_sum_is_of(nlp: Language) -> None:
    text = (
        "BP so far has paid nearly $50million in lost-income claims across Gulf states, including more than "
        "$6million in Florida."
    )
    assert counted(nlp, text, "more than $6million").counted == "lost-income claims"
    text = (
        "In less than 48 hours, the American Red Cross had received more than $35m in donations - including "
        "$8m directly from texts."
    )
    assert counted(nlp, text, "$8m").counted == "donations"


def test_a_sum_its_subject_loses_is_its_losses(nlp: Language) -> None:
    figure = counted(
        nlp,
        '"If the entire Gulf were closed to recreational fishing from May to August, the region would '
        'lose... $1.1billion and about 19,000 jobs," Angers told the panel.',
        "$1.1billion",
    )
    assert figure.counted == "losses of region"
