"""The word index the speaker rules of quotes read agrees with walking the parse, word by word."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from storyline.extract.word_index import WordIndex
from storyline.pipeline import Pipeline

# from examples/articles, and a caption line of the kind a scraped page repeats
TEXTS = [
    '"We are preparing [to announce] important signals of support [for Ukraine]," the president said. He '
    'expressed gratitude to the leaders and representatives of nations "who are not turning a blind eye and '
    'are speaking openly about this cooperation aimed at increasing the scale of the war".',
    'oil on the beach "Oil on the sand of the Gulf" oil on the beach "Oil on the sand of the Gulf" oil on '
    'the beach "Oil on the sand of the Gulf"',
]


def _word(token) -> bool:  # type: ignore[no-untyped-def]
    return not token.is_quote and not token.is_space


@pytest.fixture(scope="module", params=TEXTS)
def doc(request: pytest.FixtureRequest, pipeline: Pipeline) -> Doc:
    return pipeline.nlp(request.param)


def test_first_words_at_each_offset_are_the_walks(doc: Doc) -> None:
    words = WordIndex(doc)
    for sentence in doc.sents:
        for offset in range(sentence.start_char, sentence.end_char + 1):
            walked = next((t.i for t in sentence if t.idx >= offset and _word(t)), None)
            bare = next((t.i for t in sentence if t.idx >= offset and _word(t) and not t.is_punct), None)
            subject = next(
                (
                    t.i
                    for t in sentence
                    if t.idx >= offset and _word(t) and not t.is_punct and t.dep_ == "nsubj"
                ),
                None,
            )
            assert words.first_word(sentence, offset) == walked
            assert words.first_bare_word(sentence, offset) == bare
            assert words.first_subject(sentence, offset) == subject


def test_last_word_and_count_before_each_offset_are_the_walks(doc: Doc) -> None:
    words = WordIndex(doc)
    for sentence in doc.sents:
        for offset in range(sentence.start_char, sentence.end_char + 1):
            before = [t for t in sentence if t.idx + len(t) <= offset and _word(t)]
            stop = words.ended_by(sentence.start, sentence.end, offset)
            assert words.word_count(sentence.start, stop) == len(before)
            assert words.last_word(sentence.start, stop) == (before[-1].i if before else None)
            begun = [t for t in sentence if t.idx < offset and _word(t)]
            stop = words.begun_by(sentence.start, sentence.end, offset)
            assert words.word_count(sentence.start, stop) == len(begun)
            assert words.last_word(sentence.start, stop) == (begun[-1].i if begun else None)


def test_ancestors_of_a_kind_are_the_filtered_walk(doc: Doc) -> None:
    words = WordIndex(doc)
    for token in doc:
        verbs = [a.i for a in token.ancestors if a.pos_ in ("VERB", "AUX")]
        assert [a.i for a in words.ancestors(token, "verb", words.verb_or_aux)] == verbs
        quoted = [a.i for a in token.ancestors if a.is_quote]
        assert [a.i for a in words.ancestors_such(token, _is_quote)] == quoted


def _is_quote(token) -> bool:  # type: ignore[no-untyped-def]
    return bool(token.is_quote)


def test_two_tests_of_one_name_keep_their_own_ancestors(doc: Doc) -> None:
    # pointers kept by a test's name would let the second lambda read the first one's ancestors
    words = WordIndex(doc)
    for token in doc:
        quoted = [a.i for a in words.ancestors_such(token, lambda t: bool(t.is_quote))]
        verbs = [a.i for a in words.ancestors_such(token, lambda t: t.pos_ == "VERB")]
        assert quoted == [a.i for a in token.ancestors if a.is_quote]
        assert verbs == [a.i for a in token.ancestors if a.pos_ == "VERB"]
