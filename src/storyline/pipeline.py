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
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from storyline.analyse.attribute_rules import use_compiled_rules
from storyline.analyse.chunks import CHUNK_CHARS, join_docs, split_text
from storyline.analyse.comment_section import article_part
from storyline.analyse.doc_text import doc_text
from storyline.analyse.document import AnalysedDocument
from storyline.analyse.entities import ActorRegistry, find_actors
from storyline.analyse.lemmas import OnDemandLemmatizer
from storyline.analyse.nlp import load_pipeline
from storyline.analyse.parse_ops import numpy_products
from storyline.analyse.parse_workers import can_fork, parse_in_workers
from storyline.analyse.publication_date import infer_publication_date
from storyline.analyse.segment import CUTS_FAILED, add_line_boundaries
from storyline.analyse.timex import tag_time_expressions
from storyline.collections_gc import fewer_collections, kept, kept_from_here
from storyline.extract.events import Extraction, extract
from storyline.extract.non_events import is_garbled_page
from storyline.ingest import IngestError, read_documents
from storyline.merge.entries import Merger
from storyline.merge.entry_building import DocumentInfo, build_entry
from storyline.merge.places import PlaceIndex
from storyline.merge.similarity import DocumentFrequency, telling_stems
from storyline.model import DateSource, Document, EntityMention, Entry, Event
from storyline.store import DAYS_KEY, NAMES_KEY, REGISTRY_KEY, WORDS_KEY, Store
from storyline.store.saved_state import Counts
from storyline.store.state_rows import StateChanges, registry_entries

BATCH_SIZE = 64
# spaCy batches count texts, and its memory follows the characters of a batch: 64 pieces of one
# 1 MB article are 1.3 million characters at once (2.9 GB). The batch is capped in characters too.
BATCH_CHARS = 200_000

Progress = Callable[[Document], None]


@dataclass(slots=True)
class IngestReport:
    documents_read: int = 0
    documents_added: int = 0
    duplicates: int = 0
    events: int = 0
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # nothing lost, but the user should know
    words: int = 0
    seconds: float = 0.0


@dataclass(slots=True)
class Processed:
    document: Document
    extraction: Extraction
    warnings: list[str] = field(default_factory=list)  # the document is kept; the user should know


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
        use_compiled_rules(self.nlp)  # the same parse, its attribute rules matched by look-up
        self.processes = processes
        self.batch_size = batch_size
        self.registry = registry or ActorRegistry()
        self.chunk_chars = chunk_chars
        self.lemmatize = OnDemandLemmatizer(self.nlp)

    def process(
        self, documents: Iterable[Document], collection_dates: list[date]
    ) -> Iterator[Processed | IngestError]:
        """Analyse and extract, in input order; undated documents get an inferred date first.

        A document whose analysis fails becomes an `IngestError` naming it: one
        hostile article must not cost the rest of the run.
        """
        for doc, document, cuts_failed in self._parse(documents):
            try:
                processed = self._analyse(doc, document, collection_dates)
            except Exception as error:  # a bug met by one text stays with that text
                yield IngestError(document.path, f"analysis failed: {type(error).__name__}: {error}")
                continue
            processed.warnings.extend(
                f"{document.path}: sentence cuts at line breaks and captions skipped ({failure})"
                for failure in cuts_failed
            )
            yield processed

    def _analyse(self, doc: Doc, document: Document, collection_dates: list[date]) -> Processed:
        if document.publication_date is None:
            document = _with_inferred_date(document, collection_dates)
        analysed = AnalysedDocument(
            document=document,
            doc=doc,
            actors=self._actors(doc),
            time_expressions=tag_time_expressions(doc_text(doc), document.publication_date),
            lemmatize=self.lemmatize,
        )
        return Processed(document, extract(analysed))

    def _parse(self, documents: Iterable[Document]) -> Iterator[tuple[Doc, Document, list[str]]]:
        """spaCy parses in input order what is worth parsing of each page (`_parsed_text`); long
        texts go through in chunks (`analyse.chunks`). With each parse come the failures of the
        line-boundary component on its pieces (`segment.CUTS_FAILED`), which the parser's own
        sentences stood in for. With several processes the parse runs in workers this run can stop
        (`analyse.parse_workers`), not in spaCy's own pool, wherever processes fork."""
        pieces = (
            (piece, (document, index, len(parts)))
            for document in documents
            for parts in [split_text(_parsed_text(document), self.chunk_chars)]
            for index, piece in enumerate(parts)
        )
        parsed: list[Doc] = []
        batch_size = max(1, min(self.batch_size, BATCH_CHARS // self.chunk_chars))
        with numpy_products(self.nlp):  # the same parse, faster; workers forked inside inherit it
            if self.processes <= 1:
                docs = self.nlp.pipe(pieces, as_tuples=True, batch_size=batch_size)
            elif can_fork():
                docs = parse_in_workers(self.nlp, pieces, batch_size, self.processes)
            else:  # where no process forks (Windows), spaCy's own pool, which spawns its workers
                docs = self.nlp.pipe(pieces, as_tuples=True, batch_size=batch_size, n_process=self.processes)
            # an exception in this loop holds `docs` in its traceback: the workers stop now, not when freed
            with closing(docs):
                for doc, (document, index, count) in docs:
                    parsed.append(doc)
                    if index == count - 1:
                        failures = [p.user_data[CUTS_FAILED] for p in parsed if CUTS_FAILED in p.user_data]
                        yield join_docs(parsed), document, failures
                        parsed = []

    def _actors(self, doc: Doc) -> list[EntityMention]:
        """The document's actors under their collection-wide names, each mention made anew (`replace`
        reads the fields by name: 2% of finding the actors)."""
        return [
            EntityMention(m.start, m.end, m.text, m.label, self.registry.canonical(m.canonical, m.label))
            for m in find_actors(doc)
        ]


def _parsed_text(document: Document) -> str:
    """The page without its readers' comments (`analyse.comment_section`), and nothing of a page
    that is mostly garbled text (`non_events.is_garbled_page`): the stored document keeps it all."""
    return "" if is_garbled_page(document.text) else article_part(document.text)


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
    with fewer_collections():
        return _ingest(paths, store, pipeline, publication_date, progress)


class _Collection:
    """What a run knows of the stored collection: the actors' names (`Pipeline.registry`), how
    many articles name each actor and use each word, the days told (`Merger`), and the store's
    `revision` these were read at or last written at.

    Each batch stores what it taught these with its documents (`Store.save_batch`, only what
    changed: `state_rows`). Another run may store its batches meanwhile: once the revision is no
    longer the one this run read or wrote, the state is read again and the batch analysed again,
    and it is stored as if this run had started after the other.
    """

    def __init__(self, store: Store, pipeline: Pipeline) -> None:
        # a store that keeps no registry takes the pipeline's as it came, written whole
        self._unstored = _copied(pipeline.registry)
        self.read(store, pipeline)

    def read(self, store: Store, pipeline: Pipeline) -> None:
        self.version = store.data_version()  # first: a run committing while this reads is seen later
        self.revision = store.revision()  # before the rows: a batch stored in between moves it again
        store.damaged_keys.clear()
        registry = store.actor_registry()
        pipeline.registry = registry or _copied(self._unstored)
        self.words = store.article_words()  # counted as articles come
        self.merger = Merger(store.clusters_with_predicate, store.context_names(), self.words)
        told = store.days_told()
        self.merger.remember_days(told)
        self.days = {key: len(days) for key, days in told.items()}
        # read damaged and rebuilt, or not kept: written whole with the next batch
        self.whole = set(store.damaged_keys) | (set() if registry else {REGISTRY_KEY})

    def moved_on(self, store: Store, version: int) -> bool:
        """Another run stored articles, and what it learnt from them, since this run read or wrote
        the state, up to the store's `version` (`data_version`, read before the revision here is:
        a commit in between moves the version again). A write that stores no batch, such as saved
        conflicts, leaves the revision as it was."""
        if version == self.version:
            return False
        self.version = version
        return store.revision() != self.revision

    def changes(self, pipeline: Pipeline) -> StateChanges:
        """What the batch about to be stored changed (the tables in `whole`: all they hold)."""
        whole = frozenset(self.whole)
        registry = pipeline.registry
        return StateChanges(
            registry_entries(registry) if REGISTRY_KEY in whole else registry.unsaved(),
            _counts(self.words, WORDS_KEY in whole),
            _counts(self.merger.names, NAMES_KEY in whole),
            self.merger.days_changed({} if DAYS_KEY in whole else self.days),
            whole,
        )

    def saved(self, store: Store, pipeline: Pipeline, changes: StateChanges) -> None:
        """The batch is stored with its `changes`."""
        pipeline.registry.saved()
        self.words.saved()
        self.merger.names.saved()
        self.days.update((key, len(days)) for key, days in changes.days.items())
        self.whole.clear()
        self.revision = store.saved_revision


def _copied(registry: ActorRegistry) -> ActorRegistry:
    return ActorRegistry.from_dict(json.loads(json.dumps(registry.to_dict())))


def _counts(frequency: DocumentFrequency, whole: bool) -> Counts:
    if whole:
        return Counts(frequency.documents, dict(frequency.counts))
    return Counts(frequency.unsaved_documents, dict(frequency.unsaved))


def _ingest(
    paths: Iterable[Path | str],
    store: Store,
    pipeline: Pipeline,
    publication_date: date | None,
    progress: Progress | None,
) -> IngestReport:
    started = time.perf_counter()
    report = IngestReport()
    collection = _Collection(store, pipeline)
    report.warnings.extend(store.damaged)
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
            _ingest_batch(batch, store, pipeline, collection, report, progress)
            batch = []
    _ingest_batch(batch, store, pipeline, collection, report, progress)
    _ingest_batch(undated, store, pipeline, collection, report, progress)
    report.seconds = time.perf_counter() - started
    return report


def _ingest_batch(
    documents: list[Document],
    store: Store,
    pipeline: Pipeline,
    collection: _Collection,
    report: IngestReport,
    progress: Progress | None,
) -> None:
    known = store.known_ids([d.id for d in documents])
    report.duplicates += len(known)
    fresh = [d for d in documents if d.id not in known]
    if not fresh:
        return
    if collection.moved_on(store, store.data_version()):
        collection.read(store, pipeline)
    analysed = _analyse_batch(fresh, store, pipeline, collection.words, progress)
    added = report.documents_added
    while not _merge_and_save(_processed(analysed), store, pipeline, collection, report):
        # another run stored articles, and what it learnt from them, which this batch was analysed
        # without: analysed again on that state, without what that run stored, as if after it
        collection.read(store, pipeline)
        known = store.known_ids([d.id for d in fresh])
        report.duplicates += len(known)
        fresh = [d for d in fresh if d.id not in known]
        analysed = _analyse_batch(fresh, store, pipeline, collection.words, None)
    report.duplicates += len(_processed(analysed)) - (report.documents_added - added)  # stored meanwhile
    for processed in analysed:
        if isinstance(processed, IngestError):
            report.errors.append(processed)
            continue
        report.warnings.extend(processed.warnings)
        report.words += len(processed.document.text.split())


def _processed(analysed: list[Processed | IngestError]) -> list[Processed]:
    return [p for p in analysed if isinstance(p, Processed)]


def _analyse_batch(
    documents: list[Document],
    store: Store,
    pipeline: Pipeline,
    words: DocumentFrequency,
    progress: Progress | None,
) -> list[Processed | IngestError]:
    """Each document analysed (or the error that stopped it), its words counted in `words`."""
    undated = any(document.publication_date is None for document in documents)
    collection_dates = store.publication_dates() if undated else []  # a full scan: only when needed
    analysed: list[Processed | IngestError] = []
    for processed in pipeline.process(documents, collection_dates):
        analysed.append(processed)
        if isinstance(processed, IngestError):
            continue
        words.see(telling_stems(processed.document.text))
        if progress:
            progress(processed.document)
    return analysed


def _merge_and_save(
    analysed: list[Processed], store: Store, pipeline: Pipeline, collection: _Collection, report: IngestReport
) -> bool:
    """Merge into the stored entries and write, serialized with any concurrent run; False, with
    nothing written, when another run stored articles and their state since this batch was
    analysed (`_Collection.moved_on`): the batch is to be analysed again on that state.

    The write checks that no other run committed since the merge began (SQLite's
    `data_version`, under the write lock). If one did, its documents and entries
    are now stored: this batch drops what became known and merges again, so no
    document, event or quote is ever stored twice.
    Between batches the merger keeps its entries in memory (`Merger.settle`) while
    no other run writes; when one has, it drops them and loads from the store.
    """
    merger = collection.merger
    while True:
        version = store.data_version()
        if collection.moved_on(store, version):
            return False
        if version != merger.version:
            merger.forget()  # another run wrote meanwhile: what the merger keeps may be stale
            # where the stored articles put places; their names asked for, not loaded
            merger.places = PlaceIndex(store.place_counts(), store.place_articles())
        meanwhile = store.known_ids([p.document.id for p in analysed])
        analysed = [p for p in analysed if p.document.id not in meanwhile]
        if not analysed:
            return True
        merger.foresee(
            (event, p.document.publication_date) for p in analysed for event in p.extraction.events
        )
        kept_from_here()  # what merging keeps is frozen as it comes, never scanned (`collections_gc`)
        events: list[tuple[Event, str]] = []
        for p in analysed:
            clusters = merger.add_article(
                p.extraction.events, p.extraction.context, p.document.publication_date
            )
            events += [
                (event, cluster.id) for event, cluster in zip(p.extraction.events, clusters, strict=True)
            ]
            kept()
        quotes = [(p.document.id, quote) for p in analysed for quote in p.extraction.quotes]
        documents = [p.document for p in analysed]
        contexts = {p.document.id: p.extraction.context for p in analysed}
        saved = store.save_batch(
            documents,
            events,
            quotes,
            merger.changed(),
            contexts,
            expected_version=version,
            places=merger.places.unsaved,
            state=(changes := collection.changes(pipeline)),
        )
        if not saved:
            merger.forget()
            continue
        merger.settle()  # its entries stay for the next batch; none were written by another run
        merger.places.saved()
        merger.version = version
        collection.saved(store, pipeline, changes)
        report.documents_added += len(documents)
        report.events += len(events)
        return True


def build_entries(
    documents: Iterable[Document],
    pipeline: Pipeline | None = None,
    progress: Progress | None = None,
    secondary: bool = False,
) -> list[Entry]:
    """The merged timeline of `documents`, in memory (no store).

    Only timeline entries by default; `secondary` adds the entries made only of
    secondary event mentions (for coreference evaluation). The collection's names are its own:
    a pipeline loaded once for many collections (an evaluation's topics) lends each a fresh actor
    registry, so a topic's entries no longer depend on the topics built before it.
    """
    pipeline = pipeline or Pipeline()
    shared, pipeline.registry = pipeline.registry, ActorRegistry()
    try:
        return _built_entries(documents, pipeline, progress, secondary)
    finally:
        pipeline.registry = shared


def _built_entries(
    documents: Iterable[Document], pipeline: Pipeline, progress: Progress | None, secondary: bool
) -> list[Entry]:
    words = DocumentFrequency()
    merger = Merger(words=words)
    infos: dict[str, DocumentInfo] = {}
    dated: list[Document] = []
    undated: list[Document] = []
    for document in documents:
        (dated if document.publication_date else undated).append(document)
    collection_dates = [d.publication_date for d in dated if d.publication_date]
    analysed = [p for p in pipeline.process([*dated, *undated], collection_dates) if isinstance(p, Processed)]
    for processed in analysed:
        words.see(telling_stems(processed.document.text))
    merger.foresee((event, p.document.publication_date) for p in analysed for event in p.extraction.events)
    for processed in analysed:  # evaluations score what could be analysed
        document = processed.document
        infos[document.id] = DocumentInfo(document.path, document.publication_date)
        merger.add_article(
            processed.extraction.events, processed.extraction.context, document.publication_date
        )
        if progress:
            progress(document)
    entries = (build_entry(cluster, infos) for cluster in merger.clusters)
    return sorted(
        (entry for entry in entries if secondary or entry.main),
        key=lambda entry: (entry.date is None, entry.date or "", entry.id),
    )
