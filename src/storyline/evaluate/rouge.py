"""ROUGE-N precision, recall and F1 over token lists, tokenized as Timeline17 results are.

Timeline17 figures are computed by the tilse toolkit, which calls ROUGE 1.5.5
with Porter stemming and stop-word removal. storyline's own ROUGE follows the
same choices:

* text is lower-cased and every run of characters outside `[a-z0-9]` becomes a
  token boundary (so PTB-tokenized and ordinary text give the same tokens);
* tokens in the SMART stop list (`stopwords.SMART_STOPWORDS`) are dropped
  before n-grams are formed, so a bigram may span a dropped word;
* tokens longer than three characters are Porter-stemmed (NLTK's
  implementation of the original 1980 algorithm, the one ROUGE 1.5.5 ports);
* a summary's n-grams run across its sentence boundaries, as ROUGE 1.5.5
  reads a summary as one text.

One known difference from the Perl script: ROUGE 1.5.5 keeps a hyphen as a
token of its own; here it is a boundary like any other punctuation.

ROUGE-N counts: `hits` = sum over n-grams of min(count in candidate, count in
reference); precision = hits / candidate n-grams, recall = hits / reference
n-grams, F1 their harmonic mean (0 when both are 0). Only one reference is
scored at a time (Timeline17 timelines are scored one by one).

This module does not align dates or read timelines (see `tls_metrics`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from nltk.stem.porter import PorterStemmer

from storyline.evaluate.stopwords import SMART_STOPWORDS

_BOUNDARY = re.compile(r"[^a-z0-9]+")
_STEMMER = PorterStemmer(mode=PorterStemmer.ORIGINAL_ALGORITHM)
_MIN_STEMMED_LENGTH = 4

NGrams = Counter[tuple[str, ...]]


@lru_cache(maxsize=200_000)
def porter_stem(token: str) -> str:
    return _STEMMER.stem(token)


@dataclass(frozen=True, slots=True)
class RougeTokenizer:
    """How text becomes ROUGE tokens; the defaults are ROUGE 1.5.5 with `-m -s`."""

    stopwords: frozenset[str] = field(default=SMART_STOPWORDS)
    stem: Callable[[str], str] | None = porter_stem

    def tokens(self, text: str) -> list[str]:
        words = [word for word in _BOUNDARY.split(text.lower()) if word and word not in self.stopwords]
        if self.stem is None:
            return words
        return [self.stem(word) if len(word) >= _MIN_STEMMED_LENGTH else word for word in words]

    def summary_tokens(self, sentences: Iterable[str]) -> list[str]:
        """The tokens of a multi-sentence summary read as one text."""
        return [token for sentence in sentences for token in self.tokens(sentence)]


ROUGE_155 = RougeTokenizer()


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def as_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True, slots=True)
class Counts:
    """ROUGE-N raw counts: matched n-grams and the two totals."""

    hits: float
    candidate: int
    reference: int


def f1(precision: float, recall: float) -> float:
    total = precision + recall
    return 0.0 if total == 0 else 2 * precision * recall / total


def ngrams(tokens: Sequence[str], n: int) -> NGrams:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def overlap(candidate: NGrams, reference: NGrams) -> int:
    """Clipped matches: each n-gram counts as often as it occurs in both."""
    if len(candidate) > len(reference):
        candidate, reference = reference, candidate
    return sum(min(count, reference[gram]) for gram, count in candidate.items() if gram in reference)


def counts(candidate: NGrams, reference: NGrams) -> Counts:
    return Counts(overlap(candidate, reference), candidate.total(), reference.total())


def scores_from_counts(hits: float, candidate: int, reference: int) -> Scores:
    precision = hits / candidate if candidate else 0.0
    recall = hits / reference if reference else 0.0
    return Scores(precision, recall)


def rouge_n(
    candidate: Iterable[str], reference: Iterable[str], n: int, tokenizer: RougeTokenizer = ROUGE_155
) -> Scores:
    """ROUGE-N of a candidate summary against one reference, each given as sentences."""
    found = counts(
        ngrams(tokenizer.summary_tokens(candidate), n), ngrams(tokenizer.summary_tokens(reference), n)
    )
    return scores_from_counts(found.hits, found.candidate, found.reference)
