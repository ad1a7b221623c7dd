"""The writer's telling beside a report: what the reporting verb is said with after a comma ("..., he
said, as he spread the stuff over his plot") is narrated, not the speaker's words; a second report
there (", adding that ...") stays the speaker's.

Each test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import attributions_by_predicate
from storyline.pipeline import Pipeline

_PUBLISHED = date(2010, 7, 2)


def test_what_the_speaker_does_while_saying_it_is_narrated(pipeline: Pipeline) -> None:
    text = (  # bpoil_foxnews
        "Peat moss is Canadian John Green's answer. He demonstrated Sphagsorb, a microbe-enhanced peat "
        "moss. The product has worked in Canadian oil spills. Ten pounds of the Sphagsorb collects about 40 "
        "pounds of oil and tar, he said, as he spread the stuff over his plot.\n"
    )
    sources = attributions_by_predicate(pipeline, text, _PUBLISHED)
    collected = sources["collect"]
    assert collected is not None and collected.source == "John Green"
    assert sources["spread"] is None


def test_a_report_added_after_the_comma_stays_the_speakers(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters
        '"That was eliminated very early in the process," Hayward said, adding that about 700 commercial '
        "fishing boats were involved in the containment effort in the Gulf.\n"
    )
    involved = attributions_by_predicate(pipeline, text, _PUBLISHED)["involve"]
    assert involved is not None and involved.source == "Hayward"


def test_a_participle_after_the_reported_words_goes_on_with_them(pipeline: Pipeline) -> None:
    text = (  # bpoil_reuters
        "State officials have reported sheets of oil soiling wetlands and seeping into marine and bird "
        "nurseries, leaving a stain of sticky crude on cane that binds the marshes together.\n"
    )
    left = attributions_by_predicate(pipeline, text, _PUBLISHED)["leave"]
    assert left is not None and left.source == "State officials"


def test_a_picture_handed_over_tells_nothing_itself(pipeline: Pipeline) -> None:
    text = (  # MJ_bbc
        "This afternoon my Stepfather in law (complicated!) was sorting out some papers and gave me a "
        "picture telling me that this lady was the first postwoman in Monmouthshire.\n"
    )
    told = attributions_by_predicate(pipeline, text, _PUBLISHED)["tell"]
    assert told is None or told.source != "picture"
