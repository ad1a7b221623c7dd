"""Bag-of-words vectors for comparing timeline sentences inside the summarizer.

Words are normalized as the timeline-summarization benchmark normalizes them
(lower case, SMART stop words dropped, Porter stems: `evaluate.rouge`), then
weighted by inverse document frequency over the sentences being summarized.
Vectors are plain sparse dicts wrapped in `Vector`; nothing here knows about
entries or dates.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from storyline.evaluate.rouge import ROUGE_155


def content_words(text: str) -> list[str]:
    return ROUGE_155.tokens(text)


@dataclass(frozen=True, slots=True)
class Vector:
    weights: dict[str, float]
    norm: float

    @classmethod
    def of(cls, weights: dict[str, float]) -> Vector:
        return cls(weights, math.sqrt(sum(value * value for value in weights.values())))

    def cosine(self, other: Vector) -> float:
        if not self.norm or not other.norm:
            return 0.0
        small, large = (self, other) if len(self.weights) <= len(other.weights) else (other, self)
        dot = sum(value * large.weights.get(word, 0.0) for word, value in small.weights.items())
        return dot / (self.norm * other.norm)


class Idf:
    """Inverse document frequency of words over a collection of texts."""

    def __init__(self, texts: Iterable[str]) -> None:
        frequency: Counter[str] = Counter()
        size = 0
        for text in texts:
            frequency.update(set(content_words(text)))
            size += 1
        self._size = size
        self._frequency = frequency

    def weight(self, word: str) -> float:
        return math.log((self._size + 1) / (self._frequency[word] + 1)) + 1.0

    def vector(self, text: str) -> Vector:
        counts = Counter(content_words(text))
        return Vector.of({word: count * self.weight(word) for word, count in counts.items()})


def centroid(vectors: Iterable[Vector]) -> Vector:
    """The sum of unit-length vectors: every text counts once, whatever its length."""
    total: Counter[str] = Counter()
    for vector in vectors:
        if vector.norm:
            total.update({word: value / vector.norm for word, value in vector.weights.items()})
    return Vector.of(dict(total))
