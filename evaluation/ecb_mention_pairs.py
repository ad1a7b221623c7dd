"""ECB+ main mentions with their gold clusters, as the merge holds them, for pair studies.

Runs storyline on each topic of an ECB+ folder (as `storyline eval coref` does) and keeps every
mention's `Signature`, its sentence and the gold clusters projected onto it (each gold mention goes to
the shortest storyline mention overlapping it, as `coref_projection.project` sends it to that
mention's entry), with the topic's merger at the end of the run (its word and name counts), pickled
per topic so that a study of pair features runs the pipeline once (`pair_model.py`). A study tool,
not part of the product.

    PYTHONPATH=src python evaluation/ecb_mention_pairs.py ../shared/corpus/ecbplus --out /tmp/ecbpairs
"""

from __future__ import annotations

import argparse
import pickle
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import storyline.pipeline as pipeline_module
from storyline.evaluate.coref_eval import documents_of, load_corpus
from storyline.evaluate.coref_projection import event_span, shortest_overlapping
from storyline.evaluate.ecbplus import GoldMention
from storyline.merge.entries import Cluster, Merger
from storyline.merge.similarity import Signature
from storyline.model import Event
from storyline.pipeline import Pipeline, build_entries


@dataclass(frozen=True, slots=True)
class GoldSignature:
    """A storyline mention of an ECB+ topic: its signature, sentence and the gold clusters on it."""

    sig: Signature
    text: str
    clusters: frozenset[str]
    subtopic: str  # "ecb" or "ecbplus": which of the topic's two events its article tells


class RecordingMerger(Merger):
    """A merger that keeps every mention it is given, and is itself kept (the last one made)."""

    last: RecordingMerger | None = None

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.seen: list[tuple[Event, Signature]] = []
        RecordingMerger.last = self

    def _take(self, event, sig, plan) -> Cluster:  # type: ignore[no-untyped-def]
        self.seen.append((event, sig))
        return super()._take(event, sig, plan)


def projected(gold: list[GoldMention], events: list[Event]) -> dict[int, set[str]]:
    """Index of an event → the gold clusters of the gold mentions projected onto it."""
    spans: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for index, event in enumerate(events):
        spans[event.document_id].append((*event_span(event), index))  # type: ignore[arg-type]
    found: dict[int, set[str]] = defaultdict(set)
    for mention in gold:
        index = shortest_overlapping(mention, spans.get(mention.document, []))
        if index is not None:
            found[index].add(mention.cluster)
    return found


def collect(ecb_dir: Path, topic: int, pipeline: Pipeline) -> tuple[Merger, list[GoldSignature]]:
    """The topic's merger after the run, and its mentions with the gold projected onto them."""
    corpus = load_corpus(ecb_dir.resolve())
    build_entries(documents_of(corpus.topics[topic]), pipeline, secondary=True)
    merger = RecordingMerger.last
    assert merger is not None
    events = [event for event, _ in merger.seen]
    gold = projected(corpus.mentions([topic]), events)
    mentions = [
        GoldSignature(
            sig,
            event.summary,
            frozenset(gold.get(index, ())),
            "ecbplus" if event.document_id.endswith("ecbplus") else "ecb",
        )
        for index, (event, sig) in enumerate(merger.seen)
    ]
    merger.seen = []
    return merger, mentions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ecb_dir", type=Path)
    parser.add_argument("--topics", default="1-35", help="first-last")
    parser.add_argument("--out", type=Path, required=True, help="folder of TOPIC.pickle")
    args = parser.parse_args()
    first, _, last = args.topics.partition("-")
    corpus = load_corpus(args.ecb_dir.resolve())
    pipeline_module.Merger = RecordingMerger  # type: ignore[misc]
    pipeline = Pipeline()
    args.out.mkdir(parents=True, exist_ok=True)
    for topic in range(int(first), int(last or first) + 1):
        if topic not in corpus.topics or (args.out / f"{topic}.pickle").exists():
            continue
        merger, mentions = collect(args.ecb_dir, topic, pipeline)
        with (args.out / f"{topic}.pickle").open("wb") as file:
            pickle.dump((merger, mentions), file)
        print(topic, len(mentions), sum(bool(m.clusters) for m in mentions), flush=True)


if __name__ == "__main__":
    main()
