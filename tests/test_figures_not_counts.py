"""Numbers that count nothing, and amounts whose thing the parse hides, on sentences quoted from
bpoil_reuters and haiti_bbc (the figures judged wrong on seed 103)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from conftest import figures_in
from storyline.merge.figure_series import _label


@pytest.mark.parametrize(
    "text",
    [
        "The University of Ulster expert led the analysis of the quake that started the Indian Ocean 2004 "
        "tsunami.",  # a year
        '"It\'s a 48 - or 96-hour study," Savitz told the panel.',  # half of "48- or 96-hour"
        '0907 fredodupoux tweets: "People in the streets are chanting as the night settles.',
        "The underlying fear is that Macondo is the oil industry's Three Mile Island, an accident that "
        "turned public opinion against nuclear power.",
    ],
)
def test_numbers_that_count_nothing(nlp: Language, text: str) -> None:
    assert figures_in(nlp, text) == []


def test_a_number_in_an_index_name_and_a_comparison_are_no_counts(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "BP's shares traded down 6.8 percent at 582 pence at 1516 GMT, lagging a 1 percent drop in the "
        "STOXX Europe 600 oil and gas index.",
    )
    assert [figure.value for figure in found] == [6.8, 582, 1]
    compared = figures_in(
        nlp,
        "(For comparison, the Empire State Building in New York is 1,250 feet tall, so that means the oil "
        "is gushing from a place that is the length of four Empire State Buildings below the surface.)",
    )
    assert [(figure.value, figure.counted) for figure in compared] == [(1250, "height in feet")]


def test_counts_in_the_singular_are_kept(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "The UN said 188 UN staff were missing, and the headquarters building in Port-au-Prince has been "
        "reduced to rubble.",
    )
    assert [(figure.value, figure.counted) for figure in found] == [(188, "UN staff")]
    listed = figures_in(
        nlp,
        "The statistics, which the company updates most days, are certainly impressive: 2,500 BP staff from "
        "around the world have been drafted in, 200 government, fishing and environmental organizations are "
        "also involved in the effort, along with 160 different companies.",
    )
    assert [figure.value for figure in listed] == [2500, 200, 160]
    (pipe,) = figures_in(
        nlp,
        "The leak the smallest of at least three in some 1,500 metres of crumpled pipe lying on the ocean "
        "floor was sealed with a valve overnight yesterday.",
    )
    assert pipe.value == 1500  # "three in some 1,500 metres" is no "one in three"


def test_a_measure_given_by_comparison_in_units_is_kept(nlp: Language) -> None:
    (figure,) = figures_in(
        nlp,
        "`` In a cold climate an oil spot the size of 2-3 square centimetres can be enough to kill a bird.",
    )
    assert (figure.value, figure.upper) == (2, 3)


def test_a_measure_before_a_noun_is_of_that_noun(nlp: Language) -> None:
    (figure,) = figures_in(
        nlp, "They already have a 78 ton metal box which they can put on top of the leak on the ocean floor."
    )
    assert (figure.value, figure.kind, figure.counted) == (78, "tonnes", "metal box in ton")


def test_amount_a_speaker_gives_is_what_the_clause_after_says(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "Thad Allen said 35,000 barrels a day, and possibly as much as 60,000 barrels, are pouring from the "
        "well, which exploded on April 20 killing 11 workers.",
    )
    assert [figure.counted for figure in found[:2]] == [
        "amount pouring from well in barrels a day",
        "amount pouring from well in barrels",
    ]


def test_those_who_argue_a_flow_are_not_what_it_counts(nlp: Language) -> None:
    (figure,) = figures_in(
        nlp,
        "Dudley's comments on Monday echoed those he made early in the 87-day crisis during a television "
        "interview, when he said scientists who argued the well was gushing up to 70,000 barrels per day "
        '(bpd) were "scaremongering.',
    )
    assert "scientists" not in figure.counted
    assert figure.counted == "amount gushed in barrels per day"


def test_a_possible_amount_reads_as_english() -> None:
    assert _label("building", "possible", "") == "possible buildings"
    assert _label("gallons", "possible", "") == "possible gallons"
    assert _label("personnel", "sent", "North Korea") == "personnel sent (North Korea)"


@pytest.mark.parametrize(
    ("text", "share", "counted"),
    [
        ("One in three buildings in this old colonial town is in ruins; all will need to be demolished.",
         "One in three buildings", "buildings"),  # haiti_bbc
        ("NRDC's pollsters found seven in 10 Americans want to see fast-tracked clean energy legislation in "
         "the wake of the BP oil spill.", "seven in 10 Americans", "Americans"),  # bpoil_reuters
    ],
)  # fmt: skip
def test_n_in_m_is_a_share_not_a_count_of_the_whole(
    nlp: Language, text: str, share: str, counted: str
) -> None:
    (figure,) = figures_in(nlp, text)
    assert (figure.text, figure.kind, figure.counted) == (share, "percent", counted)
    part, whole = share.split(" in ")[0], share.split(" in ")[1].split()[0]
    expected = {"One": 1, "seven": 7}[part] / {"three": 3, "10": 10}[whole] * 100
    assert figure.value == pytest.approx(expected)


def test_a_count_in_a_year_is_no_share(nlp: Language) -> None:
    """The whole must be a number of things, not a year."""
    found = figures_in(nlp, "The agency counted 11 in 2009 and 14 in 2010.")
    assert all(figure.kind != "percent" for figure in found)
