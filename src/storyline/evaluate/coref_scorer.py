"""Coreference scores (MUC, B³, CEAF-e and their mean, the CoNLL F1) over mention clusters.

The arithmetic is the `scorch` package's; this module turns "mention → cluster"
assignments into the lists of sets it takes and names its results. scorch
returns (recall, precision, F1): the order is fixed here once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from scorch import scores


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float

    def as_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True, slots=True)
class CorefScores:
    muc: Score
    b3: Score
    ceaf_e: Score

    @property
    def conll_f1(self) -> float:
        return (self.muc.f1 + self.b3.f1 + self.ceaf_e.f1) / 3

    def as_dict(self) -> dict[str, object]:
        return {
            "conll_f1": self.conll_f1,
            "muc": self.muc.as_dict(),
            "b3": self.b3.as_dict(),
            "ceaf_e": self.ceaf_e.as_dict(),
        }


def clusters_of(assignment: Mapping[str, str]) -> list[set[str]]:
    """Mentions grouped by cluster id, in order of first appearance."""
    clusters: dict[str, set[str]] = defaultdict(set)
    for mention, cluster in assignment.items():
        clusters[cluster].add(mention)
    return list(clusters.values())


def score(key: Mapping[str, str], response: Mapping[str, str]) -> CorefScores:
    """Score a response against the key; both map every scored mention to a cluster id."""
    if set(key) != set(response):
        raise ValueError("key and response must cluster the same mentions")
    key_clusters, response_clusters = clusters_of(key), clusters_of(response)
    return CorefScores(
        muc=_score(scores.muc(key_clusters, response_clusters)),
        b3=_score(scores.b_cubed(key_clusters, response_clusters)),
        ceaf_e=_score(scores.ceaf_e(key_clusters, response_clusters)),
    )


def _score(recall_precision_f1: tuple[float, float, float]) -> Score:
    recall, precision, f1 = recall_precision_f1
    return Score(precision=float(precision), recall=float(recall), f1=float(f1))
