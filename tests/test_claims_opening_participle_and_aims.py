"""Who speaks where a participle opens the sentence and the parse makes it the subject, and whose a figure
in a narrated aim is. Sentences quoted from haiti_bbc (83, 1510), exposed when seg5 cut the pull quote and
the caption run into them (fresh_seeds.md, seg5 and claims71)."""

from __future__ import annotations

from conftest import T17, attribution_of_sentence, figure_claimants, needs
from storyline.ingest import read_documents
from storyline.model import Document
from storyline.pipeline import Pipeline

_LIVESAY = T17 / "haiti_bbc" / "InputDocs" / "2010-01-13" / "83.htm.txt"


@needs(_LIVESAY)
def test_the_name_after_an_opening_participle_speaks_not_the_participle(pipeline: Pipeline) -> None:
    """The whole article: read in it, the parse makes "Writing" the subject of "described" and "Troy
    Livesay" its apposition (and the tagger names "Writing on Twitter" a person)."""
    (document,) = [d for d in read_documents([_LIVESAY]) if isinstance(d, Document)]
    # "Writing on Twitter, Troy Livesay - a Christian missionary working in Port-au-Prince - described
    # seeing bodies in the street that had been pulled out of collapsed buildings and people standing
    # around in a state of shock."
    found = attribution_of_sentence(pipeline.nlp(document.text), "Writing on Twitter, Troy Livesay")
    assert found is not None and found.source == "Troy Livesay"


def test_a_figure_in_an_aim_told_by_the_writer_is_claimed_by_nobody(pipeline: Pipeline) -> None:
    claimants = figure_claimants(
        pipeline,
        "The UN has begun a large-scale aid distribution in Haiti's capital, aiming to feed two million "
        "people nearly three weeks after the deadly earthquake.",
    )  # haiti_bbc 1510, after seg5 cut the caption before it
    assert claimants["two million people"] is None
