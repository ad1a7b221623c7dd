"""Reports of one deed weeks apart whose parse gives its two things other roles: bpoil_bbc's 17 May
report of the riser insertion tube puts "tube" in the patient and "pipe" after "into"; the 4 June
explainer of it makes "a pipe with rubber diaphragm" the patient and names the "riser insertion
tube" beside it. Each sentence uses a telling noun the other gives a role, so the weeks between
them do not ask for the whole breadth floor (`pair_rules._roles_told_across`, in `_span_floor`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import T17, events_of, needs, topic_words
from storyline.merge.entries import Merger
from storyline.merge.pair_rules import _roles_told_across, _too_broad
from storyline.merge.similarity import Signature, signature
from storyline.pipeline import Pipeline

pytestmark = needs(T17 / "bpoil_bbc")

# bpoil_bbc 2010-05-17
INSERTED = (
    "BP finally managed to insert the tube into the leaking pipe, using underwater robots, on Sunday at the "
    "third attempt.\n"
)
# bpoil_bbc 2010-06-04
RISER = (
    'INSERTION TUBE - SUCCESS BP had some success with a "riser insertion tube" - a pipe with rubber '
    "diaphragm inserted into the leaking part of the riser pipe that is the source of the main oil flow "
    "from the well.\n"
)
# bpoil_bbc 2010-06-24/1343 and 2010-07-08/864: methane trapped, two happenings (merge120)
IN_THE_WATER = (
    "Much of the methane in particular seems to be trapped in the water, rather than rising to the surface.\n"
)
HYDRATES = (
    "These are crystalline water-based solids; gases such as methane are trapped inside them within "
    "cages of hydrogen-bonded water molecules.\n"
)


def _told(pipeline: Pipeline, text: str, word: str, day: date) -> Signature:
    """The signature of the sentence's mention of `word`, as the merge reads it, one article a day."""
    (event,) = [
        e
        for e in events_of(pipeline, text, day)
        if e.text[e.event_start - e.start : e.event_end - e.start] == word
    ]
    return replace(signature(event, frozenset({"BP"}), day), document=str(day))


def test_one_insertion_told_weeks_apart_keeps_the_narrow_floor(pipeline: Pipeline) -> None:
    merger = Merger(words=topic_words("bpoil_bbc"))
    told = _told(pipeline, INSERTED, "insert", date(2010, 5, 17))
    explained = _told(pipeline, RISER, "inserted", date(2010, 6, 4))
    assert _roles_told_across(told, explained, merger)
    assert not _too_broad(told, explained, merger, merger.sentence_similarity(told, explained))


def test_a_noun_named_one_way_only_still_needs_the_floor(pipeline: Pipeline) -> None:
    """Methane "trapped in the water" and gases "such as methane" trapped in hydrates: the water is
    named in both, but neither is the other's role noun both ways; merge120's parting stands."""
    merger = Merger(words=topic_words("bpoil_bbc"))
    water = _told(pipeline, IN_THE_WATER, "trapped", date(2010, 6, 24))
    hydrates = _told(pipeline, HYDRATES, "trapped", date(2010, 7, 8))
    assert not _roles_told_across(water, hydrates, merger)
    assert _too_broad(water, hydrates, merger, merger.sentence_similarity(water, hydrates))
