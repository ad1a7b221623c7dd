"""`entities._first_uses`: where each text is first written as one word of the parse, as a walk over
its tokens would find (an acronym's first use, for `_acronym_expansions`)."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyse.entities import _first_uses

_TEXT = (  # Timeline17 (bpoil), restored from its tokenized form
    "The US Coast Guard said BP had been ordered to stop. BP said the Coast Guard had approved its plan."
)


def test_each_text_at_its_first_word_in_the_order_they_are_met(nlp: Language) -> None:
    doc = nlp(_TEXT)
    walked: dict[str, int] = {}
    for token in doc:
        if token.text in {"BP", "US", "Guard"}:
            walked.setdefault(token.text, token.i)
    found = _first_uses(doc, {"Guard", "BP", "US", "Coast Guard", "FBI"})
    assert list(found.items()) == list(walked.items()) == [("US", 1), ("Guard", 3), ("BP", 5)]
