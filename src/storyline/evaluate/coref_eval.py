"""Cross-document event coreference on ECB+: storyline's entries against the gold clusters.

Each topic (both of its sub-topics) is one collection, given to the pipeline
as plain text without publication dates; the entries are projected onto the
gold event mentions (`coref_projection`) and scored with MUC, B³ and CEAF-e
(`coref_scorer`). Two baselines are scored on the same gold: every mention
alone, and mentions grouped by the lemma of their words within a topic.

The corpus and the lemmas are read once per folder and kept, so that repeated
runs while tuning pay only for the pipeline.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from storyline.analyse.nlp import load_pipeline
from storyline.evaluate.coref_projection import project
from storyline.evaluate.coref_scorer import CorefScores, score
from storyline.evaluate.ecbplus import EcbDocument, GoldMention, read_topic, read_validated, topics_in
from storyline.model import DateSource, Document
from storyline.pipeline import Pipeline, build_entries

DEVELOPMENT_TOPICS = (2, 5, 12, 18, 21, 23, 34, 35)
SINGLETONS = "singletons"
SAME_LEMMA = "same_lemma"


@dataclass(frozen=True, slots=True)
class EcbCorpus:
    """The documents of every topic of an ECB+ folder, and the lemma of each gold mention."""

    topics: dict[int, list[EcbDocument]]
    lemmas: dict[str, str]  # gold mention id → its words' lemmas, lower case

    def mentions(self, topics: Iterable[int]) -> list[GoldMention]:
        return [m for topic in topics for document in self.topics.get(topic, []) for m in document.mentions]


@dataclass(slots=True)
class CorefResult:
    """Gold clusters, storyline's and the baselines' responses, and their scores."""

    topics: list[int]
    key: dict[str, str]  # gold mention id → gold cluster
    response: dict[str, str]  # gold mention id → storyline entry (or the mention alone)
    covered: set[str]  # gold mentions that some storyline event mention overlaps
    baseline_responses: dict[str, dict[str, str]]
    seconds: float = 0.0
    topic_of: dict[str, int] = field(default_factory=dict)

    @property
    def mentions(self) -> int:
        return len(self.key)

    @property
    def scores(self) -> CorefScores:
        return score(self.key, self.response, self.topic_of.__getitem__)

    @property
    def baselines(self) -> dict[str, CorefScores]:
        return {
            name: score(self.key, response, self.topic_of.__getitem__)
            for name, response in self.baseline_responses.items()
        }

    def restricted(self, topics: Iterable[int]) -> CorefResult:
        """The same result on some of its topics only."""
        kept = set(topics) & set(self.topics)
        ids = [mention for mention in self.key if self.topic_of[mention] in kept]
        return CorefResult(
            topics=sorted(kept),
            key={m: self.key[m] for m in ids},
            response={m: self.response[m] for m in ids},
            covered=self.covered & set(ids),
            baseline_responses={
                name: {m: response[m] for m in ids} for name, response in self.baseline_responses.items()
            },
            topic_of={m: self.topic_of[m] for m in ids},
        )


@lru_cache(maxsize=2)
def load_corpus(ecb_dir: Path) -> EcbCorpus:
    """Read every topic of an ECB+ folder and lemmatize its gold mentions (cached per folder)."""
    validated = read_validated(ecb_dir)
    topics = {topic: read_topic(ecb_dir, topic, validated) for topic in topics_in(ecb_dir)}
    mentions = [m for documents in topics.values() for document in documents for m in document.mentions]
    return EcbCorpus(topics, _lemmas(mentions))


def _lemmas(mentions: list[GoldMention]) -> dict[str, str]:
    """The lemmas of each mention's own words, parsed alone (the same words give the same lemmas)."""
    nlp = load_pipeline(None, ("parser", "ner"))
    texts = sorted({mention.text for mention in mentions})
    lemma_of = {
        text: " ".join(token.lemma_.lower() for token in doc)
        for text, doc in zip(texts, nlp.pipe(texts, batch_size=256), strict=True)
    }
    return {mention.id: lemma_of[mention.text] for mention in mentions}


def documents_of(topic: list[EcbDocument]) -> list[Document]:
    """A topic's articles as storyline documents: rebuilt text, no publication date."""
    return [
        Document(
            id=document.name,
            text=document.text,
            path=f"{document.topic}/{document.name}.xml",
            publication_date=None,
            date_source=DateSource.UNKNOWN,
        )
        for document in topic
    ]


def evaluate_coref(
    ecb_dir: Path,
    topics: Iterable[int] | None = None,
    pipeline: Pipeline | None = None,
    on_topic: Callable[[int], None] | None = None,
) -> CorefResult:
    """Run storyline on each topic of `ecb_dir` (default: all) and score its entries against the gold."""
    started = time.perf_counter()
    corpus = load_corpus(ecb_dir.resolve())
    chosen = sorted(corpus.topics) if topics is None else sorted(set(topics) & set(corpus.topics))
    pipeline = pipeline or Pipeline()
    key: dict[str, str] = {}
    response: dict[str, str] = {}
    covered: set[str] = set()
    topic_of: dict[str, int] = {}
    for topic in chosen:
        gold = corpus.mentions([topic])
        entries = build_entries(documents_of(corpus.topics[topic]), pipeline, secondary=True)
        projected = project(gold, entries)
        for mention in gold:
            key[mention.id] = mention.cluster
            topic_of[mention.id] = topic
            entry = projected.get(mention.id)
            response[mention.id] = f"entry:{topic}:{entry}" if entry else f"alone:{mention.id}"
        covered.update(projected)
        if on_topic:
            on_topic(topic)
    baselines = {
        SINGLETONS: {mention: f"alone:{mention}" for mention in key},
        SAME_LEMMA: {mention: f"lemma:{topic_of[mention]}:{corpus.lemmas[mention]}" for mention in key},
    }
    return CorefResult(
        chosen, key, response, covered, baselines, time.perf_counter() - started, topic_of=topic_of
    )
