"""ECB+: the wrong joins across a topic's two sub-topics, and what each article's context offers.

Each ECB+ topic holds two different real-world events of one kind (`N_Mecb.xml` against
`N_Mecbplus.xml`). This runs storyline on some topics (default: the development topics) and traces
each mention that joins an entry across articles to the entry's report it matched best. Each such
step is right (one gold cluster), wrong within a sub-topic, wrong across the two, or without gold.
It lists every wrong step across sub-topics: the two mentions' words and sentences, the margin, the
articles' context similarity, the names only one of the two articles writes, the names both write,
and the years each article writes; then counts (steps of each kind, the entries holding gold
mentions of both sub-topics and their wrong pairs) and how the steps of each kind spread over the
context similarity. `--dump` writes every step across articles as a JSON line, for further study.
A tool for error analysis, not part of the product.

    PYTHONPATH=src python evaluation/ecb_subtopic_joins.py ../shared/corpus/ecbplus --topics 2,5,12
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import storyline.pipeline as pipeline_module
from storyline.evaluate.coref_eval import DEVELOPMENT_TOPICS, documents_of, load_corpus
from storyline.evaluate.coref_projection import event_span
from storyline.evaluate.ecbplus import GoldMention
from storyline.merge.entries import MAX_COMPARED, Cluster, Merger
from storyline.merge.pair_rules import _margin
from storyline.merge.similarity import Signature
from storyline.model import Event
from storyline.pipeline import Pipeline, build_entries

YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")


@dataclass(slots=True)
class Step:
    """A mention joining an entry through one report of it."""

    sig: Signature
    other: Signature
    margin: float
    context: float
    sentence: float
    weights: dict[str, float]  # each name of both articles' contexts → its weight


class TracingMerger(Merger):
    """A merger that remembers, for each mention, the report of the entry it joined through."""

    steps: list[Step]
    events: dict[int, Event]  # id of a signature → its event

    def _take(self, event, sig, plan, taken):  # type: ignore[no-untyped-def]
        TracingMerger.events[id(sig)] = event
        return super()._take(event, sig, plan, taken)

    def _best_match(self, sig, plan=None):  # type: ignore[no-untyped-def]
        best: Cluster | None = super()._best_match(sig, plan)
        if best is not None:
            crowd = self._crowd(sig)
            scored = [(_margin(sig, other, self, crowd), other) for other in best.signatures[-MAX_COMPARED:]]
            margin, other = max(scored, key=lambda pair: pair[0])
            context = self.context_similarity(sig, other)
            names = sorted(sig.context | other.context)
            weights = dict(zip(names, self.names.weights(names), strict=True))
            sentence = self.sentence_similarity(sig, other)
            TracingMerger.steps.append(Step(sig, other, margin, context, sentence, weights))
        return best


def subtopic(document: str) -> str:
    return "ecbplus" if document.endswith("ecbplus") else "ecb"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ecb_dir", type=Path)
    parser.add_argument("--topics", default=",".join(map(str, DEVELOPMENT_TOPICS)))
    parser.add_argument("--quiet", action="store_true", help="figures only, no listing")
    parser.add_argument("--dump", type=Path, help="write each step across articles as a JSON line here")
    args = parser.parse_args()
    corpus = load_corpus(args.ecb_dir.resolve())
    pipeline = Pipeline()
    pipeline_module.Merger = TracingMerger  # type: ignore[misc]
    totals: Counter[str] = Counter()
    contexts: dict[str, list[float]] = defaultdict(list)
    dump = args.dump.open("w") if args.dump else None
    for topic in map(int, args.topics.split(",")):
        TracingMerger.steps, TracingMerger.events = [], {}
        documents = corpus.topics.get(topic, [])
        texts = {document.name: document.text for document in documents}
        years = {name: Counter(YEAR.findall(text)) for name, text in texts.items()}
        gold = defaultdict(list)
        for mention in corpus.mentions([topic]):
            gold[mention.document].append(mention)
        entries = build_entries(documents_of(documents), pipeline, secondary=True)
        _count_entries(entries, gold, totals)
        for step in TracingMerger.steps:
            a, b = step.sig, step.other
            if a.document == b.document:
                continue
            kind = _kind(
                _gold_of(TracingMerger.events[id(a)], gold), _gold_of(TracingMerger.events[id(b)], gold)
            )
            totals[f"steps {kind}"] += 1
            contexts[kind].append(step.context)
            if dump:
                dump.write(json.dumps(_features(topic, kind, step, years)) + "\n")
            if kind != "wrong across" or args.quiet:
                continue
            event_a, event_b = TracingMerger.events[id(a)], TracingMerger.events[id(b)]
            print(f"\n== topic {topic} {a.document} <- {b.document}: {_word(event_a)!r} / {_word(event_b)!r}")
            print(f"  margin {step.margin:.2f} context {step.context:.2f}")
            print(f"  A: {event_a.summary[:220]}")
            print(f"  B: {event_b.summary[:220]}")
            print(f"  only A: {sorted(a.context - b.context)[:14]}")
            print(f"  only B: {sorted(b.context - a.context)[:14]}")
            print(f"  shared: {sorted(a.context & b.context)[:14]}")
            print(f"  years A: {dict(years[a.document])} B: {dict(years[b.document])}")
    print("\n", dict(totals))
    for kind, values in sorted(contexts.items()):
        shares = Counter(min(int(value * 10), 9) / 10 for value in values)
        print(f"context of steps {kind}: {dict(sorted(shares.items()))}")


def _features(topic: int, kind: str, step: Step, years: dict[str, Counter[str]]) -> dict[str, object]:
    a, b = step.sig, step.other
    return {
        "topic": topic,
        "kind": kind,
        "a": a.document,
        "b": b.document,
        "words": [_word(TracingMerger.events[id(a)]), _word(TracingMerger.events[id(b)])],
        "margin": step.margin,
        "context": step.context,
        "sentence": step.sentence,
        "context_a": sorted(a.context),
        "context_b": sorted(b.context),
        "weights": step.weights,
        "years_a": years[a.document],
        "years_b": years[b.document],
        "published": [str(a.published), str(b.published)],
    }


def _count_entries(entries, gold, totals: Counter[str]) -> None:  # type: ignore[no-untyped-def]
    """Entries holding gold mentions of both sub-topics, and their wrong pairs across them."""
    for entry in entries:
        golds = [g for mention in entry.mentions for g in _gold_of(mention, gold)]
        sides = Counter(subtopic(g.document) for g in golds)
        if len(sides) < 2:
            continue
        totals["entries across"] += 1
        totals["minority mentions"] += min(sides.values())
        totals["wrong pairs across"] += sum(
            1
            for a in golds
            for b in golds
            if a.id < b.id and a.cluster != b.cluster and subtopic(a.document) != subtopic(b.document)
        )


def _gold_of(mention, gold) -> list[GoldMention]:  # type: ignore[no-untyped-def]
    start, end = event_span(mention)
    return [
        g
        for g in gold.get(mention.document_id if isinstance(mention, Event) else mention.document, [])
        if g.start < end and start < g.end
    ]


def _kind(a: list[GoldMention], b: list[GoldMention]) -> str:
    if not a or not b:
        return "without gold"
    if {g.cluster for g in a} & {g.cluster for g in b}:
        return "right"
    return "wrong across" if subtopic(a[0].document) != subtopic(b[0].document) else "wrong within"


def _word(event: Event) -> str:
    start, end = event_span(event)  # type: ignore[arg-type]
    return event.text[start - event.start : end - event.start]


def _sentence(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : end if end >= 0 else None][:220]


if __name__ == "__main__":
    main()
