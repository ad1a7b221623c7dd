"""A report told through a judgement of the one who made it (seed 221, bpoil_reuters recall, article 908):
"X was probably wrong to blame ...", "Andrew is quick to point out that ..." tell of words said, though the
verb is an infinitive; a view judged ("Investors are right to fear ...") is the writer's, not a report.

The sentences are quoted from the Timeline17 articles (bpoil_reuters 908 and 397, haiti_bbc 221); the whole
pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import events_of
from storyline.model import Attribution
from storyline.pipeline import Pipeline

HOVLAND = (
    '"But a significant amount comes from below," said Martin Hovland, an expert on seeps at the '
    "University of Bergen in Norway. He said late Norwegian explorer Thor Heyerdahl was probably wrong to "
    "blame human pollution for oil spotted in mid-Atlantic from his Ra raft in 1969 and 1970."
)


def _said(pipeline: Pipeline, text: str, predicate: str) -> Attribution | None:
    """The attribution of the event `predicate` of `text` read as one article."""
    told = events_of(pipeline, text, date(2010, 7, 13))
    (said,) = [e.attribution for e in told if e.predicate == predicate]
    return said


def test_wrong_to_blame_is_a_second_report_relayed(pipeline: Pipeline) -> None:
    said = _said(pipeline, HOVLAND, "blame")
    assert said is not None and said.source == "Thor Heyerdahl" and said.relay == "Martin Hovland"


def test_quick_to_point_out_is_a_report_made(pipeline: Pipeline) -> None:
    text = (
        "Andrew Cates, chief executive of SOS CV in Cambridge, explained why staff from the charity - which "
        "already has a base in Haiti - are well-placed to help the children affected by the earthquake.\n"
        "Andrew is quick to point out that the definition of independence depends very much on local culture "
        "as well as the individual child."
    )
    said = _said(pipeline, text, "point out")  # the phrasal verb is the predicate
    assert said is not None and said.source == "Andrew Cates"


def test_right_to_fear_is_the_writers_judgement(pipeline: Pipeline) -> None:
    assert _said(pipeline, "Investors are right to fear the long-term impact on the company.", "fear") is None
