"""The cheap bound that lets merging skip most sentence comparisons must never be below the
similarity it stands for, or entries would change; on unrelated sentences it must be low enough
to be of use. Sentences are the lines of Timeline17 articles about the oil spill."""

from __future__ import annotations

from itertools import combinations

from conftest import T17, needs
from storyline.merge.similarity import sentence_bound, sentence_similarity, signature
from storyline.model import Event, Figure, Tense

ARTICLES = T17 / "bpoil_bbc" / "InputDocs"


def _signatures(texts: list[str], figures: dict[int, float]) -> list:  # type: ignore[type-arg]
    return [
        signature(
            Event(
                f"d{index}", 0, len(text), text, text, None, False, Tense.PAST,
                figures=[Figure(figures[index], "", 0, 1, "")] if index in figures else [],
            )
        )
        for index, text in enumerate(texts)
    ]  # fmt: skip


@needs(ARTICLES)
def test_the_bound_is_never_below_the_sentence_similarity() -> None:
    lines = [
        line.strip()
        for path in sorted(ARTICLES.glob("*/*.txt"))[:12]
        for line in path.read_text(encoding="utf-8").splitlines()
        if len(line.split()) >= 5
    ][:120]
    lines += [lines[0], lines[0].replace("BP", "the company")]  # a copy and a near copy
    figures = {index: float(index % 3) for index in range(0, len(lines), 4)}  # agreeing and not
    signatures = _signatures(lines, figures)
    pairs = list(combinations(signatures, 2))
    assert len(pairs) > 7000
    below = 0
    for a, b in pairs:
        exact, bound = sentence_similarity(a, b), sentence_bound(a, b)
        assert bound >= exact, (a.words, b.words)
        below += bound < 0.2
    assert below > 0.5 * len(pairs)  # most pairs of a story's sentences need no exact comparison
