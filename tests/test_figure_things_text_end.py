"""A figure whose verb's particle is the last word of the text (a headline with no stop): reading what is
done with the amount must not look past the end of the parse, which lost the whole article's extraction."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyse.nlp import load_pipeline
from storyline.extract.figures import extract_figures


def test_a_particle_ending_the_text_is_read_as_the_verb_s() -> None:
    nlp: Language = load_pipeline()
    doc = nlp("The containment cap is now siphoning 15,000 barrels off")
    assert doc[-1].dep_ == "prt"  # the case: "off" the verb's particle and the text's last word
    figures = [figure for sentence in doc.sents for figure in extract_figures(sentence)]
    assert [(figure.text, figure.counted) for figure in figures] == [
        ("15,000 barrels", "amount siphoned off in barrels")
    ]
