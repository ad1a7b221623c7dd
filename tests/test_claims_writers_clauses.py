"""Who said what: the writer's own clauses inside a reported sentence take no speaker's source.

A reporting verb's speaker holds what the verb reports (its complement, and what the speaker's quote
covers); the writer's clauses beside it (a narrated clause joined to the report, an expectation no one
is named for) are nobody's. Each test quotes the Timeline17 sentences it runs on (restored from their
tokenized form); the whole pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import extraction_of
from storyline.model import Attribution, Event
from storyline.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return extraction_of(pipeline, text, date(2010, 6, 20)).events


def _of_event(pipeline: Pipeline, text: str, predicate: str) -> Attribution | None:
    (event,) = [e for e in _events(pipeline, text) if e.predicate == predicate]
    return event.attribution


def test_an_expectation_no_one_is_named_for_is_not_the_views_beside_it(pipeline: Pipeline) -> None:
    text = (
        "Questions about the future of Chief Executive Tony Hayward are expected to resurface, but investors "
        "and analysts do not expect him to step down in the near future, although, longer term, Hayward's "
        "position is appearing increasingly untenable."
    )  # bpoil_reuters 1008
    assert _of_event(pipeline, text, "resurface") is None
    assert _of_event(pipeline, text, "step").source == "investors"
