"""Figures that do not say whose they are stand alone unless the collection says it (`unnamed_figures`).

Sentences quoted from Finan_washingtonpost, bpoil_bbc and H1N1_bbc; each figure's kind, predicate,
subject and thing are those the extraction gives them in the base stores.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from conftest import figure_entry
from storyline.merge.figure_series import build_series
from storyline.model import Entry


def entry(
    entry_id: str,
    sentence: str,
    figure_text: str,
    *,
    value: float,
    kind: str,
    published: date = date(2008, 11, 5),
    **figure: Any,
) -> Entry:
    """A report at the start of its article, dated by its page (`figure_entry`)."""
    return figure_entry(
        entry_id,
        sentence,
        figure_text,
        value=value,
        kind=kind,
        published=published,
        day=published.isoformat(),
        **figure,
    )


def filler(count: int) -> list[Entry]:
    """Other reports of the collection, each counting something of its own."""
    return [
        entry(
            f"f{n}", f"The panel heard {n + 2} witnesses.", f"{n + 2} witnesses", value=n + 2, kind="witness"
        )
        for n in range(count)
    ]


def points_by_series(entries: list[Entry]) -> list[list[str]]:
    return sorted(
        sorted(point.entry_id for point in one.points)
        for one in build_series(entries)
        if not one.points[0].entry_id.startswith("f")
    )


# Finan_washingtonpost: losses of different companies, no owner in the figure's own parse
AMERICAN = entry(
    "american",
    "Excluding that sale and other one-time items, American's quarterly losses amounted to $360million.",
    "$360million",
    value=360e6,
    kind="USD",
    predicate="lost",
    thing="American's quarterly losses",
)
BANK = entry(
    "bank",
    "The cuts were announced as the bank posted a third-quarter loss of $729million -- its fifth "
    "consecutive quarterly decline.",
    "$729million",
    value=729e6,
    kind="USD",
    predicate="lost",
    thing="third-quarter loss",
)
# owners the same collection does name, each once
MARKET_OWNERS = [
    entry(
        "merrill",
        "Merrill Lynch reported a $5.1billion loss for the third quarter.",
        "$5.1billion",
        value=5.1e9,
        kind="USD",
        predicate="lost",
        subject="Merrill Lynch",
        thing="loss",
    ),
    entry(
        "delta",
        "Delta Air Lines reported a third-quarter loss of $50million.",
        "$50million",
        value=50e6,
        kind="USD",
        predicate="lost",
        subject="Delta Air Lines",
        thing="loss",
    ),
    entry(
        "imf",
        "Since last fall, the IMF has lent more than $30billion to Hungary, Belarus, Latvia, Serbia and "
        "Ukraine.",
        "more than $30billion",
        value=30e9,
        kind="USD",
        subject="International Monetary Fund",
        thing="amount lent",
    ),
]


def test_losses_of_a_market_whose_owners_are_many_stand_alone() -> None:
    assert points_by_series([AMERICAN, BANK, *MARKET_OWNERS]) == [
        ["american"],
        ["bank"],
        ["delta"],
        ["imf"],
        ["merrill"],
    ]


# bpoil_bbc: BP's costs, the one owner the collection's named sums name
BP_COSTS = [
    entry(
        "costs1",
        "BP has put the costs of dealing with the disaster at over $3.5bn.",
        "over $3.5bn",
        value=3.5e9,
        kind="USD",
        predicate="paid",
        thing="costs",
        published=date(2010, 7, 17),
    ),
    entry(
        "costs2",
        "BP has put the costs of dealing with the disaster at over $3.95bn (£2.6bn).",
        "over $3.95bn",
        value=3.95e9,
        kind="USD",
        predicate="paid",
        thing="costs",
        published=date(2010, 7, 19),
    ),
    entry(
        "profit",
        "Stripping out the oil spill costs, BP made a second quarter profit, on a replacement cost basis, "
        "of $5bn, compared with $2.9bn for the second quarter of 2009.",
        "$5bn",
        value=5e9,
        kind="USD",
        subject="BP",
        thing="quarter profit",
        published=date(2010, 7, 27),
    ),
]


def test_unnamed_costs_of_a_collection_about_one_owner_stay_one_series() -> None:
    assert points_by_series(BP_COSTS) == [["costs1", "costs2"], ["profit"]]


def test_a_sum_that_says_nothing_of_what_it_is_stands_alone() -> None:
    vouchers = [
        entry("v1", "Workers were being handed $25 and $50 food vouchers.", "$25", value=25, kind="USD"),
        entry("v2", "Clean-up costs so far: $990m (£674m)", "$990m", value=990e6, kind="USD"),
    ]
    assert points_by_series([*vouchers, *BP_COSTS]) == [["costs1", "costs2"], ["profit"], ["v1"], ["v2"]]


def test_measures_without_a_predicate_are_kept_apart_by_what_they_measure() -> None:
    plume = (
        "The investigation, carried out in June, shows a plume of crude oil-based chemicals up to 200m high "
        "and 2km wide, extending 35km from the spill site."
    )
    later = (
        "But more recent research noted an undersea plume of crude oil-based chemicals up to 200m high and "
        "2km wide, extending 35km from the spill site."
    )
    entries = [
        entry("w1", plume, "2km", value=2, kind="kilometres", thing="width"),
        entry("d1", plume, "35km", value=35, kind="kilometres", thing="distance"),
        entry("w2", later, "2km", value=2, kind="kilometres", thing="width", published=date(2010, 9, 19)),
        entry(
            "d2", later, "35km", value=35, kind="kilometres", thing="distance", published=date(2010, 9, 19)
        ),
    ]
    assert points_by_series(entries) == [["d1", "d2"], ["w1", "w2"]]


NATIONS = [
    entry(
        "bretton",
        "The objectives set for the summit are every bit as far-reaching as those of the 1944 landmark "
        "meeting in Bretton Woods, N.H., attended by 44 Allied nations to remake the global financial "
        "system.",
        "44 Allied nations",
        value=44,
        kind="nation",
    ),
    entry(
        "g20",
        "This gathering of 20 nations is a reminder, above all, that the smaller club of rich nations known "
        "as the Group of Eight has failed to stop the financial disaster.",
        "20 nations",
        value=20,
        kind="nation",
    ),
]


def test_a_noun_counted_in_passing_is_a_different_set_each_time() -> None:
    assert points_by_series([*NATIONS, *filler(20)]) == [["bretton"], ["g20"]]


def test_a_noun_the_collection_counts_over_and_over_is_its_story() -> None:
    cases = [
        entry(f"cases{n}", sentence, text, value=value, kind="case", published=date(2009, 5, 4))
        for n, (sentence, text, value) in enumerate(
            (
                ("On Monday, nine further cases of swine flu were confirmed in the UK.",
                 "nine further cases of swine flu", 9),
                ("There are now 23 cases in England and four in Scotland, the DoH said.", "23 cases", 23),
                ("More than 1,000 cases of the virus have been reported in 20 countries.",
                 "More than 1,000 cases", 1000),
            )
        )
    ]  # fmt: skip
    assert points_by_series([*cases, *filler(20)]) == [["cases0", "cases1", "cases2"]]


def test_counts_of_people_say_which_set_only_with_what_happened_to_them() -> None:
    people = [
        entry(
            f"p{n}",
            sentence,
            text,
            value=value,
            kind="people",
            published=date(2009, 4, 26 + n),
        )
        for n, (sentence, text, value) in enumerate(
            (
                ("Two people have been admitted to a Scottish hospital after returning from Mexico.",
                 "Two people", 2),
                ("A public health emergency has been declared in the US, where 20 people are confirmed to "
                 "have caught the virus.", "20 people", 20),
                ("It has two confirmed cases of swine flu and a further 32 people are undergoing tests.",
                 "32 people", 32),
            )
        )
    ]  # fmt: skip
    assert points_by_series(people) == [["p0"], ["p1"], ["p2"]]


def test_a_figure_whose_report_names_another_place_keeps_out_of_the_named_subject() -> None:
    mexico = entry(
        "mexico",
        "Mexico now puts the number of infections within its borders at 840.",
        "840",
        value=840,
        kind="infection",
        subject="Mexico",
        thing="infections",
        places=("Mexico",),
        published=date(2009, 5, 5),
    )
    japan = entry(
        "japan",
        "So far, about 250 infections have been recorded in Japan, as a handful of new cases have been "
        "reported around Asia.",
        "about 250 infections",
        value=250,
        kind="infection",
        places=("Japan",),
        published=date(2009, 5, 21),
    )
    unplaced = entry(
        "unplaced",
        "The number of infections has risen to 1,070.",
        "1,070",
        value=1070,
        kind="infection",
        thing="infections",
        published=date(2009, 5, 7),
    )
    assert points_by_series([mexico, japan, unplaced]) == [["japan"], ["mexico", "unplaced"]]


def test_a_count_said_again_with_the_same_number_and_words_is_one_set() -> None:
    notches = [
        entry(
            "downgraded",
            "Fitch Ratings, one of the three big credit rating agencies, has downgraded BP by six notches, "
            "from AA to BBB.",
            "six notches",
            value=6,
            kind="notch",
            published=date(2010, 6, 15),
        ),
        entry(
            "cut",
            "The oil giant's rating has been cut by six notches, from AA to BBB.",
            "six notches",
            value=6,
            kind="notch",
            published=date(2010, 6, 16),
        ),
        entry(
            "moody",
            "On Friday, rating agency Moody's downgraded BP's credit rating by three notches, following "
            "similar moves by the other two rating agencies earlier this week.",
            "three notches",
            value=3,
            kind="notch",
            published=date(2010, 6, 16),
        ),
    ]
    assert points_by_series([*notches, *filler(40)]) == [["cut", "downgraded"], ["moody"]]


def test_a_vague_count_said_again_is_no_number_to_meet_by() -> None:
    workers = [
        entry(
            f"w{n}",
            sentence,
            "thousands of workers",
            value=1000,
            kind="people",
        )
        for n, sentence in enumerate(
            (
                "But the shutdown is affecting thousands of workers outside Boeing.",
                "Obama received a standing ovation when he vowed that corporate chief executives would no "
                "longer travel on private jets at the same time they laid off thousands of workers.",
            )
        )
    ]
    assert points_by_series(workers) == [["w0"], ["w1"]]
