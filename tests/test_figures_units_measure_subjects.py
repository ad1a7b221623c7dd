"""A unit alone is never what a figure counts: sentences quoted from bpoil_reuters (the figures judged
wrong on seed 181). "Shares ... were off 54 cents" is a fall of the shares, as "were down" is; an upper
bound "as high as" measures the subject of its verb ("Estimates of the leak's severity ... run as high
as"); "basis points" is one unit, and "with BP's five-year CDS widening ... by 100 basis points" is the
spread's change, though the parse hangs the subject on the participle; so is a spread that "widened 19
basis points" (from bpoil_guardian)."""

from __future__ import annotations

from spacy.language import Language

from conftest import counted


def test_shares_off_some_cents_are_a_fall_of_the_shares(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Shares of Transocean traded on the New York Stock Exchange fell 8 cents to $90.29, while shares "
        "of BP traded on the NYSE were off 54 cents at $59.55.",
        "54 cents",
    )
    assert figure.counted.lower().startswith("shares")


def test_an_upper_bound_measures_the_subject_of_its_verb(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Estimates of the leak's severity vary widely and run as high as a 100,000 barrels per day.",
        "100,000 barrels per day",
    )
    assert figure.counted.startswith("leak's severity")


def test_basis_points_count_the_spread_that_widens_by_them(nlp: Language) -> None:
    text = (
        "On Wednesday, the cost of insuring BP's debt via CDS had soared, with BP's five-year CDS "
        "widening at one stage by 100 basis points to a record 270 basis points."
    )
    for written in ("100 basis points", "270 basis points"):
        assert "CDS" in counted(nlp, text, written).counted


def test_a_spread_widened_by_an_amount_read_as_its_object_is_what_widens(nlp: Language) -> None:
    figure = counted(
        nlp,
        "Five-year BP credit default swaps, which insure the company against debt default, widened 19 "
        "basis points to 555 points.",
        "19 basis points",
    )
    assert figure.counted.endswith("default swaps in basis points")
