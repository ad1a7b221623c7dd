"""Figure extraction, one form per test, on sentences quoted from the sample articles.

The first group quotes the two reference articles (examples/articles); the BP
group quotes Timeline17 bpoil sentences as ingest restores them.
"""

from __future__ import annotations

from spacy.language import Language

from conftest import figures_in
from storyline.extract.figures import _read_amount
from storyline.model import Figure


def only(nlp: Language, text: str) -> Figure:
    (figure,) = figures_in(nlp, text)
    return figure


# --- the reference articles ------------------------------------------------------------------


def test_approximate_count_of_personnel(nlp: Language) -> None:
    figure = only(
        nlp,
        "On 18 October, Kyrylo Budanov, Head of Defence Intelligence of Ukraine, confirmed that about "
        "11,000 North Korean infantrymen were currently undergoing training in Russia’s east.",
    )
    assert figure.as_dict() == {
        "value": 11000,
        "approximate": True,
        "counted": "North Korean infantrymen",
        "text": "about 11,000 North Korean infantrymen",
        "kind": "personnel",
    }


def test_counted_noun_with_its_origin(nlp: Language) -> None:
    figure = only(
        nlp,
        "On 17 October, Zelenskyy specified that Russia intended to involve about 10,000 soldiers from "
        "North Korea in the war against Ukraine.",
    )
    assert (figure.value, figure.approximate, figure.kind) == (10000, True, "personnel")
    assert figure.counted == "soldiers from North Korea"


def test_around_is_approximate(nlp: Language) -> None:
    figure = only(
        nlp,
        "On 17 October, the president specified that Russia intends to deploy around 10,000 North Korean "
        "soldiers in the war against Ukraine.",
    )
    assert (figure.value, figure.approximate, figure.counted) == (10000, True, "North Korean soldiers")


def test_exact_count_with_compound_noun(nlp: Language) -> None:
    figure = only(
        nlp,
        "South Korea’s National Intelligence Service reported that North Korea had already sent 1,500 "
        "special forces troops to Russia to assist in the war, and they have arrived in Russian territory.",
    )
    assert (figure.value, figure.approximate, figure.counted) == (1500, False, "special forces troops")
    assert figure.kind == "personnel"


def test_plain_count(nlp: Language) -> None:
    figure = only(
        nlp,
        "On Wednesday, South Korean intelligence reported that Pyongyang had sent 3,000 troops to Russia "
        "to support Russian forces in their war against Ukraine.",
    )
    assert (figure.value, figure.text, figure.kind) == (3000, "3,000 troops", "personnel")


def test_lower_bound_with_period(nlp: Language) -> None:
    figure = only(
        nlp,
        "He stressed that this week alone, the Russians have used these drones against Ukraine daily, "
        "and overall, they have launched more than 6,130 Shaheds since the beginning of the year.",
    )
    assert (figure.value, figure.qualifier, figure.counted) == (6130, "more than", "Shaheds")
    assert figure.period == "since the beginning of the year"


def test_dates_and_ordinals_are_not_figures(nlp: Language) -> None:
    assert not figures_in(
        nlp,
        "They will be ready to take part in combat actions against Ukraine as early as 1 November.",
    )
    assert not figures_in(
        nlp,
        "The first North Korean military units that have undergone training at training grounds in "
        "Russia’s east have arrived in the war zone. They were spotted in Kursk Oblast of Russia on "
        "23 October.",
    )
    assert not figures_in(nlp, "date 2024-10-26 On 8 October, the South Korean Ministry of Defence said so.")


# --- BP oil spill (Timeline17 bpoil) -------------------------------------------------------------


def test_rate_in_barrels_a_day(nlp: Language) -> None:
    figure = only(
        nlp,
        "Rear Admiral Mary Landry said 5,000 barrels a day were thought to be gushing into the sea off "
        "Louisiana.",
    )
    assert (figure.value, figure.kind, figure.unit) == (5000, "barrels per day", "barrels per day")


def test_range_between(nlp: Language) -> None:
    figure = only(
        nlp,
        "But US government and independent scientists now estimate that the most likely flow rate of oil "
        "is between 35,000 and 60,000 barrels per day - a sharp increase on the estimate of a week ago.",
    )
    assert (figure.value, figure.upper, figure.kind) == (35000, 60000, "barrels per day")


def test_range_with_hyphen(nlp: Language) -> None:
    figure = only(nlp, "This is only a small part of the 12,000-19,000 barrels a day believed to be leaking.")
    assert (figure.value, figure.upper, figure.text) == (12000, 19000, "12,000-19,000 barrels a day")


def test_range_from_to_across_a_conversion(nlp: Language) -> None:
    figure = only(
        nlp,
        "US Geological Survey Director Marcia McNutt said government teams estimated the flow ranges from "
        "12,000 barrels (504,000 gallons or 1.9 million litres) to 25,000 barrels per day.",
    )
    assert (figure.value, figure.upper, figure.kind) == (12000, 25000, "barrels per day")


def test_number_words_and_upper_bound(nlp: Language) -> None:
    rate, killed = figures_in(
        nlp,
        "Up to five thousand barrels a day are thought to be leaking from the site of the Deepwater "
        "Horizon rig which sank on 22 April after an explosion in which 11 workers lost their lives.",
    )
    assert (rate.value, rate.qualifier, rate.kind) == (5000, "up to", "barrels per day")
    assert (killed.value, killed.kind) == (11, "people killed")


def test_money_with_scale(nlp: Language) -> None:
    figure = only(nlp, "BP's response has cost $6.1bn already.")
    assert (figure.value, figure.kind, figure.text) == (6.1e9, "USD", "$6.1bn")


def test_vague_amounts(nlp: Language) -> None:
    turtles, dolphins, states = figures_in(
        nlp,
        "The slick has closed fishing grounds, killed hundreds of turtles and seabirds and dozens of "
        "dolphins and affected the coastlines of four US states.",
    )
    assert (turtles.value, turtles.upper, turtles.approximate) == (200, 1000, True)
    assert (dolphins.value, dolphins.counted, dolphins.kind) == (24, "dolphins", "animals")
    assert states.value == 4
    tens = figures_in(
        nlp,
        "Tens of thousands of barrels of oil have spewed into the ocean since then from the well's "
        "ruptured riser pipe.",
    )[0]
    assert (tens.value, tens.approximate, tens.kind, tens.predicate) == (20000, True, "barrels", "leaking")


def test_word_number_of_people_killed(nlp: Language) -> None:
    figure = only(
        nlp,
        "Eleven workers killed in the explosion at the Deepwater Horizon rig are being remembered at a "
        "memorial service in Jackson, Mississippi.",
    )
    assert (figure.value, figure.kind, figure.counted) == (11, "people killed", "workers")
    missing = only(nlp, "Eleven workers are still missing and presumed to have been killed in the accident.")
    assert (missing.value, missing.kind) == (11, "people missing")


def test_percent(nlp: Language) -> None:
    figure = only(nlp, "At its worst BP saw 34% wiped off the company's value.")
    assert (figure.value, figure.kind, figure.unit) == (34, "percent", "%")


def test_rate_with_complement(nlp: Language) -> None:
    figure = only(
        nlp,
        "BP said earlier on Monday it was managing to funnel the equivalent of 1,000 barrels a day of oil "
        "from the blown well to a tanker ship.",
    )
    assert (figure.counted, figure.kind) == ("barrels a day of oil", "barrels per day")


def test_times_and_years_are_not_figures(nlp: Language) -> None:
    assert not figures_in(nlp, "2135: Bpdeadbirds uses data from a report published in 2010.")


def test_glued_scale_words_and_abbreviations(nlp: Language) -> None:
    cost = only(nlp, "The British company has now seen its costs from the spill reach $3.12billion.")
    assert (cost.value, cost.kind) == (3.12e9, "USD")
    total = only(
        nlp,
        "An estimated 4.9 m barrels of oil leaked into the waters of the Gulf over the course of 87 days.",
    )
    assert (total.value, total.approximate, total.kind) == (4.9e6, True, "barrels")


def test_rate_after_a_conversion_in_brackets(nlp: Language) -> None:
    """The conversion in brackets is the same claim in other units, not a second figure."""
    (rate,) = figures_in(
        nlp,
        "Some 1,000 barrels (42,000 gallons) of oil a day have been gushing from the well since a "
        "drilling rig exploded and sank off the Louisiana coast last week.",
    )
    assert (rate.value, rate.approximate, rate.kind) == (1000, True, "barrels per day")


def test_money_rates_and_prices(nlp: Language) -> None:
    paid, risen = figures_in(
        nlp,
        "The oil company previously paid out about $3.5m a day in compensation, but this has risen to "
        "$12.5m a day since Feinberg took over.",
    )
    assert (paid.value, paid.kind, risen.value) == (3.5e6, "USD per day", 12.5e6)
    percent, price = figures_in(
        nlp,
        "Brent crude rose 72 percent to average over $76 a barrel over the first three months of the year.",
    )
    assert (percent.value, percent.kind) == (72, "percent")
    assert (price.kind, price.qualifier) == ("USD per barrel", "over")


def test_multipliers_compounds_and_clock_times_are_not_figures(nlp: Language) -> None:
    assert not figures_in(nlp, "The gusher was 12 times more powerful than estimates offered so far.")
    assert not figures_in(nlp, "It is a crucial step toward a four-vessel oil capture system.")
    assert not figures_in(nlp, "Monday 7 June 2010 22.41 BST Oil-soaked pelicans huddle in a cage.")


# --- what a figure is about: predicate and subject ------------------------------------------------


def test_troops_sent_intended_and_training_are_told_apart(nlp: Language) -> None:
    (sent,) = figures_in(
        nlp,
        "South Korea’s National Intelligence Service reported that North Korea had already sent 1,500 "
        "special forces troops to Russia to assist in the war, and they have arrived in Russian territory.",
    )
    (intended,) = figures_in(
        nlp,
        "On 17 October, Zelenskyy specified that Russia intended to involve about 10,000 soldiers from "
        "North Korea in the war against Ukraine.",
    )
    (training,) = figures_in(
        nlp,
        "On 18 October, Kyrylo Budanov, Head of Defence Intelligence of Ukraine, confirmed that about "
        "11,000 North Korean infantrymen were currently undergoing training in Russia’s east.",
    )
    assert (sent.predicate, sent.subject) == ("sent", "North Korea")
    assert (intended.predicate, intended.subject) == ("intended", "North Korea")
    assert (training.predicate, training.subject) == ("training", "North Korean")


def test_oil_leaking_and_oil_collected_are_told_apart(nlp: Language) -> None:
    leaking = only(
        nlp,
        "Other researchers who have analyzed underwater video of the leak released by BP told US news "
        "media outlets the leak was spewing about 70,000 barrels per day.",
    )
    collected = only(
        nlp,
        "The tube tool has been able to collect about 3,000 barrels a day of oil.",
    )
    assert (leaking.predicate, collected.predicate) == ("leaking", "collected")


def test_vague_sums_of_money_in_words(nlp: Language) -> None:
    figure = only(
        nlp,
        "BP said the clean-up operation was costing it millions of dollars a day, but this figure could rise "
        "dramatically if the oil hits land.",
    )
    assert (figure.value, figure.approximate, figure.kind) == (2e6, True, "USD per day")


# --- numbers written in words without their hyphen (TimeBank, ABC news transcripts) ---


def test_tens_and_unit_without_a_hyphen_are_one_number(nlp: Language) -> None:
    (lost,) = figures_in(nlp, "The Indonesian currency has lost twenty six percent of its value.")
    assert lost.value == 26 and lost.text.startswith("twenty six percent")


def test_hundreds_and_the_rest_are_one_number(nlp: Language) -> None:
    sentence = (
        "But they still have catching up to do two hundred and thirty four Americans have flown in "
        "space, only twenty six of them women."
    )
    flown = [f for f in figures_in(nlp, sentence) if "Americans" in f.text]
    assert [f.value for f in flown] == [234] and flown[0].text.startswith("two hundred and thirty four")


def test_a_word_number_before_a_hyphenated_one_stays_apart(nlp: Language) -> None:
    from storyline.extract.numbers import tens_and_unit

    assert tens_and_unit("Twenty", "six") == 26
    assert tens_and_unit("six", "six") is None and tens_and_unit("twenty", "thirty") is None


# --- fractions of a scale and numbers inside names (Timeline17 sentences) ------------------------


def test_half_a_million_keeps_the_fraction(nlp: Language) -> None:
    # bpoil: the fraction word before "a million" halves it
    figure = only(
        nlp,
        "A mile-long tube operating for about a week has siphoned off more than half a million gallons "
        "in the past week, but it began sucking up oil at a slower rate over the weekend.",
    )
    assert figure.value == 500_000
    assert figure.text == "more than half a million gallons"


def test_quarter_of_a_billion(nlp: Language) -> None:
    # MJ_bbc
    found = figures_in(
        nlp,
        "She also speaks to those on the digital front line in China, where the authorities have proved "
        "extremely skilled in censoring and surveying the quarter of a billion Chinese web-users and have "
        "employed an estimated 300,000 pro-government bloggers to bolster support for their regime.",
    )
    assert [f.value for f in found] == [250_000_000, 300_000]


def test_number_in_the_name_of_a_group_is_no_count(nlp: Language) -> None:
    # finan_washingtonpost: "Group of 20" names the forum; 20 is not a count of nations
    found = figures_in(
        nlp,
        "One official accused Zoellick of trying to ensure that the major decisions on the financial "
        "crisis would be made by the less unwieldy Group of 20 nations, which met in Washington on "
        "Nov. 15 to try to coordinate international response to the meltdown.",
    )
    assert [f.value for f in found] == []


def test_one_and_a_half_million_is_read_whole(nlp: Language) -> None:
    # haiti_bbc: the amount reads 1.5 million (no figure is kept: nothing is counted after it)
    doc = nlp(
        "It is now thought that 200,000 people are dead, a quarter of a million have been injured and one "
        "and a half million are homeless."
    )
    one = next(token for token in doc if token.lower_ == "one")
    amount = _read_amount(doc, one.i, len(doc))
    assert amount is not None and amount.value == 1_500_000
    assert doc[amount.start : amount.end].text == "one and a half million"


def test_three_quarters_of_a_million(nlp: Language) -> None:
    # Finan_washingtonpost
    found = figures_in(
        nlp,
        "Some 1.2 million jobs have already been shed this year, and some three-quarters of a million "
        "Americans are about to exhaust their limited unemployment-insurance benefits.",
    )
    assert [f.value for f in found] == [1_200_000, 750_000]
