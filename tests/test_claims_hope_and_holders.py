"""Seed 231's quote speakers and recall misses (bpoil_reuters): a title "of" a company does not make the
company a person, a plan's words "referred to ... as", "hope" with a clause, the reporting "it" of a main
clause, and a second subject that goes on a list.

Each test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import attribution_in, quote_speaker, source_of
from storyline.model import Stance
from storyline.pipeline import Pipeline

_PUBLISHED = date(2010, 6, 16)


def test_he_after_a_title_of_a_company_is_the_man_not_the_company(pipeline: Pipeline) -> None:
    text = (
        "Jim Farnsworth, Chief Executive of Cobalt International, a small explorer focused on the deepwater "
        "of the Gulf of Mexico, said his company was in talks on a solution to avert such fears.\n"
        '"It is likely and probably desirable for a combination of us to come together and insure against '
        'these types of accidents," he told the Finding Petroleum conference in London.\n'
        '"Cobalt is actively in discussions along those lines," he added.\n'
    )
    assert quote_speaker(pipeline, text, "It is likely", _PUBLISHED) == "Jim Farnsworth"
    assert quote_speaker(pipeline, text, "Cobalt is actively", _PUBLISHED) == "Jim Farnsworth"


def test_words_a_plan_refers_to_as_something_are_the_plans_issuers(pipeline: Pipeline) -> None:
    text = (
        'PEER noted BP\'s plan referred to "sea lions, seals, sea otters (and) walruses" as wildlife that '
        "might be affected in the Gulf of Mexico, and suggested this reference was taken from a previous "
        "plan for Arctic exploratory drilling.\n"
    )
    assert quote_speaker(pipeline, text, "sea lions", _PUBLISHED) == "BP"


def test_hope_with_a_clause_is_the_holders_expectation(pipeline: Pipeline) -> None:
    text = (
        "Some shareholders say changing BP's leadership now would be counterproductive when it is in the "
        "midst of a battle to cap its blown-out Macondo well.\n"
        "BP hopes a pair of relief wells now being drilled will halt the leak in August.\n"
    )
    found = attribution_in(pipeline, text, "relief wells now being drilled", _PUBLISHED)
    assert found is not None and found.source == "BP" and found.stance == Stance.EXPECTED


def test_hope_is_no_report_in_a_modal_guess_or_as_a_noun(pipeline: Pipeline) -> None:
    guess = (
        "It is also a bridge-building gesture towards the Obama administration.\n"
        "The company must hope the president will reciprocate by turning down the political heat.\n"
    )
    assert source_of(attribution_in(pipeline, guess, "the president will reciprocate", _PUBLISHED)) is None
    noun = (
        "June 3 - After previous sharp declines, BP shares rise more than 3 percent on market hopes that the "
        "latest plan to control the leaking well may make some progress.\n"
    )
    assert source_of(attribution_in(pipeline, noun, "BP shares rise", _PUBLISHED)) is None


def test_it_that_reports_is_the_main_clauses_subject_not_the_agency_of_a_when_clause(
    pipeline: Pipeline,
) -> None:
    text = (
        "BP had spent the previous day or so lowering the 98-ton contraption to the well site with the aid "
        "of sensors, video cameras and undersea robots.\n"
        "It hopes to attach a pipe to the chamber to start pumping oil up to a tanker, with the aim of "
        "capturing about 85 percent of the leaking oil.\n"
        "The spill threatens an economic and ecological disaster targeting beaches, wildlife refuges and "
        "fishing grounds in Louisiana, Mississippi, Alabama and Florida.\n"
        "It has forced President Barack Obama to rethink plans to open more waters to drilling.\n"
        "BP suffered another blow on Friday when ratings agency Standard & Poor's lowered its outlook on the "
        "British oil giant to negative from stable.\n"
        "It has said it will pay all legitimate costs, a bill that is likely to run into the billions of "
        "dollars.\n"
    )
    assert source_of(attribution_in(pipeline, text, "legitimate costs", _PUBLISHED)) == "BP"


def test_a_noun_going_on_a_list_in_the_subject_is_not_thesource_of(pipeline: Pipeline) -> None:
    text = (
        "Zygmunt Plater, Professor of Law at Boston College Law School, agrees.\n"
        "\"In the short term, it's in everyone's interests within the company to low-ball -- but the "
        'portents are there for a realistic inflation of $20 - $50 billon," he said.\n'
        "An analysis by Reuters of the potential fines, damages, costs related directly to the leak, "
        "compensation and the damage to BP's business suggests the final spill bill could, over the long "
        "term, end up much higher than BP's latest provision -- perhaps even more than twice as much.\n"
    )
    assert source_of(attribution_in(pipeline, text, "final spill bill", _PUBLISHED)) == "Reuters"
