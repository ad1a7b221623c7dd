"""The writer's narration beside a report keeps no source, read strictly (seed 221, bpoil_reuters and
H1N1_guardian, evaluation/judged/fresh_seeds.md): a past deed joined by "and" before a report of the same
subject ("BP began pressure tests ... and expected them to last ..."), the clause before a report told as a
participle set off after it ("Chan appeared to attempt to allay fears, adding: ..."), and a participle on
the medium the words were written in ("wrote in research published on Tuesday"), and the main clause
before "as some U.S. politicians have demanded" (they demanded a thing it tells of). The report keeps its
own words; quoted words outside what the report governs keep the sentence whole.

The sentences are quoted from the Timeline17 articles (restored from their tokenized form); the whole
pipeline reads each as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import attributions_by_predicate, quote_speaker, source_of
from storyline.pipeline import Pipeline

_PUBLISHED = date(2010, 7, 16)


def test_a_deed_joined_before_a_report_of_the_same_subject_is_the_writers(pipeline: Pipeline) -> None:
    text = "BP began pressure tests on the well Thursday afternoon and expected them to last up to 48 hours."
    sources = attributions_by_predicate(pipeline, text, _PUBLISHED)  # bpoil_reuters 211
    assert sources["begin"] is None
    assert source_of(sources["last"]) == "BP"


def test_the_clause_before_a_participle_report_is_the_writers(pipeline: Pipeline) -> None:
    text = (  # H1N1_guardian 213
        "And in a video link with the UN, Chan appeared to attempt to allay fears, adding: "
        '"We are not there yet."'
    )
    sources = attributions_by_predicate(pipeline, text, _PUBLISHED)
    assert sources["attempt"] is None
    assert source_of(sources["add"]) == "Chan"


def test_a_participle_on_the_medium_is_the_writers(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters 1325
        "Hydrocarbons in the crude oil from the BP spill actually stimulated the new microbes' ability to "
        "degrade them in cold water, Hazen and his colleagues wrote in research published on Tuesday in the "
        "journal Science."
    )
    sources = attributions_by_predicate(pipeline, text, _PUBLISHED)
    assert sources["publish"] is None
    assert source_of(sources["stimulate"]) == "Hazen"


def test_words_quoted_outside_the_report_keep_the_sentence_whole(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters 1603: "arbitrary" is hung beside "calling", not in what it reports
        "More than a dozen companies involved in offshore drilling operations filed the lawsuit, calling the "
        'ban "arbitrary and capricious."'
    )
    assert quote_speaker(pipeline, text, "arbitrary") == "More than a dozen companies"


def test_an_as_clause_report_speaks_only_for_itself(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters 1192: the politicians demanded the suspension, not the delay
        "The company delayed a decision on Friday to suspend its quarterly dividend payments, as some U.S. "
        "politicians have demanded."
    )
    sources = attributions_by_predicate(pipeline, text, _PUBLISHED)
    assert sources["delay"] is None
    assert source_of(sources["demand"]) == "some U.S. politicians"
