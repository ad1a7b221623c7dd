"""TempEval-3 scoring of time expressions: pure functions over gold and system lists.

As the official TempEval-3 scorer does: an expression is found *strictly*
when a system expression has exactly its extent, *relaxed* when one overlaps
it. Precision counts matched system expressions, recall matched gold ones.
Type and value are judged on the relaxed matches (each gold expression paired
with the system expression overlapping it most); their F1 is relaxed F1 times
that accuracy. Extents are compared with surrounding whitespace trimmed.
Reading files and printing reports are other modules' business.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from storyline.model import TimeExpression


@dataclass(slots=True)
class Counts:
    """What one document (or the sum of several) contributes to the scores."""

    gold: int = 0
    system: int = 0
    strict_gold: int = 0  # gold expressions with an exact system match
    strict_system: int = 0
    relaxed_gold: int = 0  # gold expressions overlapped by a system expression
    relaxed_system: int = 0
    type_correct: int = 0  # among relaxed matches
    value_correct: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(_fields(self), _fields(other), strict=True)))


@dataclass(frozen=True, slots=True)
class Scores:
    strict_precision: float
    strict_recall: float
    strict_f1: float
    precision: float  # relaxed
    recall: float
    relaxed_f1: float
    type_accuracy: float
    value_accuracy: float
    type_f1: float
    value_f1: float

    def as_dict(self) -> dict[str, float]:
        return {name: round(getattr(self, name), 4) for name in self.__slots__}


@dataclass(frozen=True, slots=True)
class Error:
    """One disagreement: kind is missed, spurious, partial, type or value."""

    kind: str
    gold: TimeExpression | None
    system: TimeExpression | None


@dataclass(slots=True)
class DocumentResult:
    counts: Counts
    errors: list[Error] = field(default_factory=list)


def _fields(counts: Counts) -> tuple[int, ...]:
    return tuple(getattr(counts, name) for name in Counts.__slots__)


def _span(expression: TimeExpression) -> tuple[int, int]:
    text = expression.text
    start = expression.start + len(text) - len(text.lstrip())
    end = expression.end - (len(text) - len(text.rstrip()))
    return start, end


def _overlap(a: TimeExpression, b: TimeExpression) -> int:
    (a0, a1), (b0, b1) = _span(a), _span(b)
    return max(0, min(a1, b1) - max(a0, b0))


def score_document(gold: Sequence[TimeExpression], system: Sequence[TimeExpression]) -> DocumentResult:
    """Counts and errors of one document's system expressions against its gold ones."""
    counts = Counts(gold=len(gold), system=len(system))
    errors: list[Error] = []
    gold_spans = {_span(g) for g in gold}
    system_spans = {_span(s) for s in system}
    counts.strict_gold = sum(_span(g) in system_spans for g in gold)
    counts.strict_system = sum(_span(s) in gold_spans for s in system)
    counts.relaxed_system = sum(any(_overlap(s, g) for g in gold) for s in system)
    errors += [Error("spurious", None, s) for s in system if not any(_overlap(s, g) for g in gold)]
    for expression in gold:
        partner = max(system, key=lambda s: _overlap(expression, s), default=None)
        if partner is None or not _overlap(expression, partner):
            errors.append(Error("missed", expression, None))
            continue
        counts.relaxed_gold += 1
        counts.type_correct += partner.type == expression.type
        counts.value_correct += partner.value == expression.value
        errors += _attribute_errors(expression, partner)
    return DocumentResult(counts, errors)


def _attribute_errors(gold: TimeExpression, system: TimeExpression) -> list[Error]:
    errors = []
    if _span(gold) != _span(system):
        errors.append(Error("partial", gold, system))
    if gold.type != system.type:
        errors.append(Error("type", gold, system))
    if gold.value != system.value:
        errors.append(Error("value", gold, system))
    return errors


def total(counts: Iterable[Counts]) -> Counts:
    return sum(counts, Counts())


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def scores(counts: Counts) -> Scores:
    """TempEval-3 figures from (summed) counts."""
    strict_p = _ratio(counts.strict_system, counts.system)
    strict_r = _ratio(counts.strict_gold, counts.gold)
    relaxed_p = _ratio(counts.relaxed_system, counts.system)
    relaxed_r = _ratio(counts.relaxed_gold, counts.gold)
    relaxed_f1 = _f1(relaxed_p, relaxed_r)
    type_accuracy = _ratio(counts.type_correct, counts.relaxed_gold)
    value_accuracy = _ratio(counts.value_correct, counts.relaxed_gold)
    return Scores(
        strict_precision=strict_p,
        strict_recall=strict_r,
        strict_f1=_f1(strict_p, strict_r),
        precision=relaxed_p,
        recall=relaxed_r,
        relaxed_f1=relaxed_f1,
        type_accuracy=type_accuracy,
        value_accuracy=value_accuracy,
        type_f1=relaxed_f1 * type_accuracy,
        value_f1=relaxed_f1 * value_accuracy,
    )
