"""Reports whose speaker the parse set apart from the verb, on sentences from the Timeline17 articles.

A long subject ("The chief of the Coast Guard, Admiral Thad Allen, acknowledged ...") that the parse made
the sentence's root, with the verb hung on it as a modifier; and a chronology line ("June 14 - Obama, ...,
says ...") whose date the parse made the verb's modifier, with the speaker set beside the date; and a
"saying" the parse made a second object of "release a letter"; and "As Overton put it, ...", a report
in an idiom. All were missed reports in the blind recall of seeds 141 and 131 (bpoil_reuters 807, 489
and 266).
"""

from __future__ import annotations

from datetime import date

from conftest import sentence_attributions
from storyline.pipeline import Pipeline

_PUBLISHED = date(2010, 5, 23)


def test_a_long_subject_read_as_the_root_still_speaks(pipeline: Pipeline) -> None:
    # bpoil_reuters 807
    text = (
        "The chief of the Coast Guard, Admiral Thad Allen, acknowledged on Sunday that the government is "
        "forced to rely on BP and the private oil sector to try to plug the gusher.\n"
    )
    found = sentence_attributions(pipeline, text, "The chief of the Coast Guard", _PUBLISHED)
    assert all(a is not None and a.source == "Thad Allen" and a.cue == "acknowledged" for a in found)


def test_the_name_after_a_chronology_date_speaks(pipeline: Pipeline) -> None:
    # bpoil_reuters 489 (a chronology); the plain line before it keeps its own speaker
    text = (
        "June 14 - Obama, on his fourth trip to the Gulf, says he will press BP executives at a White House "
        'meeting on June 16 to deal "justly, fairly and promptly" with damage claims.\n'
    )
    found = sentence_attributions(pipeline, text, "June 14 - Obama", _PUBLISHED)
    assert all(a is not None and a.source.endswith("Obama") and a.cue == "says" for a in found)


def test_those_who_release_a_letter_saying_speak(pipeline: Pipeline) -> None:
    # bpoil_reuters 489: the parse made "saying" a second object of "release"
    text = (
        '-- Two U.S. lawmakers release a letter to Hayward saying: "It appears that BP repeatedly chose '
        "risky procedures in order to reduce costs and save time and made minimal efforts to contain the "
        'added risk."\n'
    )
    found = sentence_attributions(pipeline, text, "-- Two U.S. lawmakers", _PUBLISHED)
    assert any(a is not None and a.source.endswith("lawmakers") and a.cue == "saying" for a in found)


def test_as_someone_put_it_reports_the_words_beside(pipeline: Pipeline) -> None:
    # bpoil_reuters 266; haiti_bbc 1765 ("put it best": the writer's judgement of how he spoke)
    text = (
        "As Overton put it, the oil and dispersants are out there now.\n"
        "I think the well known Haitian musician, Jan Sebon, put it best.\n"
    )
    put = sentence_attributions(pipeline, text, "As Overton put it", _PUBLISHED)
    assert all(a is not None and a.source == "Overton" and a.cue == "put" for a in put)
    best = sentence_attributions(pipeline, text, "I think the well known", _PUBLISHED)
    assert not any(a is not None and "Sebon" in a.source for a in best)
