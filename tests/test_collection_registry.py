"""A collection's actor names are its own: one pipeline building many collections (the evaluations'
topics) must not let a name learnt in one collection rename an actor of the next."""

from __future__ import annotations

from datetime import date

from storyline.model import DateSource, Document, Entry
from storyline.pipeline import Pipeline, build_entries

# bpoil_bbc, 24 and 27 May 2010 (Timeline17)
FULL_NAME = (
    '"This will be a key part of the process of restoration, and for improving the industry response '
    'capability for the future," BP chief executive Tony Hayward said in a statement.'
)
SURNAME = (
    "Speaking on US television on Wednesday, Mr Hayward said the company had seen a whole series of "
    "failures on the rig."
)


def _article(name: str, text: str, day: int) -> Document:
    return Document(name, text, f"{name}.txt", date(2010, 5, day), DateSource.FOLDER)


def _actors(entries: list[Entry]) -> set[str]:
    return {actor for entry in entries for actor in entry.actors}


def test_a_collection_built_after_another_names_its_actors_as_alone(pipeline: Pipeline) -> None:
    shared = pipeline.registry
    later = _article("later", SURNAME, 27)
    alone = build_entries([later], pipeline)
    build_entries([_article("earlier", FULL_NAME, 24)], pipeline)  # another collection: "Tony Hayward"
    after = build_entries([later], pipeline)
    assert "Tony Hayward" not in _actors(alone)
    assert _actors(after) == _actors(alone)
    assert pipeline.registry is shared
