"""Criticism and blame voiced by a named holder (seed 221, bpoil_reuters recall, articles 971 and 972): a
passive criticism with its holder after "by", criticism renewed, blame pinned on someone in an attempt, and
"made it clear" with the clause the parse hangs on "clear". Verbs of criticism and blaming with a named holder
are counted by the recall protocol; checking ("try to verify") and the writer's guess ("may also try to
insist") are not.

The sentences are quoted from the Timeline17 articles; the whole pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import events_of
from storyline.pipeline import Pipeline

DAY = date(2010, 6, 19)


def _source(pipeline: Pipeline, sentence: str, predicate: str) -> str | None:
    """The source of the event `predicate` of `sentence` read as one article."""
    (said,) = [e.attribution for e in events_of(pipeline, sentence, DAY) if e.predicate == predicate]
    return None if said is None else said.source


def test_a_passive_criticism_has_its_holder_after_by(pipeline: Pipeline) -> None:
    sentence = (
        "Hayward was lambasted by angry U.S. lawmakers at a congressional hearing on Thursday, where he was "
        "accused of ducking responsibility for the spill."
    )
    assert _source(pipeline, sentence, "lambast") == "angry U.S. lawmakers"


def test_a_criticism_verb_with_a_holder_for_subject(pipeline: Pipeline) -> None:
    sentence = (
        "Obama has repeatedly lambasted BP over the spill, which has confronted him with one of the biggest "
        "challenges of his presidency."
    )
    assert _source(pipeline, sentence, "lambast") == "Obama"


def test_blasted_and_condemned_by_a_holder(pipeline: Pipeline) -> None:
    blasted = (
        "Democrat Edward Markey blasted the companies for mentioning walruses -- which have not been found "
        "in the Gulf of Mexico for millions of years -- in their plans and for including the name and phone "
        "number of a specialist who died in 2005."
    )
    assert _source(pipeline, blasted, "blast") == "Edward Markey"
    condemned = (
        "Hours later, Barton retracted his statement, after Vice President Joe Biden condemned the comments "
        'as "outrageous" and Republican leaders of the House of Representatives issued a joint statement '
        "denouncing them."
    )
    assert _source(pipeline, condemned, "condemn") == "Joe Biden"
    assert _source(pipeline, condemned, "retract") is None  # Barton's act, told by the writer


def test_criticism_renewed_by_a_holder(pipeline: Pipeline) -> None:
    sentence = (
        "The Obama administration, which has been harshly critical of Hayward over some of his public "
        "statements since the spill began in April, renewed its criticism of the CEO over his attendance at "
        "the race."
    )
    assert _source(pipeline, sentence, "renew") == "Obama administration"


def test_blame_pinned_in_an_attempt(pipeline: Pipeline) -> None:
    sentence = "Transocean, which drilled the well, also tried to pin the blame on BP."
    assert _source(pipeline, sentence, "try") == "Transocean"


def test_blame_placed_by_a_report(pipeline: Pipeline) -> None:
    sentence = (
        "However, BP's own internal report into the disaster placed the blame largely on the contractors BP "
        "hired to drill and cement the well."
    )
    assert _source(pipeline, sentence, "place") == "BP"


def test_made_it_clear_with_the_clause_hung_on_clear(pipeline: Pipeline) -> None:
    sentence = (
        "The lawsuit did not name Halliburton, which did the cementing for the well, or Cameron "
        "International which provided well equipment, but Justice Department officials made it clear more "
        "defendants and charges could be added later."
    )
    assert _source(pipeline, sentence, "make") == "Justice Department officials"


def test_an_attempt_to_check_or_a_guessed_attempt_reports_nothing(pipeline: Pipeline) -> None:
    checked = "Other volunteers and experts try to verify the information and put it into the map."
    assert _source(pipeline, checked, "try") is None
    guessed = (
        'BP may also try to insist that any government settlements not carry onerous "reopener" provisions '
        "that allow regulators to seek additional payments for latent problems."
    )
    assert _source(pipeline, guessed, "try") is None
