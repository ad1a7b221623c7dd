"""Coreference scores (MUC, B³, CEAF-e and their mean, the CoNLL F1) over mention clusters.

The arithmetic is the `scorch` package's; this module turns "mention → cluster"
assignments into the lists of sets it takes and names its results. scorch
returns (recall, precision, F1): the order is fixed here once.

scorch compares every key cluster with every response cluster (and CEAF-e
aligns them on a matrix of all pairs): over thousands of mentions that takes
seconds. When the mentions fall into parts that no cluster crosses (ECB+
topics), each metric is a ratio of sums over parts (MUC over links, B³ over
mentions, CEAF-e over aligned pairs, as the best alignment is the union of
each part's best alignment), so each part is scored alone and the sums are
added up: the same figures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping
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


def score(
    key: Mapping[str, str],
    response: Mapping[str, str],
    part_of: Callable[[str], Hashable] | None = None,
) -> CorefScores:
    """Score a response against the key; both map every scored mention to a cluster id.

    `part_of` (mention → part) may name parts that no cluster crosses, to align CEAF-e part by part.
    """
    if set(key) != set(response):
        raise ValueError("key and response must cluster the same mentions")
    key_clusters, response_clusters = clusters_of(key), clusters_of(response)
    parts = _parts(key_clusters, response_clusters, part_of) if part_of else None
    if parts is None:
        return CorefScores(
            muc=_score(scores.muc(key_clusters, response_clusters)),
            b3=_score(scores.b_cubed(key_clusters, response_clusters)),
            ceaf_e=_score(scores.ceaf_e(key_clusters, response_clusters)),
        )
    return CorefScores(
        muc=_muc_by_part(parts),
        b3=_b_cubed_by_part(parts, len(key)),
        ceaf_e=_ceaf_e_by_part(parts, len(key_clusters), len(response_clusters)),
    )


Parts = list[tuple[list[set[str]], list[set[str]]]]


def _muc_by_part(parts: Parts) -> Score:
    """MUC counts links: found / needed, summed over parts (a part of singletons adds nothing)."""
    found_key = found_response = needed_key = needed_response = 0.0
    for key_part, response_part in parts:
        part_recall, part_precision, _ = scores.muc(key_part, response_part)
        key_links = sum(len(cluster) - 1 for cluster in key_part)
        response_links = sum(len(cluster) - 1 for cluster in response_part)
        found_key += part_recall * key_links
        found_response += part_precision * response_links
        needed_key += key_links
        needed_response += response_links
    if not needed_key or not needed_response:  # scorch's convention: no links, no score
        return _from(0.0, 0.0)
    return _from(found_response / needed_response, found_key / needed_key)


def _b_cubed_by_part(parts: Parts, mentions: int) -> Score:
    """B³ averages over mentions: each part's figures weighted by its mentions."""
    recall = precision = 0.0
    for key_part, response_part in parts:
        part_recall, part_precision, _ = scores.b_cubed(key_part, response_part)
        size = sum(map(len, key_part))
        recall += part_recall * size / mentions
        precision += part_precision * size / mentions
    return _from(precision, recall)


def _ceaf_e_by_part(parts: Parts, key_clusters: int, response_clusters: int) -> Score:
    """CEAF-e sums Φ4 over aligned pairs; Φ4 of a cluster with itself is 1."""
    similarity = 0.0
    for key_part, response_part in parts:
        part_recall, _, _ = scores.ceaf_e(key_part, response_part)
        similarity += part_recall * len(key_part)
    return _from(similarity / response_clusters, similarity / key_clusters)


def _parts(key: list[set[str]], response: list[set[str]], part_of: Callable[[str], Hashable]) -> Parts | None:
    """Key and response clusters by part; None when a cluster crosses parts."""
    grouped: dict[Hashable, tuple[list[set[str]], list[set[str]]]] = defaultdict(lambda: ([], []))
    for side, clusters in ((0, key), (1, response)):
        for cluster in clusters:
            owners = {part_of(mention) for mention in cluster}
            if len(owners) != 1:
                return None
            grouped[owners.pop()][side].append(cluster)
    return list(grouped.values())


def _from(precision: float, recall: float) -> Score:
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision=float(precision), recall=float(recall), f1=float(f1))


def _score(recall_precision_f1: tuple[float, float, float]) -> Score:
    recall, precision, f1 = recall_precision_f1
    return Score(precision=float(precision), recall=float(recall), f1=float(f1))
