"""The whole flow, ingest → analyse → extract → merge → store, in one place.

`Pipeline` streams documents through spaCy in batches (`nlp.pipe`; very long
articles in chunks, so memory stays bounded), tags time expressions,
canonicalizes actors and extracts events and quotes. Documents that carry no
publication date wait until the dated ones have been seen: their date is
inferred from what they mention and from the rest of the collection.
`ingest` writes results to a `Store` batch by batch; `build_entries` keeps
everything in memory for evaluations and tests.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from storyline.analyse.chunks import CHUNK_CHARS, join_docs, split_text
from storyline.analyse.document import AnalysedDocument
from storyline.analyse.entities import ActorRegistry, find_actors
from storyline.analyse.lemmas import OnDemandLemmatizer
from storyline.analyse.nlp import load_pipeline
from storyline.analyse.publication_date import infer_publication_date
from storyline.analyse.segment import add_line_boundaries
from storyline.analyse.timex import tag_time_expressions
from storyline.extract.events import Extraction, extract
from storyline.ingest import IngestError, read_documents
from storyline.merge.entries import DocumentInfo, Merger, build_entry
from storyline.model import DateSource, Document, EntityMention, Entry
from storyline.store import Store

BATCH_SIZE = 64
REGISTRY_KEY = "actor_registry"

Progress = Callable[[Document], None]


@dataclass(slots=True)
class IngestReport:
    documents_read: int = 0
    documents_added: int = 0
    duplicates: int = 0
    events: int = 0
    errors: list[IngestError] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0


@dataclass(slots=True)
class Processed:
    document: Document
    extraction: Extraction


class Pipeline:
    """spaCy plus storyline's own analysers and extractors, loaded once."""

    def __init__(
        self,
        model: str | None = None,
        processes: int = 1,
        batch_size: int = BATCH_SIZE,
        registry: ActorRegistry | None = None,
        chunk_chars: int = CHUNK_CHARS,
    ) -> None:
        self.nlp: Language = load_pipeline(model)
        add_line_boundaries(self.nlp)
        self.processes = processes
        self.batch_size = batch_size
        self.registry = registry or ActorRegistry()
        self.chunk_chars = chunk_chars
        self.lemmatize = OnDemandLemmatizer(self.nlp)

    def process(self, documents: Iterable[Document], collection_dates: list[date]) -> Iterator[Processed]:
        """Analyse and extract, in input order; undated documents get an inferred date first."""
        for doc, document in self._parse(documents):
            if document.publication_date is None:
                document = _with_inferred_date(document, collection_dates)
            analysed = AnalysedDocument(
                document=document,
                doc=doc,
                actors=self._actors(doc),
                time_expressions=tag_time_expressions(document.text, document.publication_date),
                lemmatize=self.lemmatize,
            )
            yield Processed(document, extract(analysed))

    def _parse(self, documents: Iterable[Document]) -> Iterator[tuple[Doc, Document]]:
        """spaCy parses in input order; long texts go through in chunks (`analyse.chunks`)."""
        pieces = (
            (piece, (document, index, len(parts)))
            for document in documents
            for parts in [split_text(document.text, self.chunk_chars)]
            for index, piece in enumerate(parts)
        )
        parsed: list[Doc] = []
        for doc, (document, index, count) in self.nlp.pipe(
            pieces, as_tuples=True, batch_size=self.batch_size, n_process=self.processes
        ):
            parsed.append(doc)
            if index == count - 1:
                yield join_docs(parsed), document
                parsed = []

    def _actors(self, doc: Doc) -> list[EntityMention]:
        return [
            replace(mention, canonical=self.registry.canonical(mention.canonical, mention.label))
            for mention in find_actors(doc)
        ]


def _with_inferred_date(document: Document, collection_dates: list[date]) -> Document:
    inferred = infer_publication_date(document.text, collection_dates)
    if inferred is None:
        return document
    return replace(document, publication_date=inferred, date_source=DateSource.INFERRED)


def split_input(items: Iterable[Document | IngestError], report: IngestReport) -> Iterator[Document]:
    """Documents only; errors go into the report."""
    for item in items:
        if isinstance(item, IngestError):
            report.errors.append(item)
        else:
            report.documents_read += 1
            yield item


def ingest(
    paths: Iterable[Path | str],
    store: Store,
    pipeline: Pipeline,
    publication_date: date | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Add the articles under `paths` to the store; known documents are skipped."""
    started = time.perf_counter()
    report = IngestReport()
    _load_registry(store, pipeline)
    merger = Merger(store.clusters_with_predicate)
    undated: list[Document] = []
    batch: list[Document] = []
    seen: set[str] = set()
    for document in split_input(read_documents(paths, publication_date), report):
        if document.id in seen:
            report.duplicates += 1
            continue
        seen.add(document.id)
        (batch if document.publication_date else undated).append(document)
        if len(batch) >= pipeline.batch_size * 4:
            _ingest_batch(batch, store, pipeline, merger, report, progress)
            batch = []
    _ingest_batch(batch, store, pipeline, merger, report, progress)
    _ingest_batch(undated, store, pipeline, merger, report, progress)
    store.set_state(REGISTRY_KEY, json.dumps(pipeline.registry.to_dict()))
    report.seconds = time.perf_counter() - started
    return report


def _load_registry(store: Store, pipeline: Pipeline) -> None:
    saved = store.get_state(REGISTRY_KEY)
    if saved:
        pipeline.registry = ActorRegistry.from_dict(json.loads(saved))


def _ingest_batch(
    documents: list[Document],
    store: Store,
    pipeline: Pipeline,
    merger: Merger,
    report: IngestReport,
    progress: Progress | None,
) -> None:
    known = store.known_ids([d.id for d in documents])
    report.duplicates += len(known)
    fresh = [d for d in documents if d.id not in known]
    if not fresh:
        return
    processed_documents: list[Document] = []
    events = []
    quotes = []
    contexts: dict[str, frozenset[str]] = {}
    undated = any(document.publication_date is None for document in fresh)
    collection_dates = store.publication_dates() if undated else []  # a full scan: only when needed
    for processed in pipeline.process(fresh, collection_dates):
        document = processed.document
        processed_documents.append(document)
        report.words += len(document.text.split())
        for event in processed.extraction.events:
            cluster = merger.add(event, processed.extraction.context, document.publication_date)
            events.append((event, cluster.id))
        quotes.extend((document.id, quote) for quote in processed.extraction.quotes)
        contexts[document.id] = processed.extraction.context
        if progress:
            progress(document)
    store.save_batch(processed_documents, events, quotes, merger.changed(), contexts)
    merger.forget()
    report.documents_added += len(processed_documents)
    report.events += len(events)


def build_entries(
    documents: Iterable[Document],
    pipeline: Pipeline | None = None,
    progress: Progress | None = None,
    secondary: bool = False,
) -> list[Entry]:
    """The merged timeline of `documents`, in memory (no store).

    Only timeline entries by default; `secondary` adds the entries made only of
    secondary event mentions (for coreference evaluation).
    """
    pipeline = pipeline or Pipeline()
    merger = Merger()
    infos: dict[str, DocumentInfo] = {}
    dated: list[Document] = []
    undated: list[Document] = []
    for document in documents:
        (dated if document.publication_date else undated).append(document)
    collection_dates = [d.publication_date for d in dated if d.publication_date]
    for processed in pipeline.process([*dated, *undated], collection_dates):
        document = processed.document
        infos[document.id] = DocumentInfo(document.path, document.publication_date)
        for event in processed.extraction.events:
            merger.add(event, processed.extraction.context, document.publication_date)
        if progress:
            progress(document)
    entries = (build_entry(cluster, infos) for cluster in merger.clusters)
    return sorted(
        (entry for entry in entries if secondary or entry.main),
        key=lambda entry: (entry.date is None, entry.date or "", entry.id),
    )
