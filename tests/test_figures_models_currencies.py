"""Numbers that are a model's or a mission's name, currencies named by their country, pounds of weight
and pressure, a share that restates the figure before it, and what a sum costs: sentences quoted from the
development topics (bpoil_washingtonpost, bpoil_reuters, bpoil_bbc, haiti_bbc, Finan_washingtonpost)."""

from __future__ import annotations

from spacy.language import Language

from conftest import figures_in


def test_a_model_number_after_a_count_is_part_of_what_is_counted(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "American said it ordered 42 Boeing 787 airplanes and placed options on 58 additional 787 planes.",
    )
    assert [figure.value for figure in found] == [42, 58]
    assert found[0].counted == "Boeing 787 airplanes"


def test_a_mission_number_after_its_name_is_no_count(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "Capping the unsealed well, said Coast Guard Commandant Adm. Thad Allen, is as tricky as getting "
        "the Apollo 13 astronauts home safely in their damaged spaceship.",
    )
    assert found == []


def test_rupees_named_by_their_country_are_that_currency(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "The eight recently convicted former employees were each ordered to pay fines of 100,000 Indian "
        "rupees (£1,467) but the American employee was not there.",
    )
    rupees = next(figure for figure in found if figure.value == 100000)
    assert (rupees.kind, rupees.unit) == ("INR", "INR")
    assert all(figure.value != 1467 for figure in found)  # the same fine in sterling, as other conversions


def test_pounds_per_square_inch_are_a_pressure_not_sterling(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "The pressure within the well is currently 6,700 pounds per square inch (psi) and steadily rising, "
        "said Mr Wells.",
    )
    assert [(figure.value, figure.kind) for figure in found] == [(6700, "psi")]
    assert found[0].counted.startswith("pressure")


def test_pounds_of_food_are_a_weight(nlp: Language) -> None:
    found = figures_in(
        nlp, "We are bringing 200 pounds of dried food with us, but that can not possibly feed 200 people."
    )
    assert [(figure.value, figure.kind) for figure in found] == [(200, "lb"), (200, "people")]


def test_sums_in_pounds_stay_sterling(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "Tens of millions of pounds have already been raised in the UK to help victims of the earthquake.",
    )
    assert [figure.kind for figure in found] == ["GBP"]


def test_a_share_after_a_comma_and_or_restates_the_sum_before_it(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "Some estimates put the cost of the economic crisis next year at $700billion, or about 4 percent of "
        "gross domestic product.",
    )
    assert [figure.value for figure in found] == [700e9, 4]
    assert found[1].counted == "cost as a share of gross domestic product"


def test_a_share_of_a_payroll_restates_the_jobs_before_it(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "Toy giant Mattel says it will cut 1,000 jobs, or about 3 percent of its payroll, through a "
        "combination of layoffs, attrition and retirements.",
    )
    assert found[1].counted == "jobs as a share of payroll"


def test_a_sum_something_costs_is_its_cost_not_the_thing(nlp: Language) -> None:
    """bpoil_reuters and haiti_bbc: what costs the sum is named, as its cost."""
    katrina = figures_in(
        nlp, "Hurricane Katrina, which ravaged the U.S. Gulf Coast, cost insurers $71billion."
    )
    assert [figure.counted for figure in katrina] == ["cost of Hurricane Katrina"]
    disaster = figures_in(
        nlp,
        "After a fatal blast at BP's Texas City refinery in 2005 that killed 15 workers, analysts predicted "
        "the disaster would cost BP $300 million to $400 million.",
    )
    assert disaster[-1].counted == "cost of disaster"
    sheets = figures_in(
        nlp,
        "The 5,700 sheets cost £35,000 and were bought from the £20m the UK government has allocated to the "
        "relief effort.",
    )
    assert next(figure for figure in sheets if figure.value == 35000).counted == "cost of sheets"


def test_a_cost_whose_subject_is_read_as_a_place_or_a_unit(nlp: Language) -> None:
    """bpoil_bbc: the parse reads "Gulf" as the subject of a headline's "could cost", and a relative
    clause as the pence's; the cost is the oil disaster's, and a unit owns no cost."""
    headline = figures_in(
        nlp,
        "BP suffers third rating downgrade The Gulf of Mexico oil disaster could cost BP $40bn, analysts say "
        "Moody's downgraded BP's creditworthiness by three notches.",
    )
    assert headline[0].counted == "cost of oil disaster"
    dividend = figures_in(
        nlp,
        "That includes the first quarter dividend (about 9.5 pence per share) which had been due to be paid "
        "on 21 June and would have cost the company about $2.6bn.",
    )
    assert dividend[-1].counted == "cost"


def test_a_count_of_what_an_index_names_is_no_count(nlp: Language) -> None:
    """bpoil_bbc: "FTSE 100 companies" are the companies of an index, not a claim that there are 100."""
    found = figures_in(
        nlp,
        "The oil company has claimed that it pays £1 in every £7 of dividends that the pension funds receive "
        "from FTSE 100 companies.",
    )
    assert all(figure.value != 100 for figure in found)
