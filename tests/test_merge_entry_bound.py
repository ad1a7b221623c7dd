"""Merging passes over a candidate entry in one step when no report of it can be the same event
as the new mention (`merge.entry_bound`). That must never change a decision: the entry's bound
is never below any one report's sentence similarity, and across articles `_margin` never clears
for sentences below `sentence_floor`. Sentences and events are from Timeline17's oil spill."""

from __future__ import annotations

from itertools import combinations

from conftest import T17, needs
from storyline.merge.entries import Merger, _margin, sentence_floor
from storyline.merge.entry_bound import reach, sentence_reach
from storyline.merge.similarity import sentence_bound, sentence_similarity, signature
from storyline.model import DateSource, Document, Event, Figure, Tense, content_id
from storyline.pipeline import Pipeline

ARTICLES = T17 / "bpoil_bbc" / "InputDocs"


def _lines(count: int) -> list[str]:
    return [
        line.strip()
        for path in sorted(ARTICLES.glob("*/*.txt"))[:12]
        for line in path.read_text(encoding="utf-8").splitlines()
        if len(line.split()) >= 5
    ][:count]


@needs(ARTICLES)
def test_an_entry_bound_is_never_below_one_of_its_reports() -> None:
    lines = _lines(90)
    lines += [lines[0], lines[0].replace("BP", "the company"), "The", "and of the"]  # copies, no words
    signatures = [
        signature(
            Event(
                f"d{index}", 0, len(text), text, text, None, False, Tense.PAST,
                figures=[Figure(float(index % 3), "", 0, 1, "")] if index % 4 == 0 else [],
            )
        )
        for index, text in enumerate(lines)
    ]  # fmt: skip
    entries = [signatures[i : i + size] for size in (1, 2, 3, 5) for i in range(0, len(signatures), size)]
    passed = 0
    for sig in signatures:
        for reports in entries:
            bound = sentence_reach(sig, reach(reports))
            assert all(bound >= sentence_similarity(sig, other) for other in reports)
            if len(reports) == 1:
                assert bound >= sentence_bound(sig, reports[0])
            passed += bound < 0.05
    assert passed > 0.5 * len(signatures) * len(entries)  # most entries are passed over at once


@needs(ARTICLES)
def test_across_articles_no_pair_below_the_floor_clears(isolated_pipeline: Pipeline) -> None:
    paths = sorted(ARTICLES.glob("*/*.txt"))[:4]
    documents = [
        Document(content_id(text), text, path.name, None, DateSource.UNKNOWN)
        for path in paths
        for text in [path.read_text(encoding="utf-8")]
    ]
    signatures = [
        signature(event, processed.extraction.context)
        for processed in isolated_pipeline.process(documents, [])
        for event in processed.extraction.events  # type: ignore[union-attr]
    ]
    merger, cleared, checked = Merger(), 0, 0
    for sig, other in combinations(signatures, 2):
        for a, b in ((sig, other), (other, sig)):
            if a.document == b.document:
                continue
            margin = _margin(a, b, merger)
            cleared += margin >= 0
            if sentence_similarity(a, b) < sentence_floor(a):
                checked += 1
                assert margin < 0, (a, b)
    assert cleared > 0 and checked > 1000
