"""ROUGE-N on hand-checked examples, and against Google's `rouge-score` where it is installed."""

from __future__ import annotations

import pytest

from conftest import T17, needs
from storyline.evaluate.rouge import ROUGE_155, RougeTokenizer, f1, rouge_n
from storyline.evaluate.timeline17 import read_topics


def test_tokens_are_lowercased_split_on_punctuation_stopped_and_stemmed() -> None:
    assert ROUGE_155.tokens("The Gulf's oil-spill was capped!") == ["gulf", "oil", "spill", "cap"]


def test_ptb_tokens_and_ordinary_text_give_the_same_tokens() -> None:
    assert ROUGE_155.tokens("BP 's chief executive") == ROUGE_155.tokens("BP's chief executive")


def test_short_tokens_are_not_stemmed() -> None:
    assert ROUGE_155.tokens("gas gases") == ["gas", "gase"]


def test_rouge_1_counts_clipped_matches() -> None:
    scores = rouge_n(["oil oil oil"], ["oil spill oil"], 1)
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.recall == pytest.approx(2 / 3)


def test_rouge_2_bigrams_span_removed_stop_words_and_sentences() -> None:
    # candidate tokens: oil spill | begin ; reference: oil spill begin
    scores = rouge_n(["The oil spill.", "It begins."], ["oil spill begins"], 2)
    assert scores.precision == pytest.approx(1.0)
    assert scores.recall == pytest.approx(1.0)


def test_rouge_1_partial_overlap() -> None:
    # candidate: oil leak reach coast; reference: oil reach louisiana coast
    scores = rouge_n(["Oil leak reaches coast"], ["The oil reaches the Louisiana coast"], 1)
    assert (scores.precision, scores.recall) == (pytest.approx(0.75), pytest.approx(0.75))
    assert scores.f1 == pytest.approx(0.75)


def test_empty_summaries_score_zero() -> None:
    scores = rouge_n([], ["oil spill"], 1)
    assert (scores.precision, scores.recall, scores.f1) == (0.0, 0.0, 0.0)


def test_f1_is_the_harmonic_mean() -> None:
    assert f1(0.5, 0.25) == pytest.approx(1 / 3)
    assert f1(0.0, 0.0) == 0.0


@needs(T17)
def test_agrees_with_rouge_score_package_on_timeline17_sentences() -> None:
    rouge_scorer = pytest.importorskip("rouge_score.rouge_scorer")
    porter = pytest.importorskip("nltk.stem.porter")
    # rouge-score has no stop-word removal and uses NLTK's extended Porter stemmer
    plain = RougeTokenizer(stopwords=frozenset(), stem=porter.PorterStemmer().stem)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    topics = read_topics(T17)
    sentences = [s for topic in topics for tl in topic.timelines for day in tl.days.values() for s in day][
        :400
    ]
    for candidate, reference in zip(sentences[::2], sentences[1::2], strict=False):
        expected = scorer.score(reference, candidate)
        for n, key in ((1, "rouge1"), (2, "rouge2")):
            ours = rouge_n([candidate], [reference], n, plain)
            assert ours.precision == pytest.approx(expected[key].precision)
            assert ours.recall == pytest.approx(expected[key].recall)
            assert ours.f1 == pytest.approx(expected[key].fmeasure)
