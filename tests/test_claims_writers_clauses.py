"""Who said what: the writer's own clauses inside a reported sentence take no speaker's source.

A reporting verb's speaker holds what the verb reports (its complement, and what the speaker's quote
covers); the writer's clauses beside it (a narrated clause joined to the report, an expectation no one
is named for) are nobody's. Each test quotes the Timeline17 sentences it runs on (restored from their
tokenized form); the whole pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from conftest import events_of, predicate_attribution
from storyline.pipeline import Pipeline

_events = partial(events_of, published=date(2010, 6, 20))
_of_event = partial(predicate_attribution, published=date(2010, 6, 20))


def test_an_expectation_no_one_is_named_for_is_not_the_views_beside_it(pipeline: Pipeline) -> None:
    text = (
        "Questions about the future of Chief Executive Tony Hayward are expected to resurface, but investors "
        "and analysts do not expect him to step down in the near future, although, longer term, Hayward's "
        "position is appearing increasingly untenable."
    )  # bpoil_reuters 1008
    assert _of_event(pipeline, text, "resurface") is None
    assert _of_event(pipeline, text, "step").source == "investors"


def test_a_clause_joined_after_the_reports_tag_is_the_writers(pipeline: Pipeline) -> None:
    text = (
        "Construction for the temporary centres has already started, the Associated Press news agency says, "
        "but it is unclear when they will be populated."
    )  # haiti_bbc 1728
    assert _of_event(pipeline, text, "start").source == "Associated Press news agency"
    assert _of_event(pipeline, text, "populate") is None


def test_a_clause_in_the_tense_of_reported_words_after_the_tag_is_still_the_speakers(
    pipeline: Pipeline,
) -> None:
    text = (
        'There is a "considerable amount" of safety equipment available still available, the person said, '
        "and Shell would still rely on a Gulf-based fleet of skimmers."
    )  # bpoil_reuters 224
    assert _of_event(pipeline, text, "rely").source == "person"


def test_before_a_quote_and_its_tag_an_unquoted_clause_joined_to_it_is_the_writers(
    pipeline: Pipeline,
) -> None:
    text = (
        'The industry has developed tests to identify faulty cement jobs in offshore wells, but "BP '
        "and/or Transocean personnel misinterpreted or chose not to conduct such tests at the Macondo "
        'well," Bartlit wrote.'
    )  # bpoil_reuters 746
    assert _of_event(pipeline, text, "develop") is None
    assert _of_event(pipeline, text, "misinterpret").source == "Bartlit"


def test_words_half_quoted_with_no_clause_of_their_own_stay_the_speakers(pipeline: Pipeline) -> None:
    text = 'Reconstruction was not starting at zero, but "below zero", Mr Mulet said.'  # haiti_bbc 191
    assert _of_event(pipeline, text, "start").source == "Mulet"


def test_who_the_speaker_is_told_beside_the_name_is_the_writers(pipeline: Pipeline) -> None:
    text = (
        "Hayward, who has been thrust into a media spotlight since an April 20 rig explosion that killed 11 "
        "workers and caused the worst oil spill in U.S. history, said in a statement he was appalled when he "
        "read his comment."
    )  # bpoil_reuters 53
    assert _of_event(pipeline, text, "thrust") is None
    assert _of_event(pipeline, text, "kill") is None
    assert _of_event(pipeline, text, "appal").source == "Hayward"


def test_a_that_clause_after_a_comma_on_the_one_told_is_what_was_told(pipeline: Pipeline) -> None:
    text = (
        "A government report released in August suggested up to 75 percent of the oil had disappeared -- "
        "BP has often referred to this report, and former CEO Hayward recently told a gathering of students "
        "in Cambridge, England, that all of the spilled oil had gone."
    )  # bpoil_reuters 38
    assert _of_event(pipeline, text, "go").source == "Hayward"


def test_a_report_in_a_relative_clause_with_its_own_speaker_is_theirs(pipeline: Pipeline) -> None:
    text = (
        "BP said it was also reviewing its system of incentives, which critics have said encouraged managers "
        "to put profits and cost-cutting ahead of safety."
    )  # bpoil_reuters 858
    assert _of_event(pipeline, text, "review").source == "BP"
    assert _of_event(pipeline, text, "put").source == "critics"
