"""Past or expected: the modality of event mentions in sentences where storyline misread it.

Sentences from the Timeline17 BBC articles (bpoil_bbc, H1N1_bbc) of the sample judged in
`evaluation/judged/modal9/`, restored from their tokenized form; one from Finan_washingtonpost.
"""

from __future__ import annotations

import pytest

from conftest import mention_told_by
from storyline.pipeline import Pipeline


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (  # bpoil_bbc 2010-06-04: the third visit, "due to visit the gulf later on Friday" in another report
            "President Barack Obama is to visit the gulf on Friday, his third trip there since the leak "
            "began six weeks ago.",
            "visit",
        ),
        (
            "The United States is to sue BP and eight other companies over a huge oil spill in the Gulf of "
            "Mexico.",
            "sue",
        ),
        (
            "Restaurants and cafes in Mexico City are to reopen on Wednesday after the country recorded a "
            "fall in new cases of the swine flu virus.",
            "reopen",
        ),
        (
            "The aim is to make a virus that is recognized by the human body as the swine flu virus but that "
            "is safe and easy to grow up in large quantities by manufacturers.",
            "make",
        ),
    ],
)
def test_be_to_and_a_verb_is_an_arrangement_still_to_come(
    pipeline: Pipeline, sentence: str, words: str
) -> None:
    """ "is to visit", "are to reopen": what is arranged or aimed at, not what happened; read as
    happened it stays apart from "is due to visit" and joins a visit already made."""
    assert mention_told_by(pipeline, sentence, words).modality == "expected"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # Finan_washingtonpost 2008-10-15: "to blame" says who is at fault now
        ("Congress is to blame too, easy credit for risky housing and risky mortgage-holders.", "blame"),
        # haiti_bbc 2010-01-13: the earthquake did hit; the Queen's donation is made
        ("It's the worst earthquake to hit Haiti in 200 years.", "hit"),
        ("Queen Elizabeth II is among those to have made a donation.", "made"),
        # haiti_bbc: an estimate of deaths that happened, no arrangement
        (
            "Thousands of people are expected to have died in Tuesday's devastating earthquake in Haiti.",
            "expected",
        ),
    ],
)
def test_be_to_that_arranges_nothing(pipeline: Pipeline, sentence: str, words: str) -> None:
    assert mention_told_by(pipeline, sentence, words).modality == "actual"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (  # H1N1_bbc 2009-05-05
            "From Tuesday, all homes in the UK are set to receive a leaflet stressing the importance of good "
            "hygiene in preventing the spread of swine flu.",
            "set",
        ),
        (  # bpoil_bbc 2010-07-26
            "BP's board is scheduled to meet on Monday ahead of the results, when it is expected to discuss "
            "the timing of Mr Hayward's exit.",
            "expected",
        ),
        (
            "BP's board is scheduled to meet on Monday ahead of the results, when it is expected to discuss "
            "the timing of Mr Hayward's exit.",
            "meet",
        ),
    ],
)
def test_an_arrangement_and_what_it_arranges_are_still_to_come(
    pipeline: Pipeline, sentence: str, words: str
) -> None:
    """The passive of "set", "schedule", "expect" with the act it arranges stands for that act."""
    assert mention_told_by(pipeline, sentence, words).modality == "expected"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (  # H1N1_bbc 2009-04-26
            "No children had required hospital treatment and many had fully recovered, said Dr Frieden, but "
            'the school could remain closed out of "an abundance of caution".',
            "required",
        ),
        (  # bpoil_bbc
            '"No additional drilling has been authorised and none will until we find out what happened," '
            "White House adviser David Axelrod told ABC television.",
            "authorised",
        ),
        (  # H1N1_bbc 2009-06-30
            "There's no sign of that yet but it's another reason why we should all take the pandemic "
            "seriously, without the need for panic.",
            "'s",
        ),
    ],
)
def test_what_no_subject_did_did_not_happen(pipeline: Pipeline, sentence: str, words: str) -> None:
    """ "No children had required treatment": nobody did; "there's no sign": there is none."""
    assert mention_told_by(pipeline, sentence, words).modality == "negated"


def test_what_the_others_did_beside_no_subject_happened(pipeline: Pipeline) -> None:
    sentence = "No children had required hospital treatment and many had fully recovered, said Dr Frieden."
    assert mention_told_by(pipeline, sentence, "recovered").modality == "actual"


def test_a_contracted_would_is_a_modal(pipeline: Pipeline) -> None:
    """H1N1_bbc 2009-04-28: "I'd try" is what the writer would do, not what was done."""
    sentence = (
        "Personally, I'd try to avoid non-essential travel to the areas which are reported to be in the "
        "center of the cluster."
    )
    assert mention_told_by(pipeline, sentence, "try").modality == "expected"


def test_a_coordinated_clause_with_its_own_subject_keeps_its_own_modality(pipeline: Pipeline) -> None:
    """bpoil_bbc: the "may" of the burns is not Louisiana's; it is asking now."""
    sentence = (
        "Attempts at controlled burns may be inevitable but Louisiana is now asking for outside help to try "
        "to stem the flow of oil."
    )
    assert mention_told_by(pipeline, sentence, "asking").modality == "actual"


def test_a_coordinated_verb_without_a_subject_shares_the_modal(pipeline: Pipeline) -> None:
    """bpoil_bbc: the box "will be connected ... and lowered": both still to come."""
    sentence = (
        "The 98-tonne, dome-topped box being built by steel workers will be connected to a drill ship and "
        "lowered to the sea floor."
    )
    assert mention_told_by(pipeline, sentence, "lowered").modality == "expected"


def test_a_gapped_coordinated_clause_shares_the_modal(pipeline: Pipeline) -> None:
    """H1N1_bbc page furniture: "and the latest Flash player [must be] installed" has a subject of its own
    but no verb form of its own: the "must" is still its."""
    sentence = "To play this content JavaScript must be turned on and the latest Flash player installed."
    assert mention_told_by(pipeline, sentence, "installed").modality == "expected"


def test_what_hopes_are_pinned_on_is_still_to_come(pipeline: Pipeline) -> None:
    """bpoil_bbc 2010-05-25: the top kill began the next day."""
    sentence = (
        'It is pinning its hopes on the "top kill" operation, which involves firing heavy mud and cement '
        "down into the blown-out well 5,000 ft (1,500 m) below the surface of the Gulf."
    )
    assert mention_told_by(pipeline, sentence, "pinning").modality == "expected"
