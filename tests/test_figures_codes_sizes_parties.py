"""Numbers that are no counts (dialling codes, sizes), what a sum or a count is of, and who claims a
figure beside a report that does not hold it. Sentences quoted from haiti_bbc (the figures judged wrong
on the blind seed 171)."""

from __future__ import annotations

from spacy.language import Language

from conftest import counted, figure_claimants, figures_in
from storyline.pipeline import Pipeline


def test_a_number_with_a_leading_zero_is_a_dialling_code(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "International access to 0370 numbers should be charged at international rates - i.e. there should "
        "not be a premium in calling a UK 0370 number as opposed to calling a UK 01 or 02 number.",
    )
    assert [f.text for f in found] == []


def test_a_number_of_storeys_before_a_noun_is_a_size_not_a_count(nlp: Language) -> None:
    found = figures_in(
        nlp,
        'Tweets from troylivesay spoke of the worst damage being in the Carrefour district, where "many two '
        'and three storey buildings did not make it".',
    )
    assert [f.text for f in found] == []


def test_an_open_compound_after_the_number_counts_its_last_noun(nlp: Language) -> None:
    figure = counted(
        nlp,
        "A UN spokesman said the 9,000 peace keeping personnel in Haiti are helping with the relief efforts "
        "and one of their roles is providing a secure environment for aid to be distributed.",
        "9,000 peace keeping personnel",
    )
    assert figure.counted == "peace keeping personnel"


def test_a_sum_raised_for_people_is_not_the_people(nlp: Language) -> None:
    figure = counted(
        nlp,
        "The prime minister has described a seven-year-old boy who has raised more than £200,000 for "
        'earthquake victims in Haiti as "truly inspirational".',
        "more than £200,000",
    )
    assert figure.counted == "amount raised"


def test_a_relative_clause_on_the_person_described_is_the_writers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "The prime minister has described a seven-year-old boy who has raised more than £200,000 for "
        'earthquake victims in Haiti as "truly inspirational".',
    )
    assert claimants["more than £200,000"] is None


def test_a_relative_clause_on_the_speaker_is_the_writers(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "Muslim Aid, which launched a £250,000 aid campaign and donated £75,000, said its teams were "
        "installing purification units to provide clean drinking water and setting up a mobile field "
        "hospital.",
    )
    assert claimants["£75,000"] is None


def test_a_report_in_a_with_phrase_does_not_hold_the_clause_before_it(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "Hundreds of people are feared to have died in the disaster, with rescue workers warning the final "
        "death toll could run into thousands.",
    )
    assert claimants["Hundreds of people"] is None


def test_he_said_with_no_one_named_before_is_an_unnamed_speakers_claim(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "People are trapped under the rubble and slowly dying. He said he had managed to pull out his three "
        "daughters, but not his son",
    )
    assert claimants["three daughters"] == "unnamed man"


def test_people_left_homeless_are_displaced_not_killed(nlp: Language) -> None:
    figure = counted(
        nlp,
        "The 7.0-magnitude earthquake killed as many as 200,000 people in Haiti earlier this month and left "
        "an estimated 1.5 million people homeless.",
        "an estimated 1.5 million people",
    )
    assert figure.kind == "people displaced"


def test_a_particle_read_as_an_adverb_stays_with_its_verb(nlp: Language) -> None:
    # bpoil_guardian; haiti_bbc's "the UK government has set aside £20m" (seed 171 F28) is parsed so
    # in its article, and read "amount set" there
    figure = counted(
        nlp,
        'Although BP has set aside $20bn to pay all "legitimate claims" from the biggest accidental offshore '
        "oil spill, privately it thinks that its final compensation bill will be significantly lower.",
        "$20bn",
    )
    assert figure.counted == "amount set aside"


def test_two_numbers_joined_by_or_are_one_range_of_the_thing_they_count(nlp: Language) -> None:
    found = figures_in(
        nlp,
        "My mother is still missing but nobody else is hurt and their house in Petionville is just one of "
        "two or three buildings still standing in a street where there used to be many.",
    )
    (buildings,) = [f for f in found if "buildings" in f.text]
    assert (buildings.value, buildings.upper, buildings.counted) == (2, 3, "buildings")
    sums = figures_in(nlp, "The cap could be raised to $75billion or $100billion.")
    assert [f.upper for f in sums] == [None, None]  # two sums: alternatives, not a range
