"""Where a word's sentence lies (`extract.sentence_trees`): given where every word hangs on a word of
its own sentence, so that everything below a word lies in its sentence (a parse spaCy makes
always holds: it cuts its sentences where its trees end)."""

from __future__ import annotations

from storyline.extract.sentence_trees import sentence_bounds

TWO = (  # H1N1_bbc, 5 May 2009
    "The nationwide campaign begins after the number of confirmed cases of the H1N1 virus in the UK has "
    "risen to 28. Some 26 people have died of the virus in Mexico."
)


def test_each_word_gets_its_parsed_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TWO)
    sentences = list(doc.sents)
    assert len(sentences) == 2
    for sentence in sentences:
        for token in sentence:
            assert sentence_bounds(doc, token.i) == (sentence.start, sentence.end)
            assert all(sentence.start <= word.i < sentence.end for word in token.subtree)
