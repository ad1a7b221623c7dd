"""Timeline summarization metrics as the Timeline17 benchmark reports them.

A timeline maps a day to the sentences that summarize it. A system timeline is
scored against one reference timeline at a time (tilse's convention as used by
news-tls: every reference timeline of a topic is its own test case).

Date F1
    Exact-day match: precision = |shared days| / |system days|, recall =
    |shared days| / |reference days|.

Concatenated ROUGE-N
    All system sentences (in date order) against all reference sentences, as one
    summary each (`rouge.rouge_n`).

Alignment-based ROUGE-N, many-to-one ("align+ m:1", Martschat & Markert 2017;
the AR-1/AR-2 figures of the Timeline17 literature)
    For precision, every system day d is aligned to the reference day r that
    minimizes cost(d, r) = (1 - 1/(|d - r| + 1)) * (1 - sim(d, r)); for recall,
    every reference day r to the system day d with the least cost. Several days
    may share a partner (hence many-to-one); ties go to the earliest day. A same
    day costs 0 whatever the content. `sim` is a quick unigram F1 over surface
    tokens (case kept, no stemming, no stop words dropped: words and single
    punctuation marks, so PTB-tokenized and ordinary text split alike).
    Then
        precision = sum_d w(d, a(d)) * hits_n(d, a(d)) / sum_d ngrams_n(d)
        recall    = sum_r w(a(r), r) * hits_n(a(r), r) / sum_r ngrams_n(r)
    with w(d, r) = 1 / (|d - r| + 1) in days, hits_n the clipped ROUGE-N
    matches of the two days' summaries and ngrams_n a day's n-gram count.
    F1 is their harmonic mean.

This module does not average over timelines (see `tls_eval`) and does not read
files (see `timeline17`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from storyline.evaluate.rouge import (
    ROUGE_155,
    NGrams,
    RougeTokenizer,
    Scores,
    ngrams,
    overlap,
    scores_from_counts,
)

Timeline = Mapping[date, Sequence[str]]

_SURFACE_TOKEN = re.compile(r"[A-Za-z0-9]+|[^A-Za-z0-9\s]")
ROUGE_ORDERS = (1, 2)


@dataclass(frozen=True, slots=True)
class Alignment:
    """Each system day's reference partner (precision) and each reference day's system partner (recall)."""

    precision: dict[date, date]
    recall: dict[date, date]


@dataclass(frozen=True, slots=True)
class TimelineScores:
    """All figures for one system timeline against one reference timeline."""

    dates: Scores
    concat: dict[int, Scores]  # by ROUGE order n
    aligned: dict[int, Scores]


def date_scores(system: Timeline, reference: Timeline) -> Scores:
    shared = len(set(system) & set(reference))
    return Scores(shared / len(system) if system else 0.0, shared / len(reference) if reference else 0.0)


def date_weight(first: date, second: date) -> float:
    return 1 / (abs((first - second).days) + 1)


def surface_similarity(system: Sequence[str], reference: Sequence[str]) -> float:
    """Unigram F1 over surface tokens: the content part of the alignment cost."""
    found = Counter(token for sentence in system for token in _SURFACE_TOKEN.findall(sentence))
    wanted = Counter(token for sentence in reference for token in _SURFACE_TOKEN.findall(sentence))
    scores = scores_from_counts(overlap(found, wanted), found.total(), wanted.total())  # type: ignore[arg-type]
    return scores.f1


def alignment_cost(system_day: date, reference_day: date, similarity: float) -> float:
    return (1 - date_weight(system_day, reference_day)) * (1 - similarity)


def align_many_to_one(system: Timeline, reference: Timeline) -> Alignment:
    system_days, reference_days = sorted(system), sorted(reference)
    if not system_days or not reference_days:
        return Alignment({}, {})
    similarity = {
        (s, r): surface_similarity(system[s], reference[r]) for s in system_days for r in reference_days
    }

    # min() keeps the earliest of equal costs, the days being sorted
    precision = {
        s: min(reference_days, key=lambda r, s=s: alignment_cost(s, r, similarity[s, r])) for s in system_days
    }
    recall = {
        r: min(system_days, key=lambda s, r=r: alignment_cost(s, r, similarity[s, r])) for r in reference_days
    }
    return Alignment(precision, recall)


def _day_ngrams(timeline: Timeline, n: int, tokenizer: RougeTokenizer) -> dict[date, NGrams]:
    return {day: ngrams(tokenizer.summary_tokens(sentences), n) for day, sentences in timeline.items()}


def aligned_rouge(
    system: Timeline, reference: Timeline, alignment: Alignment, n: int, tokenizer: RougeTokenizer = ROUGE_155
) -> Scores:
    system_grams = _day_ngrams(system, n, tokenizer)
    reference_grams = _day_ngrams(reference, n, tokenizer)
    precision_hits = sum(
        date_weight(s, r) * overlap(system_grams[s], reference_grams[r])
        for s, r in alignment.precision.items()
    )
    recall_hits = sum(
        date_weight(s, r) * overlap(system_grams[s], reference_grams[r]) for r, s in alignment.recall.items()
    )
    system_total = sum(grams.total() for grams in system_grams.values())
    reference_total = sum(grams.total() for grams in reference_grams.values())
    return Scores(
        precision_hits / system_total if system_total else 0.0,
        recall_hits / reference_total if reference_total else 0.0,
    )


def concat_rouge(
    system: Timeline, reference: Timeline, n: int, tokenizer: RougeTokenizer = ROUGE_155
) -> Scores:
    found = ngrams(tokenizer.summary_tokens(_in_date_order(system)), n)
    wanted = ngrams(tokenizer.summary_tokens(_in_date_order(reference)), n)
    return scores_from_counts(overlap(found, wanted), found.total(), wanted.total())


def _in_date_order(timeline: Timeline) -> list[str]:
    return [sentence for day in sorted(timeline) for sentence in timeline[day]]


def score_timeline(system: Timeline, reference: Timeline) -> TimelineScores:
    alignment = align_many_to_one(system, reference)
    return TimelineScores(
        dates=date_scores(system, reference),
        concat={n: concat_rouge(system, reference, n) for n in ROUGE_ORDERS},
        aligned={n: aligned_rouge(system, reference, alignment, n) for n in ROUGE_ORDERS},
    )
