"""Who said what: the writer's narration beside a report takes no source from it (seed 251).

A deed told in a clause joined to a report by an "and" or "but" the parse hung on an object, a clause of
time opened by "when" (parsed as an adverb), a concession set before a report of a thing, and another
party's refusal to comment joined after the words are the writer's telling, not the speaker's words. Each
test quotes the Timeline17 sentence it runs on (restored from its tokenized form); the whole pipeline reads
it as one short article.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from conftest import events_of, predicate_attribution
from storyline.pipeline import Pipeline

_events = partial(events_of, published=date(2010, 6, 20))
_of_event = partial(predicate_attribution, published=date(2010, 6, 20))


def test_a_deed_joined_before_a_report_by_an_and_on_its_object_is_the_writers(pipeline: Pipeline) -> None:
    text = (
        "The governor of Louisiana, which is still recovering from the ravages of Hurricane Katrina in 2005, "
        "declared a state of emergency and the U.S. military said it was reviewing how it might help the "
        "efforts to contain the growing slick."
    )  # bpoil_reuters 1882
    assert _of_event(pipeline, text, "declare") is None
    assert _of_event(pipeline, text, "review").source == "U.S. military"


def test_what_happened_when_someone_said_something_is_the_writers(pipeline: Pipeline) -> None:
    text = (
        "Shares in oil drilling companies briefly spiked after the ruling but dipped again when the Obama "
        "administration said it would appeal."
    )  # bpoil_reuters 604
    assert _of_event(pipeline, text, "spike") is None
    assert _of_event(pipeline, text, "appeal").source == "Obama administration"


def test_a_concession_before_a_report_of_a_thing_is_the_writers(pipeline: Pipeline) -> None:
    text = (
        "While a complete halt to the flow of oil is not expected until August at the earliest, BP has "
        "reported an increase in the amount of oil it is capturing from the well in its latest containment "
        "effort."
    )  # bpoil_reuters 1837
    assert _of_event(pipeline, text, "expect") is None
    assert _of_event(pipeline, text, "report").source == "BP"


def test_another_partys_refusal_to_comment_after_a_report_is_the_writers(pipeline: Pipeline) -> None:
    text = (
        "A spokeswoman for Halliburton said the allegations appeared to be without merit, but BP and "
        "Transocean declined to comment."
    )  # bpoil_reuters 1672
    assert _of_event(pipeline, text, "decline") is None
    assert _of_event(pipeline, text, "allegation").source == "spokeswoman for Halliburton"
